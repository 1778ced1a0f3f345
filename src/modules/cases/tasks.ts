import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { recordAudit } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import type { RequestAuth } from '../../platform/http/policy.js';
import { actorOf, assertWrite, type CaseAccess } from './access.js';
import { DEFAULT_PURPOSE } from './case-file.js';
import { assertCalendarDate } from './dates.js';
import { addTimelineEntry } from './events.js';

// Tasks with a due date and exactly one assignee: a unit or a person.

export interface TaskInput {
  title: string;
  sectionType?: string | null | undefined;
  dueDate?: string | null | undefined;
  assigneeUnitId?: string | null | undefined;
  assigneeStaffId?: string | null | undefined;
}

const taskColumns = [
  'id', 'section_type', 'conference_id', 'title', 'assignee_unit_id', 'assignee_staff_id', 'status',
  'source_process_id', 'source_process_version', 'source_element_id', 'checklist_id',
] as const;

/** Exactly one assignee that exists in the tenant, and a real due date. */
export async function assertAssignment(tx: Tx, input: Omit<TaskInput, 'title'>): Promise<void> {
  if (Boolean(input.assigneeUnitId) === Boolean(input.assigneeStaffId)) throw new AppError('TASK_ASSIGNEE_INVALID');
  if (input.dueDate) assertCalendarDate(input.dueDate, 'dueDate');
  if (input.assigneeUnitId && !(await tx.selectFrom('units').select('id').where('id', '=', input.assigneeUnitId).executeTakeFirst())) throw new AppError('NOT_FOUND', `unit ${input.assigneeUnitId}`);
  if (input.assigneeStaffId && !(await tx.selectFrom('staff').select('id').where('id', '=', input.assigneeStaffId).executeTakeFirst())) throw new AppError('NOT_FOUND', `staff ${input.assigneeStaffId}`);
}

export async function createTask(tx: Tx, auth: RequestAuth, caseId: string, input: TaskInput, now: Date, conferenceId: string | null = null) {
  await assertAssignment(tx, input);
  const id = randomUUID();
  const title = input.title.normalize('NFC').trim();
  await tx.insertInto('case_tasks').values({
    tenant_id: auth.tenantId, id, case_id: caseId, section_type: input.sectionType ?? null, conference_id: conferenceId, title,
    due_date: input.dueDate ?? null, assignee_unit_id: input.assigneeUnitId ?? null, assignee_staff_id: input.assigneeStaffId ?? null,
    created_by: auth.staffId, created_at: now,
  }).execute();
  await addTimelineEntry(tx, { tenantId: auth.tenantId, caseId, sectionType: input.sectionType ?? null, kind: 'task', subjectId: id, summary: `Aufgabe: ${title}${input.dueDate ? ` (fällig ${input.dueDate})` : ''}`, actorLabel: auth.displayName, at: now });
  return id;
}

export async function addTask(tx: Tx, auth: RequestAuth, access: CaseAccess, input: TaskInput & { sectionType: string }, now: Date) {
  assertWrite(access, input.sectionType);
  const id = await createTask(tx, auth, access.caseRow.id, input, now);
  await recordAudit(tx, { tenantId: auth.tenantId, actor: actorOf(auth), action: 'case.task_add', subjectType: 'case_task', subjectId: id, personId: access.caseRow.person_id, purpose: DEFAULT_PURPOSE, details: { sectionType: input.sectionType } });
  const task = (await getTasks(tx, access.caseRow.id, [input.sectionType], false)).find((candidate) => candidate.id === id);
  if (!task) throw new Error(`task ${id} vanished in its own transaction`);
  return task;
}

/** Tasks of the sections the caller reads (and the file-wide ones for staff of the house). */
export async function getTasks(tx: Tx, caseId: string, sections: string[], includeFileWide: boolean) {
  const rows = await tx.selectFrom('case_tasks').select([...taskColumns, sql<string | null>`due_date::text`.as('due')])
    .where('case_id', '=', caseId)
    .where((eb) => eb.or([
      eb('section_type', 'in', sections.length ? sections : ['-']),
      ...(includeFileWide ? [eb('section_type', 'is', null)] : []),
    ]))
    .orderBy('status').orderBy('due_date').orderBy('created_at').orderBy('checklist_position').limit(500).execute();
  return rows.map((row) => ({
    id: row.id, sectionType: row.section_type, conferenceId: row.conference_id, title: row.title, dueDate: row.due,
    assigneeUnitId: row.assignee_unit_id, assigneeStaffId: row.assignee_staff_id, status: row.status,
    origin: row.checklist_id && row.source_process_id && row.source_process_version !== null && row.source_element_id
      ? { checklistId: row.checklist_id, processId: row.source_process_id, processVersion: row.source_process_version, elementId: row.source_element_id }
      : null,
  }));
}

export async function loadTask(tx: Tx, taskId: string) {
  const row = await tx.selectFrom('case_tasks').select(['id', 'case_id', 'section_type', 'status', 'title', 'assignee_unit_id', 'assignee_staff_id']).where('id', '=', taskId).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `task ${taskId}`);
  return row;
}

export async function setTaskStatus(tx: Tx, auth: RequestAuth, access: CaseAccess, task: Awaited<ReturnType<typeof loadTask>>, status: 'open' | 'done', now: Date) {
  // The section's writers, the assigned person and members of the assigned unit may tick a task off.
  const assigned = task.assignee_staff_id === auth.staffId || (task.assignee_unit_id !== null && auth.unitIds.includes(task.assignee_unit_id));
  if (!assigned) {
    if (task.section_type) assertWrite(access, task.section_type);
    else if (!access.house) throw new AppError('CASE_SECTION_FORBIDDEN', 'file-wide task');
  }
  await tx.updateTable('case_tasks').set({ status, done_at: status === 'done' ? now : null }).where('id', '=', task.id).execute();
  await addTimelineEntry(tx, { tenantId: auth.tenantId, caseId: task.case_id, sectionType: task.section_type, kind: 'task', subjectId: task.id, summary: `Aufgabe „${task.title}“: ${status === 'done' ? 'erledigt' : 'wieder offen'}`, actorLabel: auth.displayName, at: now });
  await recordAudit(tx, { tenantId: auth.tenantId, actor: actorOf(auth), action: 'case.task_status', subjectType: 'case_task', subjectId: task.id, personId: access.caseRow.person_id, purpose: DEFAULT_PURPOSE, details: { status } });
}
