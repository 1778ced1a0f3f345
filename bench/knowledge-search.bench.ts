// npm run bench -- knowledge-search
// 10,000 generated articles (two or three published versions each, with
// validity periods one after the other) in one tenant; then 1,000 full-text
// searches and 1,000 "as of date" look-ups, measured one at a time through
// the domain functions (searchKnowledge, getArticle) inside tenant
// transactions, as the HTTP routes call them (without the HTTP layer).
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createTenant } from '../src/modules/access/index.js';
import { getArticle, searchKnowledge } from '../src/modules/knowledge/index.js';
import { migrate, openDatabase, withSystem, withTenant } from '../src/platform/db/index.js';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const SEARCHES = 1_000;
const LOOKUPS = 1_000;
const TODAY = '2026-01-15';

// A vocabulary of the field, so that stemming and ranking have real German words to work on.
const WORDS = (
  'Aufenthaltserlaubnis Aufenthaltserlaubnisse Niederlassungserlaubnis Blaue Karte Fachkraft Fachkräfte Berufsausbildung Anerkennung ' +
  'Gleichwertigkeit Berufserfahrung Arbeitgeber Arbeitsplatzangebot Gehaltsgrenze Zustimmung Bundesagentur Arbeit Beschäftigung ' +
  'Duldung Ausbildungsduldung Beschäftigungsduldung Spurwechsel Asylverfahren Asylantrag Rücknahme Identität Pass Passbeschaffung ' +
  'Lebensunterhalt Sicherung Wohnraum Krankenversicherung Sprachkenntnisse Deutschkenntnisse Integrationskurs Orientierungskurs ' +
  'Jugendliche Heranwachsende Integration Schulbesuch Schulabschluss Voraufenthalt Ermessen Antrag Verlängerung Gebühren Termin ' +
  'Familiennachzug Ehegatte Kinder Eltern Visum Einreise Botschaft Vorabzustimmung Chancenkarte Punkte Arbeitssuche Probearbeit ' +
  'Einbürgerung Staatsangehörigkeit Mehrstaatigkeit Bescheinigung Fiktionsbescheinigung Ausweisung Abschiebung Härtefall Kommission ' +
  'Ausländerbehörde Sachbearbeitung Prüfung Nachweis Unterlagen Vorsprache Meldebescheinigung Erwerbstätigkeit Selbständigkeit Studium'
).split(' ');

// Everyday German around the terms: stop words (not indexed, as in real
// text) and general words of administrative writing.
const GENERAL = (
  'der die das und ist ein eine mit für auf nicht auch bei nach von zu im in den dem des sich wird werden kann muss soll wenn dass oder aber ' +
  'Person Personen Fall Fälle Behörde Stelle Frist Fristen Monat Monate Jahr Jahre Regel Regelung Voraussetzung Voraussetzungen Ausnahme ' +
  'Entscheidung Bescheid Hinweis Hinweise Angabe Angaben Auskunft Beratung Verfahren Zeitraum Dauer Beginn Ende Grundlage Vorschrift ' +
  'erteilt geprüft vorgelegt erforderlich möglich zuständig ausreichend regelmäßig grundsätzlich insbesondere weiterhin zusätzlich ' +
  'Sachverhalt Bearbeitung Akte Vermerk Rückfrage Schreiben Formular Kopie Original Übersetzung Beglaubigung Gebühr Zahlung'
).split(' ');

function pick<T>(list: readonly T[]): T {
  return list[Math.floor(Math.random() * list.length)] as T;
}

/**
 * An article is about a few topics: three terms of the field recur in it,
 * a handful of others are mentioned once, the rest is everyday language.
 * So a query term occurs in some articles, not in most, as in a real
 * knowledge base (the average number of matches is printed).
 */
function articleText(words: number): { title: string; text: string } {
  const topics = [pick(WORDS), pick(WORDS), pick(WORDS)];
  const mentions = Array.from({ length: 6 }, () => pick(WORDS));
  const parts: string[] = [];
  for (let i = 0; i < words; i += 1) {
    const roll = Math.random();
    parts.push(roll < 0.12 ? pick(topics) : roll < 0.14 ? pick(mentions) : pick(GENERAL));
  }
  return { title: `${topics[0]} ${topics[1]}`, text: `${parts.join(' ')}.` };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

const db = openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.DATABASE_URL ? '' : mkdtempSync(join(tmpdir(), 'lotse-bench-knowledge-')), poolSize: 4 });
const dbLabel = process.env.DATABASE_URL ? 'postgres' : 'pglite';
console.log(`knowledge-search benchmark: ${ARTICLES} articles, ${SEARCHES} searches, ${LOOKUPS} as-of look-ups, database ${dbLabel === 'postgres' ? 'PostgreSQL' : 'PGlite'}`);
await migrate(db);
const tenant = await createTenant(db, { slug: `bench-k-${Date.now()}`, name: 'Benchmark Wissensbasis' });

// Bulk load as the owner: the domain functions write an audit entry per row,
// which is right for people and far too slow for 25,000 generated rows.
const started = Date.now();
const articleIds: string[] = [];
const BATCH = 250;
for (let offset = 0; offset < ARTICLES; offset += BATCH) {
  const articles: Array<Record<string, unknown>> = [];
  const versions: Array<Record<string, unknown>> = [];
  for (let i = offset; i < Math.min(ARTICLES, offset + BATCH); i += 1) {
    const id = randomUUID();
    articleIds.push(id);
    const { title: topic, text: firstText } = articleText(120);
    const title = `${topic} ${i}`;
    articles.push({ tenant_id: tenant.id, id, title, tags: [pick(WORDS)], legal_refs: [`§ ${1 + (i % 100)} AufenthG`] });
    // Periods: 2022-01-01..2023-11-17, 2023-11-18..(open or 2024-02-29), sometimes a third from 2024-03-01.
    const periods: Array<[string, string | null]> = i % 3 === 0
      ? [['2022-01-01', '2023-11-17'], ['2023-11-18', '2024-02-29'], ['2024-03-01', null]]
      : [['2022-01-01', '2023-11-17'], ['2023-11-18', null]];
    periods.forEach(([from, until], index) => {
      // Later versions change part of the text and keep the topic.
      const text = index === 0 ? firstText : `${firstText} ${articleText(30).text}`;
      versions.push({
        tenant_id: tenant.id, id: randomUUID(), article_id: id, number: index + 1, title, body_markdown: text, body_html: `<p>${text}</p>`, body_text: text,
        change_note: '', valid_from: from, valid_until: until, status: 'published', published_at: new Date(),
      });
    });
  }
  await withSystem(db, async (tx) => {
    await tx.insertInto('knowledge_articles').values(articles as never).execute();
    await tx.insertInto('knowledge_versions').values(versions as never).execute();
  });
}
await withSystem(db, (tx) => sql`analyze knowledge_versions`.execute(tx).then(() => sql`analyze knowledge_articles`.execute(tx)));
console.log(`loaded ${ARTICLES} articles in ${((Date.now() - started) / 1000).toFixed(1)} s`);

async function time<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = process.hrtime.bigint();
  const result = await work();
  return [Number(process.hrtime.bigint() - start) / 1e6, result];
}

// Warm-up: plans and caches, as a running server has them.
for (let i = 0; i < 30; i += 1) await withTenant(db, tenant.id, (tx) => searchKnowledge(tx, pick(WORDS), TODAY));

const searchTimes: number[] = [];
let totalHits = 0;
let totalMatches = 0;
for (let i = 0; i < SEARCHES; i += 1) {
  const query = i % 2 === 0 ? pick(WORDS) : `${pick(WORDS)} ${pick(WORDS)}`;
  const [ms, hits] = await time(() => withTenant(db, tenant.id, (tx) => searchKnowledge(tx, query, TODAY, 20)));
  searchTimes.push(ms);
  totalHits += hits.length;
  if (i % 20 === 0) {
    const count = await withTenant(db, tenant.id, (tx) => sql<{ n: number }>`select count(*)::int as n from knowledge_versions where status = 'published' and validity @> ${TODAY}::date and search_vector @@ websearch_to_tsquery('german', ${query})`.execute(tx));
    totalMatches += count.rows[0]?.n ?? 0;
  }
}

const asofTimes: number[] = [];
let found = 0;
const days = ['2022-06-01', '2023-11-17', '2023-11-18', '2024-02-29', '2024-03-01', '2024-06-01', TODAY];
for (let i = 0; i < LOOKUPS; i += 1) {
  const [ms, view] = await time(() => withTenant(db, tenant.id, (tx) => getArticle(tx, pick(articleIds), pick(days), TODAY)));
  asofTimes.push(ms);
  if (view.current) found += 1;
}
if (found !== LOOKUPS) throw new Error(`${LOOKUPS - found} look-ups found no valid version`);

const searchP95 = percentile(searchTimes, 95);
const asofP95 = percentile(asofTimes, 95);
console.log(`search  p50 ${percentile(searchTimes, 50).toFixed(1)} ms  p95 ${searchP95.toFixed(1)} ms  (avg ${(totalHits / SEARCHES).toFixed(1)} hits returned, ${(totalMatches / (SEARCHES / 20)).toFixed(0)} matching articles per search)`);
console.log(`machine load average (1 min) at the end: ${loadavg()[0]?.toFixed(1)} on 2 cores shared with other work`);
console.log(`as-of   p50 ${percentile(asofTimes, 50).toFixed(1)} ms  p95 ${asofP95.toFixed(1)} ms`);
await db.close();
console.log(JSON.stringify({ bench: 'knowledge-search', db: dbLabel, articles: ARTICLES, search_p95_ms: Number(searchP95.toFixed(2)), asof_p95_ms: Number(asofP95.toFixed(2)) }));
