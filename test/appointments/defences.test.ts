import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sendReminders } from '../../src/modules/appointments/index.js';
import { bookingContext } from '../../src/modules/appointments/index.js';
import { allocateDraw } from '../../src/modules/appointments/lottery.js';
import { ManualClock } from '../../src/platform/clock.js';
import { withTenant } from '../../src/platform/db/index.js';
import { json, testApp, type Caller, type TestContext } from '../support/app.js';
import { makeStaff, makeTenant, sessionFor, type TestTenant } from '../support/factories.js';
import { BOOKING_ENV, codeFrom, linkFrom, setUpSchedule, solvePow, startMailBox, type MailBox } from './support.js';

// Fairness: rate limits with 429 + Retry-After, concurrent grabs of one
// slot, the draw for scarce releases, and the reminder the day before.

let ctx: TestContext;
let mail: MailBox;
let tenant: TestTenant;
let planner: Caller;
let setup: Awaited<ReturnType<typeof setUpSchedule>>;
const clock = new ManualClock(new Date('2030-03-01T09:00:00Z'));
type Body = Record<string, unknown> & { error?: { code: string; details?: { retryAfterSeconds?: number } } };

before(async () => {
  mail = await startMailBox();
  ctx = await testApp({ ...BOOKING_ENV, LOTSE_SMTP_URL: mail.url, LOTSE_BOOKING_ADDRESS_LIMIT: '8', LOTSE_BOOKING_EMAIL_LIMIT: '2', LOTSE_BOOKING_PHONE_LIMIT: '2' }, undefined, clock);
  tenant = await makeTenant(ctx.db);
  planner = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, tenant, { roles: ['admin'] }));
  setup = await setUpSchedule(ctx.db, tenant, planner, { onlinePercent: 100 });
  await planner.inject({ method: 'POST', url: `/api/appointments/schedules/${setup.scheduleId}/releases`, payload: { concernId: setup.concernId, fromDay: '2030-03-04', toDay: '2030-03-05' } });
});
after(async () => {
  await ctx.close();
  await mail.close();
});

const base = () => `/api/public/${tenant.slug}/appointments`;
const slots = async (ip: string) => json<{ items: Array<{ id: string; startsAt: string }> }>(await ctx.app.inject({ method: 'GET', url: `${base()}/slots?concernId=${setup.concernId}`, remoteAddress: ip })).items;

describe('booking defences', () => {
  it('limits each public route per address with 429, Retry-After and a code, and lets the address in again after the window', async () => {
    const ip = '203.0.113.7';
    for (let i = 0; i < 8; i += 1) assert.equal((await ctx.app.inject({ method: 'GET', url: `${base()}/challenge`, remoteAddress: ip })).statusCode, 200);
    const limited = await ctx.app.inject({ method: 'GET', url: `${base()}/challenge`, remoteAddress: ip });
    assert.equal(limited.statusCode, 429);
    assert.equal(json<Body>(limited).error?.code, 'APPOINTMENT_RATE_LIMITED');
    assert.ok(Number(limited.headers['retry-after']) >= 1 && Number(limited.headers['retry-after']) <= 60);
    assert.equal((await ctx.app.inject({ method: 'GET', url: `${base()}/challenge`, remoteAddress: '203.0.113.8' })).statusCode, 200, 'other addresses are not affected');
    clock.advance(61_000);
    assert.equal((await ctx.app.inject({ method: 'GET', url: `${base()}/challenge`, remoteAddress: ip })).statusCode, 200);
  });

  it('limits reservations per e-mail address, whatever the client address', async () => {
    const free = await slots('198.51.100.1');
    const codes: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const response = await ctx.app.inject({
        method: 'POST', url: `${base()}/reservations`, remoteAddress: `198.51.100.${10 + i}`,
        payload: { slotId: (free[i] as { id: string }).id, name: 'Serien Bucher', email: 'serie@example.org', language: 'de', pow: await solvePow(ctx.app, tenant.slug) },
      });
      codes.push(response.statusCode);
    }
    // The first is booked, the second is refused as a second open booking, the third is over the limit.
    assert.deepEqual(codes, [201, 409, 429]);
  });

  it('limits reservations and draw requests per phone number, however it is written, with 429, Retry-After and the code', async () => {
    const free = await slots('198.51.100.5');
    const ways = ['+49 151 2345-678', '+49 (151) 2345678', '+491512345678'];
    const responses = [];
    for (const [i, phone] of ways.entries()) {
      responses.push(await ctx.app.inject({
        method: 'POST', url: `${base()}/reservations`, remoteAddress: `198.51.100.${20 + i}`,
        payload: { slotId: (free[i] as { id: string }).id, name: `Telefon ${i}`, email: `telefon-${i}@example.org`, phone, language: 'de', pow: await solvePow(ctx.app, tenant.slug) },
      }));
    }
    assert.deepEqual(responses.map((r) => r.statusCode), [201, 201, 429]);
    const limited = responses[2] as (typeof responses)[number];
    assert.equal(json<Body>(limited).error?.code, 'APPOINTMENT_RATE_LIMITED');
    const retryAfter = Number(limited.headers['retry-after']);
    assert.ok(retryAfter >= 1 && retryAfter <= 3600, `Retry-After ${retryAfter}`);
    assert.equal(json<Body>(limited).error?.details?.retryAfterSeconds, retryAfter);

    // The same number is refused for a draw as well; another number is not.
    const draw = await planner.inject({ method: 'POST', url: '/api/appointments/draws', payload: { scheduleId: setup.scheduleId, concernId: setup.concernId, requestsOpenAt: '2030-03-01T08:00:00Z', requestsCloseAt: '2030-03-01T20:00:00Z' } });
    assert.equal(draw.statusCode, 201, draw.body);
    const drawId = json<{ id: string }>(draw).id;
    const ask = async (i: number, phone: string) => ctx.app.inject({
      method: 'POST', url: `${base()}/draws/${drawId}/requests`, remoteAddress: `198.51.100.${30 + i}`,
      payload: { name: `Los Telefon ${i}`, email: `los-telefon-${i}@example.org`, phone, language: 'de', pow: await solvePow(ctx.app, tenant.slug) },
    });
    const sameNumber = await ask(0, '+49-151-234 56 78');
    assert.equal(sameNumber.statusCode, 429);
    assert.equal(json<Body>(sameNumber).error?.code, 'APPOINTMENT_RATE_LIMITED');
    assert.ok(Number(sameNumber.headers['retry-after']) >= 1);
    const otherNumber = await ask(1, '0170 7654321');
    assert.equal(otherNumber.statusCode, 201, otherNumber.body);
    const stored = await withTenant(ctx.db, tenant.id, (tx) => tx.selectFrom('appointment_draw_requests').select('phone').where('draw_id', '=', drawId).execute());
    assert.deepEqual(stored, [{ phone: '0170 7654321' }]);
  });

  it('lets exactly one of many simultaneous reservations of one slot win', async () => {
    const [slot] = await slots('198.51.100.2');
    const pows = await Promise.all(Array.from({ length: 12 }, () => solvePow(ctx.app, tenant.slug)));
    const responses = await Promise.all(pows.map((pow, i) => ctx.app.inject({
      method: 'POST', url: `${base()}/reservations`, remoteAddress: `192.0.2.${i + 1}`,
      payload: { slotId: (slot as { id: string }).id, name: `Person ${i}`, email: `race-${i}@example.org`, language: 'en', pow },
    })));
    const statuses = responses.map((r) => r.statusCode).sort();
    assert.deepEqual(statuses, [201, ...new Array(11).fill(409)]);
    assert.ok(responses.filter((r) => r.statusCode === 409).every((r) => json<Body>(r).error?.code === 'APPOINTMENT_SLOT_TAKEN'));
  });

  it('draws scarce slots by lot among verified requests only, once, with a published seed', async () => {
    const draw = await planner.inject({ method: 'POST', url: '/api/appointments/draws', payload: { scheduleId: setup.scheduleId, concernId: setup.concernId, requestsOpenAt: '2030-03-01T08:00:00Z', requestsCloseAt: '2030-03-01T20:00:00Z' } });
    assert.equal(draw.statusCode, 201, draw.body);
    const drawId = json<{ id: string }>(draw).id;
    const released = await planner.inject({ method: 'POST', url: `/api/appointments/schedules/${setup.scheduleId}/releases`, payload: { concernId: setup.concernId, fromDay: '2030-03-06', toDay: '2030-03-06', counters: [1], drawId } });
    assert.equal(json(released).created, 8);

    const people = Array.from({ length: 12 }, (_, i) => ({ name: `Los ${i}`, email: `los-${i}@example.org` }));
    for (const [i, person] of people.entries()) {
      const asked = await ctx.app.inject({ method: 'POST', url: `${base()}/draws/${drawId}/requests`, remoteAddress: `192.0.2.${100 + i}`, payload: { ...person, language: 'de', pow: await solvePow(ctx.app, tenant.slug) } });
      assert.equal(asked.statusCode, 201, asked.body);
    }
    // Two never verify their address: they cannot win.
    for (const [i, person] of people.slice(0, 10).entries()) {
      const token = linkFrom(await mail.next(person.email), '/termin/verlosung').searchParams.get('token');
      assert.equal((await ctx.app.inject({ method: 'POST', url: `${base()}/draws/verify`, remoteAddress: `192.0.2.${150 + i}`, payload: { token } })).statusCode, 200);
    }
    const early = await planner.inject({ method: 'POST', url: `/api/appointments/draws/${drawId}/run` });
    assert.equal(json<Body>(early).error?.code, 'APPOINTMENT_DRAW_NOT_READY');
    clock.set(new Date('2030-03-01T20:00:00Z'));
    const run = await planner.inject({ method: 'POST', url: `/api/appointments/draws/${drawId}/run` });
    assert.equal(run.statusCode, 200, run.body);
    const result = json<{ seed: string; winners: number; verifiedRequests: number }>(run);
    assert.deepEqual([result.winners, result.verifiedRequests], [8, 10]);
    assert.equal(json<Body>(await planner.inject({ method: 'POST', url: `/api/appointments/draws/${drawId}/run` })).error?.code, 'APPOINTMENT_DRAW_NOT_READY');

    const won = await withTenant(ctx.db, tenant.id, (tx) => tx.selectFrom('appointment_draw_requests').select(['id', 'email', 'slot_id', 'verified_at']).where('draw_id', '=', drawId).execute());
    const winners = won.filter((r) => r.slot_id);
    assert.ok(winners.every((r) => r.verified_at), 'only verified requests win');
    // Anyone holding the seed recomputes the same allocation.
    const drawSlots = await withTenant(ctx.db, tenant.id, (tx) => tx.selectFrom('appointment_slots').select('id').where('draw_id', '=', drawId).orderBy('starts_at').orderBy('counter').execute());
    const recomputed = allocateDraw(result.seed, won.filter((r) => r.verified_at).map((r) => r.id).sort(), drawSlots.map((s) => s.id));
    assert.deepEqual(new Map(recomputed.map((a) => [a.requestId, a.slotId])), new Map(winners.map((r) => [r.id, r.slot_id])));
    const bookings = await withTenant(ctx.db, tenant.id, (tx) => tx.selectFrom('appointment_bookings').select('status').where('channel', '=', 'draw').where('slot_id', 'in', drawSlots.map((s) => s.id)).execute());
    assert.equal(bookings.filter((b) => b.status === 'confirmed').length, 8);
    // Winners learn it by mail, with the calendar file.
    const winnerEmail = winners[0]?.email as string;
    const notice = await mail.next(winnerEmail, /bestätigt/);
    assert.ok(notice.attachments.some((a) => a.contentType.startsWith('text/calendar')));
  });

  it('reminds confirmed bookings the day before, once', async () => {
    clock.set(new Date('2030-03-01T09:00:00Z'));
    const free = await slots('198.51.100.3');
    const tuesday = free.find((s) => s.startsAt.startsWith('2030-03-05')) as { id: string };
    const reserved = await ctx.app.inject({ method: 'POST', url: `${base()}/reservations`, remoteAddress: '198.51.100.4', payload: { slotId: tuesday.id, name: 'Rosa', email: 'rosa@example.org', language: 'en', pow: await solvePow(ctx.app, tenant.slug) } });
    assert.equal(reserved.statusCode, 201, reserved.body);
    const id = json<{ id: string }>(reserved).id;
    await ctx.app.inject({ method: 'POST', url: `${base()}/reservations/${id}/confirm`, remoteAddress: '198.51.100.4', payload: { code: codeFrom(await mail.next('rosa@example.org')) } });
    await mail.next('rosa@example.org', /confirmed/);

    const context = bookingContext(ctx.config, ctx.db, clock, { warn: () => undefined });
    try {
      clock.set(new Date('2030-03-03T16:00:00Z'));
      const tooEarly = await sendReminders(context, { tenantId: tenant.id });
      assert.equal(tooEarly.sent, 0);
      clock.set(new Date('2030-03-04T16:00:00Z'));
      const first = await sendReminders(context, { tenantId: tenant.id });
      assert.ok(first.sent >= 1);
      const reminder = await mail.next('rosa@example.org', /Reminder/);
      assert.match(reminder.text ?? '', /\/termin\/verwalten\?/);
      const again = await sendReminders(context, { tenantId: tenant.id });
      assert.equal(again.sent, 0);
    } finally {
      await context.mailer.close();
    }
  });
});
