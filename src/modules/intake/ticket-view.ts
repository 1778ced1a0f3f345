import { sql, type Selectable } from 'kysely';
import { Type, type Static } from 'typebox';
import type { IntakeTicketsTable } from './tables.js';

// How a ticket leaves the server for staff. The person is never named here:
// the desk sees only whether a case file is linked.

export const ticketKinds = ['walk_in', 'emergency', 'appointment'] as const;
export const ticketStatuses = ['waiting', 'called', 'done', 'no_show'] as const;
export const concernGroups = ['residence', 'benefits', 'housing', 'counselling', 'work', 'other'] as const;

export const TicketView = Type.Object({
  id: Type.String(),
  number: Type.Integer(),
  day: Type.String(),
  locationId: Type.String(),
  kind: Type.Enum(ticketKinds),
  status: Type.Enum(ticketStatuses),
  issuedVia: Type.Enum(['kiosk', 'desk']),
  concernGroup: Type.Union([Type.Enum(concernGroups), Type.Null()]),
  concernId: Type.Union([Type.String(), Type.Null()]),
  unitId: Type.Union([Type.String(), Type.Null()]),
  hasPerson: Type.Boolean(),
  bookingId: Type.Union([Type.String(), Type.Null()]),
  issuedAt: Type.String({ format: 'date-time' }),
  scheduledAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  calledAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  counterName: Type.Union([Type.String(), Type.Null()]),
  recalls: Type.Integer(),
  finishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type TicketView = Static<typeof TicketView>;

export type TicketRow = Selectable<IntakeTicketsTable>;

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

// The drivers turn a date column into a Date at some midnight (local or UTC,
// depending on the driver); read as text it stays the day it is.
const ticketFields = [
  'id', 'tenant_id', 'location_id', 'number', 'kind', 'scheduled_at', 'issued_via', 'concern_group', 'concern_id', 'unit_id',
  'person_id', 'booking_id', 'status', 'issued_at', 'called_at', 'called_by', 'counter_name', 'recalls', 'finished_at',
] as const;
export const ticketColumns = [...ticketFields.map((field) => `intake_tickets.${field}` as const), sql<string>`intake_tickets.day::text`.as('day')];

export function presentTicket(row: TicketRow): TicketView {
  return {
    id: row.id,
    number: row.number,
    day: row.day,
    locationId: row.location_id,
    kind: row.kind,
    status: row.status,
    issuedVia: row.issued_via,
    concernGroup: row.concern_group,
    concernId: row.concern_id,
    unitId: row.unit_id,
    hasPerson: row.person_id !== null,
    bookingId: row.booking_id,
    issuedAt: iso(row.issued_at) as string,
    scheduledAt: iso(row.scheduled_at),
    calledAt: iso(row.called_at),
    counterName: row.counter_name,
    recalls: row.recalls,
    finishedAt: iso(row.finished_at),
  };
}
