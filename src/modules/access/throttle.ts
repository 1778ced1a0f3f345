import { sql } from 'kysely';
import { AppError } from '../../platform/errors/index.js';
import { withSystem, type Database } from '../../platform/db/index.js';

// Failed logins are counted per account and per client address in the
// database, so the limit holds across all app processes. A key that reaches
// its limit inside the window is locked for the lock time.

interface Rule {
  limit: number;
  windowMs: number;
  lockMs: number;
}

export const THROTTLE_RULES = {
  account: { limit: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  address: { limit: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
} as const satisfies Record<string, Rule>;

export type ThrottleKind = keyof typeof THROTTLE_RULES;

const key = (kind: ThrottleKind, value: string) => `${kind}:${value.toLowerCase()}`;

export class RateLimitError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('AUTH_RATE_LIMITED', `locked for ${retryAfterSeconds}s`, { retryAfterSeconds });
  }
}

/** Throws a 429 if any of the keys is locked right now. */
export async function assertNotThrottled(db: Database, keys: Array<[ThrottleKind, string]>): Promise<void> {
  const rows = await withSystem(db, (tx) =>
    tx.selectFrom('login_throttle').select(['locked_until']).where('key', 'in', keys.map(([kind, value]) => key(kind, value))).execute(),
  );
  const now = Date.now();
  const lockedUntil = Math.max(0, ...rows.map((row) => row.locked_until?.getTime() ?? 0));
  if (lockedUntil > now) throw new RateLimitError(Math.ceil((lockedUntil - now) / 1000));
}

export async function recordFailure(db: Database, keys: Array<[ThrottleKind, string]>): Promise<void> {
  await withSystem(db, async (tx) => {
    for (const [kind, value] of keys) {
      const rule = THROTTLE_RULES[kind];
      // One statement: start a new window, or count within the current one
      // and lock when the limit is reached.
      await sql`
        insert into login_throttle as t (key, window_started_at, failures, locked_until)
        values (${key(kind, value)}, now(), 1, null)
        on conflict (key) do update set
          window_started_at = case when t.window_started_at < now() - make_interval(secs => ${rule.windowMs / 1000}) then now() else t.window_started_at end,
          failures = case when t.window_started_at < now() - make_interval(secs => ${rule.windowMs / 1000}) then 1 else t.failures + 1 end,
          locked_until = case
            when t.window_started_at >= now() - make_interval(secs => ${rule.windowMs / 1000}) and t.failures + 1 >= ${rule.limit}
            then now() + make_interval(secs => ${rule.lockMs / 1000})
            else t.locked_until end`.execute(tx);
    }
  });
}

export async function clearFailures(db: Database, kind: ThrottleKind, value: string): Promise<void> {
  await withSystem(db, (tx) => tx.deleteFrom('login_throttle').where('key', '=', key(kind, value)).execute());
}
