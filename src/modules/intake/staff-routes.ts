import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Clock } from '../../platform/clock.js';
import { withTenant, type Database } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { requireAuth, type RequestAuth } from '../../platform/http/policy.js';
import { errors, IdParams } from '../../platform/http/schemas.js';
import { checkInBooking } from './check-in.js';
import { localDay } from './local-day.js';
import { ForwardBody, IssueBody, IssuedTicketBody, LinkPersonBody, LocationParams, TicketListQuery, TriageBody } from './schemas.js';
import { TicketView, presentTicket, ticketColumns, type TicketRow } from './ticket-view.js';
import { forwardTicket, issueTicket, linkPerson, loadLocation, triageTicket } from './tickets.js';

// Routes of the intake desk: issue, list, triage, forward, link to a case file.

const DESK = ['intake'] as const;
const FLOOR = ['intake', 'case_worker', 'unit_lead'] as const;
const actor = (auth: RequestAuth) => ({ id: auth.staffId, label: auth.displayName });

export function registerIntakeDeskRoutes(parent: FastifyInstance, db: Database, clock: Clock): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['intake'];

  app.get('/api/intake/locations', {
    config: { policy: { access: 'staff', roles: [...FLOOR, 'admin'] } },
    schema: { tags, summary: 'Locations with an entrance zone', response: { 200: Type.Object({ items: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })) }), ...errors(401, 403) } },
  }, async (request) => {
    const auth = requireAuth(request);
    const items = await withTenant(db, auth.tenantId, (tx) => tx.selectFrom('locations').select(['id', 'name']).orderBy('name').execute());
    return { items };
  });

  app.get('/api/intake/concerns', {
    config: { policy: { access: 'staff', roles: FLOOR } },
    schema: {
      tags, summary: 'Concerns to triage to, with their responsible unit',
      response: { 200: Type.Object({ items: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), unitId: Type.Union([Type.String(), Type.Null()]) })) }), ...errors(401, 403) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const rows = await withTenant(db, auth.tenantId, (tx) => tx.selectFrom('concerns').select(['id', 'title', 'responsible_unit_id']).orderBy('title').execute());
    return { items: rows.map((row) => ({ id: row.id, title: row.title, unitId: row.responsible_unit_id })) };
  });

  app.get('/api/intake/locations/:locationId/tickets', {
    config: { policy: { access: 'staff', roles: FLOOR } },
    schema: { tags, summary: "Today's tickets of a location", params: LocationParams, querystring: TicketListQuery, response: { 200: Type.Object({ items: Type.Array(TicketView) }), ...errors(400, 401, 403, 404) } },
  }, async (request) => {
    const auth = requireAuth(request);
    return withTenant(db, auth.tenantId, async (tx) => {
      if (!(await loadLocation(tx, request.params.locationId))) throw new AppError('NOT_FOUND', `location ${request.params.locationId}`);
      let query = tx.selectFrom('intake_tickets').select(ticketColumns).where('location_id', '=', request.params.locationId).where('day', '=', localDay(clock.now()));
      if (request.query.status) query = query.where('status', '=', request.query.status);
      const rows = (await query.orderBy('number').execute()) as TicketRow[];
      return { items: rows.map(presentTicket) };
    });
  });

  app.post('/api/intake/tickets', {
    config: { policy: { access: 'staff', roles: DESK } },
    schema: { tags, summary: 'Issue a ticket at the desk (walk-in, emergency, or appointment check-in)', body: IssueBody, response: { 201: IssuedTicketBody, ...errors(400, 401, 403) } },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const body = request.body;
    const issued = await withTenant(db, auth.tenantId, (tx) =>
      issueTicket(tx, auth.tenantId, actor(auth), {
        locationId: body.locationId, kind: body.kind ?? 'walk_in', scheduledAt: body.scheduledAt ? new Date(body.scheduledAt) : null,
        concernGroup: body.concernGroup ?? null, concernId: body.concernId ?? null, personId: body.personId ?? null, via: 'desk',
      }, clock.now()),
    );
    return reply.status(201).send(issued);
  });

  app.post('/api/intake/bookings/:id/check-in', {
    config: { policy: { access: 'staff', roles: DESK } },
    schema: {
      tags, summary: 'Check in an online booking: an appointment ticket called at the booked time (the same ticket when checked in again)',
      params: IdParams, response: { 200: Type.Object({ ticket: TicketView }), 201: IssuedTicketBody, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const now = clock.now();
    return withTenant(db, auth.tenantId, async (tx) => {
      const result = await checkInBooking(tx, auth.tenantId, actor(auth), request.params.id, now);
      if (result.issued) return reply.status(201).send(result.issued);
      return reply.status(200).send({ ticket: result.existing as TicketView });
    });
  });

  app.post('/api/intake/tickets/:id/triage', {
    config: { policy: { access: 'staff', roles: DESK } },
    schema: { tags, summary: "Name the concern; the ticket joins the responsible unit's queue", params: IdParams, body: TriageBody, response: { 200: TicketView, ...errors(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const auth = requireAuth(request);
    return withTenant(db, auth.tenantId, (tx) => triageTicket(tx, actor(auth), request.params.id, request.body, clock.now()));
  });

  app.post('/api/intake/tickets/:id/forward', {
    config: { policy: { access: 'staff', roles: FLOOR } },
    schema: { tags, summary: "Move the ticket to another unit's queue, keeping its number", params: IdParams, body: ForwardBody, response: { 200: TicketView, ...errors(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const auth = requireAuth(request);
    return withTenant(db, auth.tenantId, (tx) => forwardTicket(tx, actor(auth), request.params.id, request.body, clock.now()));
  });

  app.post('/api/intake/tickets/:id/person', {
    config: { policy: { access: 'staff', roles: FLOOR } },
    schema: { tags, summary: "Link the ticket to a person's case file", params: IdParams, body: LinkPersonBody, response: { 200: TicketView, ...errors(400, 401, 403, 404) } },
  }, async (request) => {
    const auth = requireAuth(request);
    return withTenant(db, auth.tenantId, (tx) => linkPerson(tx, actor(auth), request.params.id, request.body.personId));
  });
}
