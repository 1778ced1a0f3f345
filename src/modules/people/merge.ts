import { randomUUID } from 'node:crypto';
import { recordAudit, type Actor } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { loadPersonRow, touchPerson } from './store.js';

// Merging two records of the same person after review. Nothing is moved or
// deleted: the merged record keeps its names, identifiers, links and history
// and only points to the survivor, so a split puts it back exactly as it was.

const PURPOSE = 'Dublettenbereinigung im Personenregister';

export async function mergePeople(tx: Tx, tenantId: string, actor: Actor, survivorId: string, mergedId: string, reason: string) {
  if (survivorId === mergedId) throw new AppError('PERSON_MERGE_INVALID', 'same record');
  // Lock in id order, so two merges of the same pair cannot deadlock.
  const [first, second] = [survivorId, mergedId].sort() as [string, string];
  const rows = new Map([[first, await loadPersonRow(tx, first, true)], [second, await loadPersonRow(tx, second, true)]]);
  const survivor = rows.get(survivorId);
  const merged = rows.get(mergedId);
  if (!survivor || !merged) throw new AppError('NOT_FOUND');
  if (survivor.merged_into || merged.merged_into) throw new AppError('PERSON_MERGE_INVALID', 'one of the records is already merged', { mergedInto: survivor.root_id ?? merged.root_id });
  await tx.updateTable('persons').set({ merged_into: survivorId, root_id: survivorId }).where('id', '=', mergedId).execute();
  // Records merged into the merged one earlier now stand for the survivor too.
  await tx.updateTable('persons').set({ root_id: survivorId }).where('root_id', '=', mergedId).execute();
  await touchPerson(tx, survivorId);
  await touchPerson(tx, mergedId);
  const id = randomUUID();
  await tx.insertInto('person_merges').values({ tenant_id: tenantId, id, survivor_id: survivorId, merged_id: mergedId, reason: reason.trim(), merged_by: actor.id, merged_by_label: actor.label }).execute();
  await recordAudit(tx, { tenantId, actor, action: 'person.merge', subjectType: 'person_merge', subjectId: id, personId: survivorId, purpose: PURPOSE, details: { mergedId, reason: reason.trim() } });
  await recordAudit(tx, { tenantId, actor, action: 'person.merged_into', subjectType: 'person_merge', subjectId: id, personId: mergedId, purpose: PURPOSE, details: { survivorId, reason: reason.trim() } });
  return { id, survivorId, mergedId };
}

export async function splitMerge(tx: Tx, tenantId: string, actor: Actor, mergeId: string, reason: string) {
  const merge = await tx.selectFrom('person_merges').selectAll().where('id', '=', mergeId).forUpdate().executeTakeFirst();
  if (!merge) throw new AppError('NOT_FOUND', `merge ${mergeId}`);
  if (merge.split_at) throw new AppError('PERSON_MERGE_ALREADY_SPLIT');
  const merged = await loadPersonRow(tx, merge.merged_id, true);
  const rootId = merged.root_id as string;
  // The records below the merged one (merged into it earlier) go back with it.
  const family = await tx.selectFrom('persons').select(['id', 'merged_into']).where('root_id', '=', rootId).forUpdate().execute();
  const children = new Map<string, string[]>();
  for (const row of family) children.set(row.merged_into as string, [...(children.get(row.merged_into as string) ?? []), row.id]);
  const below: string[] = [];
  const queue = [...(children.get(merged.id) ?? [])];
  while (queue.length > 0) {
    const next = queue.shift() as string;
    below.push(next);
    queue.push(...(children.get(next) ?? []));
  }
  await tx.updateTable('persons').set({ merged_into: null, root_id: null }).where('id', '=', merged.id).execute();
  if (below.length > 0) await tx.updateTable('persons').set({ root_id: merged.id }).where('id', 'in', below).execute();
  await touchPerson(tx, merge.survivor_id);
  await touchPerson(tx, merged.id);
  await tx.updateTable('person_merges').set({ split_at: new Date(), split_by: actor.id, split_by_label: actor.label, split_reason: reason.trim() }).where('id', '=', mergeId).execute();
  await recordAudit(tx, { tenantId, actor, action: 'person.split', subjectType: 'person_merge', subjectId: mergeId, personId: merge.survivor_id, purpose: PURPOSE, details: { mergedId: merged.id, reason: reason.trim() } });
  await recordAudit(tx, { tenantId, actor, action: 'person.split', subjectType: 'person_merge', subjectId: mergeId, personId: merged.id, purpose: PURPOSE, details: { survivorId: merge.survivor_id, reason: reason.trim() } });
  return { id: mergeId, survivorId: merge.survivor_id, mergedId: merged.id };
}
