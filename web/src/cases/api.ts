// Calls of the shared case file (E-Akte) to the server.
import { apiRequest, ApiError } from '../api/client';

export type Confidentiality = 'standard' | 'confidential' | 'special_category';

export interface CaseSection {
  type: string;
  label: string;
  status: string;
  ownerUnitId: string | null;
  ownerUnitName: string | null;
  write: boolean;
  special: boolean;
  via: string[];
}

export interface TimelineItem {
  id: string;
  sectionType: string | null;
  kind: string;
  confidentiality: string;
  summary: string;
  actorLabel: string;
  at: string;
}

export interface TimelinePage {
  items: TimelineItem[];
  nextCursor: string | null;
}

/** A record on the other side of a person merge, and its case file if it has one. */
export interface MergeLink {
  personId: string;
  familyName: string;
  givenNames: string;
  caseId: string | null;
}

export interface CaseView {
  person: { id: string; familyName: string; givenNames: string };
  case: { id: string; status: string } | null;
  sections: CaseSection[];
  restrictedSections: Array<{ type: string; label: string }>;
  timeline: TimelinePage;
  /** After a merge both files stay; each names the other. */
  merge: { mergedInto: MergeLink | null; mergedRecords: MergeLink[] };
}

export interface Task {
  id: string;
  sectionType: string | null;
  conferenceId: string | null;
  title: string;
  dueDate: string | null;
  assigneeUnitId: string | null;
  assigneeStaffId: string | null;
  status: 'open' | 'done';
  /** Set when the task came from a process model's checklist. */
  origin: { checklistId: string; processId: string; processVersion: number; elementId: string } | null;
}

export interface Grant {
  id: string;
  unitId: string;
  unitName: string;
  sectionType: string;
  access: string;
  basis: 'consent' | 'legal_basis';
  purpose: string;
  consentVersion: number | null;
  legalReference: string | null;
  grantedAt: string;
  revokedAt: string | null;
}

export interface ConsentText {
  id: string;
  purpose: string;
  version: number;
  body: string;
}

export interface Referral {
  id: string;
  caseId: string;
  personId: string;
  personName: string;
  fromUnitId: string;
  fromUnitName: string;
  toUnitId: string;
  toUnitName: string;
  concernText: string | null;
  handoverNote: string;
  dueDate: string;
  sectionTypes: string[];
  state: 'open' | 'accepted' | 'returned' | 'completed';
  returnReason: string | null;
  overdue: boolean;
  escalatedAt: string | null;
  createdAt: string;
}

export interface ReferralBoard {
  counts: Array<{ unitId: string; unitName: string; open: number; accepted: number; overdue: number }>;
  incoming: Referral[];
  outgoing: Referral[];
}

/** What waits in one of the caller's units: numbers only (the start page). */
export interface ReferralCount {
  unitId: string;
  unitName: string;
  open: number;
  accepted: number;
  overdue: number;
}

export interface PartnerCounsellor {
  id: string;
  displayName: string;
  organisationName: string;
}

export interface Conference {
  id: string;
  caseId: string;
  title: string;
  sectionTypes: string[];
  startsAt: string;
  endsAt: string;
  /** Minutes and agreed actions can be written only while this is true. */
  active: boolean;
  minutes: string;
  participants: Array<{ unitId: string | null; staffId: string | null; name: string }>;
}

/** An emergency access as the data-protection officer reviews it. */
export interface BreakGlassAccess {
  id: string;
  caseId: string;
  personId: string;
  staffId: string;
  staffLabel: string;
  reason: string;
  startedAt: string;
  expiresAt: string;
  reviewedAt: string | null;
}

export type SectionAccessLevel = 'none' | 'read' | 'write';

export interface SectionTypeSetting {
  key: string;
  label: string;
  ownerUnitType: string;
  position: number;
}

export interface MatrixEntry {
  unitType: string;
  sectionType: string;
  access: SectionAccessLevel;
  specialCategory: boolean;
}

export interface CaseSettings {
  sectionTypes: SectionTypeSetting[];
  matrix: MatrixEntry[];
  /** False while the tenant works with the built-in defaults. */
  custom: boolean;
}

const q = (params: Record<string, string | undefined>) => {
  const search = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const text = search.toString();
  return text ? `?${text}` : '';
};

export const casesApi = {
  open: (personId: string, signal?: AbortSignal) => apiRequest<CaseView>(`/api/cases/by-person/${personId}`, { signal }),
  create: (personId: string, sectionTypes: string[]) =>
    apiRequest<{ id: string }>(`/api/cases/by-person/${personId}`, { method: 'POST', body: { sections: sectionTypes.map((sectionType) => ({ sectionType })) } }),
  timeline: (caseId: string, section?: string, before?: string, signal?: AbortSignal) =>
    apiRequest<TimelinePage>(`/api/cases/${caseId}/timeline${q({ section, before })}`, { signal }),
  addNote: (caseId: string, body: { sectionType: string; confidentiality: Confidentiality; body: string }) =>
    apiRequest(`/api/cases/${caseId}/notes`, { method: 'POST', body }),
  tasks: (caseId: string, signal?: AbortSignal) => apiRequest<{ items: Task[] }>(`/api/cases/${caseId}/tasks`, { signal }),
  addTask: (caseId: string, body: { sectionType: string; title: string; dueDate?: string; assigneeUnitId?: string }) =>
    apiRequest(`/api/cases/${caseId}/tasks`, { method: 'POST', body }),
  setTask: (taskId: string, status: 'open' | 'done') => apiRequest(`/api/case-tasks/${taskId}`, { method: 'PATCH', body: { status } }),
  grants: (caseId: string, signal?: AbortSignal) => apiRequest<{ items: Grant[] }>(`/api/cases/${caseId}/grants`, { signal }),
  grant: (caseId: string, body: Record<string, string>) => apiRequest(`/api/cases/${caseId}/grants`, { method: 'POST', body }),
  revoke: (grantId: string) => apiRequest(`/api/case-grants/${grantId}/revoke`, { method: 'POST', body: {} }),
  consentTexts: (signal?: AbortSignal) => apiRequest<{ items: ConsentText[] }>('/api/consent-texts', { signal }),
  breakGlass: (caseId: string, reason: string) => apiRequest<{ expiresAt: string }>(`/api/cases/${caseId}/break-glass`, { method: 'POST', body: { reason } }),
  refer: (caseId: string, body: Record<string, unknown>) => apiRequest(`/api/cases/${caseId}/referrals`, { method: 'POST', body }),
  board: (signal?: AbortSignal) => apiRequest<ReferralBoard>('/api/referrals/board', { signal }),
  counts: (signal?: AbortSignal) => apiRequest<{ items: ReferralCount[] }>('/api/referrals/counts', { signal }).then((r) => r.items),
  decide: (referralId: string, action: 'accept' | 'return' | 'complete', reason?: string) =>
    apiRequest(`/api/referrals/${referralId}/${action}`, { method: 'POST', body: action === 'return' ? { reason } : {} }),
  partnerCounsellors: (signal?: AbortSignal) => apiRequest<{ items: PartnerCounsellor[] }>('/api/case-partner-counsellors', { signal }),
  conference: (caseId: string, body: Record<string, unknown>) => apiRequest(`/api/cases/${caseId}/conferences`, { method: 'POST', body }),
  conferences: (caseId: string, signal?: AbortSignal) => apiRequest<{ items: Conference[] }>(`/api/cases/${caseId}/conferences`, { signal }),
  writeMinutes: (conferenceId: string, minutes: string) => apiRequest<Conference>(`/api/case-conferences/${conferenceId}`, { method: 'PATCH', body: { minutes } }),
  addConferenceAction: (conferenceId: string, body: { title: string; dueDate?: string; assigneeUnitId?: string }) =>
    apiRequest<{ id: string }>(`/api/case-conferences/${conferenceId}/actions`, { method: 'POST', body }),
  breakGlassList: (includeReviewed: boolean, signal?: AbortSignal) =>
    apiRequest<{ items: BreakGlassAccess[] }>(`/api/break-glass${q({ all: includeReviewed ? 'true' : undefined })}`, { signal }),
  reviewBreakGlass: (id: string) => apiRequest(`/api/break-glass/${id}/review`, { method: 'POST', body: {} }),
  escalations: (signal?: AbortSignal) => apiRequest<{ items: Referral[] }>('/api/referrals/escalations', { signal }),
  settings: (signal?: AbortSignal) => apiRequest<CaseSettings>('/api/case-settings', { signal }),
  saveSettings: (settings: { sectionTypes: SectionTypeSetting[]; matrix: MatrixEntry[] }) =>
    apiRequest<CaseSettings>('/api/case-settings', { method: 'PUT', body: settings }),
};

/** Uploads go as multipart, which the JSON client does not speak; same CSRF header and error shape. */
export async function uploadDocument(caseId: string, sectionType: string, file: File, csrfToken: string): Promise<void> {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await fetch(`/api/case-documents${q({ caseId, sectionType })}`, {
    method: 'POST', body: form, credentials: 'same-origin', headers: { 'x-csrf-token': csrfToken, accept: 'application/json' },
  }).catch(() => {
    throw new ApiError(0, 'NETWORK_ERROR', '');
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
    throw new ApiError(response.status, body.error?.code ?? `HTTP_${response.status}`, body.error?.message ?? '');
  }
}
