import { sql } from 'kysely';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import type { VersionStatus } from './tables.js';

// Reading an article as staff see it: the version valid on a chosen day
// ("Rechtsstand am …"), the published changes after that day, and the
// whole history.

export interface VersionSummary {
  id: string;
  number: number;
  title: string;
  status: VersionStatus;
  validFrom: string;
  validUntil: string | null;
  changeNote: string;
  publishedAt: string | null;
  replacesVersionId: string | null;
}

export interface VersionDetail extends VersionSummary {
  articleId: string;
  bodyMarkdown: string;
  /** Rendered by the server and sanitised: safe to insert as HTML. */
  bodyHtml: string;
}

export interface ArticleView {
  id: string;
  title: string;
  tags: string[];
  legalRefs: string[];
  owningUnit: { id: string; name: string } | null;
  owner: { id: string; displayName: string } | null;
  reviewBy: string | null;
  reviewOverdue: boolean;
  concerns: Array<{ id: string; title: string }>;
  processes: Array<{ id: string; title: string }>;
  asOf: string;
  /** The published version valid on `asOf`, or null if none is. */
  current: VersionDetail | null;
  /** Published versions that start after `asOf`: the changes ahead. */
  upcoming: VersionSummary[];
  versions: VersionSummary[];
}

const summaryColumns = [
  'v.id', 'v.number', 'v.title', 'v.status', 'v.change_note', 'v.replaces_version_id',
  sql<string>`to_char(v.valid_from, 'YYYY-MM-DD')`.as('valid_from'),
  sql<string | null>`to_char(v.valid_until, 'YYYY-MM-DD')`.as('valid_until'),
  sql<string | null>`to_char(v.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`.as('published_at'),
] as const;

type SummaryRow = { id: string; number: number; title: string; status: VersionStatus; change_note: string; replaces_version_id: string | null; valid_from: string; valid_until: string | null; published_at: string | null };

const summary = (row: SummaryRow): VersionSummary => ({
  id: row.id, number: row.number, title: row.title, status: row.status, validFrom: row.valid_from, validUntil: row.valid_until,
  changeNote: row.change_note, publishedAt: row.published_at, replacesVersionId: row.replaces_version_id,
});

/** The published version of an article valid on `day` (at most one: the exclusion constraint sees to that). */
export async function versionValidOn(tx: Tx, articleId: string, day: string): Promise<VersionDetail | null> {
  const row = await tx
    .selectFrom('knowledge_versions as v')
    .select([...summaryColumns, 'v.article_id', 'v.body_markdown', 'v.body_html'])
    .where('v.article_id', '=', articleId)
    .where('v.status', '=', 'published')
    .where(sql<boolean>`v.validity @> ${day}::date`)
    .executeTakeFirst();
  return row ? { ...summary(row), articleId: row.article_id, bodyMarkdown: row.body_markdown, bodyHtml: row.body_html } : null;
}

export async function getVersion(tx: Tx, versionId: string): Promise<VersionDetail> {
  const row = await tx.selectFrom('knowledge_versions as v').select([...summaryColumns, 'v.article_id', 'v.body_markdown', 'v.body_html']).where('v.id', '=', versionId).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `knowledge version ${versionId}`);
  return { ...summary(row), articleId: row.article_id, bodyMarkdown: row.body_markdown, bodyHtml: row.body_html };
}

export async function getArticle(tx: Tx, articleId: string, asOf: string, today: string): Promise<ArticleView> {
  const article = await tx
    .selectFrom('knowledge_articles as a')
    .leftJoin('units as u', 'u.id', 'a.owning_unit_id')
    .leftJoin('staff as s', 's.id', 'a.owner_staff_id')
    .select(['a.id', 'a.title', 'a.tags', 'a.legal_refs', 'a.related_process_ids', 'u.id as unit_id', 'u.name as unit_name', 's.id as owner_id', 's.display_name as owner_name', sql<string | null>`to_char(a.review_by, 'YYYY-MM-DD')`.as('review_by')])
    .where('a.id', '=', articleId)
    .executeTakeFirst();
  if (!article) throw new AppError('NOT_FOUND', `article ${articleId}`);
  const [versions, current, concerns, processes] = [
    await tx.selectFrom('knowledge_versions as v').select(summaryColumns).where('v.article_id', '=', articleId).orderBy('v.number', 'desc').execute(),
    await versionValidOn(tx, articleId, asOf),
    await tx.selectFrom('knowledge_article_concerns as l').innerJoin('concerns as c', 'c.id', 'l.concern_id').select(['c.id', 'c.title']).where('l.article_id', '=', articleId).orderBy('c.title').execute(),
    // Links come from both sides: the article names processes, and a process may name the article.
    (await sql<{ id: string; title: string }>`
      select p.id, p.title from processes p
      where p.id = any(${article.related_process_ids}::uuid[])
         or exists (select 1 from process_article_links l where l.process_id = p.id and l.article_id = ${articleId})
      order by p.title`.execute(tx)).rows,
  ];
  const all = versions.map(summary);
  return {
    id: article.id, title: article.title, tags: article.tags, legalRefs: article.legal_refs,
    owningUnit: article.unit_id && article.unit_name ? { id: article.unit_id, name: article.unit_name } : null,
    owner: article.owner_id && article.owner_name ? { id: article.owner_id, displayName: article.owner_name } : null,
    reviewBy: article.review_by, reviewOverdue: article.review_by !== null && article.review_by < today,
    concerns, processes, asOf, current,
    upcoming: all.filter((version) => version.status === 'published' && version.validFrom > asOf).sort((a, b) => a.validFrom.localeCompare(b.validFrom)),
    versions: all,
  };
}
