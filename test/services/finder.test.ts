import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { json, testApp, type Caller, type TestContext } from '../support/app.js';
import { makeConcern } from '../support/concerns.js';
import { makeStaffWithRole, makeTenant } from '../support/factories.js';
import { concernBody, errorCode, makeDemoDistrict } from './helpers.js';

// The public Anliegen-Finder over HTTP: questions in the asked language,
// a path of answers to a checklist, German where a translation is missing,
// nothing internal in the answers, and the tree that staff edit.

let ctx: TestContext;
let district: Awaited<ReturnType<typeof makeDemoDistrict>>;
let lead: Caller;
before(async () => {
  ctx = await testApp();
  district = await makeDemoDistrict(ctx.db);
  lead = await makeStaffWithRole(ctx.app, ctx.db, ctx.config, district, 'unit_lead');
});
after(() => ctx.close());

interface Text { text: string; lang: string; dir: string }
interface Step {
  language: string;
  trail: Array<{ question: Text; answer: Text; answerId: string }>;
  question: { id: string; text: Text; hint: Text | null; answers: Array<{ id: string; label: Text }> } | null;
  result: { concerns: Array<Record<string, unknown> & { id: string; title: string; lang: string; dir: string; documents: string[]; channel: string; accessNote: string }>; documents: Text[] } | null;
}

let address = 0;
// Each request from its own address, so this file never meets the rate limit (tested in public-rate-limit.test.ts).
const publicGet = (url: string) => ctx.app.inject({ method: 'GET', url, remoteAddress: `10.1.${Math.floor(address / 250)}.${(address++ % 250) + 1}` });
const step = async (lang: string, path: string[] = [], slug = district.slug) => {
  const response = await publicGet(`/api/public/${slug}/finder?lang=${lang}&path=${path.join(',')}`);
  assert.equal(response.statusCode, 200, response.body);
  return json<Step>(response);
};

describe('Anliegen-Finder', () => {
  it('asks the first question in German, plain German, English, Arabic (right to left) and Ukrainian', async () => {
    const expected: Record<string, [string, string]> = {
      de: ['Worum geht es bei Ihnen?', 'ltr'], 'de-x-ls': ['Was brauchen Sie?', 'ltr'], en: ['What is your concern about?', 'ltr'],
      ar: ['بماذا يتعلق طلبك؟', 'rtl'], uk: ['Чого стосується ваше питання?', 'ltr'],
    };
    for (const [lang, [question, dir]] of Object.entries(expected)) {
      const first = await step(lang);
      assert.equal(first.question?.text.text, question, lang);
      assert.equal(first.question?.text.lang, lang);
      assert.equal(first.question?.text.dir, dir);
      assert.equal(first.question?.answers.length, 5);
      assert.equal(first.result, null);
    }
  });

  it('leads from answers to a checklist in the chosen language, with every document once and the way forward', async () => {
    const middle = await step('uk', ['papers']);
    assert.equal(middle.question?.id, 'papers');
    assert.deepEqual(middle.trail.map((entry) => [entry.answerId, entry.answer.text]), [['papers', 'Перебування та документи']]);

    const ar = await step('ar', ['papers', 'extend']);
    assert.equal(ar.question, null);
    const concerns = ar.result?.concerns ?? [];
    assert.deepEqual(concerns.map((c) => c.id), [district.concernIds['extend-permit'], district.concernIds['fiction-certificate']]);
    assert.equal(concerns[0]?.title, 'تمديد تصريح الإقامة');
    assert.deepEqual([concerns[0]?.lang, concerns[0]?.dir], ['ar', 'rtl']);
    assert.deepEqual(concerns.map((c) => c.channel), ['online_booking', 'walk_in']);
    assert.match(concerns[1]?.accessNote ?? '', /دون موعد/);
    const all = concerns.flatMap((c) => c.documents);
    const merged = (ar.result?.documents ?? []).map((d) => d.text);
    assert.deepEqual(merged, [...new Set(all)], 'the checklist lists each document once, in order');
    assert.ok(merged.length < all.length, 'both concerns ask for the passport, the checklist only once');
    assert.ok(merged.includes('جواز سفر ساري المفعول أو وثيقة بديلة عنه'));

    const de = await step('de', ['papers', 'extend']);
    assert.equal(de.result?.concerns[0]?.title, 'Aufenthaltserlaubnis verlängern');
    const plain = await step('de-x-ls', ['papers', 'extend']);
    assert.equal(plain.result?.concerns[0]?.title, 'Aufenthalts-Erlaubnis länger machen');

    const emergency = await step('en', ['emergency', 'no-bed']);
    assert.equal(emergency.result?.concerns[0]?.channel, 'emergency');
    assert.match(emergency.result?.concerns[0]?.accessNote ?? '', /on-call telephone/);
  });

  it('falls back to German, marked as German, where the demo has no Farsi text', async () => {
    const fa = await step('fa', ['family', 'kita']);
    assert.equal(fa.language, 'fa');
    const concern = fa.result?.concerns[0];
    assert.equal(concern?.title, 'Unterstützung bei der Suche nach einem Kita-Platz');
    assert.deepEqual([concern?.lang, concern?.dir], ['de', 'ltr']);
    assert.deepEqual([fa.trail[0]?.question.lang, fa.trail[0]?.question.dir], ['de', 'ltr']);
  });

  it('answers with nothing internal: no unit ids, no change dates, no texts of other languages', async () => {
    const response = await publicGet(`/api/public/${district.slug}/finder?lang=en&path=papers,extend`);
    const body = response.body;
    for (const unitId of Object.values(district.units)) assert.ok(!body.includes(unitId), 'no unit id');
    assert.ok(!/updatedAt|responsibleUnitId|texts|tenant/.test(body));
    assert.ok(!body.includes('تمديد'), 'no Arabic text in the English answer');
    const concern: Record<string, unknown> = json<Step>(response).result?.concerns[0] ?? {};
    assert.deepEqual(Object.keys(concern).sort(), ['accessNote', 'channel', 'description', 'dir', 'documents', 'durationMinutes', 'fees', 'forms', 'id', 'lang', 'leikaKey', 'locations', 'prerequisites', 'responsibleUnit', 'title'].sort());
    assert.equal(concern.responsibleUnit, 'Ausländerbehörde');
  });

  it('refuses answers that do not fit the questions, unknown districts and districts without a finder', async () => {
    for (const path of ['nonsense', 'papers,extend,more', 'extend', 'papers,papers']) {
      const response = await publicGet(`/api/public/${district.slug}/finder?lang=de&path=${path}`);
      assert.equal(response.statusCode, 400, path);
      assert.equal(errorCode(response), 'FINDER_PATH_INVALID', path);
    }
    const badCharacters = await publicGet(`/api/public/${district.slug}/finder?path=%3Cscript%3E`);
    assert.equal(errorCode(badCharacters), 'VALIDATION_FAILED');
    const badLanguage = await publicGet(`/api/public/${district.slug}/finder?lang=xx`);
    assert.equal(errorCode(badLanguage), 'VALIDATION_FAILED');
    const unknown = await publicGet('/api/public/gibt-es-nicht/finder');
    assert.equal(unknown.statusCode, 404);
    const empty = await makeTenant(ctx.db);
    const notSetUp = await publicGet(`/api/public/${empty.slug}/finder`);
    assert.equal(notSetUp.statusCode, 404);
    assert.equal(errorCode(notSetUp), 'FINDER_NOT_SET_UP');
  });

  it('serves the public catalogue and single concerns in one language, without withdrawn ones', async () => {
    const list = json<{ items: Array<{ id: string; title: string; lang: string }> }>(await publicGet(`/api/public/${district.slug}/concerns?lang=uk`));
    assert.ok(list.items.length >= 25);
    assert.ok(list.items.every((item) => item.lang === 'uk'));
    const id = district.concernIds['blue-card'] as string;
    const one = json<{ title: string }>(await publicGet(`/api/public/${district.slug}/concerns/${id}?lang=en`));
    assert.equal(one.title, 'EU Blue Card');

    const other = await makeTenant(ctx.db);
    const foreign = await makeConcern(ctx.db, other);
    assert.equal((await publicGet(`/api/public/${district.slug}/concerns/${foreign.id}`)).statusCode, 404, "another district's concern is not found");
  });

  it('lets staff replace the tree, refusing loops, dangling links, missing German and unknown concerns', async () => {
    const current = json<{ tree: { start: string; nodes: Record<string, unknown> } }>(await lead.inject({ method: 'GET', url: '/api/finder-tree' }));
    assert.equal(current.tree.start, 'topic');
    const other = await makeTenant(ctx.db);
    const foreign = await makeConcern(ctx.db, other);
    const de = (text: string) => ({ de: text });
    const bad = [
      { start: 'a', nodes: { a: { question: de('A?'), answers: [{ id: 'x', label: de('X'), next: 'b' }] }, b: { question: de('B?'), answers: [{ id: 'y', label: de('Y'), next: 'a' }] } } },
      { start: 'a', nodes: { a: { question: de('A?'), answers: [{ id: 'x', label: de('X'), next: 'missing' }] } } },
      { start: 'a', nodes: { a: { question: { en: 'A?' }, answers: [{ id: 'x', label: de('X'), concernIds: [district.concernIds['duldung']] }] } } },
      { start: 'a', nodes: { a: { question: de('A?'), answers: [{ id: 'x', label: de('X'), concernIds: [foreign.id] }] } } },
      { start: 'a', nodes: { a: { question: de('A?'), answers: [{ id: 'x', label: de('X') }] } } },
      { start: 'nowhere', nodes: {} },
    ];
    for (const tree of bad) {
      const response = await lead.inject({ method: 'PUT', url: '/api/finder-tree', payload: tree });
      assert.equal(response.statusCode, 400, JSON.stringify(tree));
      assert.equal(errorCode(response), 'FINDER_TREE_INVALID');
      assert.ok(json<{ error: { details: { problems: unknown[] } } }>(response).error.details.problems.length > 0);
    }
    assert.equal((await step('de')).question?.id, 'topic', 'the old tree is still served');

    const created = json<{ id: string }>(await lead.inject({ method: 'POST', url: '/api/concerns', payload: concernBody({ texts: { de: { title: 'Neues Anliegen', description: 'Neu.', documents: ['Pass'] } } }) }));
    const tree = { start: 'start', nodes: { start: { question: { de: 'Neu?', ar: 'جديد؟' }, answers: [{ id: 'ja', label: { de: 'Ja' }, concernIds: [created.id] }] } } };
    const saved = await lead.inject({ method: 'PUT', url: '/api/finder-tree', payload: tree });
    assert.equal(saved.statusCode, 200, saved.body);
    const first = await step('ar');
    assert.equal(first.question?.text.text, 'جديد؟');
    assert.deepEqual([first.question?.answers[0]?.label.text, first.question?.answers[0]?.label.lang], ['Ja', 'de']);
    const result = await step('ar', ['ja']);
    assert.equal(result.result?.concerns[0]?.title, 'Neues Anliegen');

    // A concern withdrawn later simply drops out of the result.
    await lead.inject({ method: 'PUT', url: `/api/concerns/${created.id}`, payload: concernBody({ active: false, texts: { de: { title: 'Neues Anliegen', description: 'Neu.' } } }) });
    assert.deepEqual((await step('de', ['ja'])).result?.concerns, []);
  });
});
