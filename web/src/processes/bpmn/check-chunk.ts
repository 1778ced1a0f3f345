// Reads a BPMN file in the browser with the same library the server uses, so
// the person importing it sees the first problem in words before anything is
// sent. The server checks again and is the one that decides.
import { BpmnModdle } from 'bpmn-moddle';

export interface ModelProblem {
  problem: string;
  element: string | null;
}

export async function firstProblem(xml: string): Promise<ModelProblem | null> {
  const firstLine = (text: string) => (text.split('\n')[0] ?? text).trim();
  // Files with a DOCTYPE are refused by the server with their own code and message.
  if (/<!(DOCTYPE|ENTITY)/i.test(xml)) return null;
  try {
    const { warnings } = await new BpmnModdle().fromXML(xml, 'bpmn:Definitions');
    const [warning] = warnings;
    if (!warning) return null;
    const nested = warning.error?.message ? firstLine(warning.error.message) : null;
    const problem = nested && nested !== firstLine(warning.message) ? `${firstLine(warning.message)}: ${nested}` : firstLine(warning.message);
    return { problem, element: warning.element?.id ?? null };
  } catch (error) {
    return { problem: firstLine(error instanceof Error ? error.message : String(error)), element: null };
  }
}
