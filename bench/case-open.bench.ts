// npm run bench -- case-open
// Opening a case file over HTTP as a case worker with a real session cookie:
// a file with 2,000 timeline events and 200 documents across five sections.
// Opening = person, the sections the worker may see, the first timeline page
// (50 entries), with need-to-know resolved and the read audited. Sequential
// requests from one client; the figure is the p95 latency.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/app.js';
import { createActiveStaff, createTenant, createUnit } from '../src/modules/access/index.js';
import { createSession } from '../src/modules/access/sessions.js';
import { defaultSectionTypes } from '../src/modules/cases/index.js';
import { loadConfig } from '../src/platform/config/config.js';
import { migrate, openDatabase, withTenant } from '../src/platform/db/index.js';

const EVENTS = 2_000;
const DOCUMENTS = 200;
const WARMUP = 50;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500);

const dataDir = process.env.DATABASE_URL ? undefined : mkdtempSync(join(tmpdir(), 'lotse-bench-case-'));
const config = loadConfig({ ...process.env, NODE_ENV: 'production', LOTSE_LOG_LEVEL: 'warn', LOTSE_SERVE_WEB: 'false', PORT: '0', ...(dataDir && { LOTSE_DATA_DIR: dataDir }) });
const db = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? '' : (dataDir as string), poolSize: config.databasePoolSize });
await migrate(db);
console.log(`case-open benchmark: ${EVENTS} timeline events, ${DOCUMENTS} documents, database ${db.kind === 'postgres' ? 'PostgreSQL' : 'PGlite'}`);

const tenant = await createTenant(db, { slug: `bench-case-${Date.now()}`, name: 'Benchmark-Kreis' });
const system = { id: null, label: 'Benchmark' };
const personId = randomUUID();
const caseId = randomUUID();
const session = await withTenant(db, tenant.id, async (tx) => {
  const units: Record<string, string> = {};
  for (const section of defaultSectionTypes) units[section.key] = (await createUnit(tx, tenant.id, system, { name: section.label, type: section.ownerUnitType as 'immigration' })).id;
  const staff = await createActiveStaff(tx, tenant.id, system, {
    email: `bench-${Date.now()}@bench.example`, displayName: 'Sachbearbeitung ABH', roles: ['case_worker'], unitIds: [units.immigration as string], password: 'benchmark-passwort-lang',
  });
  await tx.insertInto('persons').values({ tenant_id: tenant.id, id: personId, family_name: 'Haidari', given_names: 'Zahra' }).execute();
  await tx.insertInto('cases').values({ tenant_id: tenant.id, id: caseId, person_id: personId, created_by: staff.id, created_at: new Date() }).execute();
  await tx.insertInto('case_sections').values(defaultSectionTypes.map((section) => ({
    tenant_id: tenant.id, case_id: caseId, section_type: section.key, owner_unit_id: units[section.key] ?? null, opened_at: new Date(),
  }))).execute();

  // Two years of history: notes (some confidential or special), documents,
  // tasks, referrals, spread over the sections and over time.
  const start = Date.now() - 2 * 365 * 86_400_000;
  const events = [];
  const notes = [];
  const documents = [];
  for (let i = 0; i < EVENTS; i += 1) {
    const section = defaultSectionTypes[i % defaultSectionTypes.length]?.key as string;
    const at = new Date(start + i * 8 * 3_600_000);
    const id = randomUUID();
    const kind: 'document' | 'task' | 'referral' | 'note' = i < DOCUMENTS ? 'document' : i % 17 === 0 ? 'task' : i % 23 === 0 ? 'referral' : 'note';
    const levels = ['standard', 'standard', 'confidential', 'special_category'] as const;
    const confidentiality = kind === 'note' ? levels[i % 4] ?? 'standard' : 'standard';
    if (kind === 'note') notes.push({ tenant_id: tenant.id, id, case_id: caseId, section_type: section, confidentiality, body: `Vermerk ${i}: Gespräch geführt, Unterlagen angefordert.`, author_id: staff.id, author_label: 'Bench', created_at: at });
    if (kind === 'document') {
      documents.push({ tenant_id: tenant.id, id, case_id: caseId, section_type: section, file_name: `scan-${i}.pdf`, media_type: 'application/pdf', size_bytes: 120_000, sha256: '0'.repeat(64), storage_key: `${randomUUID()}.bin`, uploaded_by: staff.id, uploaded_at: at });
    }
    events.push({
      tenant_id: tenant.id, id: randomUUID(), case_id: caseId, section_type: kind === 'referral' ? null : section, kind, subject_id: id,
      confidentiality, summary: kind === 'document' ? `Dokument „scan-${i}.pdf“` : `Eintrag ${i}`, actor_label: 'Bench', at,
    });
  }
  for (let i = 0; i < events.length; i += 500) await tx.insertInto('case_events').values(events.slice(i, i + 500)).execute();
  for (let i = 0; i < notes.length; i += 500) await tx.insertInto('case_notes').values(notes.slice(i, i + 500)).execute();
  await tx.insertInto('case_documents').values(documents).execute();
  return createSession(tx, config, { tenantId: tenant.id, staffId: staff.id, stage: 'full', authMethod: 'password' });
});

const app = await buildApp({ config, db });
await app.listen({ host: '127.0.0.1', port: 0 });
const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/api/cases/by-person/${personId}?purpose=Fallbearbeitung`;
const headers = { cookie: `lotse_session=${session.token}` };

async function open(): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers });
  const body = (await response.json()) as { sections?: unknown[]; timeline?: { items: unknown[] } };
  const elapsed = performance.now() - started;
  if (response.status !== 200 || body.sections?.length !== 5 || body.timeline?.items.length !== 50) throw new Error(`unexpected answer ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
  return elapsed;
}

for (let i = 0; i < WARMUP; i += 1) await open();
const times: number[] = [];
for (let i = 0; i < REQUESTS; i += 1) times.push(await open());
times.sort((a, b) => a - b);
const quantile = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] as number;
const p50 = quantile(0.5);
const p95 = quantile(0.95);
console.log(`${REQUESTS} openings: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${(times.at(-1) as number).toFixed(1)} ms (goal p95 ≤ 30 ms)`);

await app.close();
await db.close();
if (dataDir) rmSync(dataDir, { recursive: true, force: true });
console.log(JSON.stringify({ bench: 'case-open', db: db.kind, p95_ms: Number(p95.toFixed(2)) }));
