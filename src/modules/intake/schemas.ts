import { Type } from 'typebox';
import { Uuid } from '../../platform/http/schemas.js';
import { concernGroups, ticketKinds, TicketView } from './ticket-view.js';

// Request and response shapes of the entrance zone's routes.

export const ConcernGroup = Type.Enum(concernGroups);
export const CounterName = Type.String({ minLength: 1, maxLength: 40, pattern: '\\S' });

export const IssueBody = Type.Object({
  locationId: Uuid,
  kind: Type.Optional(Type.Enum(ticketKinds)),
  scheduledAt: Type.Optional(Type.String({ format: 'date-time' })),
  concernGroup: Type.Optional(Type.Union([ConcernGroup, Type.Null()])),
  concernId: Type.Optional(Uuid),
  personId: Type.Optional(Uuid),
}, { additionalProperties: false });

export const IssuedTicketBody = Type.Object({
  ticket: TicketView,
  locationName: Type.String(),
  ticketsBefore: Type.Integer(),
  estimatedWaitMinutes: Type.Union([Type.Integer(), Type.Null()]),
});

/** What the kiosk prints: the number and the wait, nothing else. */
export const KioskTicketBody = Type.Object({
  number: Type.Integer(),
  day: Type.String(),
  locationName: Type.String(),
  issuedAt: Type.String({ format: 'date-time' }),
  ticketsBefore: Type.Integer(),
  estimatedWaitMinutes: Type.Union([Type.Integer(), Type.Null()]),
});

export const TriageBody = Type.Object({ concernId: Uuid, emergency: Type.Optional(Type.Boolean()) }, { additionalProperties: false });
export const ForwardBody = Type.Object({ unitId: Uuid, note: Type.Optional(Type.String({ maxLength: 500 })) }, { additionalProperties: false });
export const LinkPersonBody = Type.Object({ personId: Uuid }, { additionalProperties: false });
export const CallNextBody = Type.Object({ locationId: Uuid, unitId: Uuid, counterName: CounterName }, { additionalProperties: false });
export const CallNextResult = Type.Object({ ticket: Type.Union([TicketView, Type.Null()]) });

export const LocationParams = Type.Object({ locationId: Uuid });
export const PublicLocationParams = Type.Object({ tenantSlug: Type.String({ minLength: 2, maxLength: 63, pattern: '^[a-z0-9][a-z0-9-]*$' }), locationId: Uuid });
export const TicketListQuery = Type.Object({ status: Type.Optional(Type.Enum(['waiting', 'called', 'done', 'no_show'])) }, { additionalProperties: false });
