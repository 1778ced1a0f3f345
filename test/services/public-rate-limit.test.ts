import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PUBLIC_READ_RULE } from '../../src/modules/services/index.js';
import { testApp, type TestContext } from '../support/app.js';
import { makeConcern } from '../support/concerns.js';
import { makeTenant, type TestTenant } from '../support/factories.js';

// Every public route of the catalogue and the finder is rate-limited per
// client address: 429 with Retry-After and a code, while other addresses
// are served as before.

let ctx: TestContext;
let tenant: TestTenant;
let concernId: string;
before(async () => {
  ctx = await testApp();
  tenant = await makeTenant(ctx.db);
  concernId = (await makeConcern(ctx.db, tenant)).id;
});
after(() => ctx.close());

describe('public rate limit', () => {
  it('answers 429 with Retry-After on every public catalogue route once an address is over its limit', async () => {
    const address = `192.0.2.${Math.floor(Math.random() * 200) + 1}`;
    const get = (url: string, remoteAddress = address) => ctx.app.inject({ method: 'GET', url, remoteAddress });
    for (let i = 0; i < PUBLIC_READ_RULE.limit; i += 1) {
      const response = await get(`/api/public/${tenant.slug}/concerns`);
      assert.equal(response.statusCode, 200, `request ${i + 1}: ${response.body}`);
    }
    const routes = ['/api/public/tenant', `/api/public/${tenant.slug}/concerns`, `/api/public/${tenant.slug}/concerns/${concernId}`, `/api/public/${tenant.slug}/finder?lang=ar`];
    for (const url of routes) {
      const response = await get(url);
      assert.equal(response.statusCode, 429, url);
      const error = (response.json() as { error: { code: string; details: { retryAfterSeconds: number } } }).error;
      assert.equal(error.code, 'PUBLIC_RATE_LIMITED');
      const retryAfter = Number(response.headers['retry-after']);
      assert.ok(retryAfter >= 1 && retryAfter <= PUBLIC_READ_RULE.windowSeconds, `Retry-After ${response.headers['retry-after']}`);
      assert.equal(error.details.retryAfterSeconds, retryAfter);
    }
    // Even a request that would fail validation is counted and refused first.
    assert.equal((await get(`/api/public/${tenant.slug}/finder?lang=xx`)).statusCode, 429);

    const neighbour = await get(`/api/public/${tenant.slug}/concerns/${concernId}`, '198.51.100.7');
    assert.equal(neighbour.statusCode, 200, 'another address is served');
  });

  it('stores only a hash of the address', async () => {
    await ctx.app.inject({ method: 'GET', url: '/api/public/tenant', remoteAddress: '203.0.113.99' });
    const { sql } = await import('kysely');
    const { withSystem } = await import('../../src/platform/db/index.js');
    const rows = await withSystem(ctx.db, (tx) => sql<{ key: string }>`select key from public_rate_limits`.execute(tx));
    assert.ok(rows.rows.length > 0);
    assert.ok(rows.rows.every((row) => !row.key.includes('203.0.113.99')));
  });
});
