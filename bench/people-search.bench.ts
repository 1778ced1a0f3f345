// npm run bench -- people-search
// Generates a register of BENCH_PERSONS (default 1,000,000) synthetic people
// of several origins, then runs BENCH_QUERIES (default 1,000) searches for
// known people written another way (other transliteration, original script,
// swapped order, typos, with the birth date as staff ask for it), through the
// register's search (including its audit entry), and the same searches through
// a baseline: Double Metaphone codes of the Latin words plus pg_trgm word
// similarity, ranked with the same birth-date rule. Last line: one JSON object.

import { randomUUID } from 'node:crypto';
import { doubleMetaphone } from 'double-metaphone';
import { sql } from 'kysely';
import { createTenant } from '../src/modules/access/index.js';
import { compareBirthDates, type BirthDate } from '../src/modules/people/birth-date.js';
import { indexEntriesOf } from '../src/modules/people/name-keys.js';
import { parseSearchText, searchPeople } from '../src/modules/people/search.js';
import { recordAudit } from '../src/platform/audit/index.js';
import { migrate, openDatabase, withSystem, withTenant, type Database } from '../src/platform/db/index.js';
import { household, queryFor, rng, type GeneratedPerson, type Query, type Relation } from './people-search/generate.js';

const PERSONS = Number(process.env.BENCH_PERSONS ?? 1_000_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 1000);
const BATCH = 5000;

const db = openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: 'memory://', poolSize: 4 });
const dbKind = db.kind === 'postgres' ? 'postgresql' : 'pglite';
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
console.log(`people-search: ${PERSONS.toLocaleString('en')} persons, ${QUERIES} queries, database ${dbKind}`);
await migrate(db);
const tenant = await createTenant(db, { slug: `bench-people-${Date.now()}`, name: 'Benchmark Personensuche' });

// --- Generate and load ---------------------------------------------------------------

interface Batch {
  persons: GeneratedPerson[];
  relations: Relation[];
}

const terms = new Set<string>();
const baselineRows: Array<{ personId: string; name: string; codes: string[] }> = [];

async function load(batch: Batch) {
  const p = batch.persons;
  const names = p.flatMap((person) => person.names.map((name) => ({ person, name, text: `${name.given} ${name.family}`.trim() })));
  const entries = names.map((entry) => indexEntriesOf(entry.text, Number(entry.person.birthDate.slice(0, 4))));
  for (const entry of entries) for (const term of entry.terms) terms.add(term);
  const identifiers = p.flatMap((person) => person.identifiers.map((identifier) => ({ person, identifier })));
  await withSystem(db, async (tx) => {
    const primary = (person: GeneratedPerson) => person.names[0] as GeneratedPerson['names'][number];
    await sql`
      insert into persons (tenant_id, id, family_name, given_names, sex, birth_date, birth_date_precision, birth_country, nationalities)
      select ${tenant.id}::uuid, t.id, t.family, t.given, t.sex, t.birth, t.precision, t.country, array[t.country]
      from unnest(${p.map((x) => x.id)}::uuid[], ${p.map((x) => primary(x).family)}::text[], ${p.map((x) => primary(x).given)}::text[], ${p.map((x) => x.sex)}::text[],
                  ${p.map((x) => x.birthDate)}::date[], ${p.map((x) => x.precision)}::text[], ${p.map((x) => x.country)}::text[])
        as t(id, family, given, sex, birth, precision, country)`.execute(tx);
    await sql`
      insert into person_names (tenant_id, id, person_id, kind, script, family_name, given_names, search_keys)
      select ${tenant.id}::uuid, gen_random_uuid(), t.person, t.kind, t.script, t.family, t.given, string_to_array(t.keys, ' ')
      from unnest(${names.map((n) => n.person.id)}::uuid[], ${names.map((n) => n.name.kind)}::text[], ${names.map((n) => (n.name.script ? (n.person.origin.key === 'tigrinya' ? 'Ethi' : ['ukrainian', 'russian'].includes(n.person.origin.key) ? 'Cyrl' : 'Arab') : 'Latn'))}::text[],
                  ${names.map((n) => n.name.family)}::text[], ${names.map((n) => n.name.given)}::text[], ${entries.map((e) => e.keys.join(' '))}::text[])
        as t(person, kind, script, family, given, keys)`.execute(tx);
    if (identifiers.length > 0) {
      await sql`
        insert into person_identifiers (tenant_id, id, person_id, kind, value, value_norm)
        select ${tenant.id}::uuid, gen_random_uuid(), t.person, t.kind, t.value, t.norm
        from unnest(${identifiers.map((i) => i.person.id)}::uuid[], ${identifiers.map((i) => i.identifier.kind)}::text[], ${identifiers.map((i) => i.identifier.value)}::text[], ${identifiers.map((i) => i.identifier.norm)}::text[])
          as t(person, kind, value, norm)`.execute(tx);
    }
    if (batch.relations.length > 0) {
      const r = batch.relations;
      await sql`
        insert into person_relations (tenant_id, id, person_id, related_id, kind)
        select ${tenant.id}::uuid, gen_random_uuid(), t.a, t.b, t.kind
        from unnest(${r.map((x) => x.from)}::uuid[], ${r.map((x) => x.to)}::uuid[], ${r.map((x) => x.kind)}::text[]) as t(a, b, kind)`.execute(tx);
    }
  });
  for (const { person, name, text } of names) {
    if (name.script) continue;
    const codes = new Set<string>();
    for (const word of text.split(/[\s-]+/).filter(Boolean)) for (const code of doubleMetaphone(word)) if (code) codes.add(code);
    baselineRows.push({ personId: person.id, name: text, codes: [...codes] });
  }
}

async function loadBaseline() {
  for (let i = 0; i < baselineRows.length; i += BATCH * 2) {
    const rows = baselineRows.slice(i, i + BATCH * 2);
    await sql`
      insert into bench_people_baseline (person_id, name, codes)
      select t.person, t.name, string_to_array(t.codes, ' ')
      from unnest(${rows.map((r) => r.personId)}::uuid[], ${rows.map((r) => r.name)}::text[], ${rows.map((r) => r.codes.join(' '))}::text[]) as t(person, name, codes)`.execute(db.kysely);
  }
}

const random = rng(20_260_301);
const targetEvery = Math.max(1, Math.floor(PERSONS / (QUERIES * 1.2)));
const targets: GeneratedPerson[] = [];
let made = 0;
let batch: Batch = { persons: [], relations: [] };
const started = performance.now();
// Bulk load as one would: the name-key index is built once after loading
// (with the same definition as migrations/0002_people.sql), not row by row.
await sql`drop index if exists person_names_keys`.execute(db.kysely);
await sql`drop table if exists bench_people_baseline`.execute(db.kysely);
await sql`create table bench_people_baseline (person_id uuid not null, name text not null, codes text[] not null)`.execute(db.kysely);
while (made + batch.persons.length < PERSONS) {
  const house = household(random, randomUUID);
  const people = house.people.slice(0, PERSONS - made - batch.persons.length);
  for (const person of people) {
    if ((made + batch.persons.length) % targetEvery === 0) targets.push(person);
    batch.persons.push(person);
  }
  const ids = new Set(people.map((person) => person.id));
  batch.relations.push(...house.relations.filter((r) => ids.has(r.from) && ids.has(r.to)));
  if (batch.persons.length >= BATCH) {
    made += batch.persons.length;
    await load(batch);
    batch = { persons: [], relations: [] };
    if (made % 100_000 < BATCH) console.log(`  ${made.toLocaleString('en')} persons loaded (${seconds(started)} s)`);
  }
}
if (batch.persons.length > 0) {
  made += batch.persons.length;
  await load(batch);
}
const termRows = [...terms].flatMap((term) => [term, ...new Set([...term].map((_, i) => term.slice(0, i) + term.slice(i + 1)))].map((del) => ({ del, term })));
for (let i = 0; i < termRows.length; i += BATCH * 4) {
  const rows = termRows.slice(i, i + BATCH * 4);
  await sql`insert into person_name_terms (tenant_id, del, term) select ${tenant.id}::uuid, t.d, t.t from unnest(${rows.map((r) => r.del)}::text[], ${rows.map((r) => r.term)}::text[]) as t(d, t) on conflict do nothing`.execute(db.kysely);
}
await loadBaseline();
const indexing = performance.now();
await db.kysely.connection().execute(async (conn) => {
  if (db.kind === 'postgres') await sql`set maintenance_work_mem = '1GB'`.execute(conn);
  await sql`create index person_names_keys on person_names using gin (search_keys)`.execute(conn);
  await sql`create index on bench_people_baseline using gin (codes)`.execute(conn);
  await sql`create index on bench_people_baseline using gin (name gin_trgm_ops)`.execute(conn);
  await sql`create index on bench_people_baseline (person_id)`.execute(conn);
  await sql`analyze`.execute(conn);
});
console.log(`loaded ${made.toLocaleString('en')} persons, ${terms.size.toLocaleString('en')} name skeletons, ${baselineRows.length.toLocaleString('en')} baseline rows in ${seconds(started)} s (indexes and analyze ${seconds(indexing)} s)`);

// --- Queries ------------------------------------------------------------------------------

const queryRandom = rng(7);
const queries: Query[] = targets.slice(0, QUERIES).map((person) => queryFor(queryRandom, person));
const today = new Date();

async function ours(query: Query): Promise<string[]> {
  return withTenant(db, tenant.id, async (tx) => {
    const hits = await searchPeople(tx, parseSearchText(query.text, today), 5);
    await recordAudit(tx, { tenantId: tenant.id, actor: { id: null, label: 'Benchmark' }, action: 'person.search', subjectType: 'person', purpose: 'Benchmark', details: { resultIds: hits.map((hit) => hit.id) } });
    return hits.map((hit) => hit.id);
  });
}

async function baseline(query: Query): Promise<string[]> {
  const criteria = parseSearchText(query.text, today);
  const latinWords = (criteria.names[0] ?? '').split(/[\s-]+/).filter((word) => /^[\p{Script=Latin}'’]+$/u.test(word));
  const codes = latinWords.map((word) => [...new Set(doubleMetaphone(word).filter(Boolean))]);
  return withSystem(db, async (tx) => {
    const scores = new Map<string, number>();
    if (codes.length > 0) {
      const text = latinWords.join(' ');
      // Every word must match phonetically; if none does, any word may.
      const all = sql.join(codes.map((c) => sql`b.codes && ${c}::text[]`), sql` and `);
      let rows = (await sql<{ person_id: string; sim: number }>`
        select b.person_id, max(word_similarity(${text}, b.name)) as sim from bench_people_baseline b
        where ${all} group by b.person_id order by sim desc limit 200`.execute(tx)).rows;
      if (rows.length === 0) {
        rows = (await sql<{ person_id: string; sim: number }>`
          select b.person_id, max(word_similarity(${text}, b.name)) as sim from bench_people_baseline b
          where b.codes && ${codes.flat()}::text[] group by b.person_id order by sim desc limit 200`.execute(tx)).rows;
      }
      for (const row of rows) scores.set(row.person_id, Number(row.sim));
    }
    if (criteria.identifiers.length > 0) {
      const rows = await tx.selectFrom('person_identifiers').select('person_id').where('value_norm', 'in', criteria.identifiers).execute();
      for (const row of rows) scores.set(row.person_id, (scores.get(row.person_id) ?? 0) + 1);
    }
    if (scores.size === 0) return [];
    const people = await tx.selectFrom('persons').select(['id', sql<string>`birth_date::text`.as('birth_date'), 'birth_date_precision']).where('id', 'in', [...scores.keys()]).execute();
    const ranked = people.map((person) => {
      const stored: BirthDate | null = person.birth_date ? { date: person.birth_date, precision: person.birth_date_precision as BirthDate['precision'] } : null;
      return { id: person.id, score: (scores.get(person.id) ?? 0) + compareBirthDates(criteria.birthDate, stored).effect };
    });
    return ranked.sort((a, b) => b.score - a.score).slice(0, 5).map((hit) => hit.id);
  });
}

async function measure(name: string, search: (query: Query) => Promise<string[]>) {
  for (const query of queries.slice(0, 30)) await search(query); // warm the caches
  const times: number[] = [];
  let found = 0;
  const missedKinds = new Map<string, number>();
  const examples: string[] = [];
  for (const query of queries) {
    const t0 = performance.now();
    const ids = await search(query);
    times.push(performance.now() - t0);
    if (ids.includes(query.personId)) found += 1;
    else {
      missedKinds.set(query.kind, (missedKinds.get(query.kind) ?? 0) + 1);
      if (examples.length < 12) examples.push(query.text);
    }
  }
  if (process.env.BENCH_VERBOSE) {
    const slow = queries.map((query, index) => ({ query, ms: times[index] as number })).sort((a, b) => b.ms - a.ms).slice(0, 6);
    console.log(`  slowest: ${slow.map((s) => `${s.query.text} (${s.ms.toFixed(0)} ms)`).join(' | ')}`);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] as number;
  const result = { p50: at(0.5), p95: at(0.95), recall: found / queries.length };
  console.log(`${name.padEnd(9)} p50 ${result.p50.toFixed(1)} ms  p95 ${result.p95.toFixed(1)} ms  recall@5 ${result.recall.toFixed(3)}  (${queries.length} queries)`);
  if (process.env.BENCH_VERBOSE) console.log(`  missed by kind: ${JSON.stringify(Object.fromEntries(missedKinds))}\n  e.g. ${examples.join(' | ')}`);
  return result;
}

const kinds = new Map<string, number>();
for (const query of queries) for (const kind of query.kind.split('+')) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
console.log(`queries: ${[...kinds].map(([kind, n]) => `${kind} ${n}`).join(', ')}; e.g. ${queries.slice(0, 4).map((q) => `"${q.text}"`).join(', ')}`);
const mine = await measure('register', ours);
const base = await measure('baseline', baseline);

if (!process.env.BENCH_KEEP) {
  const cleanup = performance.now();
  await sql`drop table bench_people_baseline`.execute(db.kysely);
  await withSystem(db, async (tx) => {
    for (const table of ['person_relations', 'person_identifiers', 'person_names', 'person_name_terms', 'person_merges']) {
      await sql`delete from ${sql.table(table)} where tenant_id = ${tenant.id}`.execute(tx);
    }
    await sql`delete from persons where tenant_id = ${tenant.id}`.execute(tx);
  });
  console.log(`removed the benchmark's people again (${seconds(cleanup)} s; BENCH_KEEP=1 keeps them)`);
}
await closeQuietly(db);

const round = (n: number) => Math.round(n * 10) / 10;
console.log(JSON.stringify({
  bench: 'people-search', db: dbKind, persons: made,
  p50_ms: round(mine.p50), p95_ms: round(mine.p95), recall_at_5: Math.round(mine.recall * 1000) / 1000,
  baseline_p95_ms: round(base.p95), baseline_recall_at_5: Math.round(base.recall * 1000) / 1000,
}));

async function closeQuietly(database: Database) {
  await database.close().catch(() => undefined);
}
