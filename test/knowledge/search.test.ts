import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { json, testApp, type Caller, type TestContext } from '../support/app.js';
import { makeConcern } from '../support/concerns.js';
import { makeStaff, makeTenant, sessionFor, type TestTenant } from '../support/factories.js';
import { makeProcess, makePublishedArticle } from './support.js';

// The one search box: German stemming, ranking, snippets as plain segments,
// across articles (valid on the day), concerns and processes, one tenant only.

let ctx: TestContext;
let tenant: TestTenant;
let worker: Caller;
let ids: { permit: string; other: string; future: string; concern: string; process: string };

type Hit = { kind: string; id: string; title: string; rank: number; snippet: Array<{ text: string; hit: boolean }> };

before(async () => {
  ctx = await testApp();
  tenant = await makeTenant(ctx.db);
  worker = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, tenant, { roles: ['case_worker'] }));
  const permit = await makePublishedArticle(ctx.db, tenant, {
    title: 'Aufenthaltserlaubnis für gut integrierte Jugendliche',
    versions: [{ body: 'Die Aufenthaltserlaubnis nach § 25a AufenthG setzt einen vierjährigen Aufenthalt voraus. <b>fett</b> & mehr', validFrom: '2024-01-01' }],
  });
  const other = await makePublishedArticle(ctx.db, tenant, { title: 'Meldebescheinigung', versions: [{ body: 'Die Meldebescheinigung erwähnt auch eine Aufenthaltserlaubnis am Rande.', validFrom: '2024-01-01' }] });
  const future = await makePublishedArticle(ctx.db, tenant, { title: 'Künftige Regel', versions: [{ body: 'Die Chancenkarte kommt später.', validFrom: '2099-01-01' }] });
  const concern = await makeConcern(ctx.db, tenant, { title: 'Aufenthaltserlaubnis verlängern' });
  const process = await makeProcess(ctx.db, tenant, { title: 'Erteilung Aufenthaltserlaubnis', description: 'Prüfung und Erteilung von Aufenthaltserlaubnissen' });
  // Another district's article with the same words must never show up.
  const foreign = await makeTenant(ctx.db);
  await makePublishedArticle(ctx.db, foreign, { title: 'Aufenthaltserlaubnis fremd', versions: [{ body: 'Aufenthaltserlaubnis', validFrom: '2024-01-01' }] });
  ids = { permit: permit.id, other: other.id, future: future.id, concern: concern.id, process: process.id };
});
after(() => ctx.close());

async function search(q: string, asOf?: string): Promise<Hit[]> {
  const response = await worker.inject({ method: 'GET', url: `/api/knowledge/search?q=${encodeURIComponent(q)}${asOf ? `&asOf=${asOf}` : ''}` });
  assert.equal(response.statusCode, 200, response.body);
  return json<{ items: Hit[] }>(response).items;
}

describe('knowledge search', () => {
  it('finds "Aufenthaltserlaubnis" when asked for "Aufenthaltserlaubnisse" (German stemming), across all three kinds', async () => {
    const hits = await search('Aufenthaltserlaubnisse');
    const found = new Set(hits.map((hit) => `${hit.kind}:${hit.id}`));
    assert.ok(found.has(`article:${ids.permit}`));
    assert.ok(found.has(`article:${ids.other}`));
    assert.ok(found.has(`concern:${ids.concern}`));
    assert.ok(found.has(`process:${ids.process}`));
    assert.equal(hits.filter((hit) => hit.title === 'Aufenthaltserlaubnis fremd').length, 0, 'no other tenant');
  });

  it('ranks a title match above a passing mention', async () => {
    const articles = (await search('Aufenthaltserlaubnis')).filter((hit) => hit.kind === 'article');
    assert.equal(articles[0]?.id, ids.permit);
    assert.ok((articles[0]?.rank ?? 0) > (articles.find((hit) => hit.id === ids.other)?.rank ?? 1));
  });

  it('marks hits in snippets as plain-text segments, with any markup in the text left as text', async () => {
    const hit = (await search('vierjährig')).find((candidate) => candidate.id === ids.permit);
    assert.ok(hit, 'the article is found by a stemmed word of its body');
    assert.ok(hit.snippet.some((segment) => segment.hit && /vierjährig/i.test(segment.text)));
    assert.ok(hit.snippet.every((segment) => !/[\u0000-\u001f]/.test(segment.text)), 'no marker characters leak');
    const all = (await search('fett')).find((candidate) => candidate.id === ids.permit);
    // ts_headline leaves tag-like tokens out; whatever remains is text the client renders as text.
    assert.ok(all?.snippet.some((segment) => segment.hit && segment.text === 'fett'));
    assert.ok(all?.snippet.every((segment) => !segment.text.includes('<b>')));
  });

  it('searches the versions valid on the day asked for', async () => {
    assert.ok(!(await search('Chancenkarte')).some((hit) => hit.id === ids.future));
    assert.ok((await search('Chancenkarte', '2099-06-01')).some((hit) => hit.id === ids.future));
  });

  it('refuses a one-letter query and survives query syntax', async () => {
    const short = await worker.inject({ method: 'GET', url: '/api/knowledge/search?q=a' });
    assert.equal(short.statusCode, 400);
    for (const odd of ['"unbalanced', 'a & | ! (', 'OR OR -', "'; drop table knowledge_versions; --"]) {
      const response = await worker.inject({ method: 'GET', url: `/api/knowledge/search?q=${encodeURIComponent(odd)}` });
      assert.equal(response.statusCode, 200, `${odd}: ${response.body}`);
    }
  });
});
