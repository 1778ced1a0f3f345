import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { actorOf, type Editor } from './editors.js';

// Service areas (Leistungsbereiche): the first level of the process map.

export const ADMINISTRATION_PURPOSE = 'Verwaltung der Organisation';

export interface ProcessGroup {
  id: string;
  name: string;
  position: number;
}

async function assertNameFree(tx: Tx, name: string, exceptId?: string): Promise<void> {
  let query = tx.selectFrom('process_groups').select('id').where('name', '=', name);
  if (exceptId) query = query.where('id', '!=', exceptId);
  if (await query.executeTakeFirst()) throw new AppError('PROCESS_GROUP_NAME_TAKEN');
}

export async function createProcessGroup(tx: Tx, tenantId: string, editor: Editor, input: { name: string; position?: number }): Promise<ProcessGroup> {
  const name = input.name.trim();
  await assertNameFree(tx, name);
  const position = input.position ?? Number((await tx.selectFrom('process_groups').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
  const row = await tx.insertInto('process_groups').values({ tenant_id: tenantId, id: randomUUID(), name, position }).returning(['id', 'name', 'position']).executeTakeFirstOrThrow();
  await recordAudit(tx, { tenantId, actor: actorOf(editor), action: 'process_group.create', subjectType: 'process_group', subjectId: row.id, purpose: ADMINISTRATION_PURPOSE, details: { name, position } });
  return row;
}

export async function updateProcessGroup(tx: Tx, tenantId: string, editor: Editor, id: string, patch: { name?: string; position?: number }): Promise<ProcessGroup> {
  const existing = await tx.selectFrom('process_groups').select(['id', 'name', 'position']).where('id', '=', id).forUpdate().executeTakeFirst();
  if (!existing) throw new AppError('NOT_FOUND', `process group ${id}`);
  const name = patch.name?.trim();
  if (name !== undefined) await assertNameFree(tx, name, id);
  const row = await tx
    .updateTable('process_groups')
    .set({ ...(name !== undefined && { name }), ...(patch.position !== undefined && { position: patch.position }) })
    .where('id', '=', id)
    .returning(['id', 'name', 'position'])
    .executeTakeFirstOrThrow();
  await recordAudit(tx, { tenantId, actor: actorOf(editor), action: 'process_group.update', subjectType: 'process_group', subjectId: id, purpose: ADMINISTRATION_PURPOSE, details: { before: existing, after: row } });
  return row;
}
