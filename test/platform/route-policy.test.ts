import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.js';
import { listRoutes, roles, type Role } from '../../src/platform/http/policy.js';
import { withSystem } from '../../src/platform/db/index.js';
import { json, testApp, testConfig, type Caller, type TestContext } from '../support/app.js';
import { makeStaffWithRole, makeTenant, type TestTenant } from '../support/factories.js';
import type { RouteTarget, TargetFactory } from '../route-targets/types.js';

// Every route, tried as nobody, as every role that must not use it, and as a
// member of another tenant. A new route without a policy makes the app refuse
// to start; a new route with a path parameter must get an entry in one of the
// files in test/route-targets/.

let ctx: TestContext;
let home: TestTenant;
let foreign: TestTenant;
const callers = new Map<Role, Caller>();
const foreignCallers = new Map<Role, Caller>();
let targets: Record<string, RouteTarget>;

before(async () => {
  ctx = await testApp();
  home = await makeTenant(ctx.db);
  foreign = await makeTenant(ctx.db);
  for (const role of roles) {
    callers.set(role, await makeStaffWithRole(ctx.app, ctx.db, ctx.config, home, role));
    foreignCallers.set(role, await makeStaffWithRole(ctx.app, ctx.db, ctx.config, foreign, role));
  }
  targets = {};
  const homeAdmin = callers.get('admin') as Caller;
  for (const file of readdirSync(new URL('../route-targets/', import.meta.url)).filter((name) => name.endsWith('.ts') && name !== 'types.ts')) {
    const { targets: factory } = (await import(`../route-targets/${file}`)) as { targets: TargetFactory };
    Object.assign(targets, await factory({ ctx, home, homeAdmin }));
  }
});
after(() => ctx.close());

// Routes that plugins serve (the API docs) and the HEAD twins of GET routes
// need no separate look; HEAD shares the GET route's policy.
const apiRoutes = () => listRoutes(ctx.app).filter((route) => route.method !== 'HEAD' && !route.url.startsWith('/api/docs'));

function fillUrl(url: string, params: Record<string, string> = {}): string {
  return url.replace(/:(\w+)/g, (_, name: string) => params[name] ?? '00000000-0000-4000-8000-000000000000');
}

async function homeSnapshot(): Promise<string> {
  // Every row of the home tenant in every table, hashed: a foreign caller
  // must not change a byte. Sessions are left out: they are the callers' own.
  return withSystem(ctx.db, async (tx) => {
    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.columns
      where table_schema = 'public' and column_name = 'tenant_id' and table_name <> 'sessions'
      order by table_name`.execute(tx);
    const parts: string[] = [];
    for (const { table_name: table } of tables.rows) {
      const result = await sql<{ digest: string | null }>`select md5(string_agg(t::text, '|' order by t::text)) as digest from ${sql.table(table)} t where tenant_id = ${home.id}`.execute(tx);
      parts.push(`${table}:${result.rows[0]?.digest}`);
    }
    return parts.join(',');
  });
}

const code = (response: LightMyRequestResponse) => json<{ error?: { code: string } }>(response).error?.code;

describe('route policies', () => {
  it('declares a policy on every route, and the app refuses to start with one that lacks it', async () => {
    const routes = listRoutes(ctx.app);
    assert.ok(routes.length > 15, `only ${routes.length} routes found`);
    for (const route of routes) assert.ok(route.policy, `${route.method} ${route.url} has no policy`);

    const unprotected = await buildApp({ config: testConfig(), db: ctx.db, logger: false });
    unprotected.get('/api/forgotten', async () => ({ secret: true }));
    await assert.rejects(async () => { await unprotected.ready(); }, /Routes without an access policy: GET \/api\/forgotten/);
    await unprotected.close().catch(() => undefined);
  });

  it('answers 401 to callers without a session on every non-public route', async () => {
    for (const route of apiRoutes().filter((r) => r.policy?.access !== 'public')) {
      const response = await ctx.app.inject({ method: route.method as 'GET', url: fillUrl(route.url, targets[`${route.method} ${route.url}`]?.params), payload: route.method === 'GET' ? undefined : {} });
      assert.equal(response.statusCode, 401, `${route.method} ${route.url}`);
      assert.equal(code(response), 'AUTH_REQUIRED', `${route.method} ${route.url}`);
    }
  });

  it('answers 403 to every role the policy does not name, and changes nothing', async () => {
    const before = await homeSnapshot();
    let checked = 0;
    for (const route of apiRoutes()) {
      const policy = route.policy;
      if (policy?.access !== 'staff' || policy.roles === 'any') continue;
      for (const role of roles.filter((r) => !(policy.roles as readonly Role[]).includes(r))) {
        const target = targets[`${route.method} ${route.url}`];
        const response = await (callers.get(role) as Caller).inject({ method: route.method as 'GET', url: fillUrl(route.url, target?.params), payload: route.method === 'GET' ? undefined : (target?.body ?? {}) });
        assert.equal(response.statusCode, 403, `${role} → ${route.method} ${route.url}`);
        assert.equal(code(response), 'FORBIDDEN');
        checked += 1;
      }
    }
    assert.ok(checked > 20, `only ${checked} forbidden combinations tried`);
    assert.equal(await homeSnapshot(), before);
  });

  it('answers 404 to members of another tenant for every route that names a record, and changes nothing', async () => {
    const before = await homeSnapshot();
    const withIds = apiRoutes().filter((route) => route.url.includes('/:') && route.policy?.access !== 'public');
    assert.ok(withIds.length >= 3);
    for (const route of withIds) {
      const key = `${route.method} ${route.url}`;
      const target = targets[key];
      assert.ok(target, `add ${key} to targets in this test`);
      const policy = route.policy;
      const allowed = policy?.access === 'staff' && policy.roles !== 'any' ? policy.roles : roles;
      for (const role of allowed) {
        const response = await (foreignCallers.get(role) as Caller).inject({ method: route.method as 'GET', url: fillUrl(route.url, target.params), payload: route.method === 'GET' ? undefined : target.body });
        assert.equal(response.statusCode, 404, `${role} of another tenant → ${key}: ${response.body}`);
        assert.equal(code(response), 'NOT_FOUND');
      }
    }
    assert.equal(await homeSnapshot(), before);
  });

  it('lets the home tenant reach the same records (the 404 above is not a broken route)', async () => {
    for (const [key, target] of Object.entries(targets)) {
      const [method, url] = key.split(' ') as [string, string];
      const policy = apiRoutes().find((route) => route.method === method && route.url === url)?.policy;
      assert.ok(policy, `${key} is in route-targets but not a registered route`);
      const role: Role = policy.access === 'staff' && policy.roles !== 'any' ? (policy.roles[0] as Role) : 'admin';
      const response = await (callers.get(role) as Caller).inject({ method: method as 'PATCH', url: fillUrl(url, target.params), payload: method === 'GET' ? undefined : target.body });
      assert.ok(response.statusCode >= 200 && response.statusCode < 300, `${role} → ${key}: ${response.statusCode} ${response.body}`);
    }
  });
});
