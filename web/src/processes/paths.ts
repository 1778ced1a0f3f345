// Addresses of the process map pages.
export const processPaths = {
  map: '/prozesse',
  process: '/prozesse/:id',
  editor: '/prozesse/:id/modell',
} as const;

export const processPath = (id: string) => `/prozesse/${encodeURIComponent(id)}`;
/** An article of the knowledge base (web/src/knowledge/routes.tsx). */
export const knowledgeArticlePath = (id: string) => `/wissen/artikel/${encodeURIComponent(id)}`;
export const editorPath = (id: string) => `/prozesse/${encodeURIComponent(id)}/modell`;

/** Roles that may change processes; the server decides per process (owner) as well. */
export const PROCESS_EDITOR_ROLES = ['admin', 'unit_lead'] as const;
