import { sql } from 'kysely';
import type { Tx } from '../../platform/db/index.js';
import { LIVE_STATUSES } from './slot-rules.js';

// The free slots of a concern and channel inside the booking window: no live
// booking (a lapsed hold counts as free), not cooling down, not in a draw.
// The public sees the online ones; staff at the counter the internal ones.

export async function freeSlots(tx: Tx, concernId: string, now: Date, limit = 1000, channel: 'online' | 'internal' = 'online') {
  const rows = await tx
    .selectFrom('appointment_slots as s')
    .innerJoin('appointment_schedules as sc', 'sc.id', 's.schedule_id')
    .innerJoin('locations as l', 'l.id', 'sc.location_id')
    .select(['s.id', 's.starts_at', 's.ends_at', 'l.id as location_id', 'l.name as location_name', 'l.address'])
    .where('s.concern_id', '=', concernId)
    .where('s.channel', '=', channel)
    .where('s.draw_id', 'is', null)
    .where('s.starts_at', '>', now)
    .where(sql<boolean>`s.starts_at <= ${now}::timestamptz + make_interval(days => sc.booking_window_days)`)
    .where((eb) => eb.or([eb('s.reopens_at', 'is', null), eb('s.reopens_at', '<=', now)]))
    // NOT IN over the concern's live bookings becomes one hashed look-up.
    // A correlated NOT EXISTS was planned per slot from statistics that are
    // stale right after a release (exactly when a storm of reloads comes)
    // and then read every booking of the tenant once per slot.
    .where('s.id', 'not in', (eb) => eb.selectFrom('appointment_bookings as b').select('b.slot_id')
      .where('b.concern_id', '=', concernId)
      .where((inner) => inner.or([inner('b.status', 'in', LIVE_STATUSES.filter((status) => status !== 'held')), inner.and([inner('b.status', '=', 'held'), inner('b.hold_expires_at', '>', now)])])))
    .orderBy('s.starts_at')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, startsAt: r.starts_at.toISOString(), endsAt: r.ends_at.toISOString(), location: { id: r.location_id, name: r.location_name, address: r.address } }));
}
