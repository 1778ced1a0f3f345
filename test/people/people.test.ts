import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { withTenant } from '../../src/platform/db/index.js';
import { json, testApp, type Caller, type TestContext } from '../support/app.js';
import { makeStaffWithRole, makeTenant, type TestTenant } from '../support/factories.js';

// The person register over HTTP: register, search in any script and
// spelling with reasons, duplicates first, family links, merge and split,
// bad input, and the audit of every read.

let ctx: TestContext;
let tenant: TestTenant;
let worker: Caller;
let intake: Caller;
let lead: Caller;

before(async () => {
  ctx = await testApp();
  tenant = await makeTenant(ctx.db);
  worker = await makeStaffWithRole(ctx.app, ctx.db, ctx.config, tenant, 'case_worker');
  intake = await makeStaffWithRole(ctx.app, ctx.db, ctx.config, tenant, 'intake');
  lead = await makeStaffWithRole(ctx.app, ctx.db, ctx.config, tenant, 'unit_lead');
});
after(() => ctx.close());

interface Hit { id: string; familyName: string; givenNames: string; score: number; reasons: Array<{ code: string; name?: string; kind?: string }> }
interface PersonView {
  id: string; familyName: string; givenNames: string; version: number; mergedInto: string | null; birthDate: { date: string; precision: string } | null;
  nationalities: string[]; languages: string[];
  names: Array<{ id: string; recordId: string; kind: string; script: string; familyName: string; givenNames: string }>;
  identifiers: Array<{ id: string; recordId: string; kind: string; value: string }>;
  household: Array<{ personId: string; relation: string; relationId?: string }>;
  records: Array<{ id: string }>;
  merges: Array<{ id: string; splitAt: string | null }>;
  history: Array<{ action: string; recordId: string }>;
}

async function register(caller: Caller, body: Record<string, unknown>): Promise<string> {
  const response = await caller.inject({ method: 'POST', url: '/api/people', payload: { confirmNoDuplicate: true, ...body } });
  assert.equal(response.statusCode, 201, response.body);
  return json<{ id: string }>(response).id;
}

async function search(q: string, caller = worker): Promise<Hit[]> {
  const response = await caller.inject({ method: 'GET', url: `/api/people/search?q=${encodeURIComponent(q)}` });
  assert.equal(response.statusCode, 200, response.body);
  return json<{ items: Hit[] }>(response).items;
}

async function view(id: string, caller = worker, purpose?: string): Promise<PersonView> {
  const response = await caller.inject({ method: 'GET', url: `/api/people/${id}${purpose ? `?purpose=${purpose}` : ''}` });
  assert.equal(response.statusCode, 200, response.body);
  return json<PersonView>(response);
}

let hashimi: string;

describe('registering and finding people', () => {
  before(async () => {
    hashimi = await register(intake, {
      familyName: 'Al-Hashimi', givenNames: 'Mohammed', sex: 'male', birthDate: '12.03.1990', birthPlace: 'Aleppo', birthCountry: 'SY',
      nationalities: ['SYR', 'xxa'], languages: ['ar', 'ku'],
      names: [{ kind: 'original_script', familyName: 'الهاشمي', givenNames: 'محمد', source: 'Reisepass' }, { kind: 'alias', familyName: 'Haschimi', givenNames: 'Mehmet' }],
      identifiers: [{ kind: 'bamf', value: '1234567-439' }, { kind: 'azr', value: '123456789012' }],
    });
    await register(worker, { familyName: 'Hashimi', givenNames: 'Ahmad', birthDate: '1985-01-01', birthDatePrecision: 'placeholder' });
    await register(worker, { familyName: 'Schewtschenko', givenNames: 'Olha', birthDate: '1978-11-02', names: [{ kind: 'original_script', familyName: 'Шевченко', givenNames: 'Ольга' }] });
    await register(worker, { familyName: 'Karim', givenNames: 'Abdul', birthDate: '2001' });
  });

  it('keeps the data as recorded: countries as ISO alpha-3, languages, birth date with precision, names in every script', async () => {
    const person = await view(hashimi);
    assert.equal(person.familyName, 'Al-Hashimi');
    assert.deepEqual(person.birthDate, { date: '1990-03-12', precision: 'exact' });
    assert.deepEqual(person.nationalities, ['SYR', 'XXA']);
    assert.deepEqual(person.languages, ['ar', 'ku']);
    assert.deepEqual(person.names.map((name) => [name.kind, name.script]), [['primary', 'Latn'], ['original_script', 'Arab'], ['alias', 'Latn']]);
    assert.deepEqual(person.identifiers.map((identifier) => identifier.kind).sort(), ['azr', 'bamf']);
  });

  it('finds a person by other transliterations, the original script, swapped or joined names, and says why', async () => {
    for (const q of ['Muhammad Alhashimi', 'Mohamad El Hashemi', 'Hashemi Mohamad', 'محمد الهاشمي', 'Mohammed Haschimi']) {
      const hits = await search(q);
      assert.equal(hits[0]?.id, hashimi, `${q}: ${JSON.stringify(hits.slice(0, 2))}`);
    }
    const script = await search('Muhammad Alhashimi');
    assert.ok(script[0]?.reasons.some((reason) => reason.code === 'NAME_VARIANT' && reason.name === 'Mohammed Al-Hashimi'));
    const swapped = await search('Hashemi Mohamad');
    assert.ok(swapped[0]?.reasons.some((reason) => reason.code === 'NAME_ORDER_SWAPPED'));
    const arabic = await search('محمد الهاشمي');
    assert.ok(arabic[0]?.reasons.some((reason) => reason.code === 'SAME_NAME' && reason.name === 'محمد الهاشمي'));
    const joined = await search('Abdulkarim');
    assert.equal(joined[0]?.familyName, 'Karim');
    const cyrillic = await search('Shevchenko Olga');
    assert.equal(cyrillic[0]?.familyName, 'Schewtschenko');
  });

  it('tolerates a typo and ranks by birth date: same date up, other date down, placeholder only weakly', async () => {
    const typo = await search('Mohamed Hashini 1990-03-12');
    assert.equal(typo[0]?.id, hashimi);
    assert.deepEqual(typo[0]?.reasons.map((reason) => reason.code).filter((code) => code !== 'NAME_VARIANT').sort(), ['NAME_SIMILAR', 'SAME_BIRTH_DATE']);
    const byDate = await search('Hashimi 12.03.1990');
    assert.equal(byDate[0]?.id, hashimi);
    const placeholder = await search('Hashimi 01.01.1985');
    const ahmad = placeholder.find((hit) => hit.familyName === 'Hashimi');
    assert.ok(ahmad?.reasons.some((reason) => reason.code === 'SAME_BIRTH_DATE_WEAK'));
    const mohammed = placeholder.find((hit) => hit.id === hashimi);
    assert.ok(!mohammed || mohammed.score < (ahmad?.score ?? 0));
    const other = await search('Mohammed Al-Hashimi 1950-06-01');
    assert.ok(other[0]?.reasons.some((reason) => reason.code === 'DIFFERENT_BIRTH_DATE'));
  });

  it('finds by identifier however it is typed', async () => {
    for (const q of ['1234567-439', '1234567 439', '123456789012']) {
      const hits = await search(q);
      assert.equal(hits[0]?.id, hashimi, q);
      assert.equal(hits[0]?.reasons[0]?.code, 'SAME_IDENTIFIER');
    }
    assert.equal((await search('1234567-439'))[0]?.reasons[0]?.kind, 'bamf');
  });

  it('answers an empty search with 400 and an unknown name with no results', async () => {
    const empty = await worker.inject({ method: 'GET', url: '/api/people/search?q=%20-%20' });
    assert.equal(empty.statusCode, 400);
    assert.equal(json<{ error: { code: string } }>(empty).error.code, 'PERSON_SEARCH_EMPTY');
    assert.deepEqual(await search('Zyxwvut Qqqq'), []);
  });

  it('audits every search and every read with its purpose and the person', async () => {
    await view(hashimi, worker, 'duplicate_check');
    const entries = await withTenant(ctx.db, tenant.id, (tx) => tx.selectFrom('audit_log').select(['action', 'person_id', 'purpose', 'actor_id', 'details']).orderBy('seq', 'desc').limit(5).execute());
    const read = entries.find((entry) => entry.action === 'person.read');
    assert.equal(read?.person_id, hashimi);
    assert.equal(read?.purpose, 'Dublettenprüfung');
    assert.equal(read?.actor_id, worker.staffId);
    const searches = await withTenant(ctx.db, tenant.id, (tx) => tx.selectFrom('audit_log').select('details').where('action', '=', 'person.search').execute());
    assert.ok(searches.length >= 10);
    assert.ok(searches.some((entry) => JSON.stringify(entry.details).includes(hashimi)));
  });
});

describe('search before create', () => {
  it('answers 409 with the likely duplicates, and creates only when confirmed', async () => {
    const body = { familyName: 'Alhashimi', givenNames: 'Muhammad', birthDate: '1990-03-12' };
    const check = await worker.inject({ method: 'POST', url: '/api/people/duplicate-check', payload: body });
    assert.equal(check.statusCode, 200);
    assert.equal(json<{ items: Hit[] }>(check).items[0]?.id, hashimi);
    const refused = await worker.inject({ method: 'POST', url: '/api/people', payload: body });
    assert.equal(refused.statusCode, 409);
    const error = json<{ error: { code: string; details: { candidates: Hit[] } } }>(refused).error;
    assert.equal(error.code, 'PERSON_POSSIBLE_DUPLICATE');
    assert.equal(error.details.candidates[0]?.id, hashimi);
    assert.ok(error.details.candidates[0]?.reasons.some((reason) => reason.code === 'SAME_BIRTH_DATE'));
    const created = await worker.inject({ method: 'POST', url: '/api/people', payload: { ...body, confirmNoDuplicate: true } });
    assert.equal(created.statusCode, 201);
    const fresh = await worker.inject({ method: 'POST', url: '/api/people', payload: { familyName: 'Niemandsland', givenNames: 'Erstmalig' } });
    assert.equal(fresh.statusCode, 201, 'a person without look-alikes needs no confirmation');
  });

  it('flags a known identifier even under another name', async () => {
    const check = await worker.inject({ method: 'POST', url: '/api/people/duplicate-check', payload: { familyName: 'Ganz Anders', identifiers: [{ kind: 'azr', value: '1234 5678 9012' }] } });
    assert.ok(json<{ items: Hit[] }>(check).items.some((hit) => hit.id === hashimi && hit.reasons.some((reason) => reason.code === 'SAME_IDENTIFIER')));
  });
});

describe('bad input', () => {
  const attempt = async (payload: Record<string, unknown>) => {
    const response = await worker.inject({ method: 'POST', url: '/api/people', payload: { familyName: 'Prüfling', confirmNoDuplicate: true, ...payload } });
    return { status: response.statusCode, code: json<{ error?: { code: string; details?: { field?: string } } }>(response).error?.code, field: json<{ error?: { details?: { field?: string } } }>(response).error?.details?.field };
  };

  it('rejects impossible, future and malformed birth dates', async () => {
    for (const birthDate of ['30.02.1990', '2099-01-01', '1990-13-01', 'gestern', '1850']) {
      assert.deepEqual(await attempt({ birthDate }), { status: 400, code: 'PERSON_BIRTH_DATE_INVALID', field: 'birthDate' }, birthDate);
    }
    assert.equal((await attempt({ birthDate: '03.1990', birthDatePrecision: 'exact' })).code, 'PERSON_BIRTH_DATE_INVALID');
    assert.equal((await attempt({ birthDate: '00.00.1990' })).status, 201);
  });

  it('rejects unknown countries, languages and malformed identifiers', async () => {
    assert.deepEqual(await attempt({ nationalities: ['SYR', 'ZZZ'] }), { status: 400, code: 'PERSON_COUNTRY_UNKNOWN', field: 'nationalities[1]' });
    assert.equal((await attempt({ birthCountry: 'Syrien' })).status, 400);
    assert.deepEqual(await attempt({ languages: ['xx'] }), { status: 400, code: 'PERSON_LANGUAGE_UNKNOWN', field: 'languages[0]' });
    assert.equal((await attempt({ identifiers: [{ kind: 'bamf', value: '12345' }] })).code, 'PERSON_IDENTIFIER_INVALID');
    assert.equal((await attempt({ identifiers: [{ kind: 'azr', value: '12345678901X' }] })).code, 'PERSON_IDENTIFIER_INVALID');
    assert.equal((await attempt({ familyName: '  ', givenNames: '' })).code, 'PERSON_NAME_REQUIRED');
    const before = await withTenant(ctx.db, tenant.id, (tx) => tx.selectFrom('persons').select('id').where('family_name', '=', 'Prüfling').execute());
    assert.equal(before.length, 1, 'only the 00.00.1990 attempt was written');
  });

  it('accepts any Unicode name, stores it as NFC and without bidi controls', async () => {
    const id = await register(worker, { familyName: 'Mu\u0308ller\u202e', givenNames: 'Zoë \u200fሰላም', names: [{ kind: 'alias', familyName: '王', givenNames: 'ẞtraße' }] });
    const person = await view(id);
    assert.equal(person.familyName, 'Müller');
    assert.equal(person.familyName, person.familyName.normalize('NFC'));
    assert.equal(person.givenNames, 'Zoë ሰላም');
    assert.equal((await search('Mueller Zoe'))[0]?.id, id);
  });
});

describe('household and merge', () => {
  it('builds the household from family links', async () => {
    const father = await register(worker, { familyName: 'Ahmadi', givenNames: 'Gholam', birthDate: '1970-05-05' });
    const mother = await register(worker, { familyName: 'Rezaei', givenNames: 'Zahra', birthDate: '1975-02-02' });
    const son = await register(worker, { familyName: 'Ahmadi', givenNames: 'Navid', birthDate: '2005-07-07' });
    const daughter = await register(worker, { familyName: 'Ahmadi', givenNames: 'Sara', birthDate: '2008-08-08' });
    const link = (id: string, relatedPersonId: string, relation: string) => worker.inject({ method: 'POST', url: `/api/people/${id}/relations`, payload: { relatedPersonId, relation } });
    assert.equal((await link(father, mother, 'spouse')).statusCode, 201);
    assert.equal((await link(son, father, 'parent')).statusCode, 201);
    assert.equal((await link(mother, son, 'child')).statusCode, 201);
    assert.equal((await link(father, daughter, 'child')).statusCode, 201);
    assert.equal((await link(father, mother, 'spouse')).statusCode, 400, 'the same link twice');
    const household = (await view(son)).household;
    assert.deepEqual(household.map((member) => [member.personId, member.relation]).sort(), [[daughter, 'sibling'], [father, 'parent'], [mother, 'parent']].sort());
    const fathers = (await view(father)).household;
    assert.deepEqual(fathers.map((member) => member.relation), ['spouse', 'child', 'child']);
  });

  it('merges after review without losing anything, keeps both histories, and splits again', async () => {
    const a = await register(worker, { familyName: 'Tesfay', givenNames: 'Kidane', birthDate: '1988-04-04', identifiers: [{ kind: 'passport', value: 'P1234567' }] });
    const b = await register(intake, { familyName: 'Tesfai', givenNames: 'Kidan', names: [{ kind: 'original_script', familyName: 'ተስፋይ', givenNames: 'ኪዳነ' }, { kind: 'alias', familyName: 'Mehari', givenNames: 'Abraha' }], identifiers: [{ kind: 'bamf', value: '7777777-224' }] });
    const forbidden = await intake.inject({ method: 'POST', url: `/api/people/${a}/merge`, payload: { otherId: b, reason: 'Dieselbe Person laut Pass' } });
    assert.equal(forbidden.statusCode, 403, 'intake may register, not merge');
    const merged = await lead.inject({ method: 'POST', url: `/api/people/${a}/merge`, payload: { otherId: b, reason: 'Dieselbe Person laut Pass' } });
    assert.equal(merged.statusCode, 200, merged.body);
    const mergeId = json<{ id: string }>(merged).id;

    const survivor = await view(a);
    assert.deepEqual(survivor.records.map((record) => record.id), [b]);
    assert.ok(survivor.names.some((name) => name.recordId === b && name.script === 'Ethi'));
    assert.deepEqual(survivor.identifiers.map((identifier) => identifier.kind).sort(), ['bamf', 'passport']);
    assert.ok(survivor.history.some((entry) => entry.action === 'person.create' && entry.recordId === b), 'the merged record keeps its history');
    assert.ok(survivor.history.some((entry) => entry.action === 'person.merge'));
    assert.equal((await search('ኪዳነ ተስፋይ'))[0]?.id, a);
    const found = await search('Abraha Mehari');
    assert.equal(found[0]?.id, a);
    assert.deepEqual(found[0]?.reasons.map((reason) => reason.code), ['SAME_NAME', 'VIA_MERGED_RECORD']);
    assert.equal((await search('7777777-224'))[0]?.id, a);

    assert.equal((await view(b)).mergedInto, a);
    const change = await worker.inject({ method: 'PATCH', url: `/api/people/${b}`, payload: { version: 2, birthPlace: 'Asmara' } });
    assert.equal(json<{ error: { code: string } }>(change).error.code, 'PERSON_MERGED');
    const again = await worker.inject({ method: 'POST', url: `/api/people/${a}/merge`, payload: { otherId: b, reason: 'nochmal' } });
    assert.equal(json<{ error: { code: string } }>(again).error.code, 'PERSON_MERGE_INVALID');

    const split = await worker.inject({ method: 'POST', url: `/api/people/merges/${mergeId}/split`, payload: { reason: 'Doch Geschwister' } });
    assert.equal(split.statusCode, 200, split.body);
    const alone = await view(b);
    assert.equal(alone.mergedInto, null);
    assert.equal(alone.id, b);
    assert.deepEqual(alone.identifiers.map((identifier) => identifier.kind), ['bamf']);
    assert.deepEqual((await view(a)).records, []);
    const twice = await worker.inject({ method: 'POST', url: `/api/people/merges/${mergeId}/split`, payload: { reason: 'nochmal' } });
    assert.equal(json<{ error: { code: string } }>(twice).error.code, 'PERSON_MERGE_ALREADY_SPLIT');
    const audit = await withTenant(ctx.db, tenant.id, (tx) => tx.selectFrom('audit_log').select(['action', 'person_id']).where('action', 'in', ['person.merge', 'person.merged_into', 'person.split']).where('person_id', 'in', [a, b]).execute());
    assert.deepEqual(audit.map((entry) => entry.action).sort(), ['person.merge', 'person.merged_into', 'person.split', 'person.split']);
  });

  it('changes core data with optimistic locking and finds the new name', async () => {
    const id = await register(worker, { familyName: 'Yilmaz', givenNames: 'Ayse', birthDate: '1999-09-09' });
    const first = await worker.inject({ method: 'PATCH', url: `/api/people/${id}`, payload: { version: 1, familyName: 'Özdemir', birthDate: '1999-09-10' } });
    assert.equal(first.statusCode, 200, first.body);
    const stale = await worker.inject({ method: 'PATCH', url: `/api/people/${id}`, payload: { version: 1, birthPlace: 'Izmir' } });
    assert.equal(json<{ error: { code: string } }>(stale).error.code, 'CONFLICT');
    const hits = await search('Ayşe Oezdemir 10.09.1999');
    assert.equal(hits[0]?.id, id);
    assert.ok(hits[0]?.reasons.some((reason) => reason.code === 'SAME_BIRTH_DATE'));
  });
});

describe('who may use the register', () => {
  it('keeps partner counsellors, volunteer coordinators, administrators and the data-protection officer out', async () => {
    for (const role of ['partner_counsellor', 'volunteer_coordinator', 'admin', 'dpo'] as const) {
      const caller = await makeStaffWithRole(ctx.app, ctx.db, ctx.config, tenant, role);
      assert.equal((await caller.inject({ method: 'GET', url: '/api/people/search?q=Hashimi' })).statusCode, 403, role);
      assert.equal((await caller.inject({ method: 'GET', url: `/api/people/${hashimi}` })).statusCode, 403, role);
    }
  });

  it('shows another tenant nothing', async () => {
    const other = await makeTenant(ctx.db);
    const stranger = await makeStaffWithRole(ctx.app, ctx.db, ctx.config, other, 'case_worker');
    assert.deepEqual(await search('Mohammed Al-Hashimi', stranger), []);
    assert.equal((await stranger.inject({ method: 'GET', url: `/api/people/${hashimi}` })).statusCode, 404);
    assert.deepEqual(await search('1234567-439', stranger), []);
  });
});
