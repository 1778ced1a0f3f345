import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { createPglite, migrate, openDatabase, type Database } from '../../src/platform/db/index.js';
import { testApp, type Caller, type TestContext } from '../support/app.js';
import { makeStaff, makeTenant, sessionFor } from '../support/factories.js';
import { TcpProxy } from '../support/tcp-proxy.js';

// The database goes away and comes back: /readyz and the API answer 503 with
// a code meanwhile (never a 500, never a hang), and both recover on their own.
// With DATABASE_URL the proxy stands in front of that PostgreSQL server;
// without it, in front of a PGlite served over the PostgreSQL wire protocol.

let proxy: TcpProxy;
let socketServer: PGLiteSocketServer | undefined;
let pglite: PGlite | undefined;
let db: Database;
let ctx: TestContext;
let caller: Caller;

before(async () => {
  let target: URL;
  if (process.env.DATABASE_URL) {
    target = new URL(process.env.DATABASE_URL);
  } else {
    pglite = createPglite();
    socketServer = new PGLiteSocketServer({ db: pglite, port: 0, host: '127.0.0.1', maxConnections: 20 });
    await socketServer.start();
    target = new URL(`postgres://postgres@${socketServer.getServerConn()}/postgres`);
  }
  proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
  await proxy.start();
  const viaProxy = new URL(target);
  viaProxy.hostname = '127.0.0.1';
  viaProxy.port = String(proxy.port);
  db = openDatabase({ databaseUrl: viaProxy.toString(), dataDir: 'memory://', poolSize: 4 });
  await migrate(db);
  ctx = await testApp({}, db);
  const tenant = await makeTenant(db);
  caller = await sessionFor(ctx.app, db, ctx.config, await makeStaff(db, tenant));
});

after(async () => {
  // Optional chaining: if set-up failed half-way, still release what exists,
  // or the open sockets keep the test process alive.
  await ctx?.close();
  await db?.close();
  await proxy?.cut();
  await socketServer?.stop();
  await pglite?.close();
});

async function eventually(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.fail('did not recover in time');
}

describe('database outage', () => {
  it('answers 503 with a code while the database is away and recovers when it returns', async () => {
    assert.equal((await ctx.app.inject({ method: 'GET', url: '/readyz' })).statusCode, 200);
    assert.equal((await caller.inject({ method: 'GET', url: '/api/units' })).statusCode, 200);

    await proxy.cut();
    const ready = await ctx.app.inject({ method: 'GET', url: '/readyz' });
    assert.equal(ready.statusCode, 503);
    assert.equal(ready.json().error.code, 'DATABASE_UNAVAILABLE');
    const api = await caller.inject({ method: 'GET', url: '/api/units' });
    assert.equal(api.statusCode, 503);
    assert.equal(api.json().error.code, 'DATABASE_UNAVAILABLE');
    assert.equal(api.headers['retry-after'], '5');
    const write = await caller.inject({ method: 'POST', url: '/api/units', payload: { name: 'Während des Ausfalls', type: 'other' } });
    assert.equal(write.statusCode, 503);
    // Alive is not ready: the process itself is fine.
    assert.equal((await ctx.app.inject({ method: 'GET', url: '/healthz' })).statusCode, 200);

    await proxy.start();
    await eventually(async () => (await ctx.app.inject({ method: 'GET', url: '/readyz' })).statusCode === 200);
    await eventually(async () => (await caller.inject({ method: 'GET', url: '/api/units' })).statusCode === 200);
  });
});
