import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { recordAudit } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { assertKnown, KNOWLEDGE_PURPOSE, type KnowledgeContext } from './context.js';
import { parseDay } from './dates.js';
import { createVersion, type VersionInput } from './versions.js';

// Articles: the metadata that stays across versions (owner, tags, legal
// references, links to concerns and processes, the next review date).

export interface ArticleInput {
  title: string;
  owningUnitId?: string | null;
  ownerStaffId?: string | null;
  tags?: string[];
  legalRefs?: string[];
  concernIds?: string[];
  processIds?: string[];
  reviewBy?: string | null;
}

const cleanList = (values: string[] | undefined) => [...new Set((values ?? []).map((value) => value.trim()).filter(Boolean))];

async function checkReferences(tx: Tx, input: Partial<ArticleInput>) {
  if (input.owningUnitId) await assertKnown(tx, 'units', [input.owningUnitId]);
  if (input.ownerStaffId) await assertKnown(tx, 'staff', [input.ownerStaffId]);
  await assertKnown(tx, 'concerns', input.concernIds ?? []);
  await assertKnown(tx, 'processes', input.processIds ?? []);
}

async function setConcerns(tx: Tx, tenantId: string, articleId: string, concernIds: string[]) {
  await tx.deleteFrom('knowledge_article_concerns').where('article_id', '=', articleId).execute();
  const unique = [...new Set(concernIds)];
  if (unique.length > 0) await tx.insertInto('knowledge_article_concerns').values(unique.map((concern_id) => ({ tenant_id: tenantId, article_id: articleId, concern_id }))).execute();
}

/** Creates an article with its first version as a draft. */
export async function createArticle(tx: Tx, ctx: KnowledgeContext, input: ArticleInput, first: Omit<VersionInput, 'title' | 'replacesVersionId'>): Promise<{ id: string; versionId: string }> {
  await checkReferences(tx, input);
  const id = randomUUID();
  const title = input.title.trim();
  await tx
    .insertInto('knowledge_articles')
    .values({
      tenant_id: ctx.tenantId, id, title, owning_unit_id: input.owningUnitId ?? null, owner_staff_id: input.ownerStaffId ?? ctx.actor.id,
      tags: cleanList(input.tags), legal_refs: cleanList(input.legalRefs), related_process_ids: [...new Set(input.processIds ?? [])],
      review_by: input.reviewBy ? parseDay(input.reviewBy) : null,
    })
    .execute();
  await setConcerns(tx, ctx.tenantId, id, input.concernIds ?? []);
  await recordAudit(tx, { tenantId: ctx.tenantId, actor: ctx.actor, action: 'knowledge.article_create', subjectType: 'knowledge_article', subjectId: id, purpose: KNOWLEDGE_PURPOSE, details: { title } });
  const version = await createVersion(tx, ctx, id, { ...first, title });
  return { id, versionId: version.id };
}

export async function updateArticle(tx: Tx, ctx: KnowledgeContext, id: string, patch: Partial<ArticleInput>): Promise<void> {
  const existing = await tx.selectFrom('knowledge_articles').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
  if (!existing) throw new AppError('NOT_FOUND', `article ${id}`);
  await checkReferences(tx, patch);
  await tx
    .updateTable('knowledge_articles')
    .set({
      ...(patch.title !== undefined && { title: patch.title.trim() }),
      ...(patch.owningUnitId !== undefined && { owning_unit_id: patch.owningUnitId }),
      ...(patch.ownerStaffId !== undefined && { owner_staff_id: patch.ownerStaffId }),
      ...(patch.tags !== undefined && { tags: cleanList(patch.tags) }),
      ...(patch.legalRefs !== undefined && { legal_refs: cleanList(patch.legalRefs) }),
      ...(patch.processIds !== undefined && { related_process_ids: [...new Set(patch.processIds)] }),
      ...(patch.reviewBy !== undefined && { review_by: patch.reviewBy ? parseDay(patch.reviewBy) : null }),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
  if (patch.concernIds !== undefined) await setConcerns(tx, ctx.tenantId, id, patch.concernIds);
  await recordAudit(tx, { tenantId: ctx.tenantId, actor: ctx.actor, action: 'knowledge.article_update', subjectType: 'knowledge_article', subjectId: id, purpose: KNOWLEDGE_PURPOSE, details: { fields: Object.keys(patch) } });
}

export interface ArticleListItem {
  id: string;
  title: string;
  tags: string[];
  legalRefs: string[];
  owningUnitId: string | null;
  reviewBy: string | null;
  /** Whether a published version is valid on the day asked for. */
  validToday: boolean;
}

export async function listArticles(tx: Tx, day: string, filter: { tag?: string | undefined } = {}): Promise<ArticleListItem[]> {
  let query = tx
    .selectFrom('knowledge_articles as a')
    .select([
      'a.id', 'a.title', 'a.tags', 'a.legal_refs', 'a.owning_unit_id',
      sql<string | null>`to_char(a.review_by, 'YYYY-MM-DD')`.as('review_by'),
      sql<boolean>`exists (select 1 from knowledge_versions v where v.article_id = a.id and v.status = 'published' and v.validity @> ${day}::date)`.as('valid_today'),
    ])
    .orderBy('a.title')
    .limit(500);
  if (filter.tag) query = query.where(sql<boolean>`${filter.tag} = any(a.tags)`);
  const rows = await query.execute();
  return rows.map((row) => ({ id: row.id, title: row.title, tags: row.tags, legalRefs: row.legal_refs, owningUnitId: row.owning_unit_id, reviewBy: row.review_by, validToday: row.valid_today }));
}
