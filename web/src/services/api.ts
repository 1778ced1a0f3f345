// Staff calls of the concern catalogue, its locations and the finder tree.
import { apiRequest } from '../api/client';

export const CHANNELS = ['online_booking', 'walk_in', 'emergency'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Languages of the catalogue texts (the server's list). */
export const TEXT_LANGUAGES = ['de', 'de-x-ls', 'en', 'ar', 'uk', 'fa', 'tr', 'ru'] as const;

export interface ConcernTexts {
  title: string;
  description: string;
  prerequisites?: string[];
  documents?: string[];
  fees?: string;
  accessNote?: string;
}

export interface ConcernInput {
  leikaKey: string | null;
  channel: Channel;
  durationMinutes: number | null;
  responsibleUnitId: string | null;
  locationIds: string[];
  forms: Array<{ title: string; url: string }>;
  active: boolean;
  texts: Record<string, ConcernTexts>;
}

export interface Concern extends ConcernInput {
  id: string;
  title: string;
  updatedAt: string;
}

export interface Location {
  id: string;
  name: string;
  address: string;
}

export async function listConcerns(signal?: AbortSignal): Promise<Concern[]> {
  return (await apiRequest<{ items: Concern[] }>('/api/concerns', { signal })).items;
}

export function saveConcern(input: ConcernInput, id?: string): Promise<Concern> {
  return id
    ? apiRequest<Concern>(`/api/concerns/${encodeURIComponent(id)}`, { method: 'PUT', body: input })
    : apiRequest<Concern>('/api/concerns', { method: 'POST', body: input });
}

export async function listLocations(signal?: AbortSignal): Promise<Location[]> {
  return (await apiRequest<{ items: Location[] }>('/api/locations', { signal })).items;
}

export function createLocation(input: { name: string; address: string }): Promise<Location> {
  return apiRequest<Location>('/api/locations', { method: 'POST', body: input });
}

export function exportCatalogue(): Promise<unknown> {
  return apiRequest<unknown>('/api/concern-catalogue/export');
}

export function importCatalogue(file: unknown): Promise<{ created: number; updated: number }> {
  return apiRequest('/api/concern-catalogue/import', { method: 'POST', body: file });
}

export async function loadFinderTree(signal?: AbortSignal): Promise<unknown> {
  return (await apiRequest<{ tree: unknown }>('/api/finder-tree', { signal })).tree;
}

export function saveFinderTree(tree: unknown): Promise<{ tree: unknown }> {
  return apiRequest('/api/finder-tree', { method: 'PUT', body: tree });
}
