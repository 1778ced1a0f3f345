import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { json, type TestContext } from '../support/app.js';
import { addNote, auditActions, casesApp, errorCode, makeAgency, makeCase, openCase, type Agency, type CaseViewBody } from './support.js';

// Need-to-know: each unit sees the sections its purpose needs, with the
// defaults of the matrix, and every read is audited with its purpose.

let ctx: TestContext;
let agency: Agency;
before(async () => {
  ctx = await casesApp();
  agency = await makeAgency(ctx);
});
after(() => ctx.close());

describe('need-to-know', () => {
  it('does not let the job centre read the asylum / immigration section', async () => {
    const { personId, caseId } = await makeCase(ctx, agency);
    await addNote(agency.workers.immigration, caseId, 'immigration', 'Anhörung beim BAMF: Fluchtgründe ausführlich geschildert');
    await addNote(agency.workers.jobcentre, caseId, 'jobcentre', 'Erstgespräch Arbeitsvermittlung');

    const view = await openCase(agency.workers.jobcentre, personId);
    assert.equal(view.statusCode, 200);
    const body = json<CaseViewBody>(view);
    assert.ok(!body.sections.some((s) => s.type === 'immigration'), 'immigration section visible to the job centre');
    assert.ok(body.restrictedSections.some((s) => s.type === 'immigration'));
    assert.ok(body.sections.some((s) => s.type === 'jobcentre' && s.write));
    assert.ok(body.sections.some((s) => s.type === 'integration' && !s.write));
    assert.ok(!body.timeline.items.some((item) => item.summary.includes('Fluchtgründe')));
    assert.ok(body.timeline.items.some((item) => item.summary.includes('Arbeitsvermittlung')));

    const notes = await agency.workers.jobcentre.inject({ method: 'GET', url: `/api/cases/${caseId}/notes?section=immigration` });
    assert.equal(notes.statusCode, 403);
    assert.equal(errorCode(notes), 'CASE_SECTION_FORBIDDEN');
    const filtered = await openCase(agency.workers.jobcentre, personId, '?section=immigration');
    assert.equal(filtered.statusCode, 403);
    const timeline = await agency.workers.jobcentre.inject({ method: 'GET', url: `/api/cases/${caseId}/timeline?section=immigration` });
    assert.equal(timeline.statusCode, 403);
    const write = await agency.workers.jobcentre.inject({ method: 'POST', url: `/api/cases/${caseId}/notes`, payload: { sectionType: 'immigration', confidentiality: 'standard', body: 'x' } });
    assert.equal(write.statusCode, 403);

    const own = await agency.workers.immigration.inject({ method: 'GET', url: `/api/cases/${caseId}/notes?section=immigration` });
    assert.equal(own.statusCode, 200);
    assert.equal(json<{ items: unknown[] }>(own).items.length, 1);
  });

  it('hides special-category (health) notes of other sections from accommodation, but shows its standard notes', async () => {
    const { caseId } = await makeCase(ctx, agency);
    await addNote(agency.workers.asylum_benefits, caseId, 'asylum_benefits', 'Krankenbehandlung nach § 4 AsylbLG: Diabetes', 'special_category');
    await addNote(agency.workers.asylum_benefits, caseId, 'asylum_benefits', 'Leistungsbescheid versandt');
    const notes = await agency.workers.accommodation.inject({ method: 'GET', url: `/api/cases/${caseId}/notes?section=asylum_benefits` });
    assert.equal(notes.statusCode, 200);
    const bodies = json<{ items: Array<{ body: string }> }>(notes).items.map((n) => n.body);
    assert.deepEqual(bodies, ['Leistungsbescheid versandt']);
    const timeline = await agency.workers.accommodation.inject({ method: 'GET', url: `/api/cases/${caseId}/timeline?section=asylum_benefits` });
    assert.ok(!json<CaseViewBody['timeline']>(timeline).items.some((i) => i.summary.includes('Diabetes')));
    const owner = await agency.workers.asylum_benefits.inject({ method: 'GET', url: `/api/cases/${caseId}/notes?section=asylum_benefits` });
    assert.equal(json<{ items: unknown[] }>(owner).items.length, 2);
  });

  it('filters the timeline by section and pages it with a cursor', async () => {
    const { caseId } = await makeCase(ctx, agency);
    for (let i = 0; i < 5; i += 1) await addNote(agency.workers.immigration, caseId, 'immigration', `Vermerk ${i}`);
    const first = json<CaseViewBody['timeline']>(await agency.workers.immigration.inject({ method: 'GET', url: `/api/cases/${caseId}/timeline?section=immigration&limit=3` }));
    assert.equal(first.items.length, 3);
    assert.ok(first.items.every((item) => item.sectionType === 'immigration'));
    assert.ok(first.nextCursor);
    const second = json<CaseViewBody['timeline']>(await agency.workers.immigration.inject({ method: 'GET', url: `/api/cases/${caseId}/timeline?section=immigration&limit=3&before=${first.nextCursor}` }));
    // 5 notes and the "section opened" entry make 6.
    assert.equal(second.items.length, 3);
    assert.equal(second.nextCursor, null);
    const all = [...first.items, ...second.items].map((item) => item.summary);
    assert.equal(new Set(all).size, 6);
  });

  it('audits every read of the case file with its purpose and person', async () => {
    const { personId } = await makeCase(ctx, agency);
    const response = await openCase(agency.workers.integration, personId, '?purpose=Beratungsgespr%C3%A4ch');
    assert.equal(response.statusCode, 200);
    const reads = (await auditActions(ctx, agency.tenant.id, personId)).filter((row) => row.action === 'case.read');
    assert.equal(reads.length, 1);
    assert.equal(reads[0]?.purpose, 'Beratungsgespräch');
    assert.equal(reads[0]?.actor_id, agency.workers.integration.staffId);
  });

  it('answers a person of another tenant with 404 and a second case for the same person with 409', async () => {
    const { personId } = await makeCase(ctx, agency);
    const other = await makeAgency(ctx);
    assert.equal((await openCase(other.workers.immigration, personId)).statusCode, 404);
    const again = await agency.workers.immigration.inject({ method: 'POST', url: `/api/cases/by-person/${personId}`, payload: { sections: [] } });
    assert.equal(again.statusCode, 409);
    assert.equal(errorCode(again), 'CASE_EXISTS');
  });

  it('rejects unknown section types and impossible dates with 400', async () => {
    const { caseId } = await makeCase(ctx, agency);
    const unknown = await agency.workers.immigration.inject({ method: 'POST', url: `/api/cases/${caseId}/notes`, payload: { sectionType: 'religion', confidentiality: 'standard', body: 'x' } });
    assert.equal(unknown.statusCode, 400);
    assert.equal(errorCode(unknown), 'CASE_SECTION_UNKNOWN');
    const section = await agency.workers.immigration.inject({ method: 'POST', url: `/api/cases/${caseId}/sections`, payload: { sectionType: 'religion' } });
    assert.equal(section.statusCode, 400);
    assert.equal(errorCode(section), 'CASE_SECTION_UNKNOWN');
    const task = await agency.workers.immigration.inject({ method: 'POST', url: `/api/cases/${caseId}/tasks`, payload: { sectionType: 'immigration', title: 'Termin', dueDate: '2026-02-31', assigneeUnitId: agency.unitIds.immigration } });
    assert.equal(task.statusCode, 400);
    assert.equal(errorCode(task), 'CASE_DATE_INVALID');
    const both = await agency.workers.immigration.inject({ method: 'POST', url: `/api/cases/${caseId}/tasks`, payload: { sectionType: 'immigration', title: 'Termin', assigneeUnitId: agency.unitIds.immigration, assigneeStaffId: agency.workers.immigration.staffId } });
    assert.equal(errorCode(both), 'TASK_ASSIGNEE_INVALID');
  });
});
