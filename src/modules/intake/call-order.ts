// The rules by which a counter calls the next ticket of its queue, as a pure
// function (property-tested in test/intake/call-order.test.ts). The SQL in
// counter.ts orders by the same key (CALL_ORDER_SQL) so that the database can
// pick and lock the ticket in one statement under concurrency.
//
//   1. appointments whose time has come, earliest appointment first;
//   2. emergencies, in order of arrival;
//   3. walk-ins, in order of arrival (a forwarded ticket keeps its place);
//   4. appointments that are early, earliest appointment first: an idle
//      counter serves an early arrival rather than wait.
// Ties are broken by the ticket number, which is unique per location and day.

import type { TicketKind } from './tables.js';

export interface QueuedTicket {
  id: string;
  kind: TicketKind;
  number: number;
  issuedAt: Date;
  scheduledAt: Date | null;
}

export const Tier = { DueAppointment: 1, Emergency: 2, WalkIn: 3, EarlyAppointment: 4 } as const;
export type Tier = (typeof Tier)[keyof typeof Tier];

export function tierOf(ticket: QueuedTicket, now: Date): Tier {
  if (ticket.kind === 'appointment') {
    return ticket.scheduledAt && ticket.scheduledAt.getTime() <= now.getTime() ? Tier.DueAppointment : Tier.EarlyAppointment;
  }
  return ticket.kind === 'emergency' ? Tier.Emergency : Tier.WalkIn;
}

/** The sort key: smaller is called first. */
export function callKey(ticket: QueuedTicket, now: Date): [number, number, number] {
  const tier = tierOf(ticket, now);
  const time = tier === Tier.DueAppointment || tier === Tier.EarlyAppointment ? (ticket.scheduledAt as Date).getTime() : ticket.issuedAt.getTime();
  return [tier, time, ticket.number];
}

export function compareForCall(a: QueuedTicket, b: QueuedTicket, now: Date): number {
  const ka = callKey(a, now);
  const kb = callKey(b, now);
  for (let i = 0; i < ka.length; i += 1) {
    const difference = (ka[i] as number) - (kb[i] as number);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The ticket a free counter calls now, or null for an empty queue. */
export function pickNext<T extends QueuedTicket>(waiting: readonly T[], now: Date): T | null {
  let best: T | null = null;
  for (const ticket of waiting) if (best === null || compareForCall(ticket, best, now) < 0) best = ticket;
  return best;
}

/** The whole queue in call order, e.g. for positions and waiting estimates. */
export function callOrder<T extends QueuedTicket>(waiting: readonly T[], now: Date): T[] {
  return [...waiting].sort((a, b) => compareForCall(a, b, now));
}
