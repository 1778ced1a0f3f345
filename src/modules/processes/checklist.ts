import type { ModdleElement } from 'bpmn-moddle';
import type { Tx } from '../../platform/db/index.js';
import { parseBpmn, processesOf } from './bpmn.js';
import { readModel } from './read.js';

// The tasks of a process model as an ordered checklist for a case file.
// Order follows the sequence flows: a task comes after every task that leads
// to it (a topological order); ties and loops are broken by the order of the
// elements in the file, so the same model always gives the same list.

export interface ChecklistItem {
  /** The BPMN element id, stable across versions of the model. */
  elementId: string;
  title: string;
  /** The lane (role or unit) the task belongs to, where the model has lanes. */
  lane: string | null;
  /** When the task only happens on one branch of a decision: "question – answer". */
  condition: string | null;
}

export interface FlowGraph {
  /** Flow nodes in document order. */
  nodes: Array<{ id: string; name: string; isTask: boolean; lane: string | null; isDecision?: boolean }>;
  flows: Array<{ source: string; target: string; name?: string }>;
}

const DECISION_TYPES = new Set(['bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway', 'bpmn:EventBasedGateway', 'bpmn:ComplexGateway']);

const TASK_TYPES = new Set([
  'bpmn:Task', 'bpmn:UserTask', 'bpmn:ManualTask', 'bpmn:ServiceTask', 'bpmn:SendTask', 'bpmn:ReceiveTask',
  'bpmn:ScriptTask', 'bpmn:BusinessRuleTask', 'bpmn:CallActivity', 'bpmn:SubProcess', 'bpmn:Transaction', 'bpmn:AdHocSubProcess',
]);

/** Orders the task nodes of a flow graph; every task appears exactly once. */
export function orderChecklist(graph: FlowGraph): ChecklistItem[] {
  const index = new Map(graph.nodes.map((node, position) => [node.id, position]));
  const incoming = new Map(graph.nodes.map((node) => [node.id, 0]));
  const outgoing = new Map<string, string[]>(graph.nodes.map((node) => [node.id, []]));
  const touched = new Set<string>();
  for (const flow of graph.flows) {
    // Flows to or from elements outside the graph (e.g. message flows) do not order anything.
    if (!index.has(flow.source) || !index.has(flow.target) || flow.source === flow.target) continue;
    outgoing.get(flow.source)?.push(flow.target);
    incoming.set(flow.target, (incoming.get(flow.target) ?? 0) + 1);
  }

  const done = new Set<string>();
  const order: string[] = [];
  const byDocumentOrder = (a: string, b: string) => (index.get(a) ?? 0) - (index.get(b) ?? 0);
  let ready = graph.nodes.filter((node) => incoming.get(node.id) === 0).map((node) => node.id);
  while (order.length < graph.nodes.length) {
    if (ready.length === 0) {
      // Only loops are left: enter the first remaining node in the file that
      // the walk has already reached, else the first remaining one at all.
      const next = graph.nodes.find((node) => !done.has(node.id) && touched.has(node.id)) ?? graph.nodes.find((node) => !done.has(node.id));
      if (!next) break;
      ready = [next.id];
    }
    ready.sort(byDocumentOrder);
    const id = ready.shift() as string;
    if (done.has(id)) continue;
    done.add(id);
    order.push(id);
    for (const target of outgoing.get(id) ?? []) {
      touched.add(target);
      const left = (incoming.get(target) ?? 0) - 1;
      incoming.set(target, left);
      if (left === 0 && !done.has(target)) ready.push(target);
    }
  }

  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  return order
    .map((id) => nodes.get(id))
    .filter((node): node is FlowGraph['nodes'][number] => node?.isTask === true)
    .map((node) => ({ elementId: node.id, title: node.name, lane: node.lane, condition: conditionOf(graph, nodes, node.id) }));
}

/**
 * The nearest decision a task depends on: walking back along the only way
 * into it, the first flow that leaves a decision gateway. A task that can be
 * reached in more than one way (after a merge) has no condition.
 */
function conditionOf(graph: FlowGraph, nodes: Map<string, FlowGraph['nodes'][number]>, taskId: string): string | null {
  const seen = new Set<string>();
  let current = taskId;
  while (!seen.has(current)) {
    seen.add(current);
    const incoming = graph.flows.filter((flow) => flow.target === current && flow.source !== current && nodes.has(flow.source));
    if (incoming.length !== 1) return null;
    const [flow] = incoming as [FlowGraph['flows'][number]];
    const source = nodes.get(flow.source);
    if (source?.isDecision && graph.flows.filter((f) => f.source === source.id).length > 1) {
      const answer = flow.name?.trim();
      return answer ? `${source.name} – ${answer}` : source.name;
    }
    current = flow.source;
  }
  return null;
}

function laneOf(process: ModdleElement): Map<string, string> {
  const lanes = new Map<string, string>();
  const visit = (laneSets: ModdleElement[] | undefined) => {
    for (const laneSet of laneSets ?? []) {
      for (const lane of (laneSet.get('lanes') as ModdleElement[] | undefined) ?? []) {
        for (const node of (lane.get('flowNodeRef') as ModdleElement[] | undefined) ?? []) if (node.id) lanes.set(node.id, lane.name ?? lane.id ?? '');
        const child = lane.get('childLaneSet') as ModdleElement | undefined;
        if (child) visit([child]);
      }
    }
  };
  visit(process.get('laneSets') as ModdleElement[] | undefined);
  return lanes;
}

/** The flow graph of one BPMN process (its top level; a sub-process is one step). */
export function flowGraphOf(process: ModdleElement): FlowGraph {
  const lanes = laneOf(process);
  const elements = (process.get('flowElements') as ModdleElement[] | undefined) ?? [];
  const graph: FlowGraph = { nodes: [], flows: [] };
  for (const element of elements) {
    if (element.$type === 'bpmn:SequenceFlow') {
      const source = (element.get('sourceRef') as ModdleElement | undefined)?.id;
      const target = (element.get('targetRef') as ModdleElement | undefined)?.id;
      if (source && target) graph.flows.push({ source, target, ...(element.name && { name: element.name }) });
    } else if (element.id && element.$type !== 'bpmn:DataObject' && element.$type !== 'bpmn:DataObjectReference' && element.$type !== 'bpmn:DataStoreReference') {
      const name = (element.name ?? '').trim();
      graph.nodes.push({
        id: element.id, name: name === '' ? element.id : name, isTask: TASK_TYPES.has(element.$type), lane: lanes.get(element.id) ?? null,
        isDecision: DECISION_TYPES.has(element.$type),
      });
    }
  }
  return graph;
}

/** The checklist of a whole model: the pools one after another, in file order. */
export function checklistOf(definitions: ModdleElement): ChecklistItem[] {
  return processesOf(definitions).flatMap((process) => orderChecklist(flowGraphOf(process)));
}

/** The checklist of one version (default: the current one) of a process, with what it came from. */
export async function readChecklist(tx: Tx, processId: string, version?: number): Promise<{ processId: string; title: string; version: number; items: ChecklistItem[] }> {
  const model = await readModel(tx, processId, version);
  const parsed = await parseBpmn(model.xml);
  return { processId, title: model.title, version: model.version, items: checklistOf(parsed.definitions) };
}
