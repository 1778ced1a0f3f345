import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { json, testApp, type Caller, type TestContext } from '../support/app.js';
import { makeStaff, makeTenant, sessionFor, type TestTenant } from '../support/factories.js';
import { makePerson } from '../support/people.js';

// The data-protection officer reads the audit log: filtered, paged, and
// with every read itself on record.

let ctx: TestContext;
let tenant: TestTenant;
let dpo: Caller;
let admin: Caller;
type Page = { items: Array<{ seq: number; action: string; actorId: string | null; personId: string | null; at: string }>; nextBefore: number | null };

before(async () => {
  ctx = await testApp();
  tenant = await makeTenant(ctx.db);
  dpo = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, tenant, { roles: ['dpo'] }));
  admin = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, tenant, { roles: ['admin'] }));
  for (const name of ['Eins', 'Zwei', 'Drei']) await admin.inject({ method: 'POST', url: '/api/units', payload: { name: `Einheit ${name}`, type: 'other' } });
});
after(() => ctx.close());

describe('audit viewer', () => {
  it('filters by staff member and action and pages backwards without gaps', async () => {
    const byAdmin = json<Page>(await dpo.inject({ method: 'GET', url: `/api/audit?actorId=${admin.staffId}&action=unit.create&limit=2` }));
    assert.equal(byAdmin.items.length, 2);
    assert.ok(byAdmin.items.every((item) => item.actorId === admin.staffId && item.action === 'unit.create'));
    assert.ok(byAdmin.nextBefore);
    const rest = json<Page>(await dpo.inject({ method: 'GET', url: `/api/audit?actorId=${admin.staffId}&action=unit.create&limit=2&before=${byAdmin.nextBefore}` }));
    assert.equal(rest.items.length, 1);
    assert.equal(rest.nextBefore, null);
    const seqs = [...byAdmin.items, ...rest.items].map((item) => item.seq);
    assert.deepEqual(seqs, [...seqs].sort((a, b) => b - a));
  });

  it('filters by person: every read of that one person, nobody else', async () => {
    const worker = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, tenant, { roles: ['case_worker'] }));
    const asked = await makePerson(ctx.db, tenant, { familyName: 'Haddad', givenNames: 'Rana' });
    const other = await makePerson(ctx.db, tenant, { familyName: 'Kovalenko', givenNames: 'Olena' });
    for (const person of [asked, asked, other]) assert.equal((await worker.inject({ method: 'GET', url: `/api/people/${person.id}` })).statusCode, 200);
    const page = json<Page>(await dpo.inject({ method: 'GET', url: `/api/audit?personId=${asked.id}` }));
    const reads = page.items.filter((item) => item.actorId === worker.staffId);
    assert.equal(reads.length, 2, 'both reads of the person by the case worker');
    assert.ok(page.items.every((item) => item.personId === asked.id), 'only entries about that person');
  });

  it('filters by time', async () => {
    const future = json<Page>(await dpo.inject({ method: 'GET', url: `/api/audit?from=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}` }));
    assert.equal(future.items.length, 0);
    const past = json<Page>(await dpo.inject({ method: 'GET', url: `/api/audit?to=${encodeURIComponent(new Date().toISOString())}&limit=200` }));
    assert.ok(past.items.length >= 3);
  });

  it('records each read of the log, offers filter values and verifies the chain', async () => {
    await dpo.inject({ method: 'GET', url: '/api/audit' });
    const reads = json<Page>(await dpo.inject({ method: 'GET', url: `/api/audit?actorId=${dpo.staffId}&action=audit.read` }));
    assert.ok(reads.items.length >= 1);
    const actions = json<{ items: string[] }>(await dpo.inject({ method: 'GET', url: '/api/audit/actions' }));
    assert.ok(actions.items.includes('unit.create'));
    const actors = json<{ items: Array<{ id: string }> }>(await dpo.inject({ method: 'GET', url: '/api/audit/actors' }));
    assert.ok(actors.items.some((actor) => actor.id === admin.staffId));
    const verify = json<{ ok: boolean; checked: number }>(await dpo.inject({ method: 'GET', url: '/api/audit/verify' }));
    assert.equal(verify.ok, true);
    assert.ok(verify.checked >= 5);
  });

  it('refuses bad filters with 400', async () => {
    for (const query of ['actorId=niemand', 'from=gestern', 'limit=5000', 'before=0', 'unbekannt=1']) {
      const response = await dpo.inject({ method: 'GET', url: `/api/audit?${query}` });
      assert.equal(response.statusCode, 400, query);
      assert.equal(response.json().error.code, 'VALIDATION_FAILED');
    }
  });
});
