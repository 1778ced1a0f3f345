import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import type { ParsedBpmn } from './bpmn.js';
import { actorOf, assertMayEdit, assertOwnerExists, type Editor, type Ownership } from './editors.js';
import { ADMINISTRATION_PURPOSE } from './groups.js';
import { replaceLinks, type LinkInput } from './links.js';

// Processes and their version history. The row in `processes` is the current
// state; every change (metadata or model) appends a complete version with a
// change note, so any earlier state can be shown and exported again.

export interface ProcessInput extends Ownership {
  groupId: string;
  title: string;
  description: string;
}

export interface ProcessChange extends Partial<ProcessInput> {
  /** The version the editor started from; a different current version is a conflict. */
  baseVersion: number;
  changeNote: string;
}

interface CurrentRow {
  id: string;
  group_id: string;
  title: string;
  description: string;
  owner_unit_id: string | null;
  owner_staff_id: string | null;
  current_version: number;
}

async function assertGroupExists(tx: Tx, groupId: string): Promise<void> {
  if (!(await tx.selectFrom('process_groups').select('id').where('id', '=', groupId).executeTakeFirst())) throw new AppError('PROCESS_UNKNOWN_GROUP');
}

async function assertTitleFree(tx: Tx, title: string, exceptId?: string): Promise<void> {
  let query = tx.selectFrom('processes').select('id').where('title', '=', title);
  if (exceptId) query = query.where('id', '!=', exceptId);
  if (await query.executeTakeFirst()) throw new AppError('PROCESS_TITLE_TAKEN');
}

/** Loads a process for a change, locked so two editors cannot both write version n+1. */
export async function loadForChange(tx: Tx, id: string): Promise<CurrentRow> {
  const row = await tx
    .selectFrom('processes')
    .select(['id', 'group_id', 'title', 'description', 'owner_unit_id', 'owner_staff_id', 'current_version'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `process ${id}`);
  return row;
}

const ownershipOf = (row: CurrentRow): Ownership => ({ ownerUnitId: row.owner_unit_id, ownerStaffId: row.owner_staff_id });

async function currentModel(tx: Tx, id: string, version: number): Promise<string | null> {
  const row = await tx.selectFrom('process_versions').select('bpmn_xml').where('process_id', '=', id).where('version', '=', version).executeTakeFirst();
  return row?.bpmn_xml ?? null;
}

export async function createProcess(
  tx: Tx,
  tenantId: string,
  editor: Editor,
  input: ProcessInput & Partial<LinkInput> & { changeNote?: string; model?: ParsedBpmn },
): Promise<{ id: string }> {
  const title = input.title.trim();
  const owner = { ownerUnitId: input.ownerUnitId, ownerStaffId: input.ownerStaffId };
  // A lead creates processes that they may then edit, not ones for other units.
  assertMayEdit(editor, owner);
  await assertOwnerExists(tx, owner);
  await assertGroupExists(tx, input.groupId);
  await assertTitleFree(tx, title);
  const id = randomUUID();
  await tx
    .insertInto('processes')
    .values({ tenant_id: tenantId, id, group_id: input.groupId, title, description: input.description, owner_unit_id: owner.ownerUnitId, owner_staff_id: owner.ownerStaffId, current_version: 1 })
    .execute();
  const changeNote = input.changeNote?.trim() || 'Prozess angelegt';
  await tx
    .insertInto('process_versions')
    .values({
      tenant_id: tenantId, process_id: id, version: 1, title, description: input.description, owner_unit_id: owner.ownerUnitId, owner_staff_id: owner.ownerStaffId,
      bpmn_xml: input.model?.xml ?? null, change_note: changeNote, created_by: editor.staffId,
    })
    .execute();
  await replaceLinks(tx, tenantId, id, { concernIds: input.concernIds ?? [], articleIds: input.articleIds ?? [] });
  await recordAudit(tx, {
    tenantId, actor: actorOf(editor), action: 'process.create', subjectType: 'process', subjectId: id, purpose: ADMINISTRATION_PURPOSE,
    details: { title, groupId: input.groupId, ...owner, hasModel: input.model !== undefined, changeNote },
  });
  return { id };
}

async function appendVersion(tx: Tx, tenantId: string, editor: Editor, before: CurrentRow, after: Omit<CurrentRow, 'id' | 'current_version'>, bpmnXml: string | null, changeNote: string): Promise<number> {
  const version = before.current_version + 1;
  await tx
    .updateTable('processes')
    .set({ ...after, current_version: version, updated_at: new Date() })
    .where('id', '=', before.id)
    .execute();
  await tx
    .insertInto('process_versions')
    .values({
      tenant_id: tenantId, process_id: before.id, version, title: after.title, description: after.description,
      owner_unit_id: after.owner_unit_id, owner_staff_id: after.owner_staff_id, bpmn_xml: bpmnXml, change_note: changeNote, created_by: editor.staffId,
    })
    .execute();
  return version;
}

function assertBase(row: CurrentRow, baseVersion: number): void {
  if (row.current_version !== baseVersion) throw new AppError('PROCESS_VERSION_CONFLICT', `base ${baseVersion}, current ${row.current_version}`, { currentVersion: row.current_version });
}

/** Changes title, description, service area or owner; writes a new version. */
export async function updateProcess(tx: Tx, tenantId: string, editor: Editor, id: string, change: ProcessChange): Promise<{ version: number }> {
  const row = await loadForChange(tx, id);
  assertMayEdit(editor, ownershipOf(row));
  assertBase(row, change.baseVersion);
  const title = change.title?.trim() ?? row.title;
  if (title !== row.title) await assertTitleFree(tx, title, id);
  if (change.groupId !== undefined && change.groupId !== row.group_id) await assertGroupExists(tx, change.groupId);
  const ownerChanged = change.ownerUnitId !== undefined || change.ownerStaffId !== undefined;
  const owner = ownerChanged
    ? { ownerUnitId: change.ownerUnitId ?? null, ownerStaffId: change.ownerStaffId ?? null }
    : ownershipOf(row);
  if (ownerChanged) await assertOwnerExists(tx, owner);
  const after = {
    group_id: change.groupId ?? row.group_id, title, description: change.description ?? row.description,
    owner_unit_id: owner.ownerUnitId, owner_staff_id: owner.ownerStaffId,
  };
  const changeNote = change.changeNote.trim();
  const version = await appendVersion(tx, tenantId, editor, row, after, await currentModel(tx, id, row.current_version), changeNote);
  await recordAudit(tx, {
    tenantId, actor: actorOf(editor), action: 'process.update', subjectType: 'process', subjectId: id, purpose: ADMINISTRATION_PURPOSE,
    details: { version, changeNote, before: { title: row.title, groupId: row.group_id, ...ownershipOf(row) }, after: { title, groupId: after.group_id, ...owner } },
  });
  return { version };
}

/** Stores a (validated) BPMN model as the next version of the process. */
export async function saveModel(tx: Tx, tenantId: string, editor: Editor, id: string, input: { model: ParsedBpmn; baseVersion: number; changeNote: string }): Promise<{ version: number }> {
  const row = await loadForChange(tx, id);
  assertMayEdit(editor, ownershipOf(row));
  assertBase(row, input.baseVersion);
  const changeNote = input.changeNote.trim();
  const { id: _id, current_version: _version, ...unchanged } = row;
  const version = await appendVersion(tx, tenantId, editor, row, unchanged, input.model.xml, changeNote);
  await recordAudit(tx, {
    tenantId, actor: actorOf(editor), action: 'process.model_save', subjectType: 'process', subjectId: id, purpose: ADMINISTRATION_PURPOSE,
    details: { version, changeNote, elements: input.model.elementIds.length, bytes: Buffer.byteLength(input.model.xml, 'utf8') },
  });
  return { version };
}

/** Replaces the links to concerns and articles (links are not versioned, but audited). */
export async function updateLinks(tx: Tx, tenantId: string, editor: Editor, id: string, links: LinkInput): Promise<void> {
  const row = await loadForChange(tx, id);
  assertMayEdit(editor, ownershipOf(row));
  const changes = await replaceLinks(tx, tenantId, id, links);
  await recordAudit(tx, { tenantId, actor: actorOf(editor), action: 'process.links_update', subjectType: 'process', subjectId: id, purpose: ADMINISTRATION_PURPOSE, details: { ...changes } });
}
