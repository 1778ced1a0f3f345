// Typed translation keys: a misspelt key is a compile error, not a raw key on screen.
import 'i18next';
import type de from './de.json';
import type { ModuleTexts } from './module-texts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof de & ModuleTexts };
  }
}
