import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';

// Fixed-window request counters for the public booking routes, in the
// database so the limit holds across all app processes. Keys are hashed:
// the table holds no address in clear.

export interface Limit {
  /** What is counted, e.g. "address:reserve" with the client address. */
  bucket: string;
  value: string;
  limit: number;
  windowSeconds: number;
}

const keyOf = (tenantId: string, limit: Limit) => createHash('sha256').update(`${tenantId}|${limit.bucket}|${limit.value.toLowerCase()}`).digest('base64url');

/** Counts one request against each limit; returns the seconds to wait if any limit is exceeded, else 0. */
export async function countRequest(tx: Tx, tenantId: string, limits: Limit[], now: Date): Promise<number> {
  let wait = 0;
  for (const limit of limits) {
    const result = await sql<{ window_started_at: Date; hits: number }>`
      insert into appointment_rate_limits as r (key, window_started_at, hits)
      values (${keyOf(tenantId, limit)}, ${now}, 1)
      on conflict (key) do update set
        window_started_at = case when r.window_started_at <= ${now}::timestamptz - make_interval(secs => ${limit.windowSeconds}) then ${now}::timestamptz else r.window_started_at end,
        hits = case when r.window_started_at <= ${now}::timestamptz - make_interval(secs => ${limit.windowSeconds}) then 1 else r.hits + 1 end
      returning window_started_at, hits`.execute(tx);
    const row = result.rows[0];
    if (row && row.hits > limit.limit) {
      const endsAt = new Date(row.window_started_at).getTime() + limit.windowSeconds * 1000;
      wait = Math.max(wait, Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000)));
    }
  }
  return wait;
}

export function rateLimited(retryAfterSeconds: number): AppError {
  return new AppError('APPOINTMENT_RATE_LIMITED', `wait ${retryAfterSeconds}s`, { retryAfterSeconds });
}
