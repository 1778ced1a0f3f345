// Languages of the catalogue's texts and of the public pages. Plain German
// ("Einfache Sprache") is German with a private-use subtag: `de-x-ls` is a
// valid BCP 47 tag, so browsers, screen readers and axe treat it as German,
// and it falls back to German naturally.

export const CONTENT_LANGUAGES = ['de', 'de-x-ls', 'en', 'ar', 'uk', 'fa', 'tr', 'ru'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

export const RTL_LANGUAGES: readonly ContentLanguage[] = ['ar', 'fa'];

export function isContentLanguage(value: unknown): value is ContentLanguage {
  return typeof value === 'string' && (CONTENT_LANGUAGES as readonly string[]).includes(value);
}

/** The language to show: the asked one when the texts exist in it, else German (the authority's language, always present). */
export function pickLanguage<T>(texts: Partial<Record<string, T>>, wanted: string): { language: ContentLanguage; text: T } | undefined {
  const order = [wanted, 'de'];
  for (const language of order) {
    const text = texts[language];
    if (text !== undefined && isContentLanguage(language)) return { language, text };
  }
  return undefined;
}

export const direction = (language: ContentLanguage): 'ltr' | 'rtl' => (RTL_LANGUAGES.includes(language) ? 'rtl' : 'ltr');
