import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import type { RequestAuth } from '../../platform/http/policy.js';
import { readChecklist } from '../processes/index.js';
import { actorOf, assertWrite, type CaseAccess } from './access.js';
import { DEFAULT_PURPOSE } from './case-file.js';
import { addTimelineEntry } from './events.js';
import { assertAssignment, getTasks } from './tasks.js';

// A process of the process map started on a case file: the tasks of its BPMN
// model become the file's tasks in one go, in the model's order, all in one
// section and with one assignee (by default the unit that owns the section).
// One timeline entry and one audit entry for the whole checklist.

export interface ChecklistStart {
  processId: string;
  version?: number | undefined;
  sectionType: string;
  dueDate?: string | undefined;
  assigneeUnitId?: string | undefined;
  assigneeStaffId?: string | undefined;
}

const MAX_TITLE = 300;

/** The task's title: the model's task name, and the decision it depends on where there is one. */
export function checklistTaskTitle(item: { title: string; condition: string | null }): string {
  const title = item.condition ? `${item.title} (nur falls: ${item.condition})` : item.title;
  const normalised = title.normalize('NFC').trim();
  return normalised.length <= MAX_TITLE ? normalised : `${normalised.slice(0, MAX_TITLE - 1)}…`;
}

export async function startChecklist(tx: Tx, auth: RequestAuth, access: CaseAccess, input: ChecklistStart, now: Date) {
  assertWrite(access, input.sectionType);
  const caseId = access.caseRow.id;
  const assignee = input.assigneeUnitId || input.assigneeStaffId
    ? { assigneeUnitId: input.assigneeUnitId, assigneeStaffId: input.assigneeStaffId }
    : { assigneeUnitId: await sectionOwner(tx, caseId, input.sectionType) };
  await assertAssignment(tx, { ...assignee, dueDate: input.dueDate });

  const checklist = await readChecklist(tx, input.processId, input.version);
  if (checklist.items.length === 0) throw new AppError('CASE_CHECKLIST_EMPTY', `process ${input.processId} version ${checklist.version}`);
  // A double click or a second colleague must not put the same list in twice;
  // once the earlier run is done, the process may be started again.
  const running = await tx.selectFrom('case_tasks').select('id')
    .where('case_id', '=', caseId).where('source_process_id', '=', input.processId).where('status', '=', 'open')
    .limit(1).executeTakeFirst();
  if (running) throw new AppError('CASE_CHECKLIST_RUNNING', `process ${input.processId} on case ${caseId}`);

  const checklistId = randomUUID();
  await tx.insertInto('case_tasks').values(checklist.items.map((item, index) => ({
    tenant_id: auth.tenantId, id: randomUUID(), case_id: caseId, section_type: input.sectionType, conference_id: null,
    title: checklistTaskTitle(item), due_date: input.dueDate ?? null,
    assignee_unit_id: assignee.assigneeUnitId ?? null, assignee_staff_id: assignee.assigneeStaffId ?? null,
    created_by: auth.staffId, created_at: now,
    source_process_id: checklist.processId, source_process_version: checklist.version, source_element_id: item.elementId,
    checklist_id: checklistId, checklist_position: index + 1,
  }))).execute();
  await addTimelineEntry(tx, {
    tenantId: auth.tenantId, caseId, sectionType: input.sectionType, kind: 'task', subjectId: checklistId, actorLabel: auth.displayName, at: now,
    summary: `Checkliste „${checklist.title}“ (Version ${checklist.version}) gestartet: ${checklist.items.length === 1 ? 'eine Aufgabe' : `${checklist.items.length} Aufgaben`}${input.dueDate ? `, fällig ${input.dueDate}` : ''}`,
  });
  await recordAudit(tx, {
    tenantId: auth.tenantId, actor: actorOf(auth), action: 'case.checklist_start', subjectType: 'case', subjectId: caseId, personId: access.caseRow.person_id,
    purpose: DEFAULT_PURPOSE, details: { checklistId, processId: checklist.processId, version: checklist.version, tasks: checklist.items.length, sectionType: input.sectionType },
  });
  const tasks = (await getTasks(tx, caseId, [input.sectionType], false)).filter((task) => task.origin?.checklistId === checklistId);
  return { checklistId, processId: checklist.processId, processTitle: checklist.title, version: checklist.version, tasks };
}

async function sectionOwner(tx: Tx, caseId: string, sectionType: string): Promise<string> {
  const section = await tx.selectFrom('case_sections').select('owner_unit_id').where('case_id', '=', caseId).where('section_type', '=', sectionType).executeTakeFirst();
  if (!section?.owner_unit_id) throw new AppError('CASE_CHECKLIST_ASSIGNEE_REQUIRED', `section ${sectionType} has no owning unit`);
  return section.owner_unit_id;
}
