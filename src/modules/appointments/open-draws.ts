import { sql } from 'kysely';
import type { Tx } from '../../platform/db/index.js';

// What the public booking page shows of draws: those still collecting
// requests (already open or opening later), with their window, where, and how
// many slots are drawn over which days. Counts and dates only: nothing about
// who asked.

export interface OpenDraw {
  id: string;
  concernId: string;
  requestsOpenAt: string;
  requestsCloseAt: string;
  /** Requests are taken now (the window has opened and not yet closed). */
  accepting: boolean;
  slots: number;
  firstSlotAt: string | null;
  lastSlotAt: string | null;
  location: { id: string; name: string; address: string };
}

export async function openDraws(tx: Tx, now: Date, concernId?: string): Promise<OpenDraw[]> {
  let query = tx
    .selectFrom('appointment_draws as d')
    .innerJoin('appointment_schedules as sc', 'sc.id', 'd.schedule_id')
    .innerJoin('locations as l', 'l.id', 'sc.location_id')
    .leftJoin('appointment_slots as s', 's.draw_id', 'd.id')
    .select([
      'd.id', 'd.concern_id', 'd.requests_open_at', 'd.requests_close_at', 'l.id as location_id', 'l.name as location_name', 'l.address',
      sql<string>`count(s.id)`.as('slots'), sql<Date | null>`min(s.starts_at)`.as('first_slot_at'), sql<Date | null>`max(s.starts_at)`.as('last_slot_at'),
    ])
    .where('d.status', '=', 'collecting')
    .where('d.requests_close_at', '>', now)
    .groupBy(['d.id', 'd.concern_id', 'd.requests_open_at', 'd.requests_close_at', 'l.id', 'l.name', 'l.address'])
    .orderBy('d.requests_close_at')
    .orderBy('d.id')
    .limit(50);
  if (concernId) query = query.where('d.concern_id', '=', concernId);
  const rows = await query.execute();
  // min/max come back as text or Date depending on the driver.
  const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());
  return rows.map((row) => ({
    id: row.id, concernId: row.concern_id, requestsOpenAt: row.requests_open_at.toISOString(), requestsCloseAt: row.requests_close_at.toISOString(),
    accepting: row.requests_open_at <= now, slots: Number(row.slots), firstSlotAt: iso(row.first_slot_at), lastSlotAt: iso(row.last_slot_at),
    location: { id: row.location_id, name: row.location_name, address: row.address },
  }));
}
