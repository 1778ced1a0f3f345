import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { listRoutes, roles, type Role } from '../../src/platform/http/policy.js';
import { testApp, type Caller, type TestContext } from '../support/app.js';
import { makeStaffWithRole, makeTenant, type TestTenant } from '../support/factories.js';
import { targets as routeTargets } from '../route-targets/services.js';
import type { RouteTarget } from '../route-targets/types.js';
import { concernBody, errorCode, makeDemoDistrict } from './helpers.js';

// Every route of the catalogue as every role: who may read, who may change,
// a foreign district's member meets 404, and the public routes need nobody.
// (test/platform/route-policy.test.ts does this across all modules; this file
// pins down the catalogue's own expectations, role by role.)

let ctx: TestContext;
let home: TestTenant;
let foreign: TestTenant;
const homeCallers = new Map<Role, Caller>();
const foreignCallers = new Map<Role, Caller>();
let targets: Record<string, RouteTarget>;

const EDITORS: Role[] = ['admin', 'unit_lead'];
const expected: Record<string, 'any' | Role[]> = {
  'GET /api/concerns': 'any',
  'GET /api/concerns/:id': 'any',
  'POST /api/concerns': EDITORS,
  'PUT /api/concerns/:id': EDITORS,
  'GET /api/concern-catalogue/export': EDITORS,
  'POST /api/concern-catalogue/import': EDITORS,
  'GET /api/finder-tree': EDITORS,
  'PUT /api/finder-tree': EDITORS,
  'GET /api/locations': 'any',
  'POST /api/locations': EDITORS,
  'PUT /api/locations/:id': EDITORS,
};

before(async () => {
  ctx = await testApp();
  home = await makeDemoDistrict(ctx.db);
  foreign = await makeTenant(ctx.db);
  for (const role of roles) {
    homeCallers.set(role, await makeStaffWithRole(ctx.app, ctx.db, ctx.config, home, role));
    foreignCallers.set(role, await makeStaffWithRole(ctx.app, ctx.db, ctx.config, foreign, role));
  }
  targets = await routeTargets({ ctx, home, homeAdmin: homeCallers.get('admin') as Caller });
});
after(() => ctx.close());

const fill = (url: string, params: Record<string, string> = {}) => url.replace(/:(\w+)/g, (_, name: string) => params[name] ?? '00000000-0000-4000-8000-000000000000');
const bodyFor = (key: string): unknown => {
  if (targets[key]?.body) return targets[key]?.body;
  if (key === 'POST /api/concerns') return concernBody();
  if (key === 'POST /api/locations') return { name: `Standort ${Math.random()}`, address: '' };
  if (key === 'POST /api/concern-catalogue/import') return { format: 'lotse.concern-catalogue', version: 1, concerns: [] };
  if (key === 'PUT /api/finder-tree') {
    const concernId = targets['PUT /api/concerns/:id']?.params.id as string;
    return { start: 'a', nodes: { a: { question: { de: 'Frage?' }, answers: [{ id: 'x', label: { de: 'Antwort' }, concernIds: [concernId] }] } } };
  }
  return undefined;
};

describe('catalogue routes by role', () => {
  it('declares exactly the expected policy on every catalogue route', () => {
    const registered = listRoutes(ctx.app).filter((route) => route.method !== 'HEAD' && /^\/api\/(concerns|concern-catalogue|finder-tree|locations)/.test(route.url));
    assert.deepEqual(registered.map((route) => `${route.method} ${route.url}`).sort(), Object.keys(expected).sort());
    for (const route of registered) {
      const policy = route.policy;
      assert.equal(policy?.access, 'staff');
      assert.deepEqual(policy?.access === 'staff' ? policy.roles : null, expected[`${route.method} ${route.url}`], `${route.method} ${route.url}`);
    }
    const publicRoutes = listRoutes(ctx.app).filter((route) => route.method !== 'HEAD' && /^\/api\/public\/(tenant|:tenantSlug\/(concerns|finder))/.test(route.url));
    assert.equal(publicRoutes.length, 4);
    assert.ok(publicRoutes.every((route) => route.policy?.access === 'public'));
  });

  it('lets the allowed roles act, refuses the others with 403, and a foreign district gets 404', async () => {
    for (const [key, allowed] of Object.entries(expected)) {
      const [method, url] = key.split(' ') as ['GET', string];
      const target = targets[key];
      for (const role of roles) {
        const payload = method === 'GET' ? undefined : (bodyFor(key) as object);
        const response = await (homeCallers.get(role) as Caller).inject({ method, url: fill(url, target?.params), payload });
        const may = allowed === 'any' || allowed.includes(role);
        if (may) assert.ok(response.statusCode < 300, `${role} → ${key}: ${response.statusCode} ${response.body.slice(0, 300)}`);
        else assert.deepEqual([response.statusCode, errorCode(response)], [403, 'FORBIDDEN'], `${role} → ${key}`);
        if (may && url.includes(':')) {
          const foreignResponse = await (foreignCallers.get(role) as Caller).inject({ method, url: fill(url, target?.params), payload });
          assert.deepEqual([foreignResponse.statusCode, errorCode(foreignResponse)], [404, 'NOT_FOUND'], `${role} of another district → ${key}`);
        }
      }
      const nobody = await ctx.app.inject({ method, url: fill(url, target?.params), payload: method === 'GET' ? undefined : {} });
      assert.equal(nobody.statusCode, 401, `nobody → ${key}`);
    }
  });

  it('serves the public routes without a session', async () => {
    for (const url of ['/api/public/tenant', `/api/public/${home.slug}/concerns?lang=ar`, `/api/public/${home.slug}/finder?lang=uk`]) {
      const response = await ctx.app.inject({ method: 'GET', url, remoteAddress: '10.9.9.9' });
      assert.equal(response.statusCode, 200, url);
    }
  });
});
