import { randomUUID } from 'node:crypto';
import { createUnit } from '../../src/modules/access/index.js';
import { documentStoreFor } from '../../src/modules/cases/index.js';
import { createProcess, createProcessGroup, parseBpmn } from '../../src/modules/processes/index.js';
import { withTenant } from '../../src/platform/db/index.js';
import { bpmnFile } from '../processes/support.js';
import { makePerson } from '../support/people.js';
import type { TargetFactory } from './types.js';

// Case file records of the home tenant. Need-to-know works through units, so
// the home tenant's case staff (made by the route-policy test without units)
// join its immigration office here; the records sit in the immigration
// section, which that office writes by default.

export const targets: TargetFactory = async ({ ctx, home }) => {
  const immigration = home.units['Ausländerbehörde'] as string;
  const now = new Date();
  const [personA, personB, personC] = [await makePerson(ctx.db, home), await makePerson(ctx.db, home), await makePerson(ctx.db, home)];
  const ids = { caseA: randomUUID(), caseB: randomUUID(), task: randomUUID(), document: randomUUID(), grant: randomUUID(), breakGlass: randomUUID(), conference: randomUUID(), consentText: randomUUID() };
  const referrals = { accept: randomUUID(), return: randomUUID(), complete: randomUUID() };
  const stored = await documentStoreFor(ctx.config).put(Buffer.from('%PDF-1.4\n%%EOF\n'));

  const model = await parseBpmn(bpmnFile({ taskName: 'Pass prüfen' }));
  const process = await withTenant(ctx.db, home.id, async (tx) => {
    const editor = { staffId: null, displayName: 'Test', roles: ['admin'] as const, unitIds: [] };
    const group = await createProcessGroup(tx, home.id, editor, { name: `Aufenthalt (Akte) ${randomUUID().slice(0, 6)}` });
    return createProcess(tx, home.id, editor, { groupId: group.id, title: 'Verlängerung (Checkliste)', description: '', ownerUnitId: null, ownerStaffId: null, model });
  });

  const integration = await withTenant(ctx.db, home.id, async (tx) => {
    const unit = await createUnit(tx, home.id, { id: null, label: 'Test' }, { name: `Integrationsberatung ${randomUUID().slice(0, 6)}`, type: 'integration' });
    const staff = await tx.selectFrom('staff').select(['id', 'roles']).execute();
    const member = await tx.selectFrom('staff_units').select('staff_id').execute();
    for (const row of staff.filter((s) => (s.roles.includes('case_worker') || s.roles.includes('unit_lead')) && !member.some((m) => m.staff_id === s.id))) {
      await tx.insertInto('staff_units').values({ tenant_id: home.id, staff_id: row.id, unit_id: immigration }).execute();
    }
    const someStaff = staff[0]?.id as string;
    await tx.insertInto('cases').values([
      { tenant_id: home.id, id: ids.caseA, person_id: personA.id, created_at: now, created_by: null },
      { tenant_id: home.id, id: ids.caseB, person_id: personB.id, created_at: now, created_by: null },
    ]).execute();
    await tx.insertInto('case_sections').values({ tenant_id: home.id, case_id: ids.caseA, section_type: 'immigration', owner_unit_id: immigration, opened_at: now }).execute();
    await tx.insertInto('case_tasks').values({ tenant_id: home.id, id: ids.task, case_id: ids.caseA, section_type: 'immigration', title: 'Pass prüfen', assignee_unit_id: immigration, created_at: now, created_by: null }).execute();
    await tx.insertInto('case_documents').values({
      tenant_id: home.id, id: ids.document, case_id: ids.caseA, section_type: 'immigration', file_name: 'pass.pdf', media_type: 'application/pdf',
      size_bytes: 15, sha256: stored.sha256, storage_key: stored.key, uploaded_by: null, uploaded_at: now,
    }).execute();
    await tx.insertInto('case_access_grants').values({
      tenant_id: home.id, id: ids.grant, case_id: ids.caseA, unit_id: unit.id, section_type: 'immigration', access: 'read', basis: 'legal_basis',
      purpose: 'Test', legal_reference: '§ 87 AufenthG', consent_text_id: null, granted_by: null, granted_at: now,
    }).execute();
    await tx.insertInto('case_break_glass').values({
      tenant_id: home.id, id: ids.breakGlass, case_id: ids.caseA, person_id: personA.id, staff_id: someStaff, staff_label: 'Test', reason: 'Notfall im Test',
      started_at: now, expires_at: new Date(now.getTime() + 60_000),
    }).execute();
    await tx.insertInto('consent_texts').values({ tenant_id: home.id, id: ids.consentText, purpose: 'Fallkonferenz', version: 1, body: 'Ich willige ein.' }).execute();
    await tx.insertInto('case_conferences').values({
      tenant_id: home.id, id: ids.conference, case_id: ids.caseA, title: 'Konferenz', section_types: ['immigration'], consent_text_id: ids.consentText,
      starts_at: now, ends_at: new Date(now.getTime() + 14 * 86_400_000), created_by: null, created_at: now,
    }).execute();
    await tx.insertInto('case_conference_participants').values({ tenant_id: home.id, conference_id: ids.conference, unit_id: immigration, staff_id: null }).execute();
    for (const [name, id] of Object.entries(referrals)) {
      await tx.insertInto('referrals').values({
        tenant_id: home.id, id, case_id: ids.caseA, from_unit_id: unit.id, to_unit_id: immigration, concern_text: 'Aufenthaltstitel', handover_note: 'Bitte übernehmen',
        due_date: '2030-01-01', section_types: [], state: name === 'complete' ? 'accepted' : 'open', decided_at: name === 'complete' ? now : null, created_by: null, created_at: now,
      }).execute();
    }
    return unit;
  });

  const caseA = { caseId: ids.caseA };
  return {
    'GET /api/cases/by-person/:personId': { params: { personId: personA.id } },
    'POST /api/cases/by-person/:personId': { params: { personId: personC.id }, body: { sections: [{ sectionType: 'immigration' }] } },
    'POST /api/cases/:caseId/sections': { params: { caseId: ids.caseB }, body: { sectionType: 'immigration' } },
    'PATCH /api/cases/:caseId/sections/:sectionType': { params: { ...caseA, sectionType: 'immigration' }, body: { status: 'dormant' } },
    'GET /api/cases/:caseId/timeline': { params: caseA },
    'GET /api/cases/:caseId/notes': { params: caseA },
    'POST /api/cases/:caseId/notes': { params: caseA, body: { sectionType: 'immigration', confidentiality: 'standard', body: 'Vermerk' } },
    'GET /api/cases/:caseId/tasks': { params: caseA },
    'POST /api/cases/:caseId/tasks': { params: caseA, body: { sectionType: 'immigration', title: 'Termin', dueDate: '2030-01-01', assigneeUnitId: immigration } },
    'PATCH /api/case-tasks/:id': { params: { id: ids.task }, body: { status: 'done' } },
    'POST /api/cases/:caseId/checklists': { params: caseA, body: { processId: process.id, sectionType: 'immigration' } },
    'GET /api/cases/:caseId/documents': { params: caseA },
    'GET /api/case-documents/:id/content': { params: { id: ids.document } },
    'GET /api/cases/:caseId/grants': { params: caseA },
    'POST /api/cases/:caseId/grants': { params: caseA, body: { unitId: integration.id, sectionType: 'immigration', access: 'read', basis: 'legal_basis', purpose: 'Test', legalReference: '§ 87 AufenthG' } },
    'POST /api/case-grants/:id/revoke': { params: { id: ids.grant }, body: {} },
    'POST /api/cases/:caseId/break-glass': { params: caseA, body: { reason: 'Notfall: Person in Gefahr' } },
    'POST /api/break-glass/:id/review': { params: { id: ids.breakGlass }, body: {} },
    'POST /api/cases/:caseId/referrals': { params: caseA, body: { fromUnitId: immigration, toUnitId: integration.id, concernText: 'Kurs', handoverNote: 'Bitte', dueDate: '2030-01-01', sectionTypes: [] } },
    'GET /api/referrals/:id': { params: { id: referrals.accept } },
    'POST /api/referrals/:id/accept': { params: { id: referrals.accept }, body: {} },
    'POST /api/referrals/:id/return': { params: { id: referrals.return }, body: { reason: 'Nicht zuständig' } },
    'POST /api/referrals/:id/complete': { params: { id: referrals.complete }, body: {} },
    'POST /api/cases/:caseId/conferences': { params: caseA, body: { title: 'Konferenz', sectionTypes: ['immigration'], consentTextId: ids.consentText, unitIds: [integration.id], partnerStaffIds: [] } },
    'GET /api/cases/:caseId/conferences': { params: caseA },
    'GET /api/case-conferences/:id': { params: { id: ids.conference } },
    'PATCH /api/case-conferences/:id': { params: { id: ids.conference }, body: { minutes: 'Protokoll' } },
    'POST /api/case-conferences/:id/actions': { params: { id: ids.conference }, body: { title: 'Aufgabe', assigneeUnitId: immigration } },
  };
};
