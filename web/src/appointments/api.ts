// Calls of the public booking pages. The district comes from ?kreis=<slug>
// or, when absent, from the installation's default district.
import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/sha';
import { apiRequest } from '../api/client';

export interface FreeSlot { id: string; startsAt: string; endsAt: string; location: { id: string; name: string; address: string } }
export interface Appointment { id: string; status: string; name: string; concernId: string; concernTitle: string; startsAt: string; endsAt: string; locationName: string; locationAddress: string; holdExpiresAt: string | null }

const open = { expectUnauthenticated: true } as const;
const base = (slug: string) => `/api/public/${encodeURIComponent(slug)}/appointments`;

export async function districtSlug(fromQuery: string | null, signal?: AbortSignal): Promise<string> {
  if (fromQuery) return fromQuery;
  return (await apiRequest<{ slug: string }>('/api/public/tenant', { ...open, ...(signal && { signal }) })).slug;
}

export const loadSlots = (slug: string, concernId: string, signal: AbortSignal) =>
  apiRequest<{ items: FreeSlot[] }>(`${base(slug)}/slots?concernId=${encodeURIComponent(concernId)}`, { ...open, signal });

/** Fetches a proof-of-work challenge and solves it here in the browser (a second or so). */
export async function solvePow(slug: string) {
  const { challenge } = await apiRequest<{ challenge: Challenge }>(`${base(slug)}/challenge`, open);
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('proof of work not solved');
  return { challenge, solution };
}

export async function reserve(slug: string, input: { slotId: string; name: string; email: string; language: string }) {
  return apiRequest<Appointment>(`${base(slug)}/reservations`, { ...open, method: 'POST', body: { ...input, pow: await solvePow(slug) } });
}

export const confirmBooking = (slug: string, bookingId: string, proof: { code: string } | { token: string }) =>
  apiRequest<Appointment>(`${base(slug)}/reservations/${encodeURIComponent(bookingId)}/confirm`, { ...open, method: 'POST', body: proof });

export const loadManaged = (slug: string, token: string, signal: AbortSignal) => apiRequest<Appointment>(`${base(slug)}/manage/${encodeURIComponent(token)}`, { ...open, signal });
export const cancelManaged = (slug: string, token: string) => apiRequest<Appointment>(`${base(slug)}/manage/${encodeURIComponent(token)}/cancel`, { ...open, method: 'POST', body: {} });
export async function rebookManaged(slug: string, token: string, slotId: string) {
  return apiRequest<Appointment>(`${base(slug)}/manage/${encodeURIComponent(token)}/rebook`, { ...open, method: 'POST', body: { slotId, pow: await solvePow(slug) } });
}

// Draws for scarce releases: requests during a window, verified by the mailed
// link, then slots by lot. Only counts and dates come back, never who asked.
export interface OpenDraw {
  id: string; concernId: string; requestsOpenAt: string; requestsCloseAt: string; accepting: boolean;
  slots: number; firstSlotAt: string | null; lastSlotAt: string | null; location: { id: string; name: string; address: string };
}
export interface DrawState {
  id: string; verified: boolean; concernId: string; concernTitle: string; requestsCloseAt: string; drawnAt: string | null;
  outcome: 'pending' | 'won' | 'not_won';
  slot: { startsAt: string; endsAt: string; locationName: string; locationAddress: string } | null;
}

export const loadDraws = (slug: string, concernId: string, signal: AbortSignal) =>
  apiRequest<{ items: OpenDraw[] }>(`${base(slug)}/draws?concernId=${encodeURIComponent(concernId)}`, { ...open, signal });
export async function requestDraw(slug: string, drawId: string, input: { name: string; email: string; language: string }) {
  return apiRequest<{ id: string; mailStatus: string }>(`${base(slug)}/draws/${encodeURIComponent(drawId)}/requests`, { ...open, method: 'POST', body: { ...input, pow: await solvePow(slug) } });
}
export const verifyDraw = (slug: string, token: string) => apiRequest<DrawState>(`${base(slug)}/draws/verify`, { ...open, method: 'POST', body: { token } });
