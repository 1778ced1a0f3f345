import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { withSystem, withTenant } from '../../src/platform/db/index.js';
import { testApp, type TestContext } from '../support/app.js';
import { makeTenant, type TestTenant } from '../support/factories.js';
import { makePerson } from '../support/people.js';
import { makePublishedArticle } from '../knowledge/support.js';

// The SECURITY DEFINER functions run as the owner, past row-level security,
// so they must filter by tenant themselves and must not be misled by the
// caller: search_path pinned with the temporary schema last, a shadowing
// temporary table ignored, nothing without a tenant, nothing of another.

let ctx: TestContext;
let home: TestTenant;
let other: TestTenant;
let article: string;
before(async () => {
  ctx = await testApp();
  home = await makeTenant(ctx.db);
  other = await makeTenant(ctx.db);
  article = (await makePublishedArticle(ctx.db, other, { title: 'Beschäftigungsduldung', versions: [{ body: 'Beschäftigungsduldung nach § 60d AufenthG', validFrom: '2020-01-01' }] })).versionIds[0] as string;
  await makePerson(ctx.db, other, { familyName: 'Definerprobe', givenNames: 'Nadia' });
});
after(() => ctx.close());

const FUNCTIONS = ['person_name_matches', 'knowledge_top_versions'];
const knowledgeHits = (tx: Parameters<Parameters<typeof withSystem>[1]>[0]) =>
  sql<{ version_id: string }>`select version_id from knowledge_top_versions(websearch_to_tsquery('german', 'Beschäftigungsduldung'), date '2026-06-01', 10)`.execute(tx);

describe('security-definer functions', () => {
  it('are the only ones, and each pins its search_path with the temporary schema last', async () => {
    const rows = await withSystem(ctx.db, (tx) => sql<{ proname: string; proconfig: string[] | null }>`
      select proname, proconfig from pg_proc where prosecdef and pronamespace = 'public'::regnamespace order by proname`.execute(tx));
    assert.deepEqual(rows.rows.map((row) => row.proname).sort(), [...FUNCTIONS].sort());
    for (const row of rows.rows) {
      const path = row.proconfig?.find((setting) => setting.startsWith('search_path='));
      assert.equal(path, 'search_path=public, pg_temp', row.proname);
    }
  });

  it('return the tenant\'s own rows only, and nothing without a tenant', async () => {
    const own = await withTenant(ctx.db, other.id, (tx) => knowledgeHits(tx));
    assert.deepEqual(own.rows.map((row) => row.version_id), [article]);
    assert.deepEqual((await withTenant(ctx.db, home.id, (tx) => knowledgeHits(tx))).rows, [], 'another tenant sees nothing');
    assert.deepEqual((await withSystem(ctx.db, (tx) => knowledgeHits(tx))).rows, [], 'no tenant, nothing');
    // The keys of a person of the other tenant, read past the policy as the owner.
    const keys = (await withSystem(ctx.db, (tx) => sql<{ search_keys: string[] }>`select search_keys from person_names where tenant_id = ${other.id} and family_name = 'Definerprobe'`.execute(tx))).rows[0]?.search_keys;
    assert.ok(keys && keys.length > 0);
    const matches = (tenantId: string) => withTenant(ctx.db, tenantId, (tx) => sql<{ person_id: string }>`select person_id from person_name_matches(${keys}::text[])`.execute(tx));
    assert.equal((await matches(other.id)).rows.length, 1, 'the tenant\'s own person is matched');
    assert.deepEqual((await matches(home.id)).rows, [], 'another tenant\'s person is not');
  });

  it('ignore a temporary table that tries to stand in for a real one', async () => {
    const planted = randomUUID();
    const hits = await withTenant(ctx.db, other.id, async (tx) => {
      await sql`create temporary table knowledge_versions (id uuid, search_vector tsvector, status text, validity daterange, tenant_id uuid) on commit drop`.execute(tx);
      await sql`insert into knowledge_versions values (${planted}, to_tsvector('german', 'Beschäftigungsduldung'), 'published', daterange('2000-01-01', null), ${other.id})`.execute(tx);
      return knowledgeHits(tx);
    });
    assert.deepEqual(hits.rows.map((row) => row.version_id), [article]);
  });
});
