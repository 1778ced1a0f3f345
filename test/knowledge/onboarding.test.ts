import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { withTenant } from '../../src/platform/db/index.js';
import { json, testApp, type Caller, type TestContext } from '../support/app.js';
import { makeStaff, makeTenant, sessionFor, type TestStaff, type TestTenant } from '../support/factories.js';
import { makeProcess, makePublishedArticle } from './support.js';

// Onboarding paths: a lead builds a path of articles and processes, assigns
// newcomers of their unit, newcomers confirm each step, the lead sees the
// progress, and a newly published version asks for a new confirmation.

let ctx: TestContext;
let tenant: TestTenant;
let lead: Caller;
let newcomerStaff: TestStaff;
let newcomer: Caller;
let outsider: TestStaff;
let article: { id: string; versionIds: string[] };
let process: { id: string };
let pathId: string;

type MyPath = { id: string; done: number; steps: Array<{ position: number; kind: string; state: string }> };

before(async () => {
  ctx = await testApp();
  tenant = await makeTenant(ctx.db, [{ name: 'Ausländerbehörde', type: 'immigration' }, { name: 'Jobcenter', type: 'jobcentre' }]);
  const abh = tenant.units['Ausländerbehörde'] as string;
  lead = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, tenant, { roles: ['unit_lead'], unitIds: [abh] }));
  newcomerStaff = await makeStaff(ctx.db, tenant, { roles: ['case_worker'], unitIds: [abh] });
  newcomer = await sessionFor(ctx.app, ctx.db, ctx.config, newcomerStaff);
  outsider = await makeStaff(ctx.db, tenant, { roles: ['case_worker'], unitIds: [tenant.units['Jobcenter'] as string] });
  article = await makePublishedArticle(ctx.db, tenant, { title: 'Grundlagen', versions: [{ body: 'Erste Fassung', validFrom: '2020-01-01' }] });
  process = await makeProcess(ctx.db, tenant, { title: 'Posteingang bearbeiten' });
});
after(() => ctx.close());

const mine = async (): Promise<MyPath | undefined> => json<{ items: MyPath[] }>(await newcomer.inject({ method: 'GET', url: '/api/knowledge/onboarding/mine' })).items.find((path) => path.id === pathId);

describe('onboarding paths', () => {
  it('lets a lead build a path and assign a newcomer of their unit, but not staff of other units', async () => {
    const created = await lead.inject({ method: 'POST', url: '/api/knowledge/onboarding/paths', payload: { title: 'Start in der ABH', steps: [{ kind: 'article', id: article.id }, { kind: 'process', id: process.id }] } });
    assert.equal(created.statusCode, 201, created.body);
    const path = json<{ id: string; steps: Array<{ title: string }> }>(created);
    pathId = path.id;
    assert.deepEqual(path.steps.map((step) => step.title), ['Grundlagen', 'Posteingang bearbeiten']);
    const unknown = await lead.inject({ method: 'POST', url: '/api/knowledge/onboarding/paths', payload: { title: 'Kaputt', steps: [{ kind: 'process', id: article.id }] } });
    assert.equal(json<{ error: { code: string } }>(unknown).error.code, 'KNOWLEDGE_UNKNOWN_REFERENCE');

    const candidates = json<{ items: Array<{ id: string }> }>(await lead.inject({ method: 'GET', url: '/api/knowledge/onboarding/candidates' })).items.map((row) => row.id);
    assert.ok(candidates.includes(newcomerStaff.id));
    assert.ok(!candidates.includes(outsider.id), 'staff of other units are not offered');
    assert.equal((await lead.inject({ method: 'POST', url: `/api/knowledge/onboarding/paths/${pathId}/assignments`, payload: { staffId: newcomerStaff.id } })).statusCode, 204);
    const foreignUnit = await lead.inject({ method: 'POST', url: `/api/knowledge/onboarding/paths/${pathId}/assignments`, payload: { staffId: outsider.id } });
    assert.equal(foreignUnit.statusCode, 403);
    assert.equal(json<{ error: { code: string } }>(foreignUnit).error.code, 'ONBOARDING_STAFF_OUTSIDE_UNITS');
  });

  it('lets the newcomer confirm each step, and the lead sees the progress (audited)', async () => {
    assert.deepEqual((await mine())?.steps.map((step) => step.state), ['open', 'open']);
    for (const position of [1, 2]) {
      const response = await newcomer.inject({ method: 'POST', url: `/api/knowledge/onboarding/paths/${pathId}/confirmations`, payload: { position } });
      assert.equal(response.statusCode, 200, response.body);
    }
    assert.equal((await mine())?.done, 2);
    const unknownStep = await newcomer.inject({ method: 'POST', url: `/api/knowledge/onboarding/paths/${pathId}/confirmations`, payload: { position: 9 } });
    assert.equal(json<{ error: { code: string } }>(unknownStep).error.code, 'ONBOARDING_STEP_UNKNOWN');

    const progress = await lead.inject({ method: 'GET', url: `/api/knowledge/onboarding/paths/${pathId}/progress` });
    assert.equal(progress.statusCode, 200);
    const newcomers = json<{ newcomers: Array<{ staffId: string; done: number; total: number }> }>(progress).newcomers;
    assert.deepEqual(newcomers.map((row) => [row.staffId, row.done, row.total]), [[newcomerStaff.id, 2, 2]]);
    const audit = await withTenant(ctx.db, tenant.id, (tx) => tx.selectFrom('audit_log').select('action').where('subject_id', '=', pathId).where('action', '=', 'onboarding.progress_read').execute());
    assert.equal(audit.length, 1);
    assert.equal((await newcomer.inject({ method: 'GET', url: `/api/knowledge/onboarding/paths/${pathId}/progress` })).statusCode, 403);
  });

  it('asks again once a new version of an article is published', async () => {
    const versionId = await withTenant(ctx.db, tenant.id, async (tx) => {
      const { createVersion, transitionVersion } = await import('../../src/modules/knowledge/index.js');
      const ctxOf = { tenantId: tenant.id, actor: { id: null, label: 'Test' } };
      const version = await createVersion(tx, ctxOf, article.id, { title: 'Grundlagen', bodyMarkdown: 'Korrigiert', validFrom: '2020-01-01', replacesVersionId: article.versionIds[0] ?? null });
      await transitionVersion(tx, ctxOf, version.id, 'submit', { today: '2026-01-01' });
      await transitionVersion(tx, ctxOf, version.id, 'publish', { today: '2026-01-01' });
      return version.id;
    });
    assert.ok(versionId);
    assert.deepEqual((await mine())?.steps.map((step) => step.state), ['changed', 'confirmed']);
    await newcomer.inject({ method: 'POST', url: `/api/knowledge/onboarding/paths/${pathId}/confirmations`, payload: { position: 1 } });
    assert.deepEqual((await mine())?.steps.map((step) => step.state), ['confirmed', 'confirmed']);
  });

  it('refuses confirmations of paths not assigned to the caller', async () => {
    const stranger = await sessionFor(ctx.app, ctx.db, ctx.config, outsider);
    const response = await stranger.inject({ method: 'POST', url: `/api/knowledge/onboarding/paths/${pathId}/confirmations`, payload: { position: 1 } });
    assert.equal(response.statusCode, 409);
    assert.equal(json<{ error: { code: string } }>(response).error.code, 'ONBOARDING_NOT_ASSIGNED');
  });
});
