// Addresses of the knowledge base pages.
export const knowledgePaths = {
  home: '/wissen',
  newArticle: '/wissen/neu',
  article: '/wissen/artikel/:id',
  myPath: '/wissen/einarbeitung',
  progress: '/wissen/einarbeitung/fortschritt',
} as const;

export const articlePath = (id: string) => `/wissen/artikel/${encodeURIComponent(id)}`;

/** Roles that write articles and manage onboarding paths (the server decides as well). */
export const KNOWLEDGE_EDITOR_ROLES = ['admin', 'unit_lead'] as const;
