import { withTenant, type Database } from '../../platform/db/index.js';
import type { Role } from '../../platform/http/policy.js';
import { seedDemoSchedules } from '../appointments/index.js';
import { seedDemoConsentTexts } from '../cases/index.js';
import { seedDemoKnowledge } from '../knowledge/index.js';
import { seedDemoProcesses } from '../processes/index.js';
import { seedDemoCatalogue } from '../services/index.js';
import { createPartner } from './partners.js';
import { createActiveStaff } from './staff.js';
import { createTenant, findTenantBySlug } from './tenants.js';
import { createUnit, type UnitType } from './units.js';

// The demo district that `npm start` creates on first start, so that a new
// user can log in and look around at once. Its passwords are public: never
// seed it into a production database (LOTSE_SEED_DEMO defaults to off there).

export const DEMO_TENANT = { slug: 'musterland', name: 'Landkreis Musterland' } as const;
export const DEMO_PASSWORD = 'Musterland-Demo-2026';

const UNITS: Array<{ name: string; type: UnitType }> = [
  { name: 'Eingangszone', type: 'intake' },
  { name: 'Ausländerbehörde', type: 'immigration' },
  { name: 'Asylbewerberleistungen', type: 'asylum_benefits' },
  { name: 'Unterbringung', type: 'accommodation' },
  { name: 'Integrationsberatung', type: 'integration' },
  { name: 'Jobcenter', type: 'jobcentre' },
];

export const DEMO_PARTNER = 'Diakonie Musterland';

export const DEMO_STAFF: Array<{ email: string; displayName: string; roles: Role[]; units: string[]; partnerOrganisation?: string }> = [
  { email: 'admin@musterland.example', displayName: 'Anna Admin', roles: ['admin'], units: [] },
  { email: 'leitung.abh@musterland.example', displayName: 'Lars Leitung', roles: ['unit_lead', 'case_worker'], units: ['Ausländerbehörde'] },
  { email: 'sachbearbeitung@musterland.example', displayName: 'Sami Sachbearbeitung', roles: ['case_worker'], units: ['Ausländerbehörde'] },
  { email: 'eingang@musterland.example', displayName: 'Eda Eingang', roles: ['intake'], units: ['Eingangszone'] },
  { email: 'datenschutz@musterland.example', displayName: 'Dana Datenschutz', roles: ['dpo'], units: [] },
  // Migrationsberatung of the partner organisation: joins case conferences.
  { email: 'beratung@diakonie-musterland.example', displayName: 'Bea Beratung', roles: ['partner_counsellor'], units: [], partnerOrganisation: DEMO_PARTNER },
];

export interface SeedResult {
  created: boolean;
  tenantName: string;
  logins: Array<{ email: string; roles: Role[] }>;
}

/** Creates the demo district unless it exists; safe to call on every start. */
export async function seedDemo(db: Database): Promise<SeedResult> {
  const logins = DEMO_STAFF.map(({ email, roles }) => ({ email, roles }));
  if (await findTenantBySlug(db, DEMO_TENANT.slug)) return { created: false, tenantName: DEMO_TENANT.name, logins };
  const tenant = await createTenant(db, DEMO_TENANT);
  const system = { id: null, label: 'Demo-Daten' };
  await withTenant(db, tenant.id, async (tx) => {
    const unitIds = new Map<string, string>();
    for (const unit of UNITS) unitIds.set(unit.name, (await createUnit(tx, tenant.id, system, unit)).id);
    const partner = await createPartner(tx, tenant.id, system, { name: DEMO_PARTNER, kind: 'Wohlfahrtsverband', contactEmail: 'migrationsberatung@diakonie-musterland.example' });
    await seedDemoCatalogue(tx, tenant.id, system);
    await seedDemoSchedules(tx, tenant.id, system, new Date());
    for (const staff of DEMO_STAFF) {
      await createActiveStaff(tx, tenant.id, system, {
        email: staff.email, displayName: staff.displayName, roles: staff.roles, password: DEMO_PASSWORD,
        unitIds: staff.units.map((name) => unitIds.get(name) as string),
        partnerOrganisationId: staff.partnerOrganisation === DEMO_PARTNER ? partner.id : null,
      });
    }
    // So that consent can be recorded and a case conference started right away.
    await seedDemoConsentTexts(tx, tenant.id, system);
  });
  // The process map links to the concern catalogue: keep this after the catalogue is seeded.
  await seedDemoProcesses(db, tenant.id);
  // The knowledge base links articles and onboarding steps to processes: after the process map.
  await seedDemoKnowledge(db, tenant.id);
  return { created: true, tenantName: tenant.name, logins };
}
