// The person register's calls to the server.
import { apiRequest } from '../api/client';

export interface BirthDate {
  date: string;
  precision: string;
}

export interface Reason {
  code: string;
  name?: string;
  kind?: string;
}

export interface SearchHit {
  id: string;
  familyName: string;
  givenNames: string;
  sex: string;
  birthDate: BirthDate | null;
  nationalities: string[];
  score: number;
  reasons: Reason[];
}

export interface PersonName {
  id: string;
  recordId: string;
  kind: string;
  script: string;
  familyName: string;
  givenNames: string;
  source: string;
}

export interface Person {
  id: string;
  familyName: string;
  givenNames: string;
  sex: string;
  birthDate: BirthDate | null;
  birthPlace: string;
  birthCountry: string | null;
  nationalities: string[];
  languages: string[];
  contact: { phone: string; email: string; address: string };
  version: number;
  mergedInto: string | null;
  names: PersonName[];
  identifiers: Array<{ id: string; recordId: string; kind: string; value: string; issuingCountry: string | null }>;
  household: Array<{ personId: string; relation: string; relationId?: string; familyName: string; givenNames: string; birthDate: BirthDate | null }>;
  records: Array<{ id: string; familyName: string; givenNames: string; birthDate: BirthDate | null; mergedInto: string }>;
  merges: Array<{ id: string; survivorId: string; mergedId: string; reason: string; mergedBy: string; mergedAt: string; splitAt: string | null; splitBy: string | null; splitReason: string | null }>;
  history: Array<{ at: string; actor: string; action: string; recordId: string }>;
}

export interface NewPerson {
  familyName: string;
  givenNames?: string;
  names?: Array<{ kind: string; familyName: string; givenNames?: string; source?: string }>;
  identifiers?: Array<{ kind: string; value: string }>;
  sex?: string;
  birthDate?: string;
  birthDatePrecision?: string;
  birthPlace?: string;
  birthCountry?: string;
  nationalities?: string[];
  languages?: string[];
  phone?: string;
  email?: string;
  address?: string;
}

export type Purpose = 'case_work' | 'intake' | 'duplicate_check' | 'merge_review';

export const searchPeople = (q: string, signal?: AbortSignal, purpose: Purpose = 'case_work') =>
  apiRequest<{ items: SearchHit[] }>(`/api/people/search?q=${encodeURIComponent(q)}&purpose=${purpose}`, { signal }).then((r) => r.items);

export const getPerson = (id: string, signal?: AbortSignal, purpose: Purpose = 'case_work') =>
  apiRequest<Person>(`/api/people/${id}?purpose=${purpose}`, { signal });

export const checkDuplicates = (body: NewPerson) =>
  apiRequest<{ items: SearchHit[] }>('/api/people/duplicate-check', { method: 'POST', body }).then((r) => r.items);

export const createPerson = (body: NewPerson, confirmNoDuplicate: boolean) =>
  apiRequest<{ id: string }>('/api/people', { method: 'POST', body: { ...body, confirmNoDuplicate } });

export const addName = (id: string, body: { kind: string; familyName: string; givenNames?: string; source?: string }) =>
  apiRequest<{ id: string }>(`/api/people/${id}/names`, { method: 'POST', body });

export const removeName = (id: string, nameId: string) => apiRequest<void>(`/api/people/${id}/names/${nameId}`, { method: 'DELETE' });

export const addIdentifier = (id: string, body: { kind: string; value: string }) =>
  apiRequest<{ id: string }>(`/api/people/${id}/identifiers`, { method: 'POST', body });

export const removeIdentifier = (id: string, identifierId: string) => apiRequest<void>(`/api/people/${id}/identifiers/${identifierId}`, { method: 'DELETE' });

export const addRelation = (id: string, relatedPersonId: string, relation: string) =>
  apiRequest<{ id: string }>(`/api/people/${id}/relations`, { method: 'POST', body: { relatedPersonId, relation } });

export const removeRelation = (id: string, relationId: string) => apiRequest<void>(`/api/people/${id}/relations/${relationId}`, { method: 'DELETE' });

export const mergeInto = (id: string, otherId: string, reason: string) =>
  apiRequest<{ id: string }>(`/api/people/${id}/merge`, { method: 'POST', body: { otherId, reason } });

export const splitMerge = (mergeId: string, reason: string) =>
  apiRequest<{ id: string }>(`/api/people/merges/${mergeId}/split`, { method: 'POST', body: { reason } });
