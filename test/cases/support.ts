import type { Clock } from '../../src/platform/clock.js';
import { withTenant } from '../../src/platform/db/index.js';
import { json, testApp, type Caller, type TestContext } from '../support/app.js';
import { makeStaff, makeTenant, sessionFor, type TestTenant } from '../support/factories.js';
import { makePerson } from '../support/people.js';

// A tenant as the one-stop agency has it: one unit of each case type, a case
// worker in each, and a person whose case file has all five sections.

export const UNITS = [
  { name: 'Ausländerbehörde', type: 'immigration' },
  { name: 'Asylbewerberleistungen', type: 'asylum_benefits' },
  { name: 'Unterbringung', type: 'accommodation' },
  { name: 'Integrationsberatung', type: 'integration' },
  { name: 'Jobcenter', type: 'jobcentre' },
] as const;

export type UnitKey = (typeof UNITS)[number]['type'];

export interface Agency {
  tenant: TestTenant;
  unitIds: Record<UnitKey, string>;
  workers: Record<UnitKey, Caller>;
}

export async function casesApp(clock?: Clock): Promise<TestContext> {
  return testApp({}, undefined, clock);
}

export async function makeAgency(ctx: TestContext): Promise<Agency> {
  const tenant = await makeTenant(ctx.db, UNITS.map((unit) => ({ name: unit.name, type: unit.type })));
  const unitIds = {} as Record<UnitKey, string>;
  const workers = {} as Record<UnitKey, Caller>;
  for (const unit of UNITS) {
    unitIds[unit.type] = tenant.units[unit.name] as string;
    workers[unit.type] = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, tenant, { roles: ['case_worker'], unitIds: [unitIds[unit.type]] }));
  }
  return { tenant, unitIds, workers };
}

/** A person with a case file holding all five sections; created by the immigration office. */
export async function makeCase(ctx: TestContext, agency: Agency, name: { familyName?: string; givenNames?: string } = {}): Promise<{ personId: string; caseId: string }> {
  const person = await makePerson(ctx.db, agency.tenant, name);
  const created = await agency.workers.immigration.inject({
    method: 'POST', url: `/api/cases/by-person/${person.id}`,
    payload: { sections: UNITS.map((unit) => ({ sectionType: unit.type, ownerUnitId: agency.unitIds[unit.type] })) },
  });
  if (created.statusCode !== 201) throw new Error(`case not created: ${created.body}`);
  return { personId: person.id, caseId: json<{ id: string }>(created).id };
}

export async function addNote(caller: Caller, caseId: string, sectionType: string, body: string, confidentiality = 'standard') {
  const response = await caller.inject({ method: 'POST', url: `/api/cases/${caseId}/notes`, payload: { sectionType, confidentiality, body } });
  if (response.statusCode !== 201) throw new Error(`note not added: ${response.body}`);
  return json<{ id: string }>(response).id;
}

export interface CaseViewBody {
  case: { id: string } | null;
  sections: Array<{ type: string; write: boolean; via: string[] }>;
  restrictedSections: Array<{ type: string }>;
  timeline: { items: Array<{ kind: string; sectionType: string | null; summary: string }>; nextCursor: string | null };
}

export async function openCase(caller: Caller, personId: string, query = '') {
  return caller.inject({ method: 'GET', url: `/api/cases/by-person/${personId}${query}` });
}

export async function auditActions(ctx: TestContext, tenantId: string, personId: string) {
  return withTenant(ctx.db, tenantId, (tx) => tx.selectFrom('audit_log').select(['action', 'purpose', 'person_id', 'actor_id']).where('person_id', '=', personId).orderBy('seq').execute());
}

export const errorCode = (response: { json(): unknown }) => (response.json() as { error?: { code: string } }).error?.code;
