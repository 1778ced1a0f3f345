import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { normaliseLeikaKey } from '../../src/modules/services/concern-model.js';
import { isAppError } from '../../src/platform/errors/index.js';
import { withTenant } from '../../src/platform/db/index.js';
import { json, testApp, type Caller, type TestContext } from '../support/app.js';
import { makeLocation } from '../support/concerns.js';
import { makeStaffWithRole, makeTenant, type TestTenant } from '../support/factories.js';
import { concernBody, errorCode } from './helpers.js';

// Staff edit the catalogue: create, read, replace, withdraw, with the rules
// for LeiKa keys, languages, units and locations; a refused change writes nothing.

let ctx: TestContext;
let tenant: TestTenant;
let lead: Caller;
let caseWorker: Caller;

before(async () => {
  ctx = await testApp();
  tenant = await makeTenant(ctx.db);
  lead = await makeStaffWithRole(ctx.app, ctx.db, ctx.config, tenant, 'unit_lead');
  caseWorker = await makeStaffWithRole(ctx.app, ctx.db, ctx.config, tenant, 'case_worker');
});
after(() => ctx.close());

const concernCount = () => withTenant(ctx.db, tenant.id, async (tx) => (await tx.selectFrom('concerns').select('id').execute()).length);

interface ConcernView {
  id: string;
  title: string;
  leikaKey: string | null;
  channel: string;
  responsibleUnitId: string | null;
  locationIds: string[];
  active: boolean;
  texts: Record<string, { title: string; documents: string[]; prerequisites: string[]; fees: string; accessNote: string }>;
}

describe('concern catalogue', () => {
  it('creates, reads, lists and replaces a concern with unit, locations and texts in several languages; each change is audited', async () => {
    const unitId = tenant.units['Ausländerbehörde'] as string;
    const location = await makeLocation(ctx.db, tenant, { name: 'Kreishaus' });
    const created = await lead.inject({ method: 'POST', url: '/api/concerns', payload: concernBody({ responsibleUnitId: unitId, locationIds: [location.id], leikaKey: '9901 0003 0010 00' }) });
    assert.equal(created.statusCode, 201, created.body);
    const concern = json<ConcernView>(created);
    assert.equal(concern.title, 'Aufenthaltserlaubnis verlängern');
    assert.equal(concern.leikaKey, '99010003001000', 'spaces as printed in the catalogue are removed');
    assert.equal(concern.responsibleUnitId, unitId);
    assert.deepEqual(concern.locationIds, [location.id]);
    assert.deepEqual(Object.keys(concern.texts), ['de', 'en']);
    assert.deepEqual(concern.texts.en?.prerequisites, [], 'missing lists become empty');

    const read = await caseWorker.inject({ method: 'GET', url: `/api/concerns/${concern.id}` });
    assert.equal(read.statusCode, 200);
    assert.deepEqual(json<ConcernView>(read).texts, concern.texts);

    const replaced = await lead.inject({
      method: 'PUT', url: `/api/concerns/${concern.id}`,
      payload: concernBody({ channel: 'walk_in', active: false, texts: { de: { title: '  Neuer Titel ', description: 'Neu.' }, ar: { title: 'عنوان', description: 'وصف' } } }),
    });
    assert.equal(replaced.statusCode, 200, replaced.body);
    const after = json<ConcernView>(replaced);
    assert.equal(after.title, 'Neuer Titel');
    assert.equal(after.channel, 'walk_in');
    assert.equal(after.active, false);
    assert.deepEqual(after.locationIds, [], 'locations are replaced, not merged');
    assert.deepEqual(Object.keys(after.texts), ['de', 'ar']);

    const list = json<{ items: ConcernView[] }>(await caseWorker.inject({ method: 'GET', url: '/api/concerns' }));
    assert.ok(list.items.some((item) => item.id === concern.id && item.title === 'Neuer Titel'));

    const actions = await withTenant(ctx.db, tenant.id, (tx) =>
      tx.selectFrom('audit_log').select(['action', 'actor_id']).where('subject_id', '=', concern.id).orderBy('seq').execute());
    assert.deepEqual(actions.map((a) => a.action), ['concern.create', 'concern.update']);
    assert.ok(actions.every((a) => a.actor_id === lead.staffId));
  });

  it('refuses a LeiKa key that is not 14 digits, and writes nothing', async () => {
    const before = await concernCount();
    for (const leikaKey of ['9901000300100', '990100030010001', '99O10003001000', '99-01-0003-0010']) {
      const response = await lead.inject({ method: 'POST', url: '/api/concerns', payload: concernBody({ leikaKey }) });
      assert.equal(response.statusCode, 400, leikaKey);
      assert.equal(errorCode(response), 'LEIKA_KEY_INVALID', leikaKey);
    }
    assert.equal(await concernCount(), before);
  });

  it('accepts exactly the keys of 14 digits (spaces ignored) and an empty key as none (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 20 }), fc.stringMatching(/^[0-9 ]{10,20}$/)), (raw) => {
        const compact = raw.replace(/\s+/g, '');
        let result: string | null | 'refused';
        try {
          result = normaliseLeikaKey(raw);
        } catch (error) {
          assert.ok(isAppError(error) && error.code === 'LEIKA_KEY_INVALID');
          result = 'refused';
        }
        if (compact === '') assert.equal(result, null);
        else if (/^[0-9]{14}$/.test(compact)) assert.equal(result, compact);
        else assert.equal(result, 'refused');
      }),
      { numRuns: 300 },
    );
  });

  it('refuses unsupported languages and a missing German text', async () => {
    const before = await concernCount();
    const klingon = await lead.inject({ method: 'POST', url: '/api/concerns', payload: concernBody({ texts: { de: { title: 'T', description: 'D' }, tlh: { title: 'T', description: 'D' } } }) });
    assert.equal(klingon.statusCode, 400);
    assert.equal(errorCode(klingon), 'CONCERN_LANGUAGE_UNSUPPORTED');
    const noGerman = await lead.inject({ method: 'POST', url: '/api/concerns', payload: concernBody({ texts: { en: { title: 'T', description: 'D' } } }) });
    assert.equal(errorCode(noGerman), 'CONCERN_GERMAN_TEXT_REQUIRED');
    const emptyDescription = await lead.inject({ method: 'POST', url: '/api/concerns', payload: concernBody({ texts: { de: { title: 'T', description: '   ' } } }) });
    assert.equal(errorCode(emptyDescription), 'CONCERN_GERMAN_TEXT_REQUIRED');
    const badChannel = await lead.inject({ method: 'POST', url: '/api/concerns', payload: concernBody({ channel: 'carrier_pigeon' }) });
    assert.equal(errorCode(badChannel), 'VALIDATION_FAILED');
    const badUrl = await lead.inject({ method: 'POST', url: '/api/concerns', payload: concernBody({ forms: [{ title: 'X', url: 'javascript:alert(1)' }] }) });
    assert.equal(errorCode(badUrl), 'VALIDATION_FAILED');
    assert.equal(await concernCount(), before);
  });

  it("refuses another district's unit or location as unknown, and writes nothing", async () => {
    const other = await makeTenant(ctx.db);
    const foreignLocation = await makeLocation(ctx.db, other);
    const before = await concernCount();
    const unit = await lead.inject({ method: 'POST', url: '/api/concerns', payload: concernBody({ responsibleUnitId: other.units['Ausländerbehörde'] }) });
    assert.equal(unit.statusCode, 400);
    assert.equal(errorCode(unit), 'UNKNOWN_UNIT');
    const location = await lead.inject({ method: 'POST', url: '/api/concerns', payload: concernBody({ locationIds: [foreignLocation.id] }) });
    assert.equal(errorCode(location), 'UNKNOWN_LOCATION');
    assert.equal(await concernCount(), before);
  });

  it('lets case workers read but not change the catalogue', async () => {
    const refused = await caseWorker.inject({ method: 'POST', url: '/api/concerns', payload: concernBody() });
    assert.equal(refused.statusCode, 403);
    const missing = await lead.inject({ method: 'PUT', url: '/api/concerns/00000000-0000-4000-8000-000000000000', payload: concernBody() });
    assert.equal(missing.statusCode, 404);
  });

  it('manages locations with unique names', async () => {
    const created = await lead.inject({ method: 'POST', url: '/api/locations', payload: { name: 'Bürgerbüro Süd', address: 'Hauptstraße 5' } });
    assert.equal(created.statusCode, 201, created.body);
    const again = await lead.inject({ method: 'POST', url: '/api/locations', payload: { name: 'Bürgerbüro Süd', address: '' } });
    assert.equal(again.statusCode, 409);
    assert.equal(errorCode(again), 'LOCATION_NAME_TAKEN');
    const id = json<{ id: string }>(created).id;
    const moved = await lead.inject({ method: 'PUT', url: `/api/locations/${id}`, payload: { name: 'Bürgerbüro Süd', address: 'Hauptstraße 7' } });
    assert.equal(json<{ address: string }>(moved).address, 'Hauptstraße 7');
    const list = json<{ items: Array<{ name: string }> }>(await caseWorker.inject({ method: 'GET', url: '/api/locations' }));
    assert.ok(list.items.some((item) => item.name === 'Bürgerbüro Süd'));
  });
});
