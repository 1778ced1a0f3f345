import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createProcess, createProcessGroup, parseBpmn } from '../../src/modules/processes/index.js';
import { withTenant } from '../../src/platform/db/index.js';
import { json, type TestContext } from '../support/app.js';
import { makeStaff, makeTenant } from '../support/factories.js';
import { bpmnFile } from '../processes/support.js';
import { auditActions, casesApp, errorCode, makeAgency, makeCase, type Agency, type CaseViewBody } from './support.js';

// A process of the process map started as a checklist on a case file: the
// model's tasks become the file's tasks, in order, with their origin; no
// double start while the list runs; need-to-know holds; bad requests leave
// nothing behind.

const SYSTEM = { staffId: null, displayName: 'Test', roles: ['admin'] as const, unitIds: [] };

/** Antrag → Pass prüfen → (Visum nötig? ja: Visum prüfen) → Titel erteilen, with lanes. */
const MODEL = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Defs" targetNamespace="https://lotse.example/test">
  <bpmn:process id="Verlaengerung" isExecutable="false">
    <bpmn:laneSet id="Lanes">
      <bpmn:lane id="Lane_Abh" name="Sachbearbeitung"><bpmn:flowNodeRef>Task_Titel</bpmn:flowNodeRef><bpmn:flowNodeRef>Task_Pass</bpmn:flowNodeRef><bpmn:flowNodeRef>Task_Visum</bpmn:flowNodeRef></bpmn:lane>
    </bpmn:laneSet>
    <bpmn:startEvent id="Start" name="Antrag eingegangen" />
    <bpmn:task id="Task_Titel" name="Titel erteilen" />
    <bpmn:userTask id="Task_Pass" name="Pass prüfen" />
    <bpmn:exclusiveGateway id="Gate" name="Visum erforderlich?" />
    <bpmn:task id="Task_Visum" name="Visum prüfen" />
    <bpmn:endEvent id="End" name="Erledigt" />
    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task_Pass" />
    <bpmn:sequenceFlow id="F2" sourceRef="Task_Pass" targetRef="Gate" />
    <bpmn:sequenceFlow id="F3" name="ja" sourceRef="Gate" targetRef="Task_Visum" />
    <bpmn:sequenceFlow id="F4" name="nein" sourceRef="Gate" targetRef="Task_Titel" />
    <bpmn:sequenceFlow id="F5" sourceRef="Task_Visum" targetRef="Task_Titel" />
    <bpmn:sequenceFlow id="F6" sourceRef="Task_Titel" targetRef="End" />
  </bpmn:process>
</bpmn:definitions>`;

const EVENTS_ONLY = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Defs2" targetNamespace="https://lotse.example/test">
  <bpmn:process id="Leer" isExecutable="false">
    <bpmn:startEvent id="S" /><bpmn:endEvent id="E" /><bpmn:sequenceFlow id="F" sourceRef="S" targetRef="E" />
  </bpmn:process>
</bpmn:definitions>`;

interface Task { id: string; title: string; sectionType: string; assigneeUnitId: string | null; assigneeStaffId: string | null; dueDate: string | null; status: string; origin: { checklistId: string; processId: string; processVersion: number; elementId: string } | null }
interface Started { checklistId: string; processId: string; processTitle: string; version: number; tasks: Task[] }

let ctx: TestContext;
let agency: Agency;
const processes = {} as { full: string; withoutModel: string; empty: string };

async function makeProcess(tenantId: string, title: string, xml?: string): Promise<string> {
  const model = xml === undefined ? undefined : await parseBpmn(xml);
  return withTenant(ctx.db, tenantId, async (tx) => {
    const group = await createProcessGroup(tx, tenantId, SYSTEM, { name: `Aufenthalt ${randomUUID().slice(0, 8)}` });
    return (await createProcess(tx, tenantId, SYSTEM, { groupId: group.id, title, description: '', ownerUnitId: null, ownerStaffId: null, ...(model && { model }) })).id;
  });
}

const start = (caseId: string, body: Record<string, unknown>, caller = agency.workers.immigration) =>
  caller.inject({ method: 'POST', url: `/api/cases/${caseId}/checklists`, payload: body });
const tasksOf = async (caseId: string) => json<{ items: Task[] }>(await agency.workers.immigration.inject({ method: 'GET', url: `/api/cases/${caseId}/tasks` })).items;
const taskCount = (caseId: string) => withTenant(ctx.db, agency.tenant.id, async (tx) =>
  Number((await tx.selectFrom('case_tasks').select((eb) => eb.fn.countAll<string>().as('n')).where('case_id', '=', caseId).executeTakeFirstOrThrow()).n));

before(async () => {
  ctx = await casesApp();
  agency = await makeAgency(ctx);
  processes.full = await makeProcess(agency.tenant.id, 'Aufenthaltserlaubnis verlängern', MODEL);
  processes.withoutModel = await makeProcess(agency.tenant.id, 'Ohne Modell');
  processes.empty = await makeProcess(agency.tenant.id, 'Nur Ereignisse', EVENTS_ONLY);
});
after(() => ctx.close());

describe('process checklists on a case file', () => {
  it('turns the model\'s tasks into the section\'s tasks, in the model\'s order, for the section\'s unit, with origin, one timeline entry and an audit entry', async () => {
    const { personId, caseId } = await makeCase(ctx, agency);
    const response = await start(caseId, { processId: processes.full, sectionType: 'immigration', dueDate: '2030-05-31' });
    assert.equal(response.statusCode, 201, response.body);
    const started = json<Started>(response);
    assert.equal(started.processTitle, 'Aufenthaltserlaubnis verlängern');
    assert.equal(started.version, 1);
    assert.deepEqual(started.tasks.map((task) => task.title), ['Pass prüfen', 'Visum prüfen (nur falls: Visum erforderlich? – ja)', 'Titel erteilen']);
    assert.deepEqual(started.tasks.map((task) => task.origin?.elementId), ['Task_Pass', 'Task_Visum', 'Task_Titel']);
    for (const task of started.tasks) {
      assert.equal(task.assigneeUnitId, agency.unitIds.immigration);
      assert.equal(task.sectionType, 'immigration');
      assert.equal(task.dueDate, '2030-05-31');
      assert.equal(task.origin?.checklistId, started.checklistId);
      assert.equal(task.origin?.processId, processes.full);
    }

    // The file lists them in the same order.
    assert.deepEqual((await tasksOf(caseId)).map((task) => task.title), started.tasks.map((task) => task.title));
    const view = json<CaseViewBody>(await agency.workers.immigration.inject({ method: 'GET', url: `/api/cases/by-person/${personId}` }));
    const entries = view.timeline.items.filter((item) => item.summary.startsWith('Checkliste'));
    assert.equal(entries.length, 1);
    assert.match(entries[0]?.summary ?? '', /„Aufenthaltserlaubnis verlängern“ \(Version 1\) gestartet: 3 Aufgaben, fällig 2030-05-31/);
    assert.ok((await auditActions(ctx, agency.tenant.id, personId)).some((row) => row.action === 'case.checklist_start'));
  });

  it('refuses a second start while the list runs, and allows it again once every task is done', async () => {
    const { caseId } = await makeCase(ctx, agency);
    const first = json<Started>(await start(caseId, { processId: processes.full, sectionType: 'immigration' }));
    const again = await start(caseId, { processId: processes.full, sectionType: 'immigration' });
    assert.equal(again.statusCode, 409);
    assert.equal(errorCode(again), 'CASE_CHECKLIST_RUNNING');
    assert.equal(await taskCount(caseId), 3);

    for (const task of first.tasks) {
      const done = await agency.workers.immigration.inject({ method: 'PATCH', url: `/api/case-tasks/${task.id}`, payload: { status: 'done' } });
      assert.equal(done.statusCode, 200, done.body);
    }
    const restarted = await start(caseId, { processId: processes.full, sectionType: 'immigration' });
    assert.equal(restarted.statusCode, 201, restarted.body);
    assert.notEqual(json<Started>(restarted).checklistId, first.checklistId);
    assert.equal(await taskCount(caseId), 6);
  });

  it('holds need-to-know: the job centre cannot start a checklist in the immigration section, and nothing is written', async () => {
    const { caseId } = await makeCase(ctx, agency);
    const refused = await start(caseId, { processId: processes.full, sectionType: 'immigration' }, agency.workers.jobcentre);
    assert.equal(refused.statusCode, 403);
    assert.equal(errorCode(refused), 'CASE_SECTION_FORBIDDEN');
    assert.equal(await taskCount(caseId), 0);
    // In its own section it may.
    const own = await start(caseId, { processId: processes.full, sectionType: 'jobcentre' }, agency.workers.jobcentre);
    assert.equal(own.statusCode, 201, own.body);
    assert.ok(json<Started>(own).tasks.every((task) => task.assigneeUnitId === agency.unitIds.jobcentre));
  });

  it('assigns a named colleague instead of the unit when asked', async () => {
    const { caseId } = await makeCase(ctx, agency);
    const colleague = await makeStaff(ctx.db, agency.tenant, { roles: ['case_worker'], unitIds: [agency.unitIds.immigration] });
    const response = await start(caseId, { processId: processes.full, sectionType: 'immigration', assigneeStaffId: colleague.id });
    assert.equal(response.statusCode, 201, response.body);
    assert.ok(json<Started>(response).tasks.every((task) => task.assigneeStaffId === colleague.id && task.assigneeUnitId === null));
  });

  it('answers bad requests with codes and writes nothing', async () => {
    const { caseId } = await makeCase(ctx, agency);
    const foreign = await makeTenant(ctx.db);
    const foreignProcess = await makeProcess(foreign.id, 'Fremder Prozess', MODEL);
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ processId: processes.withoutModel, sectionType: 'immigration' }, 404, 'PROCESS_MODEL_MISSING'],
      [{ processId: processes.empty, sectionType: 'immigration' }, 400, 'CASE_CHECKLIST_EMPTY'],
      [{ processId: processes.full, sectionType: 'immigration', version: 7 }, 404, 'PROCESS_VERSION_NOT_FOUND'],
      [{ processId: randomUUID(), sectionType: 'immigration' }, 404, 'NOT_FOUND'],
      [{ processId: foreignProcess, sectionType: 'immigration' }, 404, 'NOT_FOUND'],
      [{ processId: processes.full, sectionType: 'immigration', dueDate: '2030-02-30' }, 400, 'CASE_DATE_INVALID'],
      [{ processId: processes.full, sectionType: 'immigration', assigneeUnitId: agency.unitIds.jobcentre, assigneeStaffId: randomUUID() }, 400, 'TASK_ASSIGNEE_INVALID'],
      [{ processId: processes.full, sectionType: 'no_such_section' }, 400, 'CASE_SECTION_UNKNOWN'],
      [{ processId: 'not-a-uuid', sectionType: 'immigration' }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [body, status, code] of cases) {
      const response = await start(caseId, body);
      assert.equal(response.statusCode, status, `${JSON.stringify(body)}: ${response.body}`);
      assert.equal(errorCode(response), code, JSON.stringify(body));
    }
    assert.equal(await taskCount(caseId), 0);
  });
});
