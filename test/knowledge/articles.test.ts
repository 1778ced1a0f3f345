import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ManualClock } from '../../src/platform/clock.js';
import { withTenant } from '../../src/platform/db/index.js';
import { json, testApp, type Caller, type TestContext } from '../support/app.js';
import { makeStaff, makeTenant, sessionFor, type TestTenant } from '../support/factories.js';

// Articles over HTTP: creating, the review workflow, validity by legal dates
// ("as of"), upcoming changes, overlap rejection, and review reminders.

let ctx: TestContext;
let tenant: TestTenant;
let lead: Caller;
let worker: Caller;
const clock = new ManualClock(new Date('2024-05-15T10:00:00Z'));

before(async () => {
  ctx = await testApp({}, undefined, clock);
  tenant = await makeTenant(ctx.db);
  lead = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, tenant, { roles: ['unit_lead'] }));
  worker = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, tenant, { roles: ['case_worker'] }));
});
after(() => ctx.close());

const errorCode = (response: { json(): unknown }) => (response.json() as { error: { code: string } }).error.code;

async function publish(versionId: string, reviewBy?: string) {
  assert.equal((await lead.inject({ method: 'POST', url: `/api/knowledge/versions/${versionId}/submit`, payload: {} })).statusCode, 200);
  const published = await lead.inject({ method: 'POST', url: `/api/knowledge/versions/${versionId}/publish`, payload: reviewBy ? { reviewBy } : {} });
  assert.equal(published.statusCode, 200, published.body);
  return json<{ status: string }>(published);
}

async function newArticle(body: Record<string, unknown>) {
  const response = await lead.inject({ method: 'POST', url: '/api/knowledge/articles', payload: { title: 'Blaue Karte EU', bodyMarkdown: 'Text', validFrom: '2023-11-18', ...body } });
  assert.equal(response.statusCode, 201, response.body);
  return json<{ id: string; versionId: string }>(response);
}

describe('knowledge articles', () => {
  it('runs draft → review → published, and staff see only what is valid on the day asked for', async () => {
    const article = await newArticle({ bodyMarkdown: 'Gehaltsgrenze **alt**.', validFrom: '2023-11-18', validUntil: '2024-02-29', legalRefs: ['§ 18g AufenthG'], tags: ['Fachkräfte'] });
    const draft = json<{ status: string }>(await worker.inject({ method: 'GET', url: `/api/knowledge/versions/${article.versionId}` }));
    assert.equal(draft.status, 'draft');
    // Publishing straight from draft skips the review: refused.
    const skipped = await lead.inject({ method: 'POST', url: `/api/knowledge/versions/${article.versionId}/publish`, payload: {} });
    assert.equal(skipped.statusCode, 409);
    assert.equal(errorCode(skipped), 'KNOWLEDGE_WRONG_STATUS');
    assert.equal((await publish(article.versionId)).status, 'published');

    const second = await lead.inject({ method: 'POST', url: `/api/knowledge/articles/${article.id}/versions`, payload: { bodyMarkdown: 'Gehaltsgrenze **neu**.', validFrom: '2024-03-01', changeNote: 'Stufe 2' } });
    assert.equal(second.statusCode, 201, second.body);
    await publish(json<{ id: string }>(second).id);

    const asOfOld = json<{ current: { number: number; bodyHtml: string } | null; upcoming: Array<{ validFrom: string }>; legalRefs: string[] }>(
      await worker.inject({ method: 'GET', url: `/api/knowledge/articles/${article.id}?asOf=2024-01-10` }),
    );
    assert.equal(asOfOld.current?.number, 1);
    assert.match(asOfOld.current?.bodyHtml ?? '', /<strong>alt<\/strong>/);
    assert.deepEqual(asOfOld.upcoming.map((version) => version.validFrom), ['2024-03-01']);
    assert.deepEqual(asOfOld.legalRefs, ['§ 18g AufenthG']);

    // Without asOf the clock's day (15 May 2024) counts.
    const today = json<{ asOf: string; current: { number: number } | null; upcoming: unknown[] }>(await worker.inject({ method: 'GET', url: `/api/knowledge/articles/${article.id}` }));
    assert.equal(today.asOf, '2024-05-15');
    assert.equal(today.current?.number, 2);
    assert.deepEqual(today.upcoming, []);

    const before = json<{ current: unknown }>(await worker.inject({ method: 'GET', url: `/api/knowledge/articles/${article.id}?asOf=2023-11-17` }));
    assert.equal(before.current, null);
  });

  it('rejects overlapping validity periods with KNOWLEDGE_VALIDITY_OVERLAP, on creation and on publishing', async () => {
    const article = await newArticle({ validFrom: '2024-03-01' });
    await publish(article.versionId);
    const overlapping = await lead.inject({ method: 'POST', url: `/api/knowledge/articles/${article.id}/versions`, payload: { bodyMarkdown: 'x', validFrom: '2024-06-01' } });
    assert.equal(overlapping.statusCode, 409);
    assert.equal(errorCode(overlapping), 'KNOWLEDGE_VALIDITY_OVERLAP');

    // Two drafts for the same future period may exist; only one can be published.
    const a = json<{ id: string }>(await lead.inject({ method: 'POST', url: `/api/knowledge/versions/${article.versionId}/end-validity`, payload: { validUntil: '2024-05-31' } }));
    assert.ok(a.id);
    const first = json<{ id: string }>(await lead.inject({ method: 'POST', url: `/api/knowledge/articles/${article.id}/versions`, payload: { bodyMarkdown: 'A', validFrom: '2024-06-01' } }));
    const rival = json<{ id: string }>(await lead.inject({ method: 'POST', url: `/api/knowledge/articles/${article.id}/versions`, payload: { bodyMarkdown: 'B', validFrom: '2024-09-01' } }));
    await publish(first.id);
    await lead.inject({ method: 'POST', url: `/api/knowledge/versions/${rival.id}/submit`, payload: {} });
    const clash = await lead.inject({ method: 'POST', url: `/api/knowledge/versions/${rival.id}/publish`, payload: {} });
    assert.equal(clash.statusCode, 409);
    assert.equal(errorCode(clash), 'KNOWLEDGE_VALIDITY_OVERLAP');
    const rivalAfter = json<{ status: string }>(await worker.inject({ method: 'GET', url: `/api/knowledge/versions/${rival.id}` }));
    assert.equal(rivalAfter.status, 'review', 'a refused publish changes nothing');

    const backwards = await lead.inject({ method: 'POST', url: `/api/knowledge/articles/${article.id}/versions`, payload: { bodyMarkdown: 'x', validFrom: '2030-02-01', validUntil: '2030-01-01' } });
    assert.equal(backwards.statusCode, 400);
    assert.equal(errorCode(backwards), 'KNOWLEDGE_VALIDITY_INVALID');
    const impossible = await lead.inject({ method: 'POST', url: `/api/knowledge/articles/${article.id}/versions`, payload: { bodyMarkdown: 'x', validFrom: '2030-02-30' } });
    assert.equal(errorCode(impossible), 'KNOWLEDGE_DATE_INVALID');
  });

  it('lets a correction replace a published version of the same period', async () => {
    const article = await newArticle({ bodyMarkdown: 'Tippfehller', validFrom: '2024-01-01' });
    await publish(article.versionId);
    const fix = json<{ id: string }>(await lead.inject({ method: 'POST', url: `/api/knowledge/articles/${article.id}/versions`, payload: { bodyMarkdown: 'Tippfehler behoben', validFrom: '2024-01-01', replacesVersionId: article.versionId } }));
    await publish(fix.id);
    const view = json<{ current: { id: string }; versions: Array<{ id: string; status: string }> }>(await worker.inject({ method: 'GET', url: `/api/knowledge/articles/${article.id}` }));
    assert.equal(view.current.id, fix.id);
    assert.equal(view.versions.find((version) => version.id === article.versionId)?.status, 'superseded');
  });

  it('lets only unit leads and administrators write; case workers read', async () => {
    const refused = await worker.inject({ method: 'POST', url: '/api/knowledge/articles', payload: { title: 'x', bodyMarkdown: 'x', validFrom: '2024-01-01' } });
    assert.equal(refused.statusCode, 403);
    const list = await worker.inject({ method: 'GET', url: '/api/knowledge/articles' });
    assert.equal(list.statusCode, 200);
  });

  it('reminds the owner once the review-by date has passed', async () => {
    const owner = await makeStaff(ctx.db, tenant, { roles: ['case_worker'] });
    const ownerCaller = await sessionFor(ctx.app, ctx.db, ctx.config, owner);
    const article = await newArticle({ title: 'Prüfung fällig', ownerStaffId: owner.id });
    await publish(article.versionId, '2024-06-30');
    const notYet = json<{ items: Array<{ articleId: string }> }>(await ownerCaller.inject({ method: 'GET', url: '/api/knowledge/reviews/due' }));
    assert.ok(!notYet.items.some((item) => item.articleId === article.id));
    clock.set(new Date('2024-07-03T08:00:00Z'));
    try {
      const due = json<{ items: Array<{ articleId: string; daysOverdue: number }> }>(await ownerCaller.inject({ method: 'GET', url: '/api/knowledge/reviews/due' }));
      assert.equal(due.items.find((item) => item.articleId === article.id)?.daysOverdue, 3);
      const others = json<{ items: Array<{ articleId: string }> }>(await worker.inject({ method: 'GET', url: '/api/knowledge/reviews/due' }));
      assert.ok(!others.items.some((item) => item.articleId === article.id), 'only the owner is reminded');
      assert.equal((await worker.inject({ method: 'GET', url: '/api/knowledge/reviews/due?scope=all' })).statusCode, 403);
      const all = json<{ items: Array<{ articleId: string }> }>(await lead.inject({ method: 'GET', url: '/api/knowledge/reviews/due?scope=all' }));
      assert.ok(all.items.some((item) => item.articleId === article.id));
    } finally {
      clock.set(new Date('2024-05-15T10:00:00Z'));
    }
  });

  it('audits writes in the same transaction', async () => {
    const article = await newArticle({ title: 'Audit' });
    const rows = await withTenant(ctx.db, tenant.id, (tx) => tx.selectFrom('audit_log').select('action').where('subject_id', 'in', [article.id, article.versionId]).execute());
    assert.deepEqual(rows.map((row) => row.action).sort(), ['knowledge.article_create', 'knowledge.version_create']);
  });
});
