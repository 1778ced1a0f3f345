import { BpmnModdle, type ModdleElement, type ParseWarning } from 'bpmn-moddle';
import { AppError } from '../../platform/errors/index.js';

// Reading and writing BPMN 2.0 files. A model is accepted only when
// bpmn-moddle reads it without a single warning; what is stored is
// bpmn-moddle's own serialisation of it, so an export always opens again
// without warnings and keeps every element id.

/** Larger files are refused before parsing (a real process model is a few dozen KiB). */
export const BPMN_MAX_BYTES = 512 * 1024;

export interface ParsedBpmn {
  /** The model as bpmn-moddle writes it: what is stored and exported. */
  xml: string;
  definitions: ModdleElement;
  /** Every element id of the model, sorted. */
  elementIds: string[];
}

// XML with a document type declaration could pull in external entities or
// expand entities without bound; BPMN never needs one, so such a file is not
// even handed to the parser.
const DOCTYPE_OR_ENTITY = /<!(DOCTYPE|ENTITY)/i;

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).trim().slice(0, 300);
}

/** "line: 3\n\tcolumn: 12" in moddle-xml's messages, as numbers (1-based line). */
function position(message: string): { line?: number; column?: number } {
  const line = /line: (\d+)/.exec(message);
  const column = /column: (\d+)/.exec(message);
  return { ...(line && { line: Number(line[1]) + 1 }), ...(column && { column: Number(column[1]) }) };
}

function invalid(problem: string, extra: Record<string, unknown> = {}): AppError {
  return new AppError('PROCESS_BPMN_INVALID', problem, { problem, ...extra });
}

function describeWarning(warning: ParseWarning, count: number): AppError {
  const element = warning.element?.id;
  const nested = warning.error?.message ? firstLine(warning.error.message) : undefined;
  // "unparsable content <bpmn:task> detected" alone does not say why; the nested error does.
  const problem = nested && nested !== firstLine(warning.message) ? `${firstLine(warning.message)}: ${nested}` : firstLine(warning.message);
  return invalid(problem, {
    ...(element && { element }),
    ...position(warning.message),
    warnings: count,
  });
}

export async function parseBpmn(xml: string): Promise<ParsedBpmn> {
  const bytes = Buffer.byteLength(xml, 'utf8');
  if (bytes > BPMN_MAX_BYTES) throw new AppError('PROCESS_BPMN_TOO_LARGE', `${bytes} bytes`, { bytes, maxBytes: BPMN_MAX_BYTES });
  if (DOCTYPE_OR_ENTITY.test(xml)) throw new AppError('PROCESS_BPMN_DOCTYPE_FORBIDDEN');
  if (xml.trim() === '') throw invalid('empty file');

  const moddle = new BpmnModdle();
  let result;
  try {
    result = await moddle.fromXML(xml, 'bpmn:Definitions');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw invalid(firstLine(message), position(message));
  }
  const [firstWarning] = result.warnings;
  if (firstWarning) throw describeWarning(firstWarning, result.warnings.length);

  const definitions = result.rootElement;
  const roots = (definitions.get('rootElements') as ModdleElement[] | undefined) ?? [];
  if (!roots.some((root) => root.$type === 'bpmn:Process')) throw invalid('the file contains no bpmn:process');

  const { xml: canonical } = await moddle.toXML(definitions, { format: true });
  return { xml: canonical, definitions, elementIds: Object.keys(result.elementsById).sort() };
}

/** The processes of a model in document order (a collaboration may hold several pools). */
export function processesOf(definitions: ModdleElement): ModdleElement[] {
  return ((definitions.get('rootElements') as ModdleElement[] | undefined) ?? []).filter((root) => root.$type === 'bpmn:Process');
}
