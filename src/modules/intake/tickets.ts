import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { recordAudit, type Actor } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { issuedEventNotify, publishDisplayEvent } from './events.js';
import { localDay } from './local-day.js';
import { newTicketContext } from './queue.js';
import type { ConcernGroup, TicketKind } from './tables.js';
import { presentTicket, ticketColumns, type TicketRow, type TicketView } from './ticket-view.js';

// Issuing tickets and sorting them into queues: the kiosk and the intake desk.

const PURPOSE_INTAKE = 'Steuerung des Publikumsverkehrs in der Eingangszone';

export interface IssueInput {
  locationId: string;
  kind: TicketKind;
  scheduledAt: Date | null;
  concernGroup: ConcernGroup | null;
  concernId: string | null;
  personId: string | null;
  via: 'kiosk' | 'desk';
  /** The queue when it is known without a concern's responsible unit (a booking's schedule). */
  unitId?: string;
  /** The online booking this ticket checks in. */
  bookingId?: string;
}

export interface IssuedTicket {
  ticket: TicketView;
  locationName: string;
  ticketsBefore: number;
  estimatedWaitMinutes: number | null;
}

export async function loadLocation(tx: Tx, locationId: string): Promise<{ id: string; name: string } | undefined> {
  return tx.selectFrom('locations').select(['id', 'name']).where('id', '=', locationId).executeTakeFirst();
}

async function unitOfConcern(tx: Tx, concernId: string): Promise<string> {
  const concern = await tx.selectFrom('concerns').select(['responsible_unit_id']).where('id', '=', concernId).executeTakeFirst();
  if (!concern) throw new AppError('INTAKE_UNKNOWN_CONCERN', `concern ${concernId}`);
  if (!concern.responsible_unit_id) throw new AppError('INTAKE_CONCERN_WITHOUT_UNIT', `concern ${concernId}`);
  return concern.responsible_unit_id;
}

async function assertPerson(tx: Tx, personId: string): Promise<void> {
  const person = await tx.selectFrom('persons').select('id').where('id', '=', personId).executeTakeFirst();
  if (!person) throw new AppError('INTAKE_UNKNOWN_PERSON', `person ${personId}`);
}

export interface IssueOptions {
  /** Runs first inside the transaction: the kiosk counts the draw against its rate limit here. */
  beforeIssue?: (tx: Tx) => Promise<void>;
}

export async function issueTicket(tx: Tx, tenantId: string, actor: Actor, input: IssueInput, now: Date, options: IssueOptions = {}): Promise<IssuedTicket> {
  if ((input.kind === 'appointment') !== (input.scheduledAt !== null)) throw new AppError('INTAKE_SCHEDULE_MISMATCH');
  await options.beforeIssue?.(tx);
  const unitId = input.unitId ?? (input.concernId ? await unitOfConcern(tx, input.concernId) : null);
  if (input.personId) await assertPerson(tx, input.personId);
  const day = localDay(now);
  // The estimate is read before the number is taken: the day's counter row
  // stays locked from the number to the commit, and every concurrent issuer
  // of the location waits for it, so that stretch must be short.
  const context = await newTicketContext(tx, { locationId: input.locationId, unitId, day }, { kind: input.kind, scheduledAt: input.scheduledAt }, now);
  if (!context) throw new AppError(input.via === 'kiosk' ? 'NOT_FOUND' : 'INTAKE_UNKNOWN_LOCATION', `location ${input.locationId}`);
  const location = { id: input.locationId, name: context.locationName };

  // One statement: create or bump the day's counter row, insert the ticket
  // under the new number and queue its display event. A rollback returns the
  // number, so there are no gaps; the UNIQUE constraint forbids duplicates.
  const id = randomUUID();
  const notify = issuedEventNotify({ tenantId, locationId: location.id, counterName: null, unitId, at: now.getTime() }, sql<number>`inserted.number`);
  const result = await sql<TicketRow>`
    with next as (
      insert into intake_ticket_sequences as s (tenant_id, location_id, day, last_number)
      values (${tenantId}, ${location.id}, ${day}, 1)
      on conflict (tenant_id, location_id, day) do update set last_number = s.last_number + 1
      returning s.last_number
    ), inserted as (
      insert into intake_tickets (tenant_id, id, location_id, day, number, kind, scheduled_at, issued_via, concern_group, concern_id, unit_id, person_id, booking_id, issued_at)
      select ${tenantId}, ${id}, ${location.id}, ${day}, next.last_number, ${input.kind}, ${input.scheduledAt}, ${input.via}, ${input.concernGroup}, ${input.concernId}, ${unitId}, ${input.personId}, ${input.bookingId ?? null}, ${now}
      from next
      returning ${sql.join(ticketColumns.slice(0, -1).map((column) => sql.ref(column as string)))}, intake_tickets.day::text as day
    )
    select inserted.*, ${notify} as notified from inserted`.execute(tx);
  const row = result.rows[0] as TicketRow;

  if (input.personId) {
    await recordAudit(tx, {
      tenantId, actor, action: 'intake.ticket.issue', subjectType: 'intake_ticket', subjectId: row.id, personId: input.personId,
      purpose: PURPOSE_INTAKE, details: { number: row.number, locationId: location.id, kind: input.kind },
    });
  }
  return { ticket: presentTicket(row), locationName: location.name, ticketsBefore: context.ticketsBefore, estimatedWaitMinutes: context.estimatedWaitMinutes };
}

/** Loads a ticket for a change, locked so that two desks cannot change it at once. */
export async function lockTicket(tx: Tx, id: string): Promise<TicketRow> {
  const row = await tx.selectFrom('intake_tickets').select(ticketColumns).where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `ticket ${id}`);
  return row as TicketRow;
}

async function changed(tx: Tx, row: TicketRow, now: Date): Promise<void> {
  await publishDisplayEvent(tx, { tenantId: row.tenant_id, locationId: row.location_id, type: 'changed', number: row.number, counterName: null, unitId: row.unit_id, at: now.getTime() });
}

/** Triage: the intake desk names the concern; the ticket joins the responsible unit's queue. */
export async function triageTicket(tx: Tx, actor: Actor, id: string, input: { concernId: string; emergency?: boolean }, now: Date): Promise<TicketView> {
  const ticket = await lockTicket(tx, id);
  if (ticket.status !== 'waiting') throw new AppError('INTAKE_TICKET_NOT_WAITING');
  const unitId = await unitOfConcern(tx, input.concernId);
  const kind: TicketKind = ticket.kind === 'appointment' || input.emergency === undefined ? ticket.kind : input.emergency ? 'emergency' : 'walk_in';
  const row = (await tx
    .updateTable('intake_tickets')
    .set({ concern_id: input.concernId, unit_id: unitId, kind })
    .where('id', '=', id)
    .returning(ticketColumns)
    .executeTakeFirstOrThrow()) as TicketRow;
  await recordAudit(tx, {
    tenantId: row.tenant_id, actor, action: 'intake.ticket.triage', subjectType: 'intake_ticket', subjectId: id, personId: row.person_id ?? undefined,
    purpose: PURPOSE_INTAKE, details: { number: row.number, concernId: input.concernId, unitId, kind },
  });
  await changed(tx, row, now);
  return presentTicket(row);
}

/**
 * Internal forwarding: the ticket moves to another unit's queue and keeps its
 * number and its place by arrival time. A called ticket can be forwarded
 * from the counter too; it then waits again.
 */
export async function forwardTicket(tx: Tx, actor: Actor & { id: string }, id: string, input: { unitId: string; note?: string }, now: Date): Promise<TicketView> {
  const ticket = await lockTicket(tx, id);
  if (ticket.status !== 'waiting' && ticket.status !== 'called') throw new AppError('INTAKE_TICKET_NOT_WAITING');
  if (ticket.status === 'waiting' && ticket.unit_id === input.unitId) throw new AppError('INTAKE_SAME_UNIT');
  const unit = await tx.selectFrom('units').select('id').where('id', '=', input.unitId).where('active', '=', true).executeTakeFirst();
  if (!unit) throw new AppError('INTAKE_UNKNOWN_UNIT', `unit ${input.unitId}`);
  const row = (await tx
    .updateTable('intake_tickets')
    .set({ unit_id: input.unitId, status: 'waiting', called_at: null, called_by: null, counter_name: null })
    .where('id', '=', id)
    .returning(ticketColumns)
    .executeTakeFirstOrThrow()) as TicketRow;
  const note = input.note?.trim() ?? '';
  await tx
    .insertInto('intake_forwardings')
    .values({ tenant_id: row.tenant_id, id: randomUUID(), ticket_id: id, from_unit_id: ticket.unit_id, to_unit_id: input.unitId, note, forwarded_by: actor.id, forwarded_at: now })
    .execute();
  await recordAudit(tx, {
    tenantId: row.tenant_id, actor, action: 'intake.ticket.forward', subjectType: 'intake_ticket', subjectId: id, personId: row.person_id ?? undefined,
    purpose: PURPOSE_INTAKE, details: { number: row.number, fromUnitId: ticket.unit_id, toUnitId: input.unitId, hasNote: note !== '' },
  });
  await changed(tx, row, now);
  return presentTicket(row);
}

/** Links the ticket to a person's case file, so the counter opens the right file. */
export async function linkPerson(tx: Tx, actor: Actor, id: string, personId: string): Promise<TicketView> {
  await lockTicket(tx, id);
  await assertPerson(tx, personId);
  const row = (await tx.updateTable('intake_tickets').set({ person_id: personId }).where('id', '=', id).returning(ticketColumns).executeTakeFirstOrThrow()) as TicketRow;
  await recordAudit(tx, {
    tenantId: row.tenant_id, actor, action: 'intake.ticket.link_person', subjectType: 'intake_ticket', subjectId: id, personId,
    purpose: 'Zuordnung eines Besuchs zur Fallakte', details: { number: row.number },
  });
  return presentTicket(row);
}

export { PURPOSE_INTAKE };
