import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedDemo } from '../../src/modules/access/index.js';
import { findTenantBySlug } from '../../src/modules/access/index.js';
import { getArticle, searchKnowledge } from '../../src/modules/knowledge/index.js';
import { withTenant, type Database } from '../../src/platform/db/index.js';
import { testDatabase } from '../support/database.js';

// The demo district's knowledge base: at least 20 articles, the three steps
// of the skilled-immigration reform on their real dates, and an onboarding path.
// Runs on its own PGlite only: the demo district is one per database.

const skip = process.env.DATABASE_URL ? 'the demo district exists once per database; checked on PGlite' : false;

describe('demo knowledge base', { skip }, () => {
  let db: Database;
  let tenantId: string;
  before(async () => {
    db = await testDatabase();
    await seedDemo(db);
    tenantId = (await findTenantBySlug(db, 'musterland'))?.id as string;
  });
  after(() => db?.close());

  it('has at least 20 published articles and an onboarding path', async () => {
    const counts = await withTenant(db, tenantId, async (tx) => ({
      articles: (await tx.selectFrom('knowledge_articles').select('id').execute()).length,
      paths: await tx.selectFrom('onboarding_steps').select(['position', 'article_id', 'process_id']).execute(),
    }));
    assert.ok(counts.articles >= 20, `${counts.articles} articles`);
    assert.ok(counts.paths.length >= 6);
  });

  it('shows the reform step valid on each effective date, with the next one as upcoming', async () => {
    await withTenant(db, tenantId, async (tx) => {
      const [hit] = (await searchKnowledge(tx, 'Fachkräfteeinwanderung Stufen', '2024-04-01')).filter((item) => item.kind === 'article');
      assert.ok(hit);
      const cases: Array<[string, RegExp, string[]]> = [
        ['2023-11-18', /erste Stufe/, ['2024-03-01', '2024-06-01']],
        ['2024-03-01', /zweite Stufe/, ['2024-06-01']],
        ['2024-06-01', /dritte Stufe/, []],
      ];
      for (const [day, heading, upcoming] of cases) {
        const view = await getArticle(tx, hit.id, day, day);
        assert.match(view.current?.bodyHtml ?? '', heading, day);
        assert.deepEqual(view.upcoming.map((version) => version.validFrom), upcoming, day);
      }
    });
  });
});
