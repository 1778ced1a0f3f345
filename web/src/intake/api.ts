// Calls of the entrance zone's pages. Public calls (kiosk, display) carry the
// district's slug in the address and need no session.
import { apiRequest } from '../api/client';

export const concernGroups = ['residence', 'benefits', 'housing', 'counselling', 'work', 'other'] as const;
export type ConcernGroup = (typeof concernGroups)[number];
export type TicketKind = 'walk_in' | 'emergency' | 'appointment';
export type TicketStatus = 'waiting' | 'called' | 'done' | 'no_show';

export interface Ticket {
  id: string;
  number: number;
  day: string;
  locationId: string;
  kind: TicketKind;
  status: TicketStatus;
  issuedVia: 'kiosk' | 'desk';
  concernGroup: ConcernGroup | null;
  concernId: string | null;
  unitId: string | null;
  hasPerson: boolean;
  bookingId: string | null;
  issuedAt: string;
  scheduledAt: string | null;
  calledAt: string | null;
  counterName: string | null;
  recalls: number;
  finishedAt: string | null;
}

export interface KioskTicket {
  number: number;
  day: string;
  locationName: string;
  issuedAt: string;
  ticketsBefore: number;
  estimatedWaitMinutes: number | null;
}

export interface DisplaySnapshot {
  locationName: string;
  day: string;
  called: Array<{ number: number; counterName: string; calledAt: string; recalls: number }>;
  queues: Array<{ unitId: string | null; unitName: string | null; waiting: number; estimatedWaitMinutes: number | null }>;
  serverTime: string;
}

const publicBase = (tenantSlug: string, locationId: string) =>
  `/api/public/${encodeURIComponent(tenantSlug)}/intake/locations/${encodeURIComponent(locationId)}`;

export const intakeApi = {
  drawTicket: (tenantSlug: string, locationId: string, concernGroup: ConcernGroup | null) =>
    apiRequest<KioskTicket>(`${publicBase(tenantSlug, locationId)}/tickets`, { method: 'POST', body: { concernGroup } }),
  display: (tenantSlug: string, locationId: string, signal?: AbortSignal) =>
    apiRequest<DisplaySnapshot>(`${publicBase(tenantSlug, locationId)}/display`, { signal }),
  displayEventsUrl: (tenantSlug: string, locationId: string) => `${publicBase(tenantSlug, locationId)}/display/events`,

  locations: (signal?: AbortSignal) => apiRequest<{ items: Array<{ id: string; name: string }> }>('/api/intake/locations', { signal }),
  concerns: (signal?: AbortSignal) => apiRequest<{ items: Array<{ id: string; title: string; unitId: string | null }> }>('/api/intake/concerns', { signal }),
  tickets: (locationId: string, signal?: AbortSignal) => apiRequest<{ items: Ticket[] }>(`/api/intake/locations/${locationId}/tickets`, { signal }),
  issue: (body: { locationId: string; kind: TicketKind; scheduledAt?: string; concernId?: string }) =>
    apiRequest<{ ticket: Ticket; estimatedWaitMinutes: number | null; ticketsBefore: number }>('/api/intake/tickets', { method: 'POST', body }),
  checkIn: (bookingId: string) => apiRequest<{ ticket: Ticket }>(`/api/intake/bookings/${encodeURIComponent(bookingId)}/check-in`, { method: 'POST', body: {} }),
  triage: (id: string, body: { concernId: string; emergency?: boolean }) => apiRequest<Ticket>(`/api/intake/tickets/${id}/triage`, { method: 'POST', body }),
  forward: (id: string, unitId: string) => apiRequest<Ticket>(`/api/intake/tickets/${id}/forward`, { method: 'POST', body: { unitId } }),
  linkPerson: (id: string, personId: string) => apiRequest<Ticket>(`/api/intake/tickets/${id}/person`, { method: 'POST', body: { personId } }),
  callNext: (body: { locationId: string; unitId: string; counterName: string }) =>
    apiRequest<{ ticket: Ticket | null }>('/api/intake/call-next', { method: 'POST', body }),
  recall: (id: string) => apiRequest<Ticket>(`/api/intake/tickets/${id}/recall`, { method: 'POST', body: {} }),
  finish: (id: string) => apiRequest<Ticket>(`/api/intake/tickets/${id}/finish`, { method: 'POST', body: {} }),
  noShow: (id: string) => apiRequest<Ticket>(`/api/intake/tickets/${id}/no-show`, { method: 'POST', body: {} }),
};
