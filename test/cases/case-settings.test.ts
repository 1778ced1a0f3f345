import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { json, type Caller, type TestContext } from '../support/app.js';
import { makeStaffWithRole } from '../support/factories.js';
import { addNote, casesApp, errorCode, makeAgency, makeCase, openCase, type Agency, type CaseViewBody } from './support.js';

// The need-to-know matrix is the tenant's own: what an administrator stores
// is what the next request is decided by, and a broken matrix is refused as
// a whole, leaving the one in force untouched.

interface Settings {
  sectionTypes: Array<{ key: string; label: string; ownerUnitType: string; position: number }>;
  matrix: Array<{ unitType: string; sectionType: string; access: 'none' | 'read' | 'write'; specialCategory: boolean }>;
  custom: boolean;
}

let ctx: TestContext;
let agency: Agency;
let admin: Caller;
before(async () => {
  ctx = await casesApp();
  agency = await makeAgency(ctx);
  admin = await makeStaffWithRole(ctx.app, ctx.db, ctx.config, agency.tenant, 'admin');
});
after(() => ctx.close());

async function settings(): Promise<Settings> {
  const response = await admin.inject({ method: 'GET', url: '/api/case-settings' });
  assert.equal(response.statusCode, 200, response.body);
  return json<Settings>(response);
}

const store = (body: Pick<Settings, 'sectionTypes' | 'matrix'>) => admin.inject({ method: 'PUT', url: '/api/case-settings', payload: body });

describe('need-to-know matrix of the tenant', () => {
  it('decides the next request by the stored matrix: read granted, then taken away again', async () => {
    const { personId, caseId } = await makeCase(ctx, agency);
    await addNote(agency.workers.immigration, caseId, 'immigration', 'Aufenthaltserlaubnis nach § 25a beantragt');
    const defaults = await settings();
    assert.equal(defaults.custom, false);
    assert.ok(!defaults.matrix.some((e) => e.unitType === 'jobcentre' && e.sectionType === 'immigration' && e.access !== 'none'), 'by default the job centre has no access to the immigration section');

    const granted = [...defaults.matrix.filter((e) => !(e.unitType === 'jobcentre' && e.sectionType === 'immigration')),
      { unitType: 'jobcentre', sectionType: 'immigration', access: 'read' as const, specialCategory: false }];
    const saved = await store({ sectionTypes: defaults.sectionTypes, matrix: granted });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(json<Settings>(saved).custom, true);

    const view = json<CaseViewBody>(await openCase(agency.workers.jobcentre, personId));
    const immigration = view.sections.find((s) => s.type === 'immigration');
    assert.ok(immigration && !immigration.write, 'the job centre now reads, and only reads, the immigration section');
    assert.ok(view.timeline.items.some((item) => item.summary.includes('§ 25a')));
    const write = await agency.workers.jobcentre.inject({ method: 'POST', url: `/api/cases/${caseId}/notes`, payload: { sectionType: 'immigration', confidentiality: 'standard', body: 'x' } });
    assert.equal(write.statusCode, 403);

    assert.equal((await store({ sectionTypes: defaults.sectionTypes, matrix: defaults.matrix })).statusCode, 200);
    const again = json<CaseViewBody>(await openCase(agency.workers.jobcentre, personId));
    assert.ok(!again.sections.some((s) => s.type === 'immigration'), 'taken away at once');
    assert.ok(!again.timeline.items.some((item) => item.summary.includes('§ 25a')));
  });

  it('refuses a broken matrix with CASE_SETTINGS_INVALID and keeps the one in force', async () => {
    const before = await settings();
    const [first] = before.sectionTypes;
    assert.ok(first);
    const broken: Array<Pick<Settings, 'sectionTypes' | 'matrix'>> = [
      { sectionTypes: [...before.sectionTypes, { ...first }], matrix: before.matrix },
      { sectionTypes: before.sectionTypes, matrix: [...before.matrix, { unitType: 'jobcentre', sectionType: 'unbekannt', access: 'read', specialCategory: false }] },
      { sectionTypes: before.sectionTypes, matrix: [...before.matrix, ...before.matrix.slice(0, 1)] },
    ];
    for (const body of broken) {
      const response = await store(body);
      assert.equal(response.statusCode, 400, response.body);
      assert.equal(errorCode(response), 'CASE_SETTINGS_INVALID');
    }
    assert.deepEqual(await settings(), before);
  });

  it('lets only administrators change it', async () => {
    const current = await settings();
    const response = await agency.workers.immigration.inject({ method: 'PUT', url: '/api/case-settings', payload: { sectionTypes: current.sectionTypes, matrix: current.matrix } });
    assert.equal(response.statusCode, 403);
  });
});
