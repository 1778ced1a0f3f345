// The server side of the http benchmark, run as its own process so that the
// load generator does not share its event loop. Mode "bare": a plain Fastify
// route returning a constant. Mode "authed": Lotse's GET /api/units with a
// real session (session lookup + policy + one small tenant query).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/platform/config/config.js';
import { migrate, openDatabase, withTenant } from '../src/platform/db/index.js';
import { createActiveStaff, createTenant, createUnit } from '../src/modules/access/index.js';
import { createSession } from '../src/modules/access/sessions.js';

const mode = process.argv[2];
const report = (message: Record<string, unknown>) => process.send?.(message);

if (mode === 'bare') {
  const app = Fastify({ logger: false });
  app.get('/constant', async () => ({ ok: true }));
  await app.listen({ host: '127.0.0.1', port: 0 });
  report({ url: `http://127.0.0.1:${(app.server.address() as { port: number }).port}/constant` });
} else {
  const config = loadConfig({ ...process.env, NODE_ENV: 'production', LOTSE_LOG_LEVEL: 'warn', LOTSE_SERVE_WEB: 'false', PORT: '0' });
  const db = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? '' : mkdtempSync(join(tmpdir(), 'lotse-bench-')), poolSize: config.databasePoolSize });
  await migrate(db);
  const tenant = await createTenant(db, { slug: `bench-${Date.now()}`, name: 'Benchmark-Kreis' });
  const system = { id: null, label: 'Benchmark' };
  const session = await withTenant(db, tenant.id, async (tx) => {
    for (const name of ['Eingangszone', 'Ausländerbehörde', 'Asylbewerberleistungen', 'Unterbringung', 'Integrationsberatung', 'Jobcenter']) {
      await createUnit(tx, tenant.id, system, { name, type: 'other' });
    }
    const staff = await createActiveStaff(tx, tenant.id, system, {
      email: `bench-${Date.now()}@bench.example`, displayName: 'Bench', roles: ['case_worker'], unitIds: [], password: 'benchmark-passwort-lang',
    });
    return createSession(tx, config, { tenantId: tenant.id, staffId: staff.id, stage: 'full', authMethod: 'password' });
  });
  const app = await buildApp({ config, db });
  await app.listen({ host: '127.0.0.1', port: 0 });
  report({
    url: `http://127.0.0.1:${(app.server.address() as { port: number }).port}/api/units`,
    cookie: `lotse_session=${session.token}`,
    db: db.kind,
  });
}
process.on('SIGINT', () => process.exit(0));
