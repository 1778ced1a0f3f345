import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { errorCodes } from '../../src/platform/errors/index.js';
import { withTenant } from '../../src/platform/db/index.js';
import { json, testApp, type Caller, type TestContext } from '../support/app.js';
import { makeStaff, makeTenant, sessionFor, type TestTenant } from '../support/factories.js';

// Bad input always gets a JSON answer with a stable code, never a 500, and
// never leaves half a change behind.

let ctx: TestContext;
let tenant: TestTenant;
let admin: Caller;
before(async () => {
  ctx = await testApp();
  tenant = await makeTenant(ctx.db);
  admin = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, tenant, { roles: ['admin'] }));
});
after(() => ctx.close());

const errorOf = (response: { json(): unknown }) => (response.json() as { error: { code: string; message: string } }).error;

describe('error answers', () => {
  it('lists every error code in docs/errors.md or docs/errors/<module>.md', () => {
    const docs = new URL('../../docs/', import.meta.url);
    const moduleDocs = existsSync(new URL('errors/', docs)) ? readdirSync(new URL('errors/', docs)).filter((file) => file.endsWith('.md')) : [];
    const text = [readFileSync(new URL('errors.md', docs), 'utf8'), ...moduleDocs.map((file) => readFileSync(new URL(`errors/${file}`, docs), 'utf8'))].join('\n');
    const missing = Object.keys(errorCodes).filter((code) => !text.includes(`\`${code}\``));
    assert.deepEqual(missing, [], `document these codes: ${missing.join(', ')}`);
  });

  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const response = await admin.inject({ method: 'POST', url: '/api/units', headers: { 'content-type': 'application/json' }, payload: '{"name": "Kaputt", ' });
    assert.equal(response.statusCode, 400);
    assert.equal(errorOf(response).code, 'MALFORMED_JSON');
  });

  it('answers wrong types with 400 VALIDATION_FAILED naming the field', async () => {
    const response = await admin.inject({ method: 'POST', url: '/api/units', payload: { name: 42, type: 'other' } });
    assert.equal(response.statusCode, 400);
    const body = json<{ error: { code: string; details: { issues: Array<{ where: string }> } } }>(response);
    assert.equal(body.error.code, 'VALIDATION_FAILED');
    assert.ok(body.error.details.issues.some((issue) => issue.where.includes('name')));
  });

  it('answers a body over the limit with 413 BODY_TOO_LARGE and writes nothing', async () => {
    const name = 'x'.repeat(1_100_000);
    const response = await admin.inject({ method: 'POST', url: '/api/units', payload: { name, type: 'other' } });
    assert.equal(response.statusCode, 413);
    assert.equal(errorOf(response).code, 'BODY_TOO_LARGE');
  });

  it('answers other content types with 415', async () => {
    const response = await admin.inject({ method: 'POST', url: '/api/units', headers: { 'content-type': 'text/plain' }, payload: 'name=x' });
    assert.equal(response.statusCode, 415);
    assert.equal(errorOf(response).code, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers unknown routes with 404 ROUTE_NOT_FOUND in JSON, in the asked language', async () => {
    const german = await ctx.app.inject({ method: 'GET', url: '/api/gibt-es-nicht' });
    assert.equal(german.statusCode, 404);
    assert.equal(errorOf(german).code, 'ROUTE_NOT_FOUND');
    assert.equal(errorOf(german).message, errorCodes.ROUTE_NOT_FOUND.de);
    const english = await ctx.app.inject({ method: 'DELETE', url: '/api/units', headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    assert.equal(english.statusCode, 404);
    assert.equal(errorOf(english).message, errorCodes.ROUTE_NOT_FOUND.en);
  });

  it('rolls back everything of a request that fails half-way', async () => {
    // Inviting with one valid and one unknown unit: the staff row is written
    // before the unit check fails inside the same transaction.
    const email = `halb-${Date.now()}@kreis.example`;
    const response = await admin.inject({
      method: 'POST', url: '/api/staff',
      payload: { email, displayName: 'Halb', roles: ['case_worker'], unitIds: [Object.values(tenant.units)[0], '6f1c7f53-9f55-4f2e-a8e5-4b7a0f7d4a11'] },
    });
    assert.equal(response.statusCode, 400);
    assert.equal(errorOf(response).code, 'UNKNOWN_UNIT');
    const rows = await withTenant(ctx.db, tenant.id, (tx) => tx.selectFrom('staff').select('id').where('email', '=', email).execute());
    assert.equal(rows.length, 0);
  });
});
