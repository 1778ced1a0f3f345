import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { ManualClock } from '../../src/platform/clock.js';
import { withSystem, withTenant } from '../../src/platform/db/index.js';
import { json, testApp, type Caller, type TestContext } from '../support/app.js';
import { makeConcern, makeLocation } from '../support/concerns.js';
import { makeStaff, makeTenant, sessionFor, type TestTenant } from '../support/factories.js';
import { makePerson } from '../support/people.js';
import { makeBooking } from './support.js';

// The walk-in path through HTTP: a number at the kiosk, triage at the desk,
// forwarding, linking to a case file, and the counters calling.

const clock = new ManualClock(new Date('2026-03-02T08:00:00Z'));
let ctx: TestContext;
before(async () => {
  ctx = await testApp({ LOTSE_KIOSK_TICKETS_PER_MINUTE: '1000' }, undefined, clock);
});
after(() => ctx.close());

interface World {
  tenant: TestTenant;
  abh: string;
  benefits: string;
  location: string;
  concern: string;
  desk: Caller;
  counter: Caller;
}

async function world(): Promise<World> {
  const tenant = await makeTenant(ctx.db, [{ name: 'Ausländerbehörde', type: 'immigration' }, { name: 'Asylbewerberleistungen', type: 'asylum_benefits' }]);
  const abh = tenant.units['Ausländerbehörde'] as string;
  const benefits = tenant.units['Asylbewerberleistungen'] as string;
  const location = (await makeLocation(ctx.db, tenant)).id;
  const concern = (await makeConcern(ctx.db, tenant, { responsibleUnitId: abh })).id;
  const desk = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, tenant, { roles: ['intake'] }));
  const counter = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, tenant, { roles: ['case_worker'], unitIds: [abh] }));
  return { tenant, abh, benefits, location, concern, desk, counter };
}

const kiosk = (w: World, body: Record<string, unknown> = {}, location = w.location) =>
  ctx.app.inject({ method: 'POST', url: `/api/public/${w.tenant.slug}/intake/locations/${location}/tickets`, payload: body });
const deskIssue = (w: World, body: Record<string, unknown>) => w.desk.inject({ method: 'POST', url: '/api/intake/tickets', payload: { locationId: w.location, ...body } });
const callNext = (w: World, caller = w.counter, unitId = w.abh) =>
  caller.inject({ method: 'POST', url: '/api/intake/call-next', payload: { locationId: w.location, unitId, counterName: 'Schalter 3' } });
const errorCode = (response: { json(): unknown }) => (response.json() as { error: { code: string } }).error.code;

describe('kiosk', () => {
  it('hands out 1, 2, 3 … per location and day, without personal data', async () => {
    const w = await world();
    const numbers = [];
    for (let i = 0; i < 3; i += 1) {
      const response = await kiosk(w, { concernGroup: 'residence' });
      assert.equal(response.statusCode, 201, response.body);
      numbers.push(json<{ number: number }>(response).number);
    }
    assert.deepEqual(numbers, [1, 2, 3]);
    const body = json(await kiosk(w));
    assert.deepEqual(Object.keys(body).sort(), ['day', 'estimatedWaitMinutes', 'issuedAt', 'locationName', 'number', 'ticketsBefore']);
    assert.equal(body.ticketsBefore, 3, 'three untriaged tickets wait before the fourth');

    const other = (await makeLocation(ctx.db, w.tenant)).id;
    assert.equal(json<{ number: number }>(await kiosk(w, {}, other)).number, 1, 'another location counts on its own');

    const today = clock.now();
    clock.advance(24 * 3600_000);
    try {
      assert.equal(json<{ number: number }>(await kiosk(w)).number, 1, 'a new day starts at 1');
    } finally {
      clock.set(today);
    }
  });

  it('never hands out a number twice or skips one, also when many draw at once', async () => {
    const w = await world();
    const responses = await Promise.all(Array.from({ length: 40 }, () => kiosk(w)));
    const numbers = responses.map((response) => {
      assert.equal(response.statusCode, 201, response.body);
      return json<{ number: number }>(response).number;
    });
    assert.deepEqual([...numbers].sort((a, b) => a - b), Array.from({ length: 40 }, (_, i) => i + 1));
    // The database itself refuses a duplicate, whatever the code does.
    await assert.rejects(
      withTenant(ctx.db, w.tenant.id, (tx) =>
        sql`insert into intake_tickets (tenant_id, id, location_id, day, number, kind, issued_via, issued_at)
            select tenant_id, gen_random_uuid(), location_id, day, number, kind, issued_via, issued_at from intake_tickets where location_id = ${w.location} and number = 7`.execute(tx),
      ),
      /duplicate key|unique/i,
    );
  });

  it('answers an unknown district or location with 404 and bad input with 400', async () => {
    const w = await world();
    assert.equal((await ctx.app.inject({ method: 'POST', url: `/api/public/gibt-es-nicht/intake/locations/${w.location}/tickets`, payload: {} })).statusCode, 404);
    const foreignLocation = (await makeLocation(ctx.db, await makeTenant(ctx.db))).id;
    const foreign = await kiosk(w, {}, foreignLocation);
    assert.equal(foreign.statusCode, 404);
    assert.equal(errorCode(foreign), 'NOT_FOUND');
    const bad = await kiosk(w, { concernGroup: 'lottery' });
    assert.equal(bad.statusCode, 400);
    assert.equal(errorCode(bad), 'VALIDATION_FAILED');
    assert.equal((await kiosk(w, {}, 'not-a-uuid')).statusCode, 400);
  });

  it('limits tickets per address and minute with 429 and Retry-After', async () => {
    const limited = await testApp({ LOTSE_KIOSK_TICKETS_PER_MINUTE: '3' }, ctx.db, clock);
    try {
      const w = await world();
      const draw = () => limited.app.inject({ method: 'POST', url: `/api/public/${w.tenant.slug}/intake/locations/${w.location}/tickets`, payload: {}, remoteAddress: '203.0.113.9' });
      for (let i = 0; i < 3; i += 1) assert.equal((await draw()).statusCode, 201);
      const refused = await draw();
      assert.equal(refused.statusCode, 429);
      assert.equal(errorCode(refused), 'INTAKE_KIOSK_RATE_LIMITED');
      assert.ok(Number(refused.headers['retry-after']) >= 1 && Number(refused.headers['retry-after']) <= 60);
      // The refused draw took no number: the next one after the window is 4.
      clock.advance(61_000);
      const next = await draw();
      assert.equal(next.statusCode, 201);
      assert.equal(json<{ number: number }>(next).number, 4);
    } finally {
      await limited.app.close();
    }
  });
});

describe('triage, forwarding and case files', () => {
  it('sorts a kiosk ticket into the responsible unit and rejects concerns without one', async () => {
    const w = await world();
    await kiosk(w);
    const [ticket] = json<{ items: Array<{ id: string; unitId: string | null; number: number }> }>(await w.desk.inject({ method: 'GET', url: `/api/intake/locations/${w.location}/tickets` })).items;
    assert.ok(ticket);
    assert.equal(ticket.unitId, null);
    const triaged = await w.desk.inject({ method: 'POST', url: `/api/intake/tickets/${ticket.id}/triage`, payload: { concernId: w.concern } });
    assert.equal(triaged.statusCode, 200, triaged.body);
    assert.equal(json(triaged).unitId, w.abh);

    const orphan = (await makeConcern(ctx.db, w.tenant, { responsibleUnitId: null })).id;
    const noUnit = await w.desk.inject({ method: 'POST', url: `/api/intake/tickets/${ticket.id}/triage`, payload: { concernId: orphan } });
    assert.equal(noUnit.statusCode, 400);
    assert.equal(errorCode(noUnit), 'INTAKE_CONCERN_WITHOUT_UNIT');
    const foreignConcern = (await makeConcern(ctx.db, await makeTenant(ctx.db))).id;
    assert.equal(errorCode(await w.desk.inject({ method: 'POST', url: `/api/intake/tickets/${ticket.id}/triage`, payload: { concernId: foreignConcern } })), 'INTAKE_UNKNOWN_CONCERN');

    assert.ok(json<{ ticket: { number: number } }>(await callNext(w)).ticket);
    const late = await w.desk.inject({ method: 'POST', url: `/api/intake/tickets/${ticket.id}/triage`, payload: { concernId: w.concern } });
    assert.equal(late.statusCode, 409);
    assert.equal(errorCode(late), 'INTAKE_TICKET_NOT_WAITING');
  });

  it('forwards a ticket to another queue under the same number, recorded and audited', async () => {
    const w = await world();
    const issued = json<{ ticket: { id: string; number: number } }>(await deskIssue(w, { concernId: w.concern })).ticket;
    const forwarded = await w.counter.inject({ method: 'POST', url: `/api/intake/tickets/${issued.id}/forward`, payload: { unitId: w.benefits, note: 'Leistungsfrage' } });
    assert.equal(forwarded.statusCode, 200, forwarded.body);
    assert.equal(json(forwarded).unitId, w.benefits);
    assert.equal(json(forwarded).number, issued.number);
    const again = await w.counter.inject({ method: 'POST', url: `/api/intake/tickets/${issued.id}/forward`, payload: { unitId: w.benefits } });
    assert.equal(errorCode(again), 'INTAKE_SAME_UNIT');
    const record = await withTenant(ctx.db, w.tenant.id, (tx) => tx.selectFrom('intake_forwardings').selectAll().where('ticket_id', '=', issued.id).execute());
    assert.equal(record.length, 1);
    assert.equal(record[0]?.from_unit_id, w.abh);
    assert.equal(record[0]?.note, 'Leistungsfrage');
    const audit = await withSystem(ctx.db, (tx) => tx.selectFrom('audit_log').select(['action', 'actor_id']).where('tenant_id', '=', w.tenant.id).where('subject_id', '=', issued.id).execute());
    assert.deepEqual(audit.map((entry) => entry.action), ['intake.ticket.forward']);
    assert.equal(audit[0]?.actor_id, w.counter.staffId);
    // The counter of the first unit no longer finds it; a benefits counter does.
    assert.equal(json<{ ticket: unknown }>(await callNext(w)).ticket, null);
  });

  it("links a ticket to a person's case file and audits every later step with the person", async () => {
    const w = await world();
    const person = (await makePerson(ctx.db, w.tenant)).id;
    const ticket = json<{ ticket: { id: string } }>(await deskIssue(w, { concernId: w.concern })).ticket;
    const linked = await w.desk.inject({ method: 'POST', url: `/api/intake/tickets/${ticket.id}/person`, payload: { personId: person } });
    assert.equal(linked.statusCode, 200, linked.body);
    assert.equal(json(linked).hasPerson, true);
    assert.equal(JSON.stringify(json(linked)).includes(person), false, 'the person id does not leave the server');
    const called = json<{ ticket: { id: string } }>(await callNext(w)).ticket;
    assert.equal(called.id, ticket.id);
    assert.equal((await w.counter.inject({ method: 'POST', url: `/api/intake/tickets/${ticket.id}/finish`, payload: {} })).statusCode, 200);
    const audit = await withSystem(ctx.db, (tx) => tx.selectFrom('audit_log').select(['action']).where('tenant_id', '=', w.tenant.id).where('person_id', '=', person).orderBy('seq').execute());
    assert.deepEqual(audit.map((entry) => entry.action), ['intake.ticket.link_person', 'intake.ticket.call', 'intake.ticket.finish']);

    const foreignPerson = (await makePerson(ctx.db, await makeTenant(ctx.db))).id;
    const refused = await w.desk.inject({ method: 'POST', url: `/api/intake/tickets/${ticket.id}/person`, payload: { personId: foreignPerson } });
    assert.equal(refused.statusCode, 400);
    assert.equal(errorCode(refused), 'INTAKE_UNKNOWN_PERSON');
  });

  it('rejects an appointment without time and a walk-in with one', async () => {
    const w = await world();
    assert.equal(errorCode(await deskIssue(w, { kind: 'appointment' })), 'INTAKE_SCHEDULE_MISMATCH');
    assert.equal(errorCode(await deskIssue(w, { kind: 'walk_in', scheduledAt: '2026-03-02T09:00:00Z' })), 'INTAKE_SCHEDULE_MISMATCH');
    const unknown = await deskIssue(w, { locationId: '6f1c7f53-9f55-4f2e-a8e5-4b7a0f7d4a11' });
    assert.equal(errorCode(unknown), 'INTAKE_UNKNOWN_LOCATION');
    const count = await withTenant(ctx.db, w.tenant.id, (tx) => tx.selectFrom('intake_tickets').select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow());
    assert.equal(Number(count.n), 0, 'no half-issued ticket remains');
  });
});

describe('counters', () => {
  it('calls due appointments first, then emergencies, then walk-ins in order', async () => {
    const w = await world();
    const start = clock.now();
    const walkIn1 = json<{ ticket: { number: number } }>(await deskIssue(w, { concernId: w.concern })).ticket.number;
    clock.advance(60_000);
    const walkIn2 = json<{ ticket: { number: number } }>(await deskIssue(w, { concernId: w.concern })).ticket.number;
    const emergency = json<{ ticket: { number: number } }>(await deskIssue(w, { concernId: w.concern, kind: 'emergency' })).ticket.number;
    const dueAt = new Date(clock.now().getTime() + 5 * 60_000).toISOString();
    const appointment = json<{ ticket: { number: number } }>(await deskIssue(w, { concernId: w.concern, kind: 'appointment', scheduledAt: dueAt })).ticket.number;

    const order: number[] = [];
    const next = async () => json<{ ticket: { number: number } | null }>(await callNext(w)).ticket?.number ?? null;
    order.push((await next()) as number); // appointment not yet due: emergency first
    clock.advance(5 * 60_000);
    order.push((await next()) as number); // now the appointment is due
    order.push((await next()) as number, (await next()) as number);
    assert.deepEqual(order, [emergency, appointment, walkIn1, walkIn2]);
    assert.equal(await next(), null, 'an empty queue calls nobody');
    clock.set(start);
  });

  it('refuses counters of other units and finishes, recalls and marks no-shows only called tickets', async () => {
    const w = await world();
    const ticket = json<{ ticket: { id: string } }>(await deskIssue(w, { concernId: w.concern })).ticket;
    const outsider = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, w.tenant, { roles: ['case_worker'], unitIds: [w.benefits] }));
    const refused = await callNext(w, outsider);
    assert.equal(refused.statusCode, 403);
    assert.equal(errorCode(refused), 'INTAKE_NOT_IN_UNIT');

    assert.equal(errorCode(await w.counter.inject({ method: 'POST', url: `/api/intake/tickets/${ticket.id}/finish`, payload: {} })), 'INTAKE_TICKET_NOT_CALLED');
    await callNext(w);
    const recalled = await w.counter.inject({ method: 'POST', url: `/api/intake/tickets/${ticket.id}/recall`, payload: {} });
    assert.equal(json(recalled).recalls, 1);
    const gone = await w.counter.inject({ method: 'POST', url: `/api/intake/tickets/${ticket.id}/no-show`, payload: {} });
    assert.equal(json(gone).status, 'no_show');
    assert.equal(errorCode(await w.counter.inject({ method: 'POST', url: `/api/intake/tickets/${ticket.id}/recall`, payload: {} })), 'INTAKE_TICKET_NOT_CALLED');
  });

  it('estimates the wait from the median of recent handling times times the position', async () => {
    const w = await world();
    const start = clock.now();
    // Three served tickets that took 4, 6 and 30 minutes: the median is 6.
    for (const minutes of [4, 30, 6]) {
      const ticket = json<{ ticket: { id: string } }>(await deskIssue(w, { concernId: w.concern })).ticket;
      await callNext(w);
      clock.advance(minutes * 60_000);
      assert.equal((await w.counter.inject({ method: 'POST', url: `/api/intake/tickets/${ticket.id}/finish`, payload: {} })).statusCode, 200);
    }
    await deskIssue(w, { concernId: w.concern });
    await deskIssue(w, { concernId: w.concern });
    const third = json<{ ticketsBefore: number; estimatedWaitMinutes: number }>(await deskIssue(w, { concernId: w.concern }));
    assert.equal(third.ticketsBefore, 2);
    assert.equal(third.estimatedWaitMinutes, 12);

    const display = json<{ queues: Array<{ unitId: string; waiting: number; estimatedWaitMinutes: number }> }>(
      await ctx.app.inject({ method: 'GET', url: `/api/public/${w.tenant.slug}/intake/locations/${w.location}/display` }),
    );
    assert.deepEqual(display.queues.map((queue) => [queue.unitId, queue.waiting, queue.estimatedWaitMinutes]), [[w.abh, 3, 18]]);
    clock.set(start);
  });

  it('shows called numbers and counters on the display, and nothing about persons', async () => {
    const w = await world();
    const person = (await makePerson(ctx.db, w.tenant, { familyName: 'Geheim' })).id;
    await deskIssue(w, { concernId: w.concern, personId: person });
    const called = json<{ ticket: { number: number } }>(await callNext(w)).ticket;
    const response = await ctx.app.inject({ method: 'GET', url: `/api/public/${w.tenant.slug}/intake/locations/${w.location}/display` });
    assert.equal(response.statusCode, 200);
    const display = json<{ called: Array<{ number: number; counterName: string }> }>(response);
    assert.deepEqual(display.called.map((entry) => [entry.number, entry.counterName]), [[called.number, 'Schalter 3']]);
    assert.equal(response.body.includes(person), false);
    assert.equal(response.body.includes('Geheim'), false);
  });
});

describe('online bookings', () => {
  it('checks a booking in as an appointment ticket of the booked unit, once, and only today, and marks it arrived', async () => {
    const w = await world();
    const startsAt = new Date(clock.now().getTime() + 30 * 60_000);
    const booking = await makeBooking(ctx.db, w.tenant, { unitId: w.benefits, locationId: w.location, concernId: w.concern, startsAt });
    const first = await w.desk.inject({ method: 'POST', url: `/api/intake/bookings/${booking.id}/check-in`, payload: {} });
    assert.equal(first.statusCode, 201, first.body);
    const ticket = json<{ ticket: { id: string; kind: string; unitId: string; scheduledAt: string; bookingId: string } }>(first).ticket;
    assert.deepEqual([ticket.kind, ticket.unitId, ticket.scheduledAt, ticket.bookingId], ['appointment', w.benefits, startsAt.toISOString(), booking.id]);
    const again = await w.desk.inject({ method: 'POST', url: `/api/intake/bookings/${booking.id}/check-in`, payload: {} });
    assert.equal(again.statusCode, 200);
    assert.equal(json<{ ticket: { id: string } }>(again).ticket.id, ticket.id, 'checking in twice gives the same ticket');
    const audit = await withSystem(ctx.db, (tx) => tx.selectFrom('audit_log').select('action').where('tenant_id', '=', w.tenant.id).where('subject_id', '=', booking.id).execute());
    assert.deepEqual(audit.map((entry) => entry.action).sort(), ['appointment.arrived', 'intake.booking.check_in']);
    const marked = await withSystem(ctx.db, (tx) => tx.selectFrom('appointment_bookings').select(['status', 'attended_at']).where('id', '=', booking.id).executeTakeFirstOrThrow());
    assert.equal(marked.status, 'arrived', 'the day list shows the person as arrived');
    assert.equal(marked.attended_at?.toISOString(), clock.now().toISOString());

    const tomorrow = await makeBooking(ctx.db, w.tenant, { unitId: w.benefits, locationId: w.location, concernId: w.concern, startsAt: new Date(startsAt.getTime() + 24 * 3600_000) });
    assert.equal(errorCode(await w.desk.inject({ method: 'POST', url: `/api/intake/bookings/${tomorrow.id}/check-in`, payload: {} })), 'INTAKE_BOOKING_NOT_TODAY');
    const cancelled = await makeBooking(ctx.db, w.tenant, { unitId: w.benefits, locationId: w.location, concernId: w.concern, startsAt, status: 'cancelled' });
    assert.equal(errorCode(await w.desk.inject({ method: 'POST', url: `/api/intake/bookings/${cancelled.id}/check-in`, payload: {} })), 'INTAKE_BOOKING_NOT_CONFIRMED');
    assert.equal((await w.desk.inject({ method: 'POST', url: '/api/intake/bookings/6f1c7f53-9f55-4f2e-a8e5-4b7a0f7d4a11/check-in', payload: {} })).statusCode, 404);
  });
});
