// Calls of the knowledge base (Wissensbasis) and onboarding to the server.
import { apiRequest } from '../api/client';

export type VersionStatus = 'draft' | 'review' | 'published' | 'superseded';

export interface VersionSummary {
  id: string;
  number: number;
  title: string;
  status: VersionStatus;
  validFrom: string;
  validUntil: string | null;
  changeNote: string;
  publishedAt: string | null;
  replacesVersionId: string | null;
}

export interface VersionDetail extends VersionSummary {
  articleId: string;
  bodyMarkdown: string;
  /** Rendered and sanitised by the server. */
  bodyHtml: string;
}

export interface ArticleView {
  id: string;
  title: string;
  tags: string[];
  legalRefs: string[];
  owningUnit: { id: string; name: string } | null;
  owner: { id: string; displayName: string } | null;
  reviewBy: string | null;
  reviewOverdue: boolean;
  concerns: Array<{ id: string; title: string }>;
  processes: Array<{ id: string; title: string }>;
  asOf: string;
  current: VersionDetail | null;
  upcoming: VersionSummary[];
  versions: VersionSummary[];
}

export interface ArticleListItem {
  id: string;
  title: string;
  tags: string[];
  legalRefs: string[];
  reviewBy: string | null;
  validToday: boolean;
}

export interface SearchHit {
  kind: 'article' | 'concern' | 'process';
  id: string;
  title: string;
  rank: number;
  snippet: Array<{ text: string; hit: boolean }>;
}

export interface DueReview {
  articleId: string;
  title: string;
  reviewBy: string;
  daysOverdue: number;
  owner: { id: string; displayName: string } | null;
}

export interface StepProgress {
  position: number;
  kind: 'article' | 'process';
  id: string;
  title: string;
  state: 'open' | 'confirmed' | 'changed';
  confirmedAt: string | null;
}

export interface MyPath {
  id: string;
  title: string;
  description: string;
  steps: StepProgress[];
  done: number;
}

export interface PathListItem {
  id: string;
  title: string;
  description: string;
  steps: number;
}

export interface NewcomerProgress {
  staffId: string;
  displayName: string;
  assignedAt: string;
  done: number;
  total: number;
  steps: StepProgress[];
}

export interface VersionInput {
  title?: string;
  bodyMarkdown: string;
  validFrom: string;
  validUntil?: string | null;
  changeNote?: string;
  replacesVersionId?: string | null;
}

const q = encodeURIComponent;

export const searchKnowledge = (text: string, asOf: string | null, signal?: AbortSignal) =>
  apiRequest<{ asOf: string; items: SearchHit[] }>(`/api/knowledge/search?q=${q(text)}${asOf ? `&asOf=${q(asOf)}` : ''}`, { signal });
export const listArticles = (signal?: AbortSignal) => apiRequest<{ items: ArticleListItem[] }>('/api/knowledge/articles', { signal });
export const loadArticle = (id: string, asOf: string | null, signal?: AbortSignal) =>
  apiRequest<ArticleView>(`/api/knowledge/articles/${q(id)}${asOf ? `?asOf=${q(asOf)}` : ''}`, { signal });
export const loadVersion = (id: string, signal?: AbortSignal) => apiRequest<VersionDetail>(`/api/knowledge/versions/${q(id)}`, { signal });
export const createArticle = (body: VersionInput & { title: string; tags: string[]; legalRefs: string[] }) =>
  apiRequest<{ id: string; versionId: string }>('/api/knowledge/articles', { method: 'POST', body });
export const createVersion = (articleId: string, body: VersionInput) => apiRequest<VersionDetail>(`/api/knowledge/articles/${q(articleId)}/versions`, { method: 'POST', body });
export const updateDraft = (versionId: string, body: Partial<VersionInput>) => apiRequest<VersionDetail>(`/api/knowledge/versions/${q(versionId)}`, { method: 'PATCH', body });
export const moveVersion = (versionId: string, transition: 'submit' | 'return' | 'publish') =>
  apiRequest<VersionDetail>(`/api/knowledge/versions/${q(versionId)}/${transition}`, { method: 'POST', body: {} });
export const previewMarkdown = (markdown: string) => apiRequest<{ html: string }>('/api/knowledge/preview', { method: 'POST', body: { markdown } });
export const dueReviews = (scope: 'mine' | 'all', signal?: AbortSignal) => apiRequest<{ today: string; items: DueReview[] }>(`/api/knowledge/reviews/due?scope=${scope}`, { signal });

export const myPaths = (signal?: AbortSignal) => apiRequest<{ items: MyPath[] }>('/api/knowledge/onboarding/mine', { signal });
export const confirmStep = (pathId: string, position: number) => apiRequest<MyPath>(`/api/knowledge/onboarding/paths/${q(pathId)}/confirmations`, { method: 'POST', body: { position } });
export const listPaths = (signal?: AbortSignal) => apiRequest<{ items: PathListItem[] }>('/api/knowledge/onboarding/paths', { signal });
export const pathProgress = (pathId: string, signal?: AbortSignal) =>
  apiRequest<{ path: { id: string; title: string }; newcomers: NewcomerProgress[] }>(`/api/knowledge/onboarding/paths/${q(pathId)}/progress`, { signal });
export const onboardingCandidates = (signal?: AbortSignal) => apiRequest<{ items: Array<{ id: string; displayName: string }> }>('/api/knowledge/onboarding/candidates', { signal });
export const createPath = (body: { title: string; description: string; steps: Array<{ kind: 'article' | 'process'; id: string }> }) =>
  apiRequest<{ id: string }>('/api/knowledge/onboarding/paths', { method: 'POST', body });
export const assignPath = (pathId: string, staffId: string) => apiRequest<void>(`/api/knowledge/onboarding/paths/${q(pathId)}/assignments`, { method: 'POST', body: { staffId } });
