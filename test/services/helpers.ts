import type { LightMyRequestResponse } from 'fastify';
import { seedDemoCatalogue } from '../../src/modules/services/index.js';
import { withTenant, type Database } from '../../src/platform/db/index.js';
import { makeTenant, type TestTenant } from '../support/factories.js';

// Shared pieces of the catalogue tests: a district with the demo units and
// the demo catalogue, and a valid concern body to vary.

export const DEMO_UNITS = [
  { name: 'Eingangszone', type: 'intake' },
  { name: 'Ausländerbehörde', type: 'immigration' },
  { name: 'Asylbewerberleistungen', type: 'asylum_benefits' },
  { name: 'Unterbringung', type: 'accommodation' },
  { name: 'Integrationsberatung', type: 'integration' },
  { name: 'Jobcenter', type: 'jobcentre' },
] as const;

export async function makeDemoDistrict(db: Database): Promise<TestTenant & { concernIds: Record<string, string> }> {
  const tenant = await makeTenant(db, DEMO_UNITS.map((unit) => ({ ...unit })));
  const seeded = await withTenant(db, tenant.id, (tx) => seedDemoCatalogue(tx, tenant.id));
  return { ...tenant, concernIds: seeded.concernIds };
}

export function concernBody(overrides: Record<string, unknown> = {}) {
  return {
    leikaKey: null,
    channel: 'online_booking',
    durationMinutes: 30,
    forms: [{ title: 'Antrag', url: 'https://kreis.example/antrag.pdf' }],
    active: true,
    responsibleUnitId: null,
    locationIds: [],
    texts: {
      de: { title: 'Aufenthaltserlaubnis verlängern', description: 'Verlängerung des Titels.', documents: ['Pass', 'Foto'], prerequisites: ['Gültiger Pass'], fees: 'ca. 100 €', accessNote: 'Termin online buchen' },
      en: { title: 'Extend residence permit', description: 'Extension of the permit.', documents: ['Passport', 'Photo'] },
    },
    ...overrides,
  };
}

export const errorCode = (response: LightMyRequestResponse) => (response.json() as { error?: { code: string } }).error?.code;
