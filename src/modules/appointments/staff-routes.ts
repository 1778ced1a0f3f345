import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { withTenant } from '../../platform/db/index.js';
import { requireAuth, type RequestAuth } from '../../platform/http/policy.js';
import { errors, IdParams, Uuid } from '../../platform/http/schemas.js';
import type { BookingContext } from './context.js';
import { bookAtCounter } from './counter-booking.js';
import { dayList, markAttendance } from './day-list.js';
import { createDraw, notifyWinners, runDraw } from './draws.js';
import { freeSlots } from './free-slots.js';
import { addHoliday, createSchedule, getSchedule, releaseSlots } from './schedules.js';
import { AnyEmail, Day, Language, PersonName, Phone } from './schemas.js';

// Staff routes: schedule administration, releases, draws, the day list,
// attendance marks and bookings at the counter (internal slots).

const PLANNERS = { policy: { access: 'staff', roles: ['admin', 'unit_lead'] } } as const;
const DESK = { policy: { access: 'staff', roles: ['admin', 'unit_lead', 'case_worker', 'intake'] } } as const;
const tags = ['appointments'];
const actorOf = (auth: RequestAuth) => ({ id: auth.staffId, label: auth.displayName });

const Clock = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' });
const OpeningHours = Type.Array(Type.Object({ weekday: Type.Integer({ minimum: 1, maximum: 7 }), opens: Clock, closes: Clock }, { additionalProperties: false }), { maxItems: 50 });
const Holiday = Type.Object({ day: Day, label: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false });
const Schedule = Type.Object({
  id: Type.String(), unitId: Type.String(), locationId: Type.String(), openingHours: OpeningHours, timeZone: Type.String(), counters: Type.Integer(),
  onlinePercent: Type.Integer(), bookingWindowDays: Type.Integer(), cooldownMinutes: Type.Integer(),
  concerns: Type.Array(Type.Object({ concernId: Type.String(), slotMinutes: Type.Integer() })), holidays: Type.Array(Type.Object({ day: Type.String(), label: Type.String() })),
  releases: Type.Array(Type.Object({ concernId: Type.String(), slots: Type.Integer(), online: Type.Integer(), firstStartsAt: Type.String(), lastStartsAt: Type.String() })),
  draws: Type.Array(Type.Object({
    id: Type.String(), concernId: Type.String(), requestsOpenAt: Type.String(), requestsCloseAt: Type.String(), status: Type.String(), drawnAt: Type.Union([Type.String(), Type.Null()]),
  })),
});
const DayEntry = Type.Object({
  id: Type.String(), name: Type.String(), email: Type.Union([Type.String(), Type.Null()]), phone: Type.Union([Type.String(), Type.Null()]), status: Type.String(), channel: Type.String(), mailStatus: Type.String(),
  startsAt: Type.String(), endsAt: Type.String(), counter: Type.Integer(), concernTitle: Type.String(), locationName: Type.String(),
});

const FreeSlot = Type.Object({ id: Type.String(), startsAt: Type.String(), endsAt: Type.String(), location: Type.Object({ id: Type.String(), name: Type.String(), address: Type.String() }) });

export function registerStaffAppointmentRoutes(parent: FastifyInstance, context: BookingContext): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = context;

  app.get('/api/appointments/schedules', {
    config: PLANNERS,
    schema: { tags, summary: 'All schedules', response: { 200: Type.Object({ items: Type.Array(Schedule) }), ...errors(401, 403) } },
  }, async (request) => {
    const auth = requireAuth(request);
    return withTenant(db, auth.tenantId, async (tx) => {
      const ids = await tx.selectFrom('appointment_schedules').select('id').orderBy('created_at').execute();
      return { items: await Promise.all(ids.map((row) => getSchedule(tx, row.id))) };
    });
  });

  app.post('/api/appointments/schedules', {
    config: PLANNERS,
    schema: {
      tags, summary: 'Create a schedule for a unit and location',
      body: Type.Object({
        unitId: Uuid, locationId: Uuid, openingHours: OpeningHours, timeZone: Type.Optional(Type.String({ maxLength: 64 })), counters: Type.Integer({ minimum: 1, maximum: 100 }),
        onlinePercent: Type.Integer({ minimum: 0, maximum: 100 }), bookingWindowDays: Type.Integer({ minimum: 1, maximum: 365 }), cooldownMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 1440 })),
        concerns: Type.Array(Type.Object({ concernId: Uuid, slotMinutes: Type.Integer({ minimum: 5, maximum: 480 }) }, { additionalProperties: false }), { minItems: 1, maxItems: 200 }),
        holidays: Type.Optional(Type.Array(Holiday, { maxItems: 400 })),
      }, { additionalProperties: false }),
      response: { 201: Schedule, ...errors(400, 401, 403, 409) },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    return reply.status(201).send(await withTenant(db, auth.tenantId, (tx) => createSchedule(tx, auth.tenantId, actorOf(auth), request.body)));
  });

  app.post('/api/appointments/schedules/:id/holidays', {
    config: PLANNERS,
    schema: { tags, summary: 'Add a holiday (no slots on that day)', params: IdParams, body: Holiday, response: { 200: Schedule, ...errors(400, 401, 403, 404) } },
  }, async (request) => {
    const auth = requireAuth(request);
    return withTenant(db, auth.tenantId, async (tx) => {
      await getSchedule(tx, request.params.id);
      await addHoliday(tx, auth.tenantId, request.params.id, request.body);
      return getSchedule(tx, request.params.id);
    });
  });

  app.post('/api/appointments/schedules/:id/releases', {
    config: PLANNERS,
    schema: {
      tags, summary: 'Release slots of a concern for a range of days', params: IdParams,
      body: Type.Object({ concernId: Uuid, fromDay: Day, toDay: Day, counters: Type.Optional(Type.Array(Type.Integer({ minimum: 1, maximum: 100 }), { maxItems: 100 })), drawId: Type.Optional(Uuid) }, { additionalProperties: false }),
      response: { 201: Type.Object({ created: Type.Integer(), online: Type.Integer() }), ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    return reply.status(201).send(await withTenant(db, auth.tenantId, (tx) => releaseSlots(tx, auth.tenantId, actorOf(auth), request.params.id, request.body)));
  });

  app.post('/api/appointments/draws', {
    config: PLANNERS,
    schema: {
      tags, summary: 'Create a draw; release its slots with drawId',
      body: Type.Object({ scheduleId: Uuid, concernId: Uuid, requestsOpenAt: Type.String({ format: 'date-time' }), requestsCloseAt: Type.String({ format: 'date-time' }) }, { additionalProperties: false }),
      response: { 201: Type.Object({ id: Type.String() }), ...errors(400, 401, 403) },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const body = request.body;
    return reply.status(201).send(await withTenant(db, auth.tenantId, (tx) => createDraw(tx, auth.tenantId, actorOf(auth), { ...body, requestsOpenAt: new Date(body.requestsOpenAt), requestsCloseAt: new Date(body.requestsCloseAt) })));
  });

  app.post('/api/appointments/draws/:id/run', {
    config: PLANNERS,
    schema: {
      tags, summary: 'Draw the slots by lot among verified requests (once, after requests closed)', params: IdParams,
      response: { 200: Type.Object({ seed: Type.String(), verifiedRequests: Type.Integer(), slots: Type.Integer(), winners: Type.Integer() }), ...errors(401, 403, 404, 409) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const result = await withTenant(db, auth.tenantId, (tx) => runDraw(tx, auth.tenantId, actorOf(auth), request.params.id, context.clock.now()));
    const tenant = await withTenant(db, auth.tenantId, (tx) => tx.selectFrom('tenants').select(['id', 'slug']).where('id', '=', auth.tenantId).executeTakeFirstOrThrow());
    await notifyWinners(context, tenant, result.bookingIds);
    return result;
  });

  app.get('/api/appointments/day', {
    config: DESK,
    schema: { tags, summary: 'The bookings of a day (audited read)', querystring: Type.Object({ day: Day, locationId: Type.Optional(Uuid) }), response: { 200: Type.Object({ items: Type.Array(DayEntry) }), ...errors(400, 401, 403) } },
  }, async (request) => {
    const auth = requireAuth(request);
    return { items: await withTenant(db, auth.tenantId, (tx) => dayList(tx, auth.tenantId, actorOf(auth), request.query)) };
  });

  app.get('/api/appointments/internal-slots', {
    config: DESK,
    schema: {
      tags, summary: 'Free internal slots of a concern, for booking at the counter or on the phone', querystring: Type.Object({ concernId: Uuid }),
      response: { 200: Type.Object({ items: Type.Array(FreeSlot) }), ...errors(400, 401, 403) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    return { items: await withTenant(db, auth.tenantId, (tx) => freeSlots(tx, request.query.concernId, context.clock.now(), 1000, 'internal')) };
  });

  app.post('/api/appointments/bookings', {
    config: DESK,
    schema: {
      tags, summary: 'Book a free internal slot for a person at the counter or on the phone (confirmed at once)',
      body: Type.Object({
        slotId: Uuid, name: PersonName, email: Type.Optional(AnyEmail), phone: Type.Optional(Phone), language: Type.Optional(Language), personId: Type.Optional(Uuid),
      }, { additionalProperties: false }),
      response: { 201: DayEntry, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const tenant = await withTenant(db, auth.tenantId, (tx) => tx.selectFrom('tenants').select(['id', 'slug']).where('id', '=', auth.tenantId).executeTakeFirstOrThrow());
    const view = await bookAtCounter(context, tenant, actorOf(auth), { ...request.body, language: request.body.language ?? 'de' });
    const booked = await withTenant(db, auth.tenantId, (tx) => tx.selectFrom('appointment_bookings as b').innerJoin('appointment_slots as s', 's.id', 'b.slot_id')
      .select(['b.phone', 'b.channel', 's.counter']).where('b.id', '=', view.id).executeTakeFirstOrThrow());
    return reply.status(201).send({
      id: view.id, name: view.name, email: view.email, phone: booked.phone, status: view.status, channel: booked.channel, mailStatus: view.mailStatus,
      startsAt: view.startsAt.toISOString(), endsAt: view.endsAt.toISOString(), counter: booked.counter, concernTitle: view.concernTitle, locationName: view.locationName,
    });
  });

  app.post('/api/appointments/bookings/:id/attendance', {
    config: DESK,
    schema: {
      tags, summary: 'Mark a booking as arrived or no-show', params: IdParams, body: Type.Object({ status: Type.Enum(['arrived', 'no_show']) }, { additionalProperties: false }),
      response: { 200: Type.Object({ id: Type.String(), status: Type.String() }), ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    return withTenant(db, auth.tenantId, (tx) => markAttendance(tx, auth.tenantId, actorOf(auth), request.params.id, request.body.status, context.clock.now()));
  });
}
