import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';

// Builds a complete BPMN 2.0 file (semantics plus diagram interchange, so
// bpmn-js can draw it) from a compact description. The layout is simple and
// readable: steps in columns by their distance from the start, one band per
// lane, branches stacked within their band.

export type StepKind = 'start' | 'end' | 'task' | 'userTask' | 'serviceTask' | 'sendTask' | 'receiveTask' | 'manualTask' | 'xor' | 'and' | 'timer';

export interface Step {
  /** Short ASCII key, unique in the model; the element id is derived from it. */
  key: string;
  kind: StepKind;
  name: string;
  /** The lane's name, when the model has lanes. */
  lane?: string;
  /** Following steps: a key, or [key, label of the flow]. */
  next?: Array<string | [string, string]>;
}

export interface CompactModel {
  /** Short ASCII key of the model, used in element ids. */
  key: string;
  name: string;
  /** Pool name; when lanes are given, the model becomes a collaboration with one pool. */
  lanes?: string[];
  steps: Step[];
}

const TYPES: Record<StepKind, string> = {
  start: 'bpmn:StartEvent', end: 'bpmn:EndEvent', task: 'bpmn:Task', userTask: 'bpmn:UserTask', serviceTask: 'bpmn:ServiceTask',
  sendTask: 'bpmn:SendTask', receiveTask: 'bpmn:ReceiveTask', manualTask: 'bpmn:ManualTask', xor: 'bpmn:ExclusiveGateway',
  and: 'bpmn:ParallelGateway', timer: 'bpmn:IntermediateCatchEvent',
};

const SIZE: Record<'event' | 'task' | 'gateway', { width: number; height: number }> = {
  event: { width: 36, height: 36 }, task: { width: 100, height: 80 }, gateway: { width: 50, height: 50 },
};

const sizeOf = (kind: StepKind) =>
  kind === 'start' || kind === 'end' || kind === 'timer' ? SIZE.event : kind === 'xor' || kind === 'and' ? SIZE.gateway : SIZE.task;

const prefixOf = (kind: StepKind) => (kind === 'start' || kind === 'end' || kind === 'timer' ? 'Event' : kind === 'xor' || kind === 'and' ? 'Gateway' : 'Activity');

const COLUMN = 170;
const ROW = 120;
const LEFT = 220;
const TOP = 80;
const POOL_LABEL = 30;

interface Edge {
  from: string;
  to: string;
  label?: string;
  back: boolean;
}

/** Columns by longest path from the starts; flows back into the walk (loops) are marked. */
function layers(model: CompactModel): { column: Map<string, number>; edges: Edge[] } {
  const byKey = new Map(model.steps.map((step) => [step.key, step]));
  const edges: Edge[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const order: string[] = [];
  const visit = (key: string) => {
    state.set(key, 'open');
    for (const entry of byKey.get(key)?.next ?? []) {
      const [to, label] = typeof entry === 'string' ? [entry, undefined] : entry;
      if (!byKey.has(to)) throw new Error(`model ${model.key}: step ${key} leads to unknown step ${to}`);
      const back = state.get(to) === 'open';
      edges.push({ from: key, to, ...(label !== undefined && { label }), back });
      if (!state.has(to)) visit(to);
    }
    state.set(key, 'done');
    order.unshift(key);
  };
  for (const step of model.steps) if (step.kind === 'start' && !state.has(step.key)) visit(step.key);
  for (const step of model.steps) if (!state.has(step.key)) visit(step.key);
  const column = new Map(model.steps.map((step) => [step.key, 0]));
  for (const key of order) {
    for (const edge of edges.filter((e) => e.from === key && !e.back)) {
      column.set(edge.to, Math.max(column.get(edge.to) ?? 0, (column.get(key) ?? 0) + 1));
    }
  }
  return { column, edges };
}

export async function buildBpmn(model: CompactModel): Promise<string> {
  const moddle = new BpmnModdle();
  const { column, edges } = layers(model);
  const laneNames = model.lanes ?? [];
  const laneOf = (step: Step) => (laneNames.length > 0 ? laneNames.indexOf(step.lane ?? '') : 0);
  for (const step of model.steps) {
    if (laneNames.length > 0 && laneOf(step) < 0) throw new Error(`model ${model.key}: step ${step.key} has no known lane`);
  }

  // Rows within each lane band: steps of one column in one lane stack downwards.
  const row = new Map<string, number>();
  const rowsPerLane = new Map<number, number>();
  const used = new Map<string, number>();
  for (const step of model.steps) {
    const slot = `${laneOf(step)}:${column.get(step.key)}`;
    const r = used.get(slot) ?? 0;
    used.set(slot, r + 1);
    row.set(step.key, r);
    rowsPerLane.set(laneOf(step), Math.max(rowsPerLane.get(laneOf(step)) ?? 1, r + 1));
  }
  const laneCount = Math.max(laneNames.length, 1);
  const laneTop: number[] = [];
  let y = TOP;
  for (let lane = 0; lane < laneCount; lane += 1) {
    laneTop.push(y);
    y += (rowsPerLane.get(lane) ?? 1) * ROW + 20;
  }
  const bottom = y;
  const maxColumn = Math.max(...column.values());
  const right = LEFT + (maxColumn + 1) * COLUMN + 40;

  const centre = (step: Step) => ({ x: LEFT + (column.get(step.key) ?? 0) * COLUMN + 50, y: (laneTop[laneOf(step)] ?? TOP) + 10 + (row.get(step.key) ?? 0) * ROW + ROW / 2 });
  const bounds = (step: Step) => {
    const c = centre(step);
    const size = sizeOf(step.kind);
    return moddle.create('dc:Bounds', { x: c.x - size.width / 2, y: c.y - size.height / 2, width: size.width, height: size.height });
  };
  const point = (x: number, y: number) => moddle.create('dc:Point', { x: Math.round(x), y: Math.round(y) });

  const process = moddle.create('bpmn:Process', { id: `Process_${model.key}`, name: model.name, isExecutable: false });
  const flowElements: ModdleElement[] = [];
  const diagramElements: ModdleElement[] = [];
  const elements = new Map<string, ModdleElement>();
  for (const step of model.steps) {
    const element = moddle.create(TYPES[step.kind], { id: `${prefixOf(step.kind)}_${step.key}`, name: step.name });
    if (step.kind === 'timer') {
      element.set('eventDefinitions', [moddle.create('bpmn:TimerEventDefinition', { id: `TimerEventDefinition_${step.key}` })]);
    }
    elements.set(step.key, element);
    flowElements.push(element);
    diagramElements.push(moddle.create('bpmndi:BPMNShape', {
      id: `${element.id}_di`, bpmnElement: element, bounds: bounds(step), ...(step.kind === 'xor' && { isMarkerVisible: true }),
    }));
  }

  const byKey = new Map(model.steps.map((step) => [step.key, step]));
  for (const edge of edges) {
    const source = elements.get(edge.from) as ModdleElement;
    const target = elements.get(edge.to) as ModdleElement;
    const flow = moddle.create('bpmn:SequenceFlow', { id: `Flow_${edge.from}_${edge.to}`, sourceRef: source, targetRef: target, ...(edge.label && { name: edge.label }) });
    (source.get('outgoing') as ModdleElement[]).push(flow);
    (target.get('incoming') as ModdleElement[]).push(flow);
    flowElements.push(flow);
    const from = byKey.get(edge.from) as Step;
    const to = byKey.get(edge.to) as Step;
    const a = centre(from);
    const b = centre(to);
    const fromSize = sizeOf(from.kind);
    const toSize = sizeOf(to.kind);
    let waypoints: ModdleElement[];
    if (edge.back) {
      // Loops go round underneath everything else.
      const under = bottom - 10;
      waypoints = [point(a.x, a.y + fromSize.height / 2), point(a.x, under), point(b.x, under), point(b.x, b.y + toSize.height / 2)];
    } else if (a.y === b.y) {
      waypoints = [point(a.x + fromSize.width / 2, a.y), point(b.x - toSize.width / 2, b.y)];
    } else {
      // Leave a gateway through its top or bottom corner, everything else to the right.
      const start = from.kind === 'xor' || from.kind === 'and' ? point(a.x, a.y + (b.y > a.y ? 1 : -1) * fromSize.height / 2) : point(a.x + fromSize.width / 2, a.y);
      const bend = from.kind === 'xor' || from.kind === 'and' ? point(a.x, b.y) : point((a.x + b.x) / 2, a.y);
      waypoints = from.kind === 'xor' || from.kind === 'and'
        ? [start, bend, point(b.x - toSize.width / 2, b.y)]
        : [start, bend, point((a.x + b.x) / 2, b.y), point(b.x - toSize.width / 2, b.y)];
    }
    diagramElements.push(moddle.create('bpmndi:BPMNEdge', { id: `${flow.id}_di`, bpmnElement: flow, waypoint: waypoints }));
  }
  process.set('flowElements', flowElements);

  const rootElements: ModdleElement[] = [];
  let planeElement: ModdleElement = process;
  if (laneNames.length > 0) {
    const lanes = laneNames.map((name, index) => moddle.create('bpmn:Lane', {
      id: `Lane_${model.key}_${index + 1}`, name,
      flowNodeRef: model.steps.filter((step) => laneOf(step) === index).map((step) => elements.get(step.key)),
    }));
    process.set('laneSets', [moddle.create('bpmn:LaneSet', { id: `LaneSet_${model.key}`, lanes })]);
    const participant = moddle.create('bpmn:Participant', { id: `Participant_${model.key}`, name: model.name, processRef: process });
    const collaboration = moddle.create('bpmn:Collaboration', { id: `Collaboration_${model.key}`, participants: [participant] });
    rootElements.push(collaboration);
    planeElement = collaboration;
    const poolX = LEFT - 100;
    diagramElements.unshift(
      moddle.create('bpmndi:BPMNShape', {
        id: `${participant.id}_di`, bpmnElement: participant, isHorizontal: true,
        bounds: moddle.create('dc:Bounds', { x: poolX, y: TOP, width: right - poolX, height: bottom - TOP }),
      }),
      ...lanes.map((lane, index) => moddle.create('bpmndi:BPMNShape', {
        id: `${lane.id}_di`, bpmnElement: lane, isHorizontal: true,
        bounds: moddle.create('dc:Bounds', { x: poolX + POOL_LABEL, y: laneTop[index], width: right - poolX - POOL_LABEL, height: (laneTop[index + 1] ?? bottom) - (laneTop[index] ?? TOP) }),
      })),
    );
  }
  rootElements.push(process);

  const plane = moddle.create('bpmndi:BPMNPlane', { id: `BPMNPlane_${model.key}`, bpmnElement: planeElement, planeElement: diagramElements });
  const definitions = moddle.create('bpmn:Definitions', {
    id: `Definitions_${model.key}`, targetNamespace: 'https://lotse.example/bpmn', exporter: 'Lotse', exporterVersion: '0.1',
    rootElements, diagrams: [moddle.create('bpmndi:BPMNDiagram', { id: `BPMNDiagram_${model.key}`, plane })],
  });
  const { xml } = await moddle.toXML(definitions, { format: true });
  return xml;
}
