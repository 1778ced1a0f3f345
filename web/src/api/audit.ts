// Read-only access to the hash-chained audit log.
import { apiRequest } from './client';
import type { AuditActor, AuditPage, AuditVerifyResult, ListResponse } from './types';

export interface AuditFilter {
  actorId?: string;
  personId?: string;
  action?: string;
  /** ISO 8601 date-time */
  from?: string;
  /** ISO 8601 date-time */
  to?: string;
}

export const AUDIT_PAGE_SIZE = 50;

export function listAudit(filter: AuditFilter, before: number | null, signal?: AbortSignal): Promise<AuditPage> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (typeof value === 'string' && value !== '') params.set(key, value);
  }
  if (before !== null) params.set('before', String(before));
  params.set('limit', String(AUDIT_PAGE_SIZE));
  return apiRequest<AuditPage>(`/api/audit?${params.toString()}`, { signal });
}

export async function listAuditActions(signal?: AbortSignal): Promise<string[]> {
  const result = await apiRequest<ListResponse<string>>('/api/audit/actions', { signal });
  return result.items;
}

export async function listAuditActors(signal?: AbortSignal): Promise<AuditActor[]> {
  const result = await apiRequest<ListResponse<AuditActor>>('/api/audit/actors', { signal });
  return result.items;
}

export function verifyAuditChain(): Promise<AuditVerifyResult> {
  return apiRequest<AuditVerifyResult>('/api/audit/verify');
}
