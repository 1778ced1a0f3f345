// Calls of the public Anliegen-Finder. No session: the district comes from
// the address (/<slug>/finder) or, for /finder, from the server's default.
import { apiRequest } from '../api/client';

export interface PublicText {
  text: string;
  lang: string;
  dir: 'ltr' | 'rtl';
}

export type Channel = 'online_booking' | 'walk_in' | 'emergency';

export interface PublicConcern {
  id: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  description: string;
  prerequisites: string[];
  documents: string[];
  fees: string;
  accessNote: string;
  leikaKey: string | null;
  channel: Channel;
  durationMinutes: number | null;
  forms: Array<{ title: string; url: string }>;
  responsibleUnit: string | null;
  locations: Array<{ name: string; address: string }>;
}

export interface FinderStep {
  district: string;
  language: string;
  trail: Array<{ question: PublicText; answer: PublicText; answerId: string }>;
  question: { id: string; text: PublicText; hint: PublicText | null; answers: Array<{ id: string; label: PublicText }> } | null;
  result: { concerns: PublicConcern[]; documents: PublicText[] } | null;
}

export function loadDefaultDistrict(signal: AbortSignal): Promise<{ slug: string; name: string }> {
  return apiRequest('/api/public/tenant', { signal, expectUnauthenticated: true });
}

export function loadFinderStep(slug: string, language: string, path: readonly string[], signal: AbortSignal): Promise<FinderStep> {
  const query = new URLSearchParams({ lang: language, path: path.join(',') });
  return apiRequest(`/api/public/${encodeURIComponent(slug)}/finder?${query.toString()}`, { signal, expectUnauthenticated: true });
}

/**
 * Where the booking pages take over (built by the appointments module). A
 * finder opened at /<district>/finder passes its district on; without it the
 * booking page would look for the concern in the installation's default district.
 */
export function bookingLink(concernId: string, districtSlug?: string): string {
  const query = new URLSearchParams({ anliegen: concernId });
  if (districtSlug) query.set('kreis', districtSlug);
  return `/termin?${query.toString()}`;
}
