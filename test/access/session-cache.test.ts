import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { withSystem } from '../../src/platform/db/index.js';
import { testApp, type TestContext } from '../support/app.js';
import { makeStaff, makeTenant, sessionFor } from '../support/factories.js';

// Session lookups are cached per process. Another process that ends a
// session announces it over LISTEN/NOTIFY; this process must stop accepting
// the session as soon as the notification arrives.

let ctx: TestContext;
before(async () => {
  ctx = await testApp();
});
after(() => ctx.close());

async function eventually(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert.fail('condition not reached in time');
}

describe('session cache across processes', () => {
  it('drops a cached session when another process announces its end', async () => {
    const tenant = await makeTenant(ctx.db);
    const staff = await makeStaff(ctx.db, tenant);
    const caller = await sessionFor(ctx.app, ctx.db, ctx.config, staff);
    assert.equal((await caller.inject({ method: 'GET', url: '/api/units' })).statusCode, 200);

    // What another Lotse process does when the person logs out everywhere:
    // revoke in the database and notify. First the revocation alone: the
    // cached entry still answers (this is what the notification is for) …
    await withSystem(ctx.db, (tx) => tx.updateTable('sessions').set({ revoked_at: new Date() }).where('staff_id', '=', staff.id).execute());
    assert.equal((await caller.inject({ method: 'GET', url: '/api/units' })).statusCode, 200);
    // … then the notification, which empties the cache entry.
    await withSystem(ctx.db, (tx) => sql`select pg_notify('lotse_events', ${JSON.stringify({ topic: 'sessions.changed', data: { staffId: staff.id } })})`.execute(tx));
    await eventually(async () => (await caller.inject({ method: 'GET', url: '/api/units' })).statusCode === 401);
  });

  it('ends sessions in this process at once when an administrator disables the account', async () => {
    const tenant = await makeTenant(ctx.db);
    const admin = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, tenant, { roles: ['admin'] }));
    const staff = await makeStaff(ctx.db, tenant);
    const caller = await sessionFor(ctx.app, ctx.db, ctx.config, staff);
    assert.equal((await caller.inject({ method: 'GET', url: '/api/units' })).statusCode, 200);
    assert.equal((await admin.inject({ method: 'PATCH', url: `/api/staff/${staff.id}`, payload: { status: 'disabled' } })).statusCode, 200);
    assert.equal((await caller.inject({ method: 'GET', url: '/api/units' })).statusCode, 401);
  });
});
