// Administration: units, staff, partner organisations.
import { apiRequest } from './client';
import type {
  InvitationCreated,
  ListResponse,
  PartnerOrganisation,
  StaffMember,
  StaffStatus,
  Unit,
} from './types';

export async function listUnits(signal?: AbortSignal): Promise<Unit[]> {
  const result = await apiRequest<ListResponse<Unit>>('/api/units', { signal });
  return result.items;
}

export function createUnit(input: { name: string; type: string }): Promise<Unit> {
  return apiRequest<Unit>('/api/units', { method: 'POST', body: input });
}

export function updateUnit(
  id: string,
  patch: { name?: string; type?: string; active?: boolean },
): Promise<Unit> {
  return apiRequest<Unit>(`/api/units/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch });
}

export async function listStaff(signal?: AbortSignal): Promise<StaffMember[]> {
  const result = await apiRequest<ListResponse<StaffMember>>('/api/staff', { signal });
  return result.items;
}

export function inviteStaff(input: {
  email: string;
  displayName: string;
  roles: string[];
  unitIds: string[];
  partnerOrganisationId?: string | null;
}): Promise<InvitationCreated> {
  return apiRequest<InvitationCreated>('/api/staff', { method: 'POST', body: input });
}

export function updateStaff(
  id: string,
  patch: {
    displayName?: string;
    roles?: string[];
    unitIds?: string[];
    status?: Exclude<StaffStatus, 'invited'>;
    partnerOrganisationId?: string | null;
  },
): Promise<StaffMember> {
  return apiRequest<StaffMember>(`/api/staff/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch });
}

export async function listPartnerOrganisations(signal?: AbortSignal): Promise<PartnerOrganisation[]> {
  const result = await apiRequest<ListResponse<PartnerOrganisation>>('/api/partner-organisations', { signal });
  return result.items;
}

export function createPartnerOrganisation(input: {
  name: string;
  kind: string;
  contactEmail?: string;
}): Promise<PartnerOrganisation> {
  return apiRequest<PartnerOrganisation>('/api/partner-organisations', { method: 'POST', body: input });
}

export function updatePartnerOrganisation(
  id: string,
  // null clears the contact address.
  patch: { name?: string; kind?: string; contactEmail?: string | null; active?: boolean },
): Promise<PartnerOrganisation> {
  return apiRequest<PartnerOrganisation>(`/api/partner-organisations/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: patch,
  });
}
