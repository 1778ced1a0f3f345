import { sql } from 'kysely';
import type { Tx } from '../../platform/db/index.js';

// The one search box of the staff app: German full text (stemming, so
// "Aufenthaltserlaubnisse" finds "Aufenthaltserlaubnis") over the article
// versions valid on a day, the concerns of the catalogue and the process map.
// Snippets come back as plain-text segments with a hit flag, never as HTML:
// ts_headline marks hits with control characters, which the article text
// cannot contain (they are stripped when a version is written).

export type SearchKind = 'article' | 'concern' | 'process';

export interface SnippetSegment {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  kind: SearchKind;
  id: string;
  title: string;
  rank: number;
  snippet: SnippetSegment[];
}

const START = '\u0002';
const STOP = '\u0003';
const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxWords=28, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`;

/** Splits a ts_headline result at the hit markers into plain segments. */
export function toSegments(headline: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  let hit = false;
  for (const part of headline.split(new RegExp(`([${START}${STOP}])`))) {
    if (part === START) hit = true;
    else if (part === STOP) hit = false;
    else if (part) segments.push({ text: part, hit });
  }
  return segments;
}

type Row = { kind: SearchKind; id: string; title: string; rank: number; headline: string | null };

/**
 * One ranked list across articles (valid on `day`), concerns and processes,
 * in one statement (one round trip). Article matches come ranked from
 * knowledge_top_versions (migration 0007), which can use the GIN index under
 * row-level security; the process condition repeats the expression of the
 * index processes_fulltext (migration 0008). Headlines are built last, only
 * for the rows shown, because ts_headline re-parses the whole text.
 */
export async function searchKnowledge(tx: Tx, text: string, day: string, limit = 20): Promise<SearchHit[]> {
  const query = text.trim();
  if (!query) return [];
  const result = await sql<Row>`
    with q as (select websearch_to_tsquery('german', ${query}) as query),
    article_hits as (
      select 'article'::text as kind, v.article_id as id, v.title, top.rank::float8 as rank, v.body_text as body
      from q
      cross join lateral knowledge_top_versions(q.query, ${day}::date, ${limit}) top
      join knowledge_versions v on v.id = top.version_id
    ),
    concern_docs as (
      select c.id, c.title, coalesce(c.content -> 'de' ->> 'description', '') as description,
        setweight(to_tsvector('german', c.title), 'A') || setweight(to_tsvector('german', coalesce(c.content -> 'de' ->> 'description', '')), 'B') as doc
      from concerns c
      where c.active
    ),
    concern_hits as (
      select 'concern'::text as kind, d.id, d.title, ts_rank(d.doc, q.query)::float8 as rank, d.title || '. ' || d.description as body
      from concern_docs d, q
      where d.doc @@ q.query
      order by rank desc
      limit ${limit}
    ),
    process_hits as (
      select 'process'::text as kind, p.id, p.title,
        ts_rank(setweight(to_tsvector('german', p.title), 'A') || setweight(to_tsvector('german', p.description), 'B'), q.query)::float8 as rank,
        p.title || '. ' || p.description as body
      from processes p, q
      where to_tsvector('german', p.title || ' ' || p.description) @@ q.query
      order by rank desc
      limit ${limit}
    ),
    best as (
      select * from article_hits union all select * from concern_hits union all select * from process_hits
      order by rank desc, title
      limit ${limit}
    )
    select best.kind, best.id, best.title, best.rank, ts_headline('german', best.body, q.query, ${HEADLINE_OPTIONS}) as headline
    from best, q`.execute(tx);
  return result.rows
    .map((row) => ({ kind: row.kind, id: row.id, title: row.title, rank: Number(row.rank), snippet: toSegments(row.headline ?? '') }))
    .sort((a, b) => b.rank - a.rank || a.title.localeCompare(b.title, 'de'));
}
