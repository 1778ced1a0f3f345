// The process map (Prozesslandkarte): service areas, processes with owners,
// version history, BPMN 2.0 models, links to concerns and knowledge articles,
// and the tasks of a model as a case checklist.
export { registerProcessRoutes } from './routes.js';
export { parseBpmn, BPMN_MAX_BYTES, type ParsedBpmn } from './bpmn.js';
export { checklistOf, orderChecklist, readChecklist, type ChecklistItem } from './checklist.js';
export { createProcessGroup } from './groups.js';
export { createProcess } from './processes.js';
export { readModel } from './read.js';
export { seedDemoProcesses } from './demo/seed.js';
