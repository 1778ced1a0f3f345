import { recordAudit, type Actor } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import type { RequestAuth } from '../../platform/http/policy.js';
import { publishDisplayEvent } from './events.js';
import { localDay } from './local-day.js';
import { callTier, callTime } from './queue.js';
import { loadLocation, lockTicket, PURPOSE_INTAKE } from './tickets.js';
import { presentTicket, ticketColumns, type TicketRow, type TicketView } from './ticket-view.js';

// What happens at a counter (Schalter): call the next ticket of one's unit,
// call it again, finish it, or mark that nobody came.

export interface CallNextInput {
  locationId: string;
  unitId: string;
  counterName: string;
}

const actorOf = (auth: RequestAuth): Actor & { id: string } => ({ id: auth.staffId, label: auth.displayName });

async function auditIfPerson(tx: Tx, auth: RequestAuth, row: TicketRow, action: string): Promise<void> {
  if (!row.person_id) return;
  await recordAudit(tx, {
    tenantId: row.tenant_id, actor: actorOf(auth), action, subjectType: 'intake_ticket', subjectId: row.id, personId: row.person_id,
    purpose: PURPOSE_INTAKE, details: { number: row.number, counterName: row.counter_name },
  });
}

/**
 * Calls the first waiting ticket of the unit's queue at the location in the
 * order of call-order.ts. The ticket is chosen and locked in one statement
 * with SKIP LOCKED: a second counter calling at the same moment passes over
 * the row the first one holds and gets the next ticket, never the same one.
 */
export async function callNext(tx: Tx, auth: RequestAuth, input: CallNextInput, now: Date): Promise<TicketView | null> {
  if (!auth.unitIds.includes(input.unitId)) throw new AppError('INTAKE_NOT_IN_UNIT', `unit ${input.unitId}`);
  const location = await loadLocation(tx, input.locationId);
  if (!location) throw new AppError('INTAKE_UNKNOWN_LOCATION', `location ${input.locationId}`);
  const next = tx
    .selectFrom('intake_tickets')
    .select('id')
    .where('location_id', '=', input.locationId)
    .where('unit_id', '=', input.unitId)
    .where('day', '=', localDay(now))
    .where('status', '=', 'waiting')
    .orderBy(callTier(now))
    .orderBy(callTime)
    .orderBy('number')
    .limit(1)
    .forUpdate()
    .skipLocked();
  const row = (await tx
    .updateTable('intake_tickets')
    .set({ status: 'called', called_at: now, called_by: auth.staffId, counter_name: input.counterName })
    .where('id', '=', next)
    .where('status', '=', 'waiting')
    .returning(ticketColumns)
    .executeTakeFirst()) as TicketRow | undefined;
  if (!row) return null;
  await auditIfPerson(tx, auth, row, 'intake.ticket.call');
  await publishDisplayEvent(tx, { tenantId: row.tenant_id, locationId: row.location_id, type: 'called', number: row.number, counterName: input.counterName, unitId: row.unit_id, at: now.getTime() });
  return presentTicket(row);
}

async function lockCalled(tx: Tx, id: string): Promise<TicketRow> {
  const ticket = await lockTicket(tx, id);
  if (ticket.status !== 'called') throw new AppError('INTAKE_TICKET_NOT_CALLED');
  return ticket;
}

/** Shows the number on the display again (the person did not hear it). */
export async function recall(tx: Tx, auth: RequestAuth, id: string, now: Date): Promise<TicketView> {
  await lockCalled(tx, id);
  const row = (await tx.updateTable('intake_tickets').set((eb) => ({ recalls: eb('recalls', '+', 1) })).where('id', '=', id).returning(ticketColumns).executeTakeFirstOrThrow()) as TicketRow;
  await publishDisplayEvent(tx, { tenantId: row.tenant_id, locationId: row.location_id, type: 'recalled', number: row.number, counterName: row.counter_name, unitId: row.unit_id, at: now.getTime() });
  return presentTicket(row);
}

/** Ends a called ticket: served (done, its handling time feeds the estimate) or nobody came (no_show). */
export async function finish(tx: Tx, auth: RequestAuth, id: string, outcome: 'done' | 'no_show', now: Date): Promise<TicketView> {
  await lockCalled(tx, id);
  const row = (await tx.updateTable('intake_tickets').set({ status: outcome, finished_at: now }).where('id', '=', id).returning(ticketColumns).executeTakeFirstOrThrow()) as TicketRow;
  await auditIfPerson(tx, auth, row, outcome === 'done' ? 'intake.ticket.finish' : 'intake.ticket.no_show');
  await publishDisplayEvent(tx, { tenantId: row.tenant_id, locationId: row.location_id, type: 'changed', number: row.number, counterName: row.counter_name, unitId: row.unit_id, at: now.getTime() });
  return presentTicket(row);
}
