import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { recordAudit } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { isExclusionViolation, KNOWLEDGE_PURPOSE, type KnowledgeContext } from './context.js';
import { addDays, parseDay } from './dates.js';
import { plainText, renderMarkdown } from './markdown.js';
import type { VersionStatus } from './tables.js';

// Versions of an article: the text for one legal period (gilt ab / gilt bis),
// moving through draft → review → published. Published versions of one
// article never overlap; the application says so with a clear code, and the
// exclusion constraint in the database is the wall behind it.

export interface VersionInput {
  title: string;
  bodyMarkdown: string;
  validFrom: string;
  validUntil?: string | null;
  changeNote?: string;
  /** A published version this one corrects; it is superseded when this one is published. */
  replacesVersionId?: string | null;
}

// Control characters mark search hits in snippets; they must not come from the text.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

function rendered(bodyMarkdown: string) {
  const html = renderMarkdown(bodyMarkdown.replace(CONTROL, ''));
  return { body_html: html, body_text: plainText(html).replace(CONTROL, '') };
}

function period(input: { validFrom: string; validUntil?: string | null | undefined }) {
  const from = parseDay(input.validFrom);
  const until = input.validUntil ? parseDay(input.validUntil) : null;
  if (until !== null && until < from) throw new AppError('KNOWLEDGE_VALIDITY_INVALID', `${from} > ${until}`);
  return { from, until };
}

/** Refuses a period that overlaps a published version of the article (other than the one replaced). */
async function assertNoOverlap(tx: Tx, articleId: string, from: string, until: string | null, ignore: Array<string | null | undefined>) {
  const ignored = ignore.filter((id): id is string => Boolean(id));
  let query = tx
    .selectFrom('knowledge_versions')
    .select(['id', 'number'])
    .where('article_id', '=', articleId)
    .where('status', '=', 'published')
    .where(sql<boolean>`validity && daterange(${from}::date, ${until}::date, '[]')`);
  if (ignored.length > 0) query = query.where('id', 'not in', ignored);
  const clash = await query.executeTakeFirst();
  if (clash) throw new AppError('KNOWLEDGE_VALIDITY_OVERLAP', `article ${articleId} version ${clash.number}`, { conflictingVersion: clash.number });
}

async function assertReplaceable(tx: Tx, articleId: string, replacesVersionId: string | null | undefined) {
  if (!replacesVersionId) return;
  const replaced = await tx.selectFrom('knowledge_versions').select(['article_id', 'status']).where('id', '=', replacesVersionId).executeTakeFirst();
  if (!replaced || replaced.article_id !== articleId || replaced.status !== 'published') throw new AppError('KNOWLEDGE_REPLACED_VERSION_INVALID', replacesVersionId);
}

/** Adds a draft version; the article row is locked so numbers are handed out one by one. */
export async function createVersion(tx: Tx, ctx: KnowledgeContext, articleId: string, input: VersionInput): Promise<{ id: string; number: number }> {
  const article = await tx.selectFrom('knowledge_articles').select('id').where('id', '=', articleId).forUpdate().executeTakeFirst();
  if (!article) throw new AppError('NOT_FOUND', `article ${articleId}`);
  const { from, until } = period(input);
  await assertReplaceable(tx, articleId, input.replacesVersionId);
  await assertNoOverlap(tx, articleId, from, until, [input.replacesVersionId]);
  const last = await tx.selectFrom('knowledge_versions').select(sql<number>`coalesce(max(number), 0)::int`.as('n')).where('article_id', '=', articleId).executeTakeFirstOrThrow();
  const id = randomUUID();
  const number = last.n + 1;
  await tx
    .insertInto('knowledge_versions')
    .values({
      tenant_id: ctx.tenantId, id, article_id: articleId, number, title: input.title.trim(), body_markdown: input.bodyMarkdown, ...rendered(input.bodyMarkdown),
      change_note: input.changeNote?.trim() ?? '', valid_from: from, valid_until: until, status: 'draft', replaces_version_id: input.replacesVersionId ?? null, created_by: ctx.actor.id,
    })
    .execute();
  await recordAudit(tx, {
    tenantId: ctx.tenantId, actor: ctx.actor, action: 'knowledge.version_create', subjectType: 'knowledge_version', subjectId: id, purpose: KNOWLEDGE_PURPOSE,
    details: { articleId, number, validFrom: from, validUntil: until },
  });
  return { id, number };
}

async function loadVersion(tx: Tx, versionId: string) {
  const version = await tx
    .selectFrom('knowledge_versions')
    .select(['id', 'article_id', 'number', 'status', 'replaces_version_id', sql<string>`to_char(valid_from, 'YYYY-MM-DD')`.as('valid_from'), sql<string | null>`to_char(valid_until, 'YYYY-MM-DD')`.as('valid_until')])
    .where('id', '=', versionId)
    .forUpdate()
    .executeTakeFirst();
  if (!version) throw new AppError('NOT_FOUND', `knowledge version ${versionId}`);
  return version;
}

function expectStatus(version: { status: VersionStatus; id: string }, ...allowed: VersionStatus[]) {
  if (!allowed.includes(version.status)) throw new AppError('KNOWLEDGE_WRONG_STATUS', `${version.id} is ${version.status}`);
}

/** Edits a draft (text, title, period, change note); versions under review or published stay as they are. */
export async function updateDraft(tx: Tx, ctx: KnowledgeContext, versionId: string, patch: Partial<VersionInput>): Promise<{ articleId: string }> {
  const version = await loadVersion(tx, versionId);
  expectStatus(version, 'draft');
  const { from, until } = period({ validFrom: patch.validFrom ?? version.valid_from, validUntil: patch.validUntil !== undefined ? patch.validUntil : version.valid_until });
  const replaces = patch.replacesVersionId !== undefined ? patch.replacesVersionId : version.replaces_version_id;
  await assertReplaceable(tx, version.article_id, replaces);
  await assertNoOverlap(tx, version.article_id, from, until, [replaces]);
  await tx
    .updateTable('knowledge_versions')
    .set({
      ...(patch.title !== undefined && { title: patch.title.trim() }),
      ...(patch.bodyMarkdown !== undefined && { body_markdown: patch.bodyMarkdown, ...rendered(patch.bodyMarkdown) }),
      ...(patch.changeNote !== undefined && { change_note: patch.changeNote.trim() }),
      valid_from: from, valid_until: until, replaces_version_id: replaces ?? null,
    })
    .where('id', '=', versionId)
    .execute();
  await recordAudit(tx, { tenantId: ctx.tenantId, actor: ctx.actor, action: 'knowledge.version_update', subjectType: 'knowledge_version', subjectId: versionId, purpose: KNOWLEDGE_PURPOSE, details: { fields: Object.keys(patch) } });
  return { articleId: version.article_id };
}

export type Transition = 'submit' | 'return' | 'publish';

/**
 * Moves a version along the review workflow. Publishing supersedes the
 * version it replaces and sets the article's next review-by date.
 */
export async function transitionVersion(tx: Tx, ctx: KnowledgeContext, versionId: string, transition: Transition, options: { today: string; reviewBy?: string | null }): Promise<{ articleId: string }> {
  const version = await loadVersion(tx, versionId);
  if (transition === 'submit') {
    expectStatus(version, 'draft');
    await tx.updateTable('knowledge_versions').set({ status: 'review' }).where('id', '=', versionId).execute();
  } else if (transition === 'return') {
    expectStatus(version, 'review');
    await tx.updateTable('knowledge_versions').set({ status: 'draft' }).where('id', '=', versionId).execute();
  } else {
    expectStatus(version, 'review');
    await tx.selectFrom('knowledge_articles').select('id').where('id', '=', version.article_id).forUpdate().execute();
    await assertReplaceable(tx, version.article_id, version.replaces_version_id);
    await assertNoOverlap(tx, version.article_id, version.valid_from, version.valid_until, [version.replaces_version_id]);
    if (version.replaces_version_id) {
      await tx.updateTable('knowledge_versions').set({ status: 'superseded' }).where('id', '=', version.replaces_version_id).execute();
    }
    try {
      await tx.updateTable('knowledge_versions').set({ status: 'published', published_at: new Date(), published_by: ctx.actor.id }).where('id', '=', versionId).execute();
    } catch (error) {
      // Two publishers racing past the check above meet the constraint instead.
      if (isExclusionViolation(error)) throw new AppError('KNOWLEDGE_VALIDITY_OVERLAP', `article ${version.article_id}`);
      throw error;
    }
    const reviewBy = options.reviewBy ? parseDay(options.reviewBy) : addDays(options.today, 365);
    await tx.updateTable('knowledge_articles').set({ review_by: reviewBy, updated_at: new Date() }).where('id', '=', version.article_id).execute();
  }
  await recordAudit(tx, {
    tenantId: ctx.tenantId, actor: ctx.actor, action: `knowledge.version_${transition}`, subjectType: 'knowledge_version', subjectId: versionId, purpose: KNOWLEDGE_PURPOSE,
    details: { articleId: version.article_id, number: version.number },
  });
  return { articleId: version.article_id };
}

/**
 * Ends the validity of a published version (the law changes on a date): the
 * text stays, only its last day is set. Only shortening is allowed, so this
 * can never create an overlap.
 */
export async function endValidity(tx: Tx, ctx: KnowledgeContext, versionId: string, validUntil: string): Promise<{ articleId: string }> {
  const version = await loadVersion(tx, versionId);
  expectStatus(version, 'published');
  const until = parseDay(validUntil);
  if (until < version.valid_from || (version.valid_until !== null && until > version.valid_until)) throw new AppError('KNOWLEDGE_VALIDITY_INVALID', `${version.valid_from}..${version.valid_until} → ${until}`);
  await tx.updateTable('knowledge_versions').set({ valid_until: until }).where('id', '=', versionId).execute();
  await recordAudit(tx, {
    tenantId: ctx.tenantId, actor: ctx.actor, action: 'knowledge.version_end_validity', subjectType: 'knowledge_version', subjectId: versionId, purpose: KNOWLEDGE_PURPOSE,
    details: { before: version.valid_until, after: until },
  });
  return { articleId: version.article_id };
}
