// i18next set-up. German is the default and the fallback: it is the language
// of the authority, and every key exists in German first. The choice is kept
// in localStorage (per device, not per account, so it also applies on the
// login page before anyone is known).
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from './de.json';
import enJson from './en.json';
import arJson from './ar.json';
import lsPublic from './public-shared/de-x-ls.json';
import ukPublic from './public-shared/uk.json';
import faPublic from './public-shared/fa.json';
import trPublic from './public-shared/tr.json';
import ruPublic from './public-shared/ru.json';

// The compiler checks here that English and Arabic have every German key.
const en: typeof de = enJson;
const ar: typeof de = arJson;

// The languages only the public pages speak get the few shared texts those
// pages show: brand, skip link, loading, language choice. The compiler checks
// each has them all; any other shared key falls back to German.
type PublicSharedTexts = {
  app: Pick<typeof de.app, 'name' | 'tagline' | 'skipToContent' | 'loading' | 'startupErrorTitle'>;
  language: Pick<typeof de.language, 'label'>;
};
const publicShared: Record<'de-x-ls' | 'uk' | 'fa' | 'tr' | 'ru', PublicSharedTexts> = {
  'de-x-ls': lsPublic,
  uk: ukPublic,
  fa: faPublic,
  tr: trPublic,
  ru: ruPublic,
};

// German, plain German ("Einfache Sprache": German with the private-use
// subtag x-ls, so browsers and screen readers treat it as German and i18next
// falls back from it to German), and the languages of the public pages. The
// staff app is translated into English and Arabic; in the other languages it
// shows German, while the modules' public pages bring their own texts.
export const LANGUAGES = ['de', 'de-x-ls', 'en', 'ar', 'uk', 'fa', 'tr', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name written in that language, for the language choice. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  de: 'Deutsch',
  'de-x-ls': 'Einfache Sprache',
  en: 'English',
  ar: 'العربية',
  uk: 'Українська',
  fa: 'فارسی',
  tr: 'Türkçe',
  ru: 'Русский',
};

const SHARED_TEXTS: Record<Language, Record<string, unknown>> = { de, en, ar, ...publicShared };

const STORAGE_KEY = 'lotse.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    if (isLanguage(value)) return value;
  } catch {
    // Storage can be blocked (privacy settings); German is then the default.
  }
  return 'de';
}

// Arabic is written right to left; setting dir on <html> lets the CSS (which
// uses logical properties only) mirror the whole layout.
function applyToDocument(lng: string): void {
  const root = document.documentElement;
  root.lang = lng;
  root.dir = i18n.dir(lng);
}

// Each module keeps its texts beside its code, in web/src/<module>/i18n/<language>.json,
// all under one top-level key named after the module; they join the shared texts here.
const moduleTexts = import.meta.glob<Record<string, unknown>>('../*/i18n/*.json', { eager: true, import: 'default' });

function withModuleTexts(language: string, shared: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...shared };
  for (const [path, texts] of Object.entries(moduleTexts)) {
    if (path.endsWith(`/i18n/${language}.json`)) Object.assign(merged, texts);
  }
  return merged;
}

void i18n.use(initReactI18next).init({
  resources: Object.fromEntries(
    LANGUAGES.map((lng) => [lng, { translation: withModuleTexts(lng, SHARED_TEXTS[lng]) }]),
  ),
  lng: storedLanguage(),
  fallbackLng: 'de',
  supportedLngs: LANGUAGES,
  interpolation: {
    // React escapes output already.
    escapeValue: false,
  },
  react: {
    // Resources are bundled, so there is nothing to wait for.
    useSuspense: false,
  },
});

applyToDocument(i18n.language);

i18n.on('languageChanged', (lng) => {
  applyToDocument(lng);
  try {
    window.localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // See storedLanguage: the choice then lasts for this page only.
  }
});

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'de';
}

export default i18n;
