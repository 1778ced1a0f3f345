// The German texts of each module (web/src/<module>/i18n/de.json), joined
// into the type of all translation keys: one `& typeof <module>` line per module.
// German is the reference; other languages fall back to it key by key.
import type peopleDe from '../people/i18n/de.json';
import type knowledgeDe from '../knowledge/i18n/de.json';
import type processesDe from '../processes/i18n/de.json';
import type casesDe from '../cases/i18n/de.json';
import type servicesDe from '../services/i18n/de.json';
import type finderDe from '../finder/i18n/de.json';
import type intakeDe from '../intake/i18n/de.json';
import type appointmentsDe from '../appointments/i18n/de.json';

export type ModuleTexts = Record<never, never>
  & typeof appointmentsDe
  & typeof peopleDe
  & typeof casesDe
  & typeof intakeDe
  & typeof processesDe
  & typeof knowledgeDe
  & typeof servicesDe
  & typeof finderDe;
