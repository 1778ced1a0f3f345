import { sql } from 'kysely';
import { Type, type Static } from 'typebox';
import type { Tx } from '../../platform/db/index.js';
import { localDay } from './local-day.js';
import { recentHandlingMs } from './queue.js';
import { estimateWaitMinutes } from './waiting-estimate.js';

// What the waiting-room screen of a location shows: the numbers being served
// and at which counter, and per queue how many wait and about how long a new
// arrival waits. Numbers, counters and unit names only; never a person.

export const DisplaySnapshot = Type.Object({
  locationName: Type.String(),
  day: Type.String(),
  called: Type.Array(Type.Object({ number: Type.Integer(), counterName: Type.String(), calledAt: Type.String({ format: 'date-time' }), recalls: Type.Integer() })),
  queues: Type.Array(Type.Object({
    unitId: Type.Union([Type.String(), Type.Null()]),
    unitName: Type.Union([Type.String(), Type.Null()]),
    waiting: Type.Integer(),
    estimatedWaitMinutes: Type.Union([Type.Integer(), Type.Null()]),
  })),
  serverTime: Type.String({ format: 'date-time' }),
});
export type DisplaySnapshot = Static<typeof DisplaySnapshot>;

/** How many of the numbers being served the screen lists. */
const CALLED_ON_SCREEN = 10;

export async function displaySnapshot(tx: Tx, location: { id: string; name: string }, now: Date): Promise<DisplaySnapshot> {
  const day = localDay(now);
  const called = await tx
    .selectFrom('intake_tickets')
    .select(['number', 'counter_name', 'called_at', 'recalls'])
    .where('location_id', '=', location.id)
    .where('day', '=', day)
    .where('status', '=', 'called')
    .orderBy('called_at', 'desc')
    .limit(CALLED_ON_SCREEN)
    .execute();
  const waiting = await tx
    .selectFrom('intake_tickets')
    .leftJoin('units', 'units.id', 'intake_tickets.unit_id')
    .select(['intake_tickets.unit_id', 'units.name as unit_name', sql<string>`count(*)`.as('waiting')])
    .where('intake_tickets.location_id', '=', location.id)
    .where('intake_tickets.day', '=', day)
    .where('intake_tickets.status', '=', 'waiting')
    .groupBy(['intake_tickets.unit_id', 'units.name'])
    .orderBy('units.name')
    .execute();
  const queues = [];
  for (const queue of waiting) {
    const count = Number(queue.waiting);
    const samples = await recentHandlingMs(tx, { locationId: location.id, unitId: queue.unit_id }, now);
    queues.push({ unitId: queue.unit_id, unitName: queue.unit_name, waiting: count, estimatedWaitMinutes: estimateWaitMinutes(samples, count) });
  }
  return {
    locationName: location.name,
    day,
    called: called.map((row) => ({ number: row.number, counterName: row.counter_name ?? '', calledAt: new Date(row.called_at as Date).toISOString(), recalls: row.recalls })),
    queues,
    serverTime: now.toISOString(),
  };
}
