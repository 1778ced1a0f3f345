import { sql } from 'kysely';
import { withTenant, type Database, type Tx } from '../../platform/db/index.js';
import { createArticle } from './articles.js';
import type { KnowledgeContext } from './context.js';
import { demoArticles } from './demo-articles.js';
import { createPath } from './onboarding.js';
import { createVersion, transitionVersion } from './versions.js';

// Demo content of the knowledge base for the demo district: articles an
// immigration office needs, with their legal validity, and one onboarding
// path for new colleagues of the Ausländerbehörde. Called from seedDemo
// after units, staff, the concern catalogue and the process map exist.

const SEED_TODAY = '2026-01-01';

/** Creates the demo articles and the onboarding path; the lead of the Ausländerbehörde owns them. */
export async function seedDemoKnowledge(db: Database, tenantId: string): Promise<void> {
  await withTenant(db, tenantId, (tx) => seedInTransaction(tx, tenantId));
}

/** Processes of the demo process map that new colleagues of the ABH should know, if the map has them. */
async function processesFor(tx: Tx, words: string): Promise<string[]> {
  const rows = await sql<{ id: string }>`
    select id from processes where to_tsvector('german', title || ' ' || description) @@ to_tsquery('german', ${words}) order by title limit 2`.execute(tx);
  return rows.rows.map((row) => row.id);
}

async function seedInTransaction(tx: Tx, tenantId: string): Promise<void> {
  const ctx: KnowledgeContext = { tenantId, actor: { id: null, label: 'Demo-Daten' } };
  const units = new Map((await tx.selectFrom('units').select(['id', 'name']).execute()).map((unit) => [unit.name, unit.id]));
  const lead = await tx.selectFrom('staff').select('id').where('email', '=', 'leitung.abh@musterland.example').executeTakeFirst();
  const articleIds = new Map<string, string>();
  for (const article of demoArticles) {
    const [first, ...later] = article.versions;
    if (!first) continue;
    const created = await createArticle(
      tx, ctx,
      { title: article.title, tags: article.tags, legalRefs: article.legalRefs, owningUnitId: units.get(article.unit) ?? null, ownerStaffId: lead?.id ?? null, reviewBy: article.reviewBy },
      { bodyMarkdown: first.body, validFrom: first.validFrom, validUntil: first.validUntil ?? null, changeNote: first.changeNote },
    );
    articleIds.set(article.key, created.id);
    const versionIds = [created.versionId];
    for (const version of later) versionIds.push((await createVersion(tx, ctx, created.id, { title: version.title ?? article.title, bodyMarkdown: version.body, validFrom: version.validFrom, validUntil: version.validUntil ?? null, changeNote: version.changeNote })).id);
    for (const versionId of versionIds) {
      await transitionVersion(tx, ctx, versionId, 'submit', { today: SEED_TODAY });
      await transitionVersion(tx, ctx, versionId, 'publish', { today: SEED_TODAY, reviewBy: article.reviewBy ?? null });
    }
  }
  const articleSteps = ['orientierung-abh', 'datenschutz-akte', 'fachkraefte-ueberblick', 'spurwechsel', 'aufenthalt-25a', 'duldung-60a']
    .map((key) => articleIds.get(key))
    .filter((id): id is string => Boolean(id))
    .map((id) => ({ kind: 'article' as const, id }));
  const processSteps = (await processesFor(tx, 'Aufenthaltserlaubnis & Verlängerung')).map((id) => ({ kind: 'process' as const, id }));
  const steps = [...articleSteps.slice(0, 2), ...processSteps, ...articleSteps.slice(2)];
  await createPath(tx, ctx, {
    title: 'Einarbeitung Ausländerbehörde',
    description: 'Die ersten Wochen in der Ausländerbehörde: Grundlagen, Fachkräfteeinwanderung, Bleibeperspektiven.',
    unitId: units.get('Ausländerbehörde') ?? null,
    steps,
  });
}
