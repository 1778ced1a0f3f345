import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { withSystem, type Database } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';

// Requests per client address on the public routes, counted in the database
// so that the limit holds across all app processes. A fixed window per
// address and bucket: simple, and generous enough for a person clicking
// through the finder, while a script that hammers the catalogue gets 429
// with Retry-After. Addresses are stored only as a hash, and rows are
// deleted an hour after their window (they are counters, not a log).

export interface RateRule {
  /** Requests allowed per window and address. */
  limit: number;
  windowSeconds: number;
}

/** Catalogue, finder and tenant look-ups: a person needs a few dozen per minute at most. */
export const PUBLIC_READ_RULE: RateRule = { limit: 120, windowSeconds: 60 };

const addressKey = (bucket: string, address: string) =>
  `${bucket}:${createHash('sha256').update(`lotse-public-rate:${address}`).digest('base64url').slice(0, 32)}`;

/** Counts one request; throws PUBLIC_RATE_LIMITED (429, Retry-After) when the address is over the limit. */
export async function countPublicRequest(db: Database, bucket: string, address: string, rule: RateRule): Promise<void> {
  const key = addressKey(bucket, address);
  const row = await withSystem(db, async (tx) => {
    // Now and then, drop counters whose windows are long over.
    if (Math.random() < 0.01) await sql`delete from public_rate_limits where window_started_at < now() - interval '1 hour'`.execute(tx);
    const result = await sql<{ hits: number; retry_after: number }>`
      insert into public_rate_limits as r (key, window_started_at, hits)
      values (${key}, now(), 1)
      on conflict (key) do update set
        window_started_at = case when r.window_started_at <= now() - make_interval(secs => ${rule.windowSeconds}) then now() else r.window_started_at end,
        hits = case when r.window_started_at <= now() - make_interval(secs => ${rule.windowSeconds}) then 1 else r.hits + 1 end
      returning hits, ceil(extract(epoch from (window_started_at + make_interval(secs => ${rule.windowSeconds}) - now())))::int as retry_after`.execute(tx);
    return result.rows[0];
  });
  if (row && Number(row.hits) > rule.limit) {
    const retryAfterSeconds = Math.max(1, Number(row.retry_after));
    throw new AppError('PUBLIC_RATE_LIMITED', `${bucket} over ${rule.limit}/${rule.windowSeconds}s`, { retryAfterSeconds });
  }
}

/** An onRequest hook for a public route: counts before the body or query is even looked at. */
export function publicRateLimit(db: Database, bucket: string, rule: RateRule = PUBLIC_READ_RULE) {
  return async (request: FastifyRequest): Promise<void> => {
    await countPublicRequest(db, bucket, request.ip, rule);
  };
}
