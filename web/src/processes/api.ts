// Calls of the process map (Prozesslandkarte) to the server.
import { apiRequest } from '../api/client';

export interface ProcessOwner {
  kind: 'unit' | 'staff';
  id: string;
  name: string;
}

export interface ProcessSummary {
  id: string;
  title: string;
  description: string;
  owner: ProcessOwner | null;
  currentVersion: number;
  hasModel: boolean;
  updatedAt: string;
}

export interface ProcessGroup {
  id: string;
  name: string;
  position: number;
  processes: ProcessSummary[];
}

export interface ProcessVersion {
  version: number;
  title: string;
  changeNote: string;
  createdAt: string;
  createdBy: string | null;
  hasModel: boolean;
}

export interface Linked {
  id: string;
  title: string;
}

export interface ProcessDetail extends ProcessSummary {
  group: { id: string; name: string };
  createdAt: string;
  canEdit: boolean;
  concerns: Linked[];
  /** fromArticle: the article names this process (set in the knowledge base, not here). */
  articles: Array<Linked & { fromArticle: boolean }>;
  versions: ProcessVersion[];
}

export interface EditOptions {
  units: Array<{ id: string; name: string }>;
  staff: Array<{ id: string; name: string }>;
  groups: Array<{ id: string; name: string }>;
  concerns: Linked[];
  articles: Linked[];
}

export interface ChecklistItem {
  position: number;
  elementId: string;
  title: string;
  lane: string | null;
  /** The decision the task depends on, "question – answer". */
  condition: string | null;
}

export interface ProcessFields {
  groupId: string;
  title: string;
  description: string;
  ownerUnitId: string | null;
  ownerStaffId: string | null;
}

const processUrl = (id: string) => `/api/processes/${encodeURIComponent(id)}`;

export async function loadProcessMap(signal?: AbortSignal): Promise<ProcessGroup[]> {
  return (await apiRequest<{ groups: ProcessGroup[] }>('/api/process-map', { signal })).groups;
}

export function loadEditOptions(signal?: AbortSignal): Promise<EditOptions> {
  return apiRequest<EditOptions>('/api/process-map/options', { signal });
}

export function createGroup(name: string): Promise<{ id: string; name: string }> {
  return apiRequest('/api/process-groups', { method: 'POST', body: { name } });
}

export function createProcess(fields: ProcessFields): Promise<{ id: string }> {
  return apiRequest('/api/processes', { method: 'POST', body: fields });
}

export function loadProcess(id: string, signal?: AbortSignal): Promise<ProcessDetail> {
  return apiRequest<ProcessDetail>(processUrl(id), { signal });
}

export function updateProcess(id: string, change: Partial<ProcessFields> & { baseVersion: number; changeNote: string }): Promise<{ version: number }> {
  return apiRequest(processUrl(id), { method: 'PATCH', body: change });
}

export function updateLinks(id: string, links: { concernIds: string[]; articleIds: string[] }): Promise<{ concerns: Linked[]; articles: Array<Linked & { fromArticle: boolean }> }> {
  return apiRequest(`${processUrl(id)}/links`, { method: 'PUT', body: links });
}

export function saveModel(id: string, input: { xml: string; baseVersion: number; changeNote: string }): Promise<{ version: number }> {
  return apiRequest(`${processUrl(id)}/model`, { method: 'POST', body: input });
}

export function loadModel(id: string, version: number | null, signal?: AbortSignal): Promise<{ version: number; xml: string }> {
  return apiRequest(`${processUrl(id)}/model${version === null ? '' : `?version=${version}`}`, { signal });
}

export async function loadChecklist(id: string, signal?: AbortSignal): Promise<ChecklistItem[]> {
  return (await apiRequest<{ items: ChecklistItem[] }>(`${processUrl(id)}/checklist`, { signal })).items;
}

/** The address of the BPMN download (the browser sends the session cookie itself). */
export function exportUrl(id: string, version?: number): string {
  return `${processUrl(id)}/bpmn${version === undefined ? '' : `?version=${version}`}`;
}

export interface StartedChecklist {
  checklistId: string;
  processTitle: string;
  version: number;
  tasks: Array<{ id: string; title: string }>;
}

/** Starts the tasks of a process model as a checklist in one section of a case file. */
export function startChecklist(caseId: string, body: { processId: string; sectionType: string; dueDate?: string }): Promise<StartedChecklist> {
  return apiRequest(`/api/cases/${encodeURIComponent(caseId)}/checklists`, { method: 'POST', body });
}
