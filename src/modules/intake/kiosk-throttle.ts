import { sql } from 'kysely';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';

// The public kiosk route is rate-limited per client address and location:
// counted in the database, inside the issuing transaction, so the limit holds
// across app processes and a refused or failed issue does not count.

const WINDOW_MS = 60_000;

export async function countKioskIssue(tx: Tx, tenantId: string, key: string, perMinute: number, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - WINDOW_MS);
  const result = await sql<{ window_started_at: Date; issued: number }>`
    insert into intake_kiosk_throttle as t (tenant_id, key, window_started_at, issued)
    values (${tenantId}, ${key}, ${now}, 1)
    on conflict (tenant_id, key) do update set
      window_started_at = case when t.window_started_at <= ${windowStart} then ${now} else t.window_started_at end,
      issued = case when t.window_started_at <= ${windowStart} then 1 else t.issued + 1 end
    returning t.window_started_at, t.issued`.execute(tx);
  const row = result.rows[0] as { window_started_at: Date; issued: number };
  if (Number(row.issued) > perMinute) {
    const retryAfterSeconds = Math.max(1, Math.ceil((new Date(row.window_started_at).getTime() + WINDOW_MS - now.getTime()) / 1000));
    throw new AppError('INTAKE_KIOSK_RATE_LIMITED', `${key}: ${row.issued} in the window`, { retryAfterSeconds });
  }
}
