import { sql } from 'kysely';
import type { Tx } from '../../platform/db/index.js';
import { tierOf } from './call-order.js';
import type { TicketKind } from './tables.js';
import { RECENT_SAMPLE, RECENT_WINDOW_DAYS, estimateWaitMinutes } from './waiting-estimate.js';

// The call order of call-order.ts in SQL, for the database to pick, lock and
// count by. Keep both in step; test/intake/call-order-sql.test.ts compares them.
export const callTier = (now: Date) => sql<number>`(case
  when intake_tickets.kind = 'appointment' and intake_tickets.scheduled_at <= ${now} then 1
  when intake_tickets.kind = 'emergency' then 2
  when intake_tickets.kind = 'walk_in' then 3
  else 4 end)`;
export const callTime = sql<Date>`(case when intake_tickets.kind = 'appointment' then intake_tickets.scheduled_at else intake_tickets.issued_at end)`;

export interface QueueRef {
  locationId: string;
  /** null: the tickets nobody has triaged yet. */
  unitId: string | null;
  day: string;
}

/** The waiting tickets of the queue whose call key (tier, time) is not after the given one. */
function aheadOf(tx: Tx, queue: QueueRef, tier: number, time: Date, now: Date) {
  return tx
    .selectFrom('intake_tickets')
    .select(sql<string>`count(*)`.as('ahead'))
    .where('location_id', '=', queue.locationId)
    .where('day', '=', queue.day)
    .where('status', '=', 'waiting')
    .where((eb) => (queue.unitId === null ? eb('unit_id', 'is', null) : eb('unit_id', '=', queue.unitId)))
    .where(sql<boolean>`(${callTier(now)}, ${callTime}) <= (${tier}::int, ${time}::timestamptz)`);
}

/** Recent handling times (called → finished): of one unit, or of the whole location for untriaged tickets. */
function recentHandling(tx: Tx, queue: Pick<QueueRef, 'locationId' | 'unitId'>, now: Date) {
  const since = new Date(now.getTime() - RECENT_WINDOW_DAYS * 86_400_000);
  const query = tx
    .selectFrom('intake_tickets')
    .select(sql<number>`extract(epoch from (finished_at - called_at))::float8 * 1000`.as('ms'))
    .where('status', '=', 'done')
    .where('finished_at', '>', since)
    .orderBy('finished_at', 'desc')
    .limit(RECENT_SAMPLE);
  return queue.unitId === null ? query.where('location_id', '=', queue.locationId) : query.where('unit_id', '=', queue.unitId);
}

export async function recentHandlingMs(tx: Tx, queue: Pick<QueueRef, 'locationId' | 'unitId'>, now: Date): Promise<number[]> {
  const rows = await recentHandling(tx, queue, now).execute();
  return rows.map((row) => Number(row.ms));
}

export interface NewTicketContext {
  locationName: string;
  ticketsBefore: number;
  estimatedWaitMinutes: number | null;
}

/**
 * Everything a ticket about to be issued needs to know, in one round trip:
 * the location (undefined if there is none), how many will be called before
 * it (a new ticket gets the highest number, so it loses every tie), and the
 * waiting estimate from the queue's recent handling times.
 */
export async function newTicketContext(tx: Tx, queue: QueueRef, ticket: { kind: TicketKind; scheduledAt: Date | null }, now: Date): Promise<NewTicketContext | undefined> {
  const tier = tierOf({ id: '', number: 0, issuedAt: now, ...ticket }, now);
  const time = ticket.kind === 'appointment' ? (ticket.scheduledAt as Date) : now;
  const row = await tx
    .selectFrom('locations')
    .select([
      'locations.name',
      aheadOf(tx, queue, tier, time, now).as('ahead'),
      sql<number[] | null>`(select array_agg(recent.ms) from (${recentHandling(tx, queue, now)}) recent)`.as('samples'),
    ])
    .where('locations.id', '=', queue.locationId)
    .executeTakeFirst();
  if (!row) return undefined;
  const ahead = Number(row.ahead);
  return { locationName: row.name, ticketsBefore: ahead, estimatedWaitMinutes: estimateWaitMinutes((row.samples ?? []).map(Number), ahead) };
}
