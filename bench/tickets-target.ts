// The server side of the tickets benchmark, in its own process so that the
// load generator and the 50 screens do not share its event loop. Prepares a
// district with one location, one unit, a concern and four counter staff with
// sessions, and reports how to reach them.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/platform/config/config.js';
import { migrate, openDatabase, withTenant } from '../src/platform/db/index.js';
import { createActiveStaff, createTenant, createUnit } from '../src/modules/access/index.js';
import { createSession } from '../src/modules/access/sessions.js';

const COUNTERS = Number(process.argv[2] ?? 4);

// The kiosk limit per address is lifted: twenty simulated kiosks draw 200 tickets a second between them.
const config = loadConfig({ ...process.env, NODE_ENV: 'production', LOTSE_LOG_LEVEL: 'warn', LOTSE_SERVE_WEB: 'false', PORT: '0', LOTSE_KIOSK_TICKETS_PER_MINUTE: '1000000' });
const db = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? '' : mkdtempSync(join(tmpdir(), 'lotse-bench-')), poolSize: config.databasePoolSize });
await migrate(db);
const tenant = await createTenant(db, { slug: `bench-${Date.now()}`, name: 'Benchmark-Kreis' });
const system = { id: null, label: 'Benchmark' };
const prepared = await withTenant(db, tenant.id, async (tx) => {
  const unit = await createUnit(tx, tenant.id, system, { name: 'Ausländerbehörde', type: 'immigration' });
  const locationId = randomUUID();
  await tx.insertInto('locations').values({ tenant_id: tenant.id, id: locationId, name: 'Bürgerbüro Mitte', address: 'Markt 1' }).execute();
  const concernId = randomUUID();
  await tx.insertInto('concerns').values({ tenant_id: tenant.id, id: concernId, title: 'Aufenthaltstitel verlängern', responsible_unit_id: unit.id }).execute();
  const counters = [];
  for (let i = 0; i < COUNTERS; i += 1) {
    const staff = await createActiveStaff(tx, tenant.id, system, {
      email: `schalter-${i}-${Date.now()}@bench.example`, displayName: `Schalter ${i + 1}`, roles: ['case_worker'], unitIds: [unit.id], password: 'benchmark-passwort-lang',
    });
    const session = await createSession(tx, config, { tenantId: tenant.id, staffId: staff.id, stage: 'full', authMethod: 'password' });
    counters.push({ cookie: `lotse_session=${session.token}`, csrf: session.csrfToken });
  }
  const intake = await createActiveStaff(tx, tenant.id, system, {
    email: `eingang-${Date.now()}@bench.example`, displayName: 'Eingang', roles: ['intake'], unitIds: [], password: 'benchmark-passwort-lang',
  });
  const deskSession = await createSession(tx, config, { tenantId: tenant.id, staffId: intake.id, stage: 'full', authMethod: 'password' });
  return { unitId: unit.id, locationId, concernId, counters, desk: { cookie: `lotse_session=${deskSession.token}`, csrf: deskSession.csrfToken } };
});
const app = await buildApp({ config, db });
await app.listen({ host: '127.0.0.1', port: 0 });
process.send?.({
  base: `http://127.0.0.1:${(app.server.address() as { port: number }).port}`,
  slug: tenant.slug,
  db: db.kind,
  ...prepared,
});
process.on('SIGTERM', () => void app.close().finally(() => process.exit(0)));
process.on('SIGINT', () => process.exit(0));
