// The part of bpmn-moddle (no declaration of its own entry point) that the
// import check in the browser uses.
declare module 'bpmn-moddle' {
  export interface ParseWarning {
    message: string;
    element?: { id?: string };
    error?: Error;
  }
  export class BpmnModdle {
    fromXML(xml: string, typeName?: string): Promise<{ warnings: ParseWarning[] }>;
  }
}
