import { sql } from 'kysely';
import type { Tx } from '../../platform/db/index.js';

// Review reminders: every article has a review-by date (set when a version is
// published, one year ahead unless chosen). Once it has passed, the owner
// finds the article in their reminder list in the staff app.

export interface DueReview {
  articleId: string;
  title: string;
  reviewBy: string;
  daysOverdue: number;
  owner: { id: string; displayName: string } | null;
}

/** Articles whose review-by date lies before `today`, for one owner or (ownerId undefined) all. */
export async function listDueReviews(tx: Tx, today: string, ownerId?: string): Promise<DueReview[]> {
  let query = tx
    .selectFrom('knowledge_articles as a')
    .leftJoin('staff as s', 's.id', 'a.owner_staff_id')
    .select([
      'a.id', 'a.title', 's.id as owner_id', 's.display_name as owner_name',
      sql<string>`to_char(a.review_by, 'YYYY-MM-DD')`.as('review_by'),
      sql<number>`(${today}::date - a.review_by)::int`.as('days_overdue'),
    ])
    .where(sql<boolean>`a.review_by < ${today}::date`)
    .orderBy('a.review_by')
    .orderBy('a.title');
  if (ownerId !== undefined) query = query.where('a.owner_staff_id', '=', ownerId);
  const rows = await query.execute();
  return rows.map((row) => ({
    articleId: row.id, title: row.title, reviewBy: row.review_by, daysOverdue: Number(row.days_overdue),
    owner: row.owner_id && row.owner_name ? { id: row.owner_id, displayName: row.owner_name } : null,
  }));
}
