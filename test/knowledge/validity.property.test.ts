import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { sql } from 'kysely';
import { createArticle, createVersion, transitionVersion, versionValidOn } from '../../src/modules/knowledge/index.js';
import { addDays, periodsOverlap } from '../../src/modules/knowledge/dates.js';
import { isAppError } from '../../src/platform/errors/index.js';
import { withTenant, type Database } from '../../src/platform/db/index.js';
import { testDatabase } from '../support/database.js';
import { makeTenant, type TestTenant } from '../support/factories.js';

// Validity rules, tried with generated periods: whatever editors enter, the
// published versions of an article never overlap, exactly the overlapping
// ones are refused, and "as of" finds the one version whose period holds the
// day (or none).

let db: Database;
let tenant: TestTenant;
before(async () => {
  db = await testDatabase();
  tenant = await makeTenant(db);
});
after(() => db.close());

const ctx = () => ({ tenantId: tenant.id, actor: { id: null, label: 'Test' } });
const BASE = '2024-01-01';
const period = fc.record({ start: fc.integer({ min: 0, max: 60 }), length: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }) })
  .map(({ start, length }) => ({ from: addDays(BASE, start), until: length === null ? null : addDays(BASE, start + length) }));

describe('validity periods (property-based)', () => {
  it('publishes exactly the periods that do not overlap an earlier published one, and "as of" agrees with a model', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(period, { minLength: 1, maxLength: 6 }), fc.array(fc.integer({ min: -5, max: 100 }), { minLength: 1, maxLength: 8 }), async (periods, probes) => {
        await withTenant(db, tenant.id, async (tx) => {
          const article = await createArticle(tx, ctx(), { title: 'Eigenschaft' }, { bodyMarkdown: 'v1', validFrom: periods[0]!.from, validUntil: periods[0]!.until });
          await transitionVersion(tx, ctx(), article.versionId, 'submit', { today: BASE });
          await transitionVersion(tx, ctx(), article.versionId, 'publish', { today: BASE });
          const published: Array<{ from: string; until: string | null; id: string }> = [{ ...periods[0]!, id: article.versionId }];
          for (const candidate of periods.slice(1)) {
            const expectRefusal = published.some((existing) => periodsOverlap(existing, candidate));
            try {
              const version = await createVersion(tx, ctx(), article.id, { title: 'Eigenschaft', bodyMarkdown: 'vn', validFrom: candidate.from, validUntil: candidate.until });
              await transitionVersion(tx, ctx(), version.id, 'submit', { today: BASE });
              await transitionVersion(tx, ctx(), version.id, 'publish', { today: BASE });
              assert.ok(!expectRefusal, `accepted ${JSON.stringify(candidate)} over ${JSON.stringify(published)}`);
              published.push({ ...candidate, id: version.id });
            } catch (error) {
              if (!isAppError(error) || error.code !== 'KNOWLEDGE_VALIDITY_OVERLAP') throw error;
              assert.ok(expectRefusal, `refused ${JSON.stringify(candidate)} over ${JSON.stringify(published)}`);
            }
          }
          for (const offset of probes) {
            const day = addDays(BASE, offset);
            const expected = published.filter((p) => p.from <= day && (p.until === null || day <= p.until)).map((p) => p.id);
            assert.ok(expected.length <= 1);
            const found = await versionValidOn(tx, article.id, day);
            assert.equal(found?.id ?? null, expected[0] ?? null, `as of ${day}`);
          }
        });
      }),
      { numRuns: 40 },
    );
  });

  it('has the database refuse an overlap even past the application (exclusion constraint, SQLSTATE 23P01)', async () => {
    const error = await withTenant(db, tenant.id, async (tx) => {
      const article = await createArticle(tx, ctx(), { title: 'Wand' }, { bodyMarkdown: 'a', validFrom: '2024-01-01' });
      await tx.updateTable('knowledge_versions').set({ status: 'published' }).where('id', '=', article.versionId).execute();
      return sql`insert into knowledge_versions (tenant_id, id, article_id, number, title, body_markdown, body_html, body_text, valid_from, status)
        values (${tenant.id}, gen_random_uuid(), ${article.id}, 2, 'b', 'b', 'b', 'b', '2024-06-01', 'published')`.execute(tx).then(() => null, (e: unknown) => e);
    }).catch((e: unknown) => e);
    assert.equal((error as { code?: string } | null)?.code, '23P01');
  });
});
