import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { recordAudit } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { assertKnown, ONBOARDING_PURPOSE, type KnowledgeContext } from './context.js';

// Onboarding paths (Einarbeitungspfade): an ordered list of articles and
// processes that a new colleague works through and confirms as read. A
// confirmation of an article belongs to the version read; when a newer
// version becomes the valid one, the step asks to be confirmed again.

export type StepKind = 'article' | 'process';
export type StepState = 'open' | 'confirmed' | 'changed';

export interface StepInput {
  kind: StepKind;
  id: string;
}

export interface PathInput {
  title: string;
  description?: string;
  unitId?: string | null;
  steps: StepInput[];
}

export interface PathStep {
  position: number;
  kind: StepKind;
  id: string;
  title: string;
}

export interface PathView {
  id: string;
  title: string;
  description: string;
  unitId: string | null;
  steps: PathStep[];
}

async function writeSteps(tx: Tx, tenantId: string, pathId: string, steps: StepInput[]) {
  await assertKnown(tx, 'knowledge_articles', steps.filter((step) => step.kind === 'article').map((step) => step.id));
  await assertKnown(tx, 'processes', steps.filter((step) => step.kind === 'process').map((step) => step.id));
  await tx.deleteFrom('onboarding_steps').where('path_id', '=', pathId).execute();
  if (steps.length === 0) return;
  await tx
    .insertInto('onboarding_steps')
    .values(steps.map((step, index) => ({
      tenant_id: tenantId, path_id: pathId, position: index + 1,
      article_id: step.kind === 'article' ? step.id : null, process_id: step.kind === 'process' ? step.id : null,
    })))
    .execute();
}

export async function createPath(tx: Tx, ctx: KnowledgeContext, input: PathInput): Promise<{ id: string }> {
  if (input.unitId) await assertKnown(tx, 'units', [input.unitId]);
  const id = randomUUID();
  await tx.insertInto('onboarding_paths').values({ tenant_id: ctx.tenantId, id, title: input.title.trim(), description: input.description?.trim() ?? '', unit_id: input.unitId ?? null }).execute();
  await writeSteps(tx, ctx.tenantId, id, input.steps);
  await recordAudit(tx, { tenantId: ctx.tenantId, actor: ctx.actor, action: 'onboarding.path_create', subjectType: 'onboarding_path', subjectId: id, purpose: ONBOARDING_PURPOSE, details: { steps: input.steps.length } });
  return { id };
}

export async function updatePath(tx: Tx, ctx: KnowledgeContext, id: string, input: PathInput): Promise<void> {
  const existing = await tx.selectFrom('onboarding_paths').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
  if (!existing) throw new AppError('NOT_FOUND', `onboarding path ${id}`);
  if (input.unitId) await assertKnown(tx, 'units', [input.unitId]);
  await tx.updateTable('onboarding_paths').set({ title: input.title.trim(), description: input.description?.trim() ?? '', unit_id: input.unitId ?? null, updated_at: new Date() }).where('id', '=', id).execute();
  await writeSteps(tx, ctx.tenantId, id, input.steps);
  await recordAudit(tx, { tenantId: ctx.tenantId, actor: ctx.actor, action: 'onboarding.path_update', subjectType: 'onboarding_path', subjectId: id, purpose: ONBOARDING_PURPOSE, details: { steps: input.steps.length } });
}

export async function listPaths(tx: Tx): Promise<Array<{ id: string; title: string; description: string; unitId: string | null; steps: number }>> {
  const rows = await tx
    .selectFrom('onboarding_paths as p')
    .select(['p.id', 'p.title', 'p.description', 'p.unit_id', sql<number>`(select count(*)::int from onboarding_steps s where s.path_id = p.id)`.as('steps')])
    .orderBy('p.title')
    .execute();
  return rows.map((row) => ({ id: row.id, title: row.title, description: row.description, unitId: row.unit_id, steps: Number(row.steps) }));
}

export async function getPath(tx: Tx, id: string): Promise<PathView> {
  const path = await tx.selectFrom('onboarding_paths').select(['id', 'title', 'description', 'unit_id']).where('id', '=', id).executeTakeFirst();
  if (!path) throw new AppError('NOT_FOUND', `onboarding path ${id}`);
  const steps = await sql<{ position: number; article_id: string | null; process_id: string | null; title: string }>`
    select s.position, s.article_id, s.process_id, coalesce(a.title, p.title, '?') as title
    from onboarding_steps s
    left join knowledge_articles a on a.id = s.article_id
    left join processes p on p.id = s.process_id
    where s.path_id = ${id}
    order by s.position`.execute(tx);
  return {
    id: path.id, title: path.title, description: path.description, unitId: path.unit_id,
    steps: steps.rows.map((row) => ({ position: row.position, kind: row.article_id ? 'article' : 'process', id: (row.article_id ?? row.process_id) as string, title: row.title })),
  };
}

/** Who a lead may onboard: admins anyone, unit leads the staff of their own units. */
export interface Manager {
  staffId: string;
  isAdmin: boolean;
  unitIds: string[];
}

async function staffInUnits(tx: Tx, unitIds: string[]): Promise<Set<string>> {
  if (unitIds.length === 0) return new Set();
  const rows = await tx.selectFrom('staff_units').select('staff_id').where('unit_id', 'in', unitIds).execute();
  return new Set(rows.map((row) => row.staff_id));
}

/** Active staff the manager may onboard, for the assignment form. */
export async function onboardingCandidates(tx: Tx, manager: Manager): Promise<Array<{ id: string; displayName: string }>> {
  let query = tx.selectFrom('staff').select(['id', 'display_name']).where('status', '=', 'active').orderBy('display_name');
  if (!manager.isAdmin) {
    if (manager.unitIds.length === 0) return [];
    query = query.where('id', 'in', tx.selectFrom('staff_units').select('staff_id').where('unit_id', 'in', manager.unitIds));
  }
  return (await query.execute()).map((row) => ({ id: row.id, displayName: row.display_name }));
}

export async function assignPath(tx: Tx, ctx: KnowledgeContext, manager: Manager, pathId: string, staffId: string): Promise<void> {
  await getPath(tx, pathId);
  await assertKnown(tx, 'staff', [staffId]);
  if (!manager.isAdmin && !(await staffInUnits(tx, manager.unitIds)).has(staffId)) throw new AppError('ONBOARDING_STAFF_OUTSIDE_UNITS', staffId);
  await tx.insertInto('onboarding_assignments').values({ tenant_id: ctx.tenantId, path_id: pathId, staff_id: staffId, assigned_by: ctx.actor.id }).onConflict((oc) => oc.columns(['path_id', 'staff_id']).doNothing()).execute();
  await recordAudit(tx, { tenantId: ctx.tenantId, actor: ctx.actor, action: 'onboarding.assign', subjectType: 'onboarding_path', subjectId: pathId, purpose: ONBOARDING_PURPOSE, details: { staffId } });
}

export interface StepProgress extends PathStep {
  state: StepState;
  confirmedAt: string | null;
  /** The article version that a confirmation now would cover (null for processes or when none is valid). */
  currentVersionId: string | null;
}

/** The state of every step of a path for the given staff members, on `day`. */
async function progressOf(tx: Tx, path: PathView, staffIds: string[], day: string): Promise<Map<string, StepProgress[]>> {
  const articleIds = path.steps.filter((step) => step.kind === 'article').map((step) => step.id);
  const current = new Map<string, string>();
  if (articleIds.length > 0) {
    const rows = await tx.selectFrom('knowledge_versions').select(['article_id', 'id']).where('article_id', 'in', articleIds).where('status', '=', 'published').where(sql<boolean>`validity @> ${day}::date`).execute();
    for (const row of rows) current.set(row.article_id, row.id);
  }
  const confirmations = staffIds.length === 0 ? [] : await tx
    .selectFrom('read_confirmations as r')
    .leftJoin('knowledge_versions as v', 'v.id', 'r.article_version_id')
    .select(['r.staff_id', 'r.article_version_id', 'r.process_id', 'v.article_id', sql<string>`to_char(r.confirmed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`.as('confirmed_at')])
    .where('r.staff_id', 'in', staffIds)
    .execute();
  const result = new Map<string, StepProgress[]>();
  for (const staffId of staffIds) {
    const mine = confirmations.filter((row) => row.staff_id === staffId);
    result.set(staffId, path.steps.map((step) => {
      if (step.kind === 'process') {
        const done = mine.find((row) => row.process_id === step.id);
        return { ...step, state: done ? 'confirmed' : 'open', confirmedAt: done?.confirmed_at ?? null, currentVersionId: null };
      }
      const versionId = current.get(step.id) ?? null;
      const ofArticle = mine.filter((row) => row.article_id === step.id);
      const ofCurrent = ofArticle.find((row) => row.article_version_id === versionId);
      const state: StepState = ofCurrent ? 'confirmed' : ofArticle.length > 0 ? 'changed' : 'open';
      return { ...step, state, confirmedAt: ofCurrent?.confirmed_at ?? null, currentVersionId: versionId };
    }));
  }
  return result;
}

export interface MyPath extends Omit<PathView, 'steps'> {
  steps: StepProgress[];
  done: number;
}

/** The paths assigned to one staff member, with the state of each step. */
export async function myPaths(tx: Tx, staffId: string, day: string): Promise<MyPath[]> {
  const assigned = await tx.selectFrom('onboarding_assignments').select('path_id').where('staff_id', '=', staffId).orderBy('assigned_at').execute();
  const paths: MyPath[] = [];
  for (const { path_id } of assigned) {
    const path = await getPath(tx, path_id);
    const steps = (await progressOf(tx, path, [staffId], day)).get(staffId) ?? [];
    paths.push({ ...path, steps, done: steps.filter((step) => step.state === 'confirmed').length });
  }
  return paths;
}

/** "Read and understood" for one step of an assigned path. */
export async function confirmStep(tx: Tx, ctx: KnowledgeContext, staffId: string, pathId: string, position: number, day: string): Promise<void> {
  const path = await getPath(tx, pathId);
  const assigned = await tx.selectFrom('onboarding_assignments').select('staff_id').where('path_id', '=', pathId).where('staff_id', '=', staffId).executeTakeFirst();
  if (!assigned) throw new AppError('ONBOARDING_NOT_ASSIGNED', pathId);
  const step = path.steps.find((candidate) => candidate.position === position);
  if (!step) throw new AppError('ONBOARDING_STEP_UNKNOWN', `${pathId} #${position}`);
  let versionId: string | null = null;
  if (step.kind === 'article') {
    const current = await tx.selectFrom('knowledge_versions').select('id').where('article_id', '=', step.id).where('status', '=', 'published').where(sql<boolean>`validity @> ${day}::date`).executeTakeFirst();
    if (!current) throw new AppError('ONBOARDING_NOTHING_TO_CONFIRM', step.id);
    versionId = current.id;
    const exists = await tx.selectFrom('read_confirmations').select('staff_id').where('staff_id', '=', staffId).where('article_version_id', '=', versionId).executeTakeFirst();
    if (!exists) await tx.insertInto('read_confirmations').values({ tenant_id: ctx.tenantId, staff_id: staffId, article_version_id: versionId, process_id: null }).execute();
  } else {
    const exists = await tx.selectFrom('read_confirmations').select('staff_id').where('staff_id', '=', staffId).where('process_id', '=', step.id).executeTakeFirst();
    if (!exists) await tx.insertInto('read_confirmations').values({ tenant_id: ctx.tenantId, staff_id: staffId, article_version_id: null, process_id: step.id }).execute();
  }
  await recordAudit(tx, {
    tenantId: ctx.tenantId, actor: ctx.actor, action: 'onboarding.confirm', subjectType: 'onboarding_path', subjectId: pathId, purpose: ONBOARDING_PURPOSE,
    details: { position, kind: step.kind, itemId: step.id, versionId },
  });
}

export interface NewcomerProgress {
  staffId: string;
  displayName: string;
  assignedAt: string;
  done: number;
  total: number;
  steps: StepProgress[];
}

/**
 * The progress of everyone assigned to a path whom the manager may see.
 * Read confirmations are personal data of staff, so the look is audited.
 */
export async function pathProgress(tx: Tx, ctx: KnowledgeContext, manager: Manager, pathId: string, day: string): Promise<{ path: PathView; newcomers: NewcomerProgress[] }> {
  const path = await getPath(tx, pathId);
  const assigned = await tx
    .selectFrom('onboarding_assignments as a')
    .innerJoin('staff as s', 's.id', 'a.staff_id')
    .select(['a.staff_id', 's.display_name', sql<string>`to_char(a.assigned_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`.as('assigned_at')])
    .where('a.path_id', '=', pathId)
    .orderBy('s.display_name')
    .execute();
  const visible = manager.isAdmin ? assigned : await (async () => {
    const mine = await staffInUnits(tx, manager.unitIds);
    return assigned.filter((row) => mine.has(row.staff_id));
  })();
  const progress = await progressOf(tx, path, visible.map((row) => row.staff_id), day);
  const newcomers = visible.map((row) => {
    const steps = progress.get(row.staff_id) ?? [];
    return { staffId: row.staff_id, displayName: row.display_name, assignedAt: row.assigned_at, done: steps.filter((step) => step.state === 'confirmed').length, total: steps.length, steps };
  });
  await recordAudit(tx, {
    tenantId: ctx.tenantId, actor: ctx.actor, action: 'onboarding.progress_read', subjectType: 'onboarding_path', subjectId: pathId, purpose: ONBOARDING_PURPOSE,
    details: { staffIds: newcomers.map((row) => row.staffId) },
  });
  return { path, newcomers };
}
