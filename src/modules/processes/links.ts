import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';

// Links from a process to the concerns (Anliegen) it serves and to the
// knowledge articles (Wissensbasis) that explain it.

export interface LinkInput {
  concernIds: string[];
  articleIds: string[];
}

export interface LinkChanges {
  concernsAdded: string[];
  concernsRemoved: string[];
  articlesAdded: string[];
  articlesRemoved: string[];
}

async function assertAllExist(tx: Tx, table: 'concerns' | 'knowledge_articles', ids: string[], code: 'PROCESS_UNKNOWN_CONCERN' | 'PROCESS_UNKNOWN_ARTICLE'): Promise<void> {
  if (ids.length === 0) return;
  // Row-level security hides other tenants' rows, so a foreign id counts as unknown.
  const found = await tx.selectFrom(table).select('id').where('id', 'in', ids).execute();
  const known = new Set(found.map((row) => row.id));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) throw new AppError(code, missing.join(', '), { ids: missing });
}

const difference = (a: string[], b: string[]) => a.filter((id) => !b.includes(id));

export async function replaceLinks(tx: Tx, tenantId: string, processId: string, input: LinkInput): Promise<LinkChanges> {
  const concernIds = [...new Set(input.concernIds)];
  const articleIds = [...new Set(input.articleIds)];
  await assertAllExist(tx, 'concerns', concernIds, 'PROCESS_UNKNOWN_CONCERN');
  await assertAllExist(tx, 'knowledge_articles', articleIds, 'PROCESS_UNKNOWN_ARTICLE');

  const oldConcerns = (await tx.selectFrom('process_concern_links').select('concern_id').where('process_id', '=', processId).execute()).map((row) => row.concern_id);
  const oldArticles = (await tx.selectFrom('process_article_links').select('article_id').where('process_id', '=', processId).execute()).map((row) => row.article_id);
  const changes = {
    concernsAdded: difference(concernIds, oldConcerns), concernsRemoved: difference(oldConcerns, concernIds),
    articlesAdded: difference(articleIds, oldArticles), articlesRemoved: difference(oldArticles, articleIds),
  };
  if (changes.concernsRemoved.length > 0) await tx.deleteFrom('process_concern_links').where('process_id', '=', processId).where('concern_id', 'in', changes.concernsRemoved).execute();
  if (changes.articlesRemoved.length > 0) await tx.deleteFrom('process_article_links').where('process_id', '=', processId).where('article_id', 'in', changes.articlesRemoved).execute();
  if (changes.concernsAdded.length > 0) {
    await tx.insertInto('process_concern_links').values(changes.concernsAdded.map((concernId) => ({ tenant_id: tenantId, process_id: processId, concern_id: concernId }))).execute();
  }
  if (changes.articlesAdded.length > 0) {
    await tx.insertInto('process_article_links').values(changes.articlesAdded.map((articleId) => ({ tenant_id: tenantId, process_id: processId, article_id: articleId }))).execute();
  }
  return changes;
}
