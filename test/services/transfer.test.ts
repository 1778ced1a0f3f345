import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { CONTENT_LANGUAGES } from '../../src/modules/services/index.js';
import { json, testApp, type Caller, type TestContext } from '../support/app.js';
import { makeLocation } from '../support/concerns.js';
import { makeStaffWithRole, makeTenant } from '../support/factories.js';
import { concernBody, DEMO_UNITS, errorCode, makeDemoDistrict } from './helpers.js';

// Export and import of the catalogue as JSON: a round trip changes nothing,
// a file moves to another district by unit and location names, and a file
// with any fault is refused as a whole.

let ctx: TestContext;
before(async () => {
  ctx = await testApp();
});
after(() => ctx.close());

interface CatalogueFile {
  format: string;
  version: number;
  exportedAt?: string;
  concerns: Array<Record<string, unknown> & { id?: string; texts: Record<string, unknown>; responsibleUnit: string | null; locations: string[] }>;
}

const exportOf = async (caller: Caller) => {
  const response = await caller.inject({ method: 'GET', url: '/api/concern-catalogue/export' });
  assert.equal(response.statusCode, 200, response.body);
  return json<CatalogueFile>(response);
};
const withoutVolatile = (file: CatalogueFile) => file.concerns.map(({ id: _id, ...concern }) => concern);

describe('catalogue import and export', () => {
  it('exports the demo catalogue (at least 25 concerns in five languages), and re-importing it changes nothing', async () => {
    const district = await makeDemoDistrict(ctx.db);
    const admin = await makeStaffWithRole(ctx.app, ctx.db, ctx.config, district, 'admin');
    const file = await exportOf(admin);
    assert.equal(file.format, 'lotse.concern-catalogue');
    assert.ok(file.concerns.length >= 25, `${file.concerns.length} concerns`);
    for (const concern of file.concerns) {
      assert.deepEqual(Object.keys(concern.texts), ['de', 'de-x-ls', 'en', 'ar', 'uk'], `languages of ${JSON.stringify(concern.texts.de)}`);
      assert.equal(concern.leikaKey, null, 'no unverified LeiKa keys in the demo');
      assert.ok(concern.responsibleUnit, 'every demo concern has its unit');
    }
    const imported = await admin.inject({ method: 'POST', url: '/api/concern-catalogue/import', payload: file });
    assert.equal(imported.statusCode, 200, imported.body);
    assert.deepEqual(json(imported), { created: 0, updated: file.concerns.length });
    const again = await exportOf(admin);
    assert.deepEqual(again.concerns, file.concerns);
  });

  it('moves a catalogue to another district by unit and location names', async () => {
    const source = await makeDemoDistrict(ctx.db);
    const sourceAdmin = await makeStaffWithRole(ctx.app, ctx.db, ctx.config, source, 'admin');
    const file = await exportOf(sourceAdmin);

    const target = await makeTenant(ctx.db, DEMO_UNITS.map((unit) => ({ ...unit })));
    await makeLocation(ctx.db, target, { name: 'Kreishaus Musterstadt' });
    await makeLocation(ctx.db, target, { name: 'Bürgerbüro Nordstadt' });
    const lead = await makeStaffWithRole(ctx.app, ctx.db, ctx.config, target, 'unit_lead');
    const imported = await lead.inject({ method: 'POST', url: '/api/concern-catalogue/import', payload: file });
    assert.equal(imported.statusCode, 200, imported.body);
    assert.deepEqual(json(imported), { created: file.concerns.length, updated: 0 });
    const copy = await exportOf(lead);
    assert.deepEqual(withoutVolatile(copy), withoutVolatile(file));
    const sourceIds = new Set(file.concerns.map((c) => c.id));
    assert.ok(copy.concerns.every((c) => !sourceIds.has(c.id)), 'the other district gets ids of its own');
  });

  it('refuses a file with one bad concern as a whole, naming every fault, and writes nothing', async () => {
    const tenant = await makeTenant(ctx.db);
    const admin = await makeStaffWithRole(ctx.app, ctx.db, ctx.config, tenant, 'admin');
    const existing = await admin.inject({ method: 'POST', url: '/api/concerns', payload: concernBody() });
    assert.equal(existing.statusCode, 201);
    const before = await exportOf(admin);

    const good = (title: string) => ({ ...concernBody(), responsibleUnit: null, locations: [], responsibleUnitId: undefined, locationIds: undefined, texts: { de: { title, description: 'Gut.' } } });
    const clean = (concern: Record<string, unknown>) => Object.fromEntries(Object.entries(concern).filter(([, value]) => value !== undefined));
    const file = {
      format: 'lotse.concern-catalogue', version: 1,
      concerns: [
        clean({ ...good('Erstes'), id: before.concerns[0]?.id }),
        clean(good('Zweites')),
        clean({ ...good('Drittes'), leikaKey: '12345' }),
        clean({ ...good('Viertes'), responsibleUnit: 'Gibt es nicht' }),
        clean({ ...good('Fünftes'), texts: { en: { title: 'No German', description: 'x' } } }),
      ],
    };
    const response = await admin.inject({ method: 'POST', url: '/api/concern-catalogue/import', payload: file });
    assert.equal(response.statusCode, 400, response.body);
    const error = json<{ error: { code: string; details: { problems: Array<{ where: string }> } } }>(response).error;
    assert.equal(error.code, 'CATALOGUE_IMPORT_INVALID');
    assert.deepEqual(error.details.problems.map((problem) => problem.where).sort(), ['/concerns/2/leikaKey', '/concerns/3/responsibleUnit', '/concerns/4/texts']);
    assert.deepEqual((await exportOf(admin)).concerns, before.concerns, 'not even the valid concerns were written');

    const notAFile = await admin.inject({ method: 'POST', url: '/api/concern-catalogue/import', payload: { format: 'something else', concerns: 'many' } });
    assert.equal(notAFile.statusCode, 400);
    assert.equal(errorCode(notAFile), 'CATALOGUE_IMPORT_INVALID');
    const wrongType = await admin.inject({ method: 'POST', url: '/api/concern-catalogue/import', payload: { ...file, concerns: [{ ...file.concerns[1], channel: 'fax' }] } });
    assert.equal(errorCode(wrongType), 'CATALOGUE_IMPORT_INVALID');
  });

  it('keeps any texts in any supported languages through a round trip (property)', async () => {
    const tenant = await makeTenant(ctx.db);
    const admin = await makeStaffWithRole(ctx.app, ctx.db, ctx.config, tenant, 'admin');
    const line = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '').map((s) => s.trim());
    const texts = fc.record({ title: line, description: line, documents: fc.array(line, { maxLength: 4 }), prerequisites: fc.array(line, { maxLength: 3 }), fees: fc.constant(''), accessNote: fc.constant('') });
    const languages = fc.subarray([...CONTENT_LANGUAGES].filter((l) => l !== 'de'));
    await fc.assert(
      fc.asyncProperty(texts, languages, texts, async (german, others, other) => {
        const payload = concernBody({ texts: { de: german, ...Object.fromEntries(others.map((language) => [language, other])) } });
        const created = await admin.inject({ method: 'POST', url: '/api/concerns', payload });
        assert.equal(created.statusCode, 201, created.body);
        const file = await exportOf(admin);
        const response = await admin.inject({ method: 'POST', url: '/api/concern-catalogue/import', payload: file });
        assert.equal(response.statusCode, 200, response.body);
        assert.deepEqual((await exportOf(admin)).concerns, file.concerns);
        const mine = file.concerns.find((concern) => concern.id === json<{ id: string }>(created).id);
        assert.deepEqual(mine?.texts.de, { ...german });
        assert.deepEqual(Object.keys(mine?.texts ?? {}), ['de', ...CONTENT_LANGUAGES.filter((l) => (others as string[]).includes(l))]);
      }),
      { numRuns: 5 },
    );
  });
});
