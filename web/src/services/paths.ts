// Addresses of the catalogue pages in the staff app.
export const servicesPaths = {
  catalogue: '/anliegen-katalog',
  finderTree: '/anliegen-katalog/finder',
} as const;

/** Who edits the catalogue (the server's CATALOGUE_EDITORS). */
export const CATALOGUE_EDITORS = ['admin', 'unit_lead'] as const;
