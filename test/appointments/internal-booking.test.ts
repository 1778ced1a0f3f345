import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ManualClock } from '../../src/platform/clock.js';
import { withTenant } from '../../src/platform/db/index.js';
import { json, testApp, type Caller, type TestContext } from '../support/app.js';
import { makeStaff, makeTenant, sessionFor, type TestTenant } from '../support/factories.js';
import { makePerson } from '../support/people.js';
import { BOOKING_ENV, setUpSchedule, startMailBox, type MailBox } from './support.js';

// Staff give the internal share of the slots to people at the counter or on
// the phone: confirmed at once, on the day list, never offered online.

let ctx: TestContext;
let mail: MailBox;
let tenant: TestTenant;
let planner: Caller;
let desk: Caller;
let setup: Awaited<ReturnType<typeof setUpSchedule>>;
const clock = new ManualClock(new Date('2030-03-01T09:00:00Z'));

type Slot = { id: string; startsAt: string };
type Body = Record<string, unknown> & { error?: { code: string } };

before(async () => {
  mail = await startMailBox();
  ctx = await testApp({ ...BOOKING_ENV, LOTSE_SMTP_URL: mail.url }, undefined, clock);
  tenant = await makeTenant(ctx.db);
  planner = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, tenant, { roles: ['unit_lead'] }));
  desk = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, tenant, { roles: ['intake'] }));
  setup = await setUpSchedule(ctx.db, tenant, planner);
  const released = await planner.inject({ method: 'POST', url: `/api/appointments/schedules/${setup.scheduleId}/releases`, payload: { concernId: setup.concernId, fromDay: '2030-03-04', toDay: '2030-03-04' } });
  assert.equal(released.statusCode, 201, released.body);
  // 8 half-hours × 2 counters, half of them online.
  assert.deepEqual(json(released), { created: 16, online: 8 });
});
after(async () => {
  await ctx.close();
  await mail.close();
});

const internalSlots = async () => {
  const response = await desk.inject({ method: 'GET', url: `/api/appointments/internal-slots?concernId=${setup.concernId}` });
  assert.equal(response.statusCode, 200, response.body);
  return json<{ items: Slot[] }>(response).items;
};
const onlineSlots = async () => json<{ items: Slot[] }>(await ctx.app.inject({ method: 'GET', url: `/api/public/${tenant.slug}/appointments/slots?concernId=${setup.concernId}` })).items;
const book = (payload: Record<string, unknown>, caller: Caller = desk) => caller.inject({ method: 'POST', url: '/api/appointments/bookings', payload: { language: 'de', ...payload } });

describe('booking at the counter', () => {
  it('lists the internal slots to staff, and the public never sees them', async () => {
    const internal = await internalSlots();
    const online = await onlineSlots();
    assert.equal(internal.length, 8);
    assert.equal(online.length, 8);
    const onlineIds = new Set(online.map((slot) => slot.id));
    assert.ok(internal.every((slot) => !onlineIds.has(slot.id)), 'no slot is in both lists');
  });

  it('books an internal slot confirmed at once, mails the calendar file, shows it on the day list and audits it', async () => {
    const person = await makePerson(ctx.db, tenant, { familyName: 'Haddad', givenNames: 'Mariam' });
    const slot = (await internalSlots())[0] as Slot;
    const booked = await book({ slotId: slot.id, name: 'Mariam Haddad', email: 'mariam@example.org', phone: '+49 151 234567', personId: person.id });
    assert.equal(booked.statusCode, 201, booked.body);
    const booking = json<{ id: string; status: string; channel: string; startsAt: string }>(booked);
    assert.equal(booking.status, 'confirmed');
    assert.equal(booking.channel, 'internal');
    assert.equal(booking.startsAt, slot.startsAt);
    assert.ok(!(await internalSlots()).some((s) => s.id === slot.id), 'a booked slot is no longer offered');

    const confirmation = await mail.next('mariam@example.org', /bestätigt/);
    assert.ok(confirmation.attachments.some((a) => a.contentType.startsWith('text/calendar')), 'calendar file attached');

    const list = await desk.inject({ method: 'GET', url: '/api/appointments/day?day=2030-03-04' });
    const entry = json<{ items: Array<{ id: string; status: string; channel: string; phone: string | null }> }>(list).items.find((item) => item.id === booking.id);
    assert.deepEqual({ status: entry?.status, channel: entry?.channel, phone: entry?.phone }, { status: 'confirmed', channel: 'internal', phone: '+49 151 234567' });

    const audit = await withTenant(ctx.db, tenant.id, (tx) => tx.selectFrom('audit_log').select(['action', 'person_id', 'purpose', 'actor_id']).where('subject_id', '=', booking.id).execute());
    assert.equal(audit.length, 1);
    assert.equal(audit[0]?.action, 'appointment.book_internal');
    assert.equal(audit[0]?.person_id, person.id);
    assert.ok(audit[0]?.purpose);
    assert.ok(audit[0]?.actor_id, 'the staff member is named');
    const stored = await withTenant(ctx.db, tenant.id, (tx) => tx.selectFrom('appointment_bookings').select('person_id').where('id', '=', booking.id).executeTakeFirstOrThrow());
    assert.equal(stored.person_id, person.id);
  });

  it('books without an e-mail address (on the phone), and sends nothing', async () => {
    const slot = (await internalSlots())[0] as Slot;
    const before = mail.mails.length;
    const booked = await book({ slotId: slot.id, name: 'Ohne Adresse', phone: '0151 111' });
    assert.equal(booked.statusCode, 201, booked.body);
    const body = json<{ email: string | null; mailStatus: string; status: string }>(booked);
    assert.deepEqual({ email: body.email, mailStatus: body.mailStatus, status: body.status }, { email: null, mailStatus: 'not_sent', status: 'confirmed' });
    assert.equal(mail.mails.length, before);
  });

  it('refuses a second booking of the same slot with 409 APPOINTMENT_SLOT_TAKEN, also when both race', async () => {
    const slot = (await internalSlots())[0] as Slot;
    const [first, second] = await Promise.all([book({ slotId: slot.id, name: 'Erste Person' }), book({ slotId: slot.id, name: 'Zweite Person' })]);
    assert.deepEqual([first.statusCode, second.statusCode].sort(), [201, 409]);
    const refused = first.statusCode === 409 ? first : second;
    assert.equal(json<Body>(refused).error?.code, 'APPOINTMENT_SLOT_TAKEN');
    const again = await book({ slotId: slot.id, name: 'Dritte Person' });
    assert.equal(again.statusCode, 409);
    assert.equal(json<Body>(again).error?.code, 'APPOINTMENT_SLOT_TAKEN');
  });

  it('refuses an online slot, and an unknown slot is 404', async () => {
    const online = (await onlineSlots())[0] as Slot;
    const refused = await book({ slotId: online.id, name: 'Falscher Kanal' });
    assert.equal(refused.statusCode, 409, refused.body);
    assert.equal(json<Body>(refused).error?.code, 'APPOINTMENT_SLOT_UNAVAILABLE');
    assert.ok((await onlineSlots()).some((s) => s.id === online.id), 'the online slot stays free');

    const unknown = await book({ slotId: '00000000-0000-4000-8000-000000000000', name: 'Niemand' });
    assert.equal(unknown.statusCode, 404);
    assert.equal(json<Body>(unknown).error?.code, 'NOT_FOUND');
  });

  it('answers 404 for a person of another district and books nothing', async () => {
    const other = await makeTenant(ctx.db);
    const stranger = await makePerson(ctx.db, other, { familyName: 'Fremd' });
    const slot = (await internalSlots())[0] as Slot;
    const refused = await book({ slotId: slot.id, name: 'Fremde Person', personId: stranger.id });
    assert.equal(refused.statusCode, 404, refused.body);
    assert.equal(json<Body>(refused).error?.code, 'NOT_FOUND');
    assert.ok((await internalSlots()).some((s) => s.id === slot.id), 'the slot stays free');
  });

  it('keeps one open booking per e-mail address and concern, as online', async () => {
    const [a, b] = await internalSlots() as [Slot, Slot];
    assert.equal((await book({ slotId: a.id, name: 'Doppelt Gebucht', email: 'doppelt@example.org' })).statusCode, 201);
    const second = await book({ slotId: b.id, name: 'Doppelt Gebucht', email: 'Doppelt@example.org' });
    assert.equal(second.statusCode, 409);
    assert.equal(json<Body>(second).error?.code, 'APPOINTMENT_ALREADY_OPEN');
  });
});
