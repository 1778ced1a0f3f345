// Navigation entries of the modules beyond administration and audit: one
// line per module. A module listed here is removed from UPCOMING in MainNav.
import type { Role } from '../api/types';

export interface ModuleNavEntry {
  /** Route path, e.g. '/personen'. */
  to: string;
  /** Translation key of the link text. */
  label: string;
  /** Roles that see the link; 'any' for every logged-in staff member. */
  roles: readonly Role[] | 'any';
}

export const MODULE_NAV: readonly ModuleNavEntry[] = [
  { to: '/personen', label: 'people.nav', roles: ['case_worker', 'unit_lead', 'intake'] },
  { to: '/eingang-einheit', label: 'cases.nav', roles: ['case_worker', 'unit_lead'] },
  { to: '/weiterleitungen/ueberfaellig', label: 'cases.escalations.nav', roles: ['unit_lead'] },
  { to: '/datenschutz/notfallzugriffe', label: 'cases.breakGlassReview.nav', roles: ['dpo'] },
  { to: '/verwaltung/aktenzugriff', label: 'cases.matrix.nav', roles: ['admin'] },
  { to: '/eingangszone', label: 'intake.nav', roles: ['intake'] },
  { to: '/eingangszone/schalter', label: 'intake.counter.title', roles: ['case_worker', 'unit_lead'] },
  { to: '/prozesse', label: 'processes.nav', roles: 'any' },
  { to: '/wissen', label: 'knowledge.nav', roles: 'any' },
  { to: '/anliegen-katalog', label: 'services.nav', roles: ['admin', 'unit_lead'] },
  { to: '/termine', label: 'appointments.nav', roles: ['admin', 'unit_lead', 'case_worker', 'intake'] },
];
