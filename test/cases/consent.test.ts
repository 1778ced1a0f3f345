import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { json, type Caller, type TestContext } from '../support/app.js';
import { makeStaff, sessionFor } from '../support/factories.js';
import { addNote, auditActions, casesApp, errorCode, makeAgency, makeCase, openCase, type Agency, type CaseViewBody } from './support.js';

// Access beyond the matrix rests on recorded consent (versioned, revocable,
// revocation effective at once) or a legal basis; emergency access needs a
// reason and lands in the data-protection officer's list.

let ctx: TestContext;
let agency: Agency;
let dpo: Caller;
let consentTextId: string;
before(async () => {
  ctx = await casesApp();
  agency = await makeAgency(ctx);
  dpo = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, agency.tenant, { roles: ['dpo'] }));
  await dpo.inject({ method: 'POST', url: '/api/consent-texts', payload: { purpose: 'Arbeitsmarktintegration', body: 'Ich willige ein … (Fassung 1)' } });
  const second = await dpo.inject({ method: 'POST', url: '/api/consent-texts', payload: { purpose: 'Arbeitsmarktintegration', body: 'Ich willige ein … (Fassung 2)' } });
  assert.equal(json<{ version: number }>(second).version, 2);
  consentTextId = json<{ id: string }>(second).id;
});
after(() => ctx.close());

const readImmigration = (caseId: string) => agency.workers.jobcentre.inject({ method: 'GET', url: `/api/cases/${caseId}/notes?section=immigration` });

describe('consent and legal basis', () => {
  it('opens a section to the job centre with consent, and revocation takes effect on the very next request', async () => {
    const { caseId, personId } = await makeCase(ctx, agency);
    await addNote(agency.workers.immigration, caseId, 'immigration', 'Beschäftigungserlaubnis erteilt');
    assert.equal((await readImmigration(caseId)).statusCode, 403);

    const granted = await agency.workers.immigration.inject({
      method: 'POST', url: `/api/cases/${caseId}/grants`,
      payload: { unitId: agency.unitIds.jobcentre, sectionType: 'immigration', access: 'read', basis: 'consent', purpose: 'Arbeitsmarktintegration', consentTextId },
    });
    assert.equal(granted.statusCode, 201);
    const grantId = json<{ id: string }>(granted).id;
    const allowed = await readImmigration(caseId);
    assert.equal(allowed.statusCode, 200);
    assert.equal(json<{ items: unknown[] }>(allowed).items.length, 1);
    const view = json<CaseViewBody>(await openCase(agency.workers.jobcentre, personId));
    assert.deepEqual(view.sections.find((s) => s.type === 'immigration')?.via, ['grant']);

    const revoked = await agency.workers.immigration.inject({ method: 'POST', url: `/api/case-grants/${grantId}/revoke`, payload: {} });
    assert.equal(revoked.statusCode, 204);
    const after = await readImmigration(caseId);
    assert.equal(after.statusCode, 403);
    assert.equal(errorCode(after), 'CASE_SECTION_FORBIDDEN');
    const twice = await agency.workers.immigration.inject({ method: 'POST', url: `/api/case-grants/${grantId}/revoke`, payload: {} });
    assert.equal(errorCode(twice), 'GRANT_ALREADY_REVOKED');

    const grants = json<{ items: Array<{ consentVersion: number; revokedAt: string | null }> }>(await agency.workers.immigration.inject({ method: 'GET', url: `/api/cases/${caseId}/grants` }));
    assert.equal(grants.items[0]?.consentVersion, 2);
    assert.ok(grants.items[0]?.revokedAt);
    const actions = (await auditActions(ctx, agency.tenant.id, personId)).map((row) => row.action);
    assert.ok(actions.includes('case.grant') && actions.includes('case.grant_revoke'));
  });

  it('accepts a recorded legal basis instead of consent, and refuses consent without a known text', async () => {
    const { caseId } = await makeCase(ctx, agency);
    const noText = await agency.workers.immigration.inject({
      method: 'POST', url: `/api/cases/${caseId}/grants`,
      payload: { unitId: agency.unitIds.jobcentre, sectionType: 'immigration', access: 'read', basis: 'consent', purpose: 'x', consentTextId: '00000000-0000-4000-8000-000000000000' },
    });
    assert.equal(errorCode(noText), 'CONSENT_TEXT_UNKNOWN');
    const legal = await agency.workers.immigration.inject({
      method: 'POST', url: `/api/cases/${caseId}/grants`,
      payload: { unitId: agency.unitIds.jobcentre, sectionType: 'immigration', access: 'read', basis: 'legal_basis', purpose: 'Prüfung Beschäftigungsduldung', legalReference: '§ 60d AufenthG' },
    });
    assert.equal(legal.statusCode, 201);
    assert.equal((await readImmigration(caseId)).statusCode, 200);
  });

  it('lets only a unit that writes a section share it', async () => {
    const { caseId } = await makeCase(ctx, agency);
    const response = await agency.workers.jobcentre.inject({
      method: 'POST', url: `/api/cases/${caseId}/grants`,
      payload: { unitId: agency.unitIds.jobcentre, sectionType: 'immigration', access: 'write', basis: 'legal_basis', purpose: 'Selbstbedienung', legalReference: 'keine' },
    });
    assert.equal(response.statusCode, 403);
  });
});

describe('break-glass', () => {
  it('needs a reason, opens every section for the caller, and is flagged for the data-protection officer', async () => {
    const { caseId, personId } = await makeCase(ctx, agency);
    await addNote(agency.workers.immigration, caseId, 'immigration', 'Abschiebungsandrohung zugestellt', 'confidential');
    const noReason = await agency.workers.jobcentre.inject({ method: 'POST', url: `/api/cases/${caseId}/break-glass`, payload: { reason: 'eilig' } });
    assert.equal(noReason.statusCode, 400);
    assert.equal(errorCode(noReason), 'BREAK_GLASS_REASON_REQUIRED');

    const opened = await agency.workers.jobcentre.inject({ method: 'POST', url: `/api/cases/${caseId}/break-glass`, payload: { reason: 'Person droht Obdachlosigkeit, Leitung nicht erreichbar' } });
    assert.equal(opened.statusCode, 201);
    const notes = await readImmigration(caseId);
    assert.equal(notes.statusCode, 200);
    assert.equal(json<{ items: unknown[] }>(notes).items.length, 1);

    const flagged = json<{ items: Array<{ id: string; caseId: string; reason: string; staffId: string }> }>(await dpo.inject({ method: 'GET', url: '/api/break-glass' }));
    const entry = flagged.items.find((item) => item.caseId === caseId);
    assert.ok(entry);
    assert.equal(entry.staffId, agency.workers.jobcentre.staffId);
    assert.match(entry.reason, /Obdachlosigkeit/);
    assert.equal((await dpo.inject({ method: 'POST', url: `/api/break-glass/${entry.id}/review`, payload: {} })).statusCode, 204);
    const after = json<{ items: Array<{ caseId: string }> }>(await dpo.inject({ method: 'GET', url: '/api/break-glass' }));
    assert.ok(!after.items.some((item) => item.caseId === caseId));
    assert.ok((await auditActions(ctx, agency.tenant.id, personId)).some((row) => row.action === 'case.break_glass' && row.purpose === 'Notfallzugriff'));
    assert.equal((await agency.workers.jobcentre.inject({ method: 'GET', url: '/api/break-glass' })).statusCode, 403);
  });
});
