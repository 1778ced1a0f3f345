import { makeConcern, makeLocation } from '../support/concerns.js';
import { makeStaff } from '../support/factories.js';
import { makePerson } from '../support/people.js';
import { makeBooking, makeCalledTicket, makeTicket } from '../intake/support.js';
import type { TargetFactory } from './types.js';

export const targets: TargetFactory = async ({ ctx, home }) => {
  const unitId = Object.values(home.units)[0] as string;
  const location = await makeLocation(ctx.db, home);
  const concern = await makeConcern(ctx.db, home, { responsibleUnitId: unitId });
  const person = await makePerson(ctx.db, home);
  const counter = await makeStaff(ctx.db, home, { unitIds: [unitId] });
  // Each route gets its own ticket: finishing one must not spoil the next.
  const waiting = () => makeTicket(ctx.db, home, { locationId: location.id });
  const called = () => makeCalledTicket(ctx.db, home, counter, location.id, concern.id, unitId);
  const booking = await makeBooking(ctx.db, home, { unitId, locationId: location.id, concernId: concern.id, startsAt: new Date() });
  return {
    'POST /api/intake/bookings/:id/check-in': { params: { id: booking.id }, body: {} },
    'GET /api/intake/locations/:locationId/tickets': { params: { locationId: location.id } },
    'POST /api/intake/tickets/:id/triage': { params: { id: (await waiting()).id }, body: { concernId: concern.id } },
    'POST /api/intake/tickets/:id/forward': { params: { id: (await waiting()).id }, body: { unitId } },
    'POST /api/intake/tickets/:id/person': { params: { id: (await waiting()).id }, body: { personId: person.id } },
    'POST /api/intake/tickets/:id/recall': { params: { id: (await called()).id }, body: {} },
    'POST /api/intake/tickets/:id/finish': { params: { id: (await called()).id }, body: {} },
    'POST /api/intake/tickets/:id/no-show': { params: { id: (await called()).id }, body: {} },
  };
};
