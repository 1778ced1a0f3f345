import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { parseBpmn } from '../../src/modules/processes/index.js';
import { withTenant } from '../../src/platform/db/index.js';
import { json, testApp, type Caller, type TestContext } from '../support/app.js';
import { makeConcern } from '../support/concerns.js';
import { makeStaff, makeTenant, sessionFor, type TestTenant } from '../support/factories.js';
import { bpmnFile } from './support.js';

// The process map through HTTP: service areas and processes, BPMN import and
// export, version history with change notes, links, and who may change what.

let ctx: TestContext;
let tenant: TestTenant;
let admin: Caller;
let lead: Caller;
let otherLead: Caller;
let caseWorker: Caller;
let abh: string;
let jobcentre: string;

before(async () => {
  ctx = await testApp();
  tenant = await makeTenant(ctx.db, [{ name: 'Ausländerbehörde', type: 'immigration' }, { name: 'Jobcenter', type: 'jobcentre' }]);
  abh = tenant.units['Ausländerbehörde'] as string;
  jobcentre = tenant.units['Jobcenter'] as string;
  admin = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, tenant, { roles: ['admin'] }));
  lead = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, tenant, { roles: ['unit_lead'], unitIds: [abh] }));
  otherLead = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, tenant, { roles: ['unit_lead'], unitIds: [jobcentre] }));
  caseWorker = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, tenant, { roles: ['case_worker'], unitIds: [abh] }));
});
after(() => ctx.close());

type ErrorBody = { error: { code: string; details?: Record<string, unknown> } };
const auditOf = (subjectId: string) =>
  withTenant(ctx.db, tenant.id, (tx) => tx.selectFrom('audit_log').select(['action', 'actor_id', 'purpose', 'details']).where('subject_id', '=', subjectId).orderBy('seq').execute());

async function newGroup(name = `Bereich ${randomUUID().slice(0, 6)}`): Promise<string> {
  const response = await admin.inject({ method: 'POST', url: '/api/process-groups', payload: { name } });
  assert.equal(response.statusCode, 201, response.body);
  return json<{ id: string }>(response).id;
}

async function newProcess(payload: Record<string, unknown> = {}, caller: Caller = admin): Promise<string> {
  const groupId = (payload.groupId as string | undefined) ?? (await newGroup());
  const response = await caller.inject({ method: 'POST', url: '/api/processes', payload: { groupId, title: `Prozess ${randomUUID().slice(0, 8)}`, ownerUnitId: abh, ...payload } });
  assert.equal(response.statusCode, 201, response.body);
  return json<{ id: string }>(response).id;
}

interface Detail {
  title: string;
  currentVersion: number;
  hasModel: boolean;
  canEdit: boolean;
  owner: { kind: string; id: string; name: string } | null;
  concerns: Array<{ id: string; title: string }>;
  articles: Array<{ id: string; title: string; fromArticle: boolean }>;
  versions: Array<{ version: number; changeNote: string; createdBy: string | null; hasModel: boolean; title: string }>;
}
const detail = async (id: string, caller: Caller = caseWorker) => json<Detail>(await caller.inject({ method: 'GET', url: `/api/processes/${id}` }));

describe('process map', () => {
  it('shows service areas with their processes, owners and model flags to every staff member', async () => {
    const groupId = await newGroup('Aufenthalt');
    const withModel = await newProcess({ groupId, title: 'Verlängerung der Aufenthaltserlaubnis', bpmnXml: bpmnFile(), changeNote: 'Aus der Prozessaufnahme' });
    await newProcess({ groupId, title: 'Erteilung einer Niederlassungserlaubnis', ownerUnitId: null, ownerStaffId: lead.staffId });
    const map = json<{ groups: Array<{ id: string; name: string; processes: Array<{ id: string; title: string; hasModel: boolean; owner: { kind: string; name: string } | null }> }> }>(
      await caseWorker.inject({ method: 'GET', url: '/api/process-map' }),
    );
    const group = map.groups.find((candidate) => candidate.id === groupId);
    assert.ok(group);
    assert.deepEqual(group.processes.map((process) => process.title), ['Erteilung einer Niederlassungserlaubnis', 'Verlängerung der Aufenthaltserlaubnis']);
    assert.equal(group.processes.find((process) => process.id === withModel)?.hasModel, true);
    assert.deepEqual(group.processes.map((process) => process.owner?.kind), ['staff', 'unit']);
    assert.equal(group.processes[1]?.owner?.name, 'Ausländerbehörde');
  });

  it('refuses a duplicate title, an unknown group, an unknown owner and two owners at once', async () => {
    const groupId = await newGroup();
    await newProcess({ groupId, title: 'Einmalig' });
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ groupId, title: 'Einmalig' }, 409, 'PROCESS_TITLE_TAKEN'],
      [{ groupId: randomUUID(), title: 'Ohne Bereich' }, 400, 'PROCESS_UNKNOWN_GROUP'],
      [{ groupId, title: 'Fremde Einheit', ownerUnitId: randomUUID() }, 400, 'PROCESS_UNKNOWN_OWNER'],
      [{ groupId, title: 'Zwei Verantwortliche', ownerUnitId: abh, ownerStaffId: lead.staffId }, 400, 'PROCESS_OWNER_AMBIGUOUS'],
    ];
    for (const [payload, status, code] of cases) {
      const response = await admin.inject({ method: 'POST', url: '/api/processes', payload: { ownerUnitId: abh, ...payload } });
      assert.equal(response.statusCode, status, `${code}: ${response.body}`);
      assert.equal(json<ErrorBody>(response).error.code, code);
    }
    const duplicateGroup = await admin.inject({ method: 'POST', url: '/api/process-groups', payload: { name: (await json<{ groups: Array<{ id: string; name: string }> }>(await admin.inject({ method: 'GET', url: '/api/process-map' }))).groups.find((g) => g.id === groupId)?.name } });
    assert.equal(json<ErrorBody>(duplicateGroup).error.code, 'PROCESS_GROUP_NAME_TAKEN');
  });
});

describe('BPMN import and export', () => {
  it('imports a valid model as a new version and exports it again with the same ids and no warnings', async () => {
    const id = await newProcess();
    const imported = await lead.inject({ method: 'POST', url: `/api/processes/${id}/model`, payload: { xml: bpmnFile(), baseVersion: 1, changeNote: 'Modell importiert' } });
    assert.equal(imported.statusCode, 200, imported.body);
    assert.deepEqual(json(imported), { version: 2 });

    const exported = await caseWorker.inject({ method: 'GET', url: `/api/processes/${id}/bpmn` });
    assert.equal(exported.statusCode, 200);
    assert.match(String(exported.headers['content-type']), /^application\/xml/);
    assert.match(String(exported.headers['content-disposition']), /attachment; filename="Prozess-[\w-]+-v2\.bpmn"/);
    const original = await parseBpmn(bpmnFile());
    const reimported = await parseBpmn(exported.body);
    assert.deepEqual(reimported.elementIds, original.elementIds);

    // And back in through the API: accepted as version 3 without complaint.
    const again = await lead.inject({ method: 'POST', url: `/api/processes/${id}/model`, payload: { xml: exported.body, baseVersion: 2, changeNote: 'Export wieder eingelesen' } });
    assert.equal(again.statusCode, 200, again.body);
    const model = json<{ version: number; xml: string }>(await caseWorker.inject({ method: 'GET', url: `/api/processes/${id}/model` }));
    assert.equal(model.version, 3);
    assert.equal(model.xml, exported.body);
  });

  it('answers an invalid model with 400, a code and the problem, and writes nothing', async () => {
    const id = await newProcess();
    const response = await lead.inject({ method: 'POST', url: `/api/processes/${id}/model`, payload: { xml: bpmnFile({ flowTarget: 'Task_404' }), baseVersion: 1, changeNote: 'Kaputt' } });
    assert.equal(response.statusCode, 400);
    const body = json<ErrorBody>(response);
    assert.equal(body.error.code, 'PROCESS_BPMN_INVALID');
    assert.equal(body.error.details?.problem, 'unresolved reference <Task_404>');
    assert.equal(body.error.details?.element, 'Flow_1');
    const after = await detail(id);
    assert.equal(after.currentVersion, 1);
    assert.equal(after.hasModel, false);
  });

  it('refuses DOCTYPE declarations and models over the size limit with their own codes', async () => {
    const id = await newProcess();
    const doctype = await lead.inject({ method: 'POST', url: `/api/processes/${id}/model`, payload: { xml: `<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>${bpmnFile()}`, baseVersion: 1, changeNote: 'XXE' } });
    assert.equal(doctype.statusCode, 400);
    assert.equal(json<ErrorBody>(doctype).error.code, 'PROCESS_BPMN_DOCTYPE_FORBIDDEN');

    const big = bpmnFile({ extra: `<bpmn:documentation>${'Ä'.repeat(300_000)}</bpmn:documentation>` });
    const tooLarge = await lead.inject({ method: 'POST', url: `/api/processes/${id}/model`, payload: { xml: big, baseVersion: 1, changeNote: 'Groß' } });
    assert.equal(tooLarge.statusCode, 413);
    assert.equal(json<ErrorBody>(tooLarge).error.code, 'PROCESS_BPMN_TOO_LARGE');

    const overBodyLimit = await lead.inject({ method: 'POST', url: `/api/processes/${id}/model`, payload: { xml: 'x'.repeat(1_100_000), baseVersion: 1, changeNote: 'Riesig' } });
    assert.equal(overBodyLimit.statusCode, 413);
    assert.equal(json<ErrorBody>(overBodyLimit).error.code, 'BODY_TOO_LARGE');
    assert.equal((await detail(id)).currentVersion, 1);
  });

  it('answers 404 with a code for a version without a model and for a version that does not exist', async () => {
    const id = await newProcess();
    const missing = await caseWorker.inject({ method: 'GET', url: `/api/processes/${id}/bpmn` });
    assert.equal(missing.statusCode, 404);
    assert.equal(json<ErrorBody>(missing).error.code, 'PROCESS_MODEL_MISSING');
    const noVersion = await caseWorker.inject({ method: 'GET', url: `/api/processes/${id}/model?version=7` });
    assert.equal(json<ErrorBody>(noVersion).error.code, 'PROCESS_VERSION_NOT_FOUND');
  });

  it('turns the tasks of the model into an ordered checklist', async () => {
    const id = await newProcess({ bpmnXml: bpmnFile({ taskName: 'Unterlagen prüfen' }) });
    const checklist = json<{ version: number; items: Array<{ position: number; elementId: string; title: string }> }>(await caseWorker.inject({ method: 'GET', url: `/api/processes/${id}/checklist` }));
    assert.deepEqual(checklist, { version: 1, items: [{ position: 1, elementId: 'Task_1', title: 'Unterlagen prüfen', lane: null, condition: null }] });
  });
});

describe('version history', () => {
  it('keeps every version with its change note, author and model, and shows old models', async () => {
    const id = await newProcess({ title: 'Duldung verlängern', changeNote: 'Erstaufnahme' });
    const renamed = await lead.inject({ method: 'PATCH', url: `/api/processes/${id}`, payload: { baseVersion: 1, changeNote: 'Titel nach § 60a geschärft', title: 'Duldung erteilen und verlängern', description: 'Aussetzung der Abschiebung' } });
    assert.deepEqual(json(renamed), { version: 2 });
    await lead.inject({ method: 'POST', url: `/api/processes/${id}/model`, payload: { xml: bpmnFile({ taskName: 'Erste Fassung' }), baseVersion: 2, changeNote: 'Modell aufgenommen' } });
    await lead.inject({ method: 'POST', url: `/api/processes/${id}/model`, payload: { xml: bpmnFile({ taskName: 'Zweite Fassung' }), baseVersion: 3, changeNote: 'Prüfschritt umbenannt' } });

    const history = await detail(id);
    assert.equal(history.title, 'Duldung erteilen und verlängern');
    assert.deepEqual(history.versions.map((v) => [v.version, v.changeNote, v.hasModel, v.title]), [
      [4, 'Prüfschritt umbenannt', true, 'Duldung erteilen und verlängern'],
      [3, 'Modell aufgenommen', true, 'Duldung erteilen und verlängern'],
      [2, 'Titel nach § 60a geschärft', false, 'Duldung erteilen und verlängern'],
      [1, 'Erstaufnahme', false, 'Duldung verlängern'],
    ]);
    assert.ok(history.versions[0]?.createdBy?.startsWith('Person'));
    const old = json<{ xml: string }>(await caseWorker.inject({ method: 'GET', url: `/api/processes/${id}/model?version=3` }));
    assert.match(old.xml, /Erste Fassung/);
    const current = json<{ xml: string }>(await caseWorker.inject({ method: 'GET', url: `/api/processes/${id}/model` }));
    assert.match(current.xml, /Zweite Fassung/);

    // A metadata change keeps the model of the version before.
    await lead.inject({ method: 'PATCH', url: `/api/processes/${id}`, payload: { baseVersion: 4, changeNote: 'Beschreibung ergänzt', description: 'Mit Nebenbestimmungen' } });
    assert.match(json<{ xml: string }>(await caseWorker.inject({ method: 'GET', url: `/api/processes/${id}/model?version=5` })).xml, /Zweite Fassung/);

    const actions = (await auditOf(id)).map((row) => row.action);
    assert.deepEqual(actions, ['process.create', 'process.update', 'process.model_save', 'process.model_save', 'process.update']);
    assert.ok((await auditOf(id)).every((row) => row.purpose === 'Verwaltung der Organisation'));
  });

  it('refuses a change based on an outdated version (two editors at once)', async () => {
    const id = await newProcess();
    assert.equal((await lead.inject({ method: 'PATCH', url: `/api/processes/${id}`, payload: { baseVersion: 1, changeNote: 'Erste', description: 'A' } })).statusCode, 200);
    const stale = await admin.inject({ method: 'POST', url: `/api/processes/${id}/model`, payload: { xml: bpmnFile(), baseVersion: 1, changeNote: 'Zweite' } });
    assert.equal(stale.statusCode, 409);
    assert.equal(json<ErrorBody>(stale).error.code, 'PROCESS_VERSION_CONFLICT');
    assert.equal(json<ErrorBody>(stale).error.details?.currentVersion, 2);
  });

  it('requires a change note', async () => {
    const id = await newProcess();
    const response = await lead.inject({ method: 'PATCH', url: `/api/processes/${id}`, payload: { baseVersion: 1, changeNote: '   ', title: 'Neu' } });
    assert.equal(response.statusCode, 400);
    assert.equal(json<ErrorBody>(response).error.code, 'VALIDATION_FAILED');
  });
});

describe('links', () => {
  it('links concerns and knowledge articles, replaces them and refuses unknown ones', async () => {
    const id = await newProcess();
    const concern = await makeConcern(ctx.db, tenant, { title: 'Aufenthaltserlaubnis verlängern' });
    const other = await makeConcern(ctx.db, tenant, { title: 'Blaue Karte EU' });
    const articleId = randomUUID();
    await withTenant(ctx.db, tenant.id, (tx) => tx.insertInto('knowledge_articles').values({ tenant_id: tenant.id, id: articleId, title: 'Fiktionswirkung nach § 81 AufenthG' }).execute());

    const set = await lead.inject({ method: 'PUT', url: `/api/processes/${id}/links`, payload: { concernIds: [concern.id, other.id], articleIds: [articleId] } });
    assert.equal(set.statusCode, 200, set.body);
    assert.deepEqual(json(set), {
      concerns: [{ id: other.id, title: 'Blaue Karte EU' }, { id: concern.id, title: 'Aufenthaltserlaubnis verlängern' }].sort((a, b) => a.title.localeCompare(b.title)),
      articles: [{ id: articleId, title: 'Fiktionswirkung nach § 81 AufenthG', fromArticle: false }],
    });
    await lead.inject({ method: 'PUT', url: `/api/processes/${id}/links`, payload: { concernIds: [concern.id], articleIds: [] } });
    const after = await detail(id);
    assert.deepEqual(after.concerns.map((c) => c.id), [concern.id]);
    assert.deepEqual(after.articles, []);

    const foreignTenant = await makeTenant(ctx.db);
    const foreignConcern = await makeConcern(ctx.db, foreignTenant);
    for (const [payload, code] of [
      [{ concernIds: [foreignConcern.id], articleIds: [] }, 'PROCESS_UNKNOWN_CONCERN'],
      [{ concernIds: [], articleIds: [randomUUID()] }, 'PROCESS_UNKNOWN_ARTICLE'],
    ] as const) {
      const response = await lead.inject({ method: 'PUT', url: `/api/processes/${id}/links`, payload });
      assert.equal(response.statusCode, 400);
      assert.equal(json<ErrorBody>(response).error.code, code);
    }
    assert.deepEqual((await detail(id)).concerns.map((c) => c.id), [concern.id], 'a refused change leaves the links as they were');
    // An article that names the process from its side shows up too, marked as such.
    const fromArticle = randomUUID();
    await withTenant(ctx.db, tenant.id, (tx) => tx.insertInto('knowledge_articles').values({ tenant_id: tenant.id, id: fromArticle, title: 'Ablauf Fiktionsbescheinigung', related_process_ids: [id] }).execute());
    assert.deepEqual((await detail(id)).articles, [{ id: fromArticle, title: 'Ablauf Fiktionsbescheinigung', fromArticle: true }]);

    const audit = (await auditOf(id)).filter((row) => row.action === 'process.links_update');
    assert.equal(audit.length, 2);
    assert.deepEqual(audit[1]?.details, { concernsAdded: [], concernsRemoved: [other.id], articlesAdded: [], articlesRemoved: [articleId] });
  });
});

describe('who may change a process', () => {
  it('lets the lead of the owning unit and admins edit, not the lead of another unit nor case workers', async () => {
    const id = await newProcess({ ownerUnitId: abh });
    assert.equal((await detail(id, lead)).canEdit, true);
    assert.equal((await detail(id, otherLead)).canEdit, false);
    assert.equal((await detail(id, caseWorker)).canEdit, false);

    const foreignLead = await otherLead.inject({ method: 'PATCH', url: `/api/processes/${id}`, payload: { baseVersion: 1, changeNote: 'Übernahme', title: 'Nicht meins' } });
    assert.equal(foreignLead.statusCode, 403);
    assert.equal(json<ErrorBody>(foreignLead).error.code, 'PROCESS_NOT_OWNER');
    const worker = await caseWorker.inject({ method: 'POST', url: `/api/processes/${id}/model`, payload: { xml: bpmnFile(), baseVersion: 1, changeNote: 'x' } });
    assert.equal(worker.statusCode, 403);
    assert.equal(json<ErrorBody>(worker).error.code, 'FORBIDDEN');

    // A lead may not create a process for a unit they do not lead.
    const groupId = await newGroup();
    const elsewhere = await lead.inject({ method: 'POST', url: '/api/processes', payload: { groupId, title: 'Für das Jobcenter', ownerUnitId: jobcentre } });
    assert.equal(json<ErrorBody>(elsewhere).error.code, 'PROCESS_NOT_OWNER');
    // A process owned by a staff member is theirs to edit.
    const own = await newProcess({ groupId, ownerUnitId: null, ownerStaffId: otherLead.staffId }, otherLead);
    assert.equal((await otherLead.inject({ method: 'PATCH', url: `/api/processes/${own}`, payload: { baseVersion: 1, changeNote: 'Eigener Prozess', description: 'ok' } })).statusCode, 200);
    assert.equal((await detail(own, admin)).versions.length, 2);
  });

  it('shows editors the owners, service areas, concerns and articles to choose from', async () => {
    const options = json<{ units: Array<{ name: string }>; staff: Array<{ id: string }>; groups: unknown[]; concerns: unknown[]; articles: unknown[] }>(
      await lead.inject({ method: 'GET', url: '/api/process-map/options' }),
    );
    assert.deepEqual(options.units.map((unit) => unit.name), ['Ausländerbehörde', 'Jobcenter']);
    assert.ok(options.staff.some((member) => member.id === lead.staffId));
    assert.equal((await caseWorker.inject({ method: 'GET', url: '/api/process-map/options' })).statusCode, 403);
  });
});
