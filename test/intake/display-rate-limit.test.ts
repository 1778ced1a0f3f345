import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DISPLAY_RULE } from '../../src/modules/intake/public-routes.js';
import { testApp, type TestContext } from '../support/app.js';
import { makeLocation } from '../support/concerns.js';
import { makeTenant, type TestTenant } from '../support/factories.js';

// The waiting-room display's public routes are rate-limited per client
// address like every public route: past the limit, 429 with Retry-After and
// a code, for the snapshot and the event stream alike; other addresses go on.

let ctx: TestContext;
let tenant: TestTenant;
let locationId: string;
before(async () => {
  ctx = await testApp();
  tenant = await makeTenant(ctx.db);
  locationId = (await makeLocation(ctx.db, tenant)).id;
});
after(() => ctx.close());

describe('display rate limit', () => {
  it('answers 429 with Retry-After once an address is over its limit, on the snapshot and the event stream', async () => {
    const address = '192.0.2.77';
    const display = `/api/public/${tenant.slug}/intake/locations/${locationId}/display`;
    for (let i = 0; i < DISPLAY_RULE.limit; i += 1) {
      const response = await ctx.app.inject({ method: 'GET', url: display, remoteAddress: address });
      assert.equal(response.statusCode, 200, `request ${i + 1}: ${response.body}`);
    }
    for (const url of [display, `${display}/events`]) {
      const refused = await ctx.app.inject({ method: 'GET', url, remoteAddress: address });
      assert.equal(refused.statusCode, 429, url);
      assert.equal((refused.json() as { error: { code: string } }).error.code, 'PUBLIC_RATE_LIMITED');
      const retryAfter = Number(refused.headers['retry-after']);
      assert.ok(retryAfter >= 1 && retryAfter <= DISPLAY_RULE.windowSeconds, `Retry-After ${refused.headers['retry-after']}`);
    }
    const neighbour = await ctx.app.inject({ method: 'GET', url: display, remoteAddress: '198.51.100.77' });
    assert.equal(neighbour.statusCode, 200, 'another address is served');
  });
});
