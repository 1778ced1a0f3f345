import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ICAL from 'ical.js';
import { ManualClock } from '../../src/platform/clock.js';
import { withTenant } from '../../src/platform/db/index.js';
import { json, testApp, type Caller, type TestContext } from '../support/app.js';
import { makeStaff, makeTenant, sessionFor, type TestTenant } from '../support/factories.js';
import { BOOKING_ENV, codeFrom, linkFrom, setUpSchedule, solvePow, startMailBox, type MailBox } from './support.js';

// The booking journey over HTTP with mail through a real SMTP server:
// reserve → code by mail → confirm (twice, harmlessly) → calendar file →
// manage link → rebook → cancel with cool-down; the day list and attendance.

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
  const released = await planner.inject({ method: 'POST', url: `/api/appointments/schedules/${setup.scheduleId}/releases`, payload: { concernId: setup.concernId, fromDay: '2030-03-04', toDay: '2030-03-08' } });
  assert.equal(released.statusCode, 201, released.body);
  // 5 days × 8 half-hours × 2 counters, half of them online.
  assert.deepEqual(json(released), { created: 80, online: 40 });
});
after(async () => {
  await ctx.close();
  await mail.close();
});

const base = () => `/api/public/${tenant.slug}/appointments`;
const freeSlots = async () => json<{ items: Slot[] }>(await ctx.app.inject({ method: 'GET', url: `${base()}/slots?concernId=${setup.concernId}` })).items;
async function reserve(slotId: string, person: { name: string; email: string; language?: string }) {
  return ctx.app.inject({ method: 'POST', url: `${base()}/reservations`, payload: { slotId, ...person, language: person.language ?? 'de', pow: await solvePow(ctx.app, tenant.slug) } });
}

describe('online booking', () => {
  it('reserves, confirms by the mailed code, sends the calendar file, and confirming again changes nothing', async () => {
    const slots = await freeSlots();
    assert.equal(slots.length, 40);
    const slot = slots[0] as Slot;
    const reserved = await reserve(slot.id, { name: 'Jürgen Weiß', email: 'jürgen@bücher.example' });
    assert.equal(reserved.statusCode, 201, reserved.body);
    const booking = json<{ id: string; status: string; mailStatus: string }>(reserved);
    assert.equal(booking.status, 'held');
    assert.ok(!(await freeSlots()).some((s) => s.id === slot.id), 'a held slot is not offered');

    const holdMail = await mail.next('jürgen@bücher.example', /bestätigen/);
    const wrong = await ctx.app.inject({ method: 'POST', url: `${base()}/reservations/${booking.id}/confirm`, payload: { code: codeFrom(holdMail) === '000000' ? '111111' : '000000' } });
    assert.equal(json<Body>(wrong).error?.code, 'APPOINTMENT_CODE_INVALID');
    const confirmed = await ctx.app.inject({ method: 'POST', url: `${base()}/reservations/${booking.id}/confirm`, payload: { code: codeFrom(holdMail) } });
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    assert.equal(json(confirmed).status, 'confirmed');

    const confirmation = await mail.next('jürgen@bücher.example', /bestätigt/);
    const ics = confirmation.attachments.find((a) => a.contentType.startsWith('text/calendar'));
    assert.ok(ics, 'calendar file attached');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics.content.toString('utf8'))).getFirstSubcomponent('vevent') as ICAL.Component);
    assert.equal(event.startDate.toJSDate().toISOString(), slot.startsAt);
    assert.equal(event.summary, 'Verlängerung Aufenthaltstitel');

    // The link of the first mail confirms again: harmless, no second mail.
    const link = linkFrom(holdMail, '/termin/bestaetigen');
    const again = await ctx.app.inject({ method: 'POST', url: `${base()}/reservations/${booking.id}/confirm`, payload: { token: link.searchParams.get('token') } });
    assert.equal(again.statusCode, 200);
    assert.equal(json(again).status, 'confirmed');
    const confirms = await withTenant(ctx.db, tenant.id, (tx) => tx.selectFrom('audit_log').select('action').where('subject_id', '=', booking.id).where('action', '=', 'appointment.confirm').execute());
    assert.equal(confirms.length, 1);
  });

  it('writes in the person\'s language and takes foreign-script names and addresses', async () => {
    const [slot] = await freeSlots();
    const reserved = await reserve((slot as Slot).id, { name: 'مريم الأحمد', email: 'مريم@مثال.example', language: 'ar' });
    assert.equal(reserved.statusCode, 201, reserved.body);
    assert.equal(json(reserved).name, 'مريم الأحمد');
    const holdMail = await mail.next('مريم@مثال.example');
    assert.match(holdMail.subject ?? '', /تأكيد/);
    assert.match(holdMail.text ?? '', /مريم الأحمد/);
  });

  it('writes in Ukrainian with the catalogue\'s Ukrainian title (mails, calendar file, answer); plain German too; Turkish, missing in the catalogue, takes the German title', async () => {
    // Titles as in the demo catalogue (src/modules/services/demo); no Turkish one.
    const titles = { de: 'Verlängerung Aufenthaltstitel', 'de-x-ls': 'Aufenthalts-Erlaubnis länger machen', uk: 'Продовження дозволу на проживання' };
    const content = Object.fromEntries(Object.entries(titles).map(([language, title]) => [language, { title, description: '', prerequisites: [], documents: [], fees: '', accessNote: '' }]));
    await withTenant(ctx.db, tenant.id, (tx) => tx.updateTable('concerns').set({ content: JSON.stringify(content) }).where('id', '=', setup.concernId).execute());
    const [ukSlot, lsSlot, trSlot] = await freeSlots() as [Slot, Slot, Slot];

    const reserved = await reserve(ukSlot.id, { name: 'Олена Коваль', email: 'olena@example.org', language: 'uk' });
    assert.equal(reserved.statusCode, 201, reserved.body);
    const booking = json<{ id: string; concernTitle: string }>(reserved);
    assert.equal(booking.concernTitle, titles.uk);
    const holdMail = await mail.next('olena@example.org');
    assert.equal(holdMail.subject, 'Будь ласка, підтвердьте Ваш запис на прийом');
    assert.match(holdMail.text ?? '', /^Добрий день, Олена Коваль!/);
    assert.ok(holdMail.text?.includes(`«${titles.uk}»`), holdMail.text);
    assert.match(holdMail.text ?? '', /Резервування діє 10 хвилин\./);
    const confirmed = await ctx.app.inject({ method: 'POST', url: `${base()}/reservations/${booking.id}/confirm`, payload: { code: codeFrom(holdMail) } });
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    assert.equal(json(confirmed).concernTitle, titles.uk);
    const confirmation = await mail.next('olena@example.org', /підтверджено/);
    assert.ok(confirmation.text?.includes(`«${titles.uk}»`), confirmation.text);
    assert.match(confirmation.text ?? '', /\/termin\/verwalten\?/);
    const ics = confirmation.attachments.find((a) => a.contentType.startsWith('text/calendar'));
    assert.ok(ics, 'calendar file attached');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics.content.toString('utf8'))).getFirstSubcomponent('vevent') as ICAL.Component);
    assert.equal(event.summary, titles.uk);
    assert.equal(event.startDate.toJSDate().toISOString(), ukSlot.startsAt);

    const plain = await reserve(lsSlot.id, { name: 'Lena Roth', email: 'lena@example.org', language: 'de-x-ls' });
    assert.equal(plain.statusCode, 201, plain.body);
    assert.equal(json(plain).concernTitle, titles['de-x-ls']);
    assert.match((await mail.next('lena@example.org')).text ?? '', /Wir halten den Termin 10 Minuten für Sie frei\./);

    const turkish = await reserve(trSlot.id, { name: 'Ayşe Yılmaz', email: 'ayse@example.org', language: 'tr' });
    assert.equal(turkish.statusCode, 201, turkish.body);
    assert.equal(json(turkish).concernTitle, titles.de);
    const trMail = await mail.next('ayse@example.org');
    assert.equal(trMail.subject, 'Lütfen randevunuzu onaylayın');
    assert.ok(trMail.text?.includes(`“${titles.de}”`), trMail.text);
  });

  it('refuses a second open booking for the same concern, a taken slot, and a replayed or wrong proof of work', async () => {
    const [first, second] = await freeSlots() as [Slot, Slot];
    assert.equal((await reserve(first.id, { name: 'Ada', email: 'ada@example.org' })).statusCode, 201);
    const twice = await reserve(second.id, { name: 'Ada', email: 'ADA@example.org' });
    assert.equal(json<Body>(twice).error?.code, 'APPOINTMENT_ALREADY_OPEN');
    const taken = await reserve(first.id, { name: 'Bea', email: 'bea@example.org' });
    assert.equal(taken.statusCode, 409);
    assert.equal(json<Body>(taken).error?.code, 'APPOINTMENT_SLOT_TAKEN');

    const pow = await solvePow(ctx.app, tenant.slug);
    const used = await ctx.app.inject({ method: 'POST', url: `${base()}/reservations`, payload: { slotId: second.id, name: 'Cem', email: 'cem@example.org', language: 'de', pow } });
    assert.equal(used.statusCode, 201);
    const replay = await ctx.app.inject({ method: 'POST', url: `${base()}/reservations`, payload: { slotId: second.id, name: 'Dan', email: 'dan@example.org', language: 'de', pow } });
    assert.equal(replay.statusCode, 400);
    assert.equal(json<Body>(replay).error?.code, 'APPOINTMENT_POW_INVALID');
    const forged = await solvePow(ctx.app, tenant.slug);
    forged.solution.derivedKey = '00'.repeat(32);
    const wrong = await ctx.app.inject({ method: 'POST', url: `${base()}/reservations`, payload: { slotId: second.id, name: 'Eva', email: 'eva@example.org', language: 'de', pow: forged } });
    assert.equal(json<Body>(wrong).error?.code, 'APPOINTMENT_POW_INVALID');
  });

  it('lets a hold lapse: confirming late is 409 APPOINTMENT_HOLD_EXPIRED and the slot is free again', async () => {
    const [slot] = await freeSlots() as [Slot];
    const reserved = json<{ id: string }>(await reserve(slot.id, { name: 'Fritz', email: 'fritz@example.org' }));
    const code = codeFrom(await mail.next('fritz@example.org'));
    clock.advance(11 * 60_000);
    assert.ok((await freeSlots()).some((s) => s.id === slot.id));
    const late = await ctx.app.inject({ method: 'POST', url: `${base()}/reservations/${reserved.id}/confirm`, payload: { code } });
    assert.equal(late.statusCode, 409);
    assert.equal(json<Body>(late).error?.code, 'APPOINTMENT_HOLD_EXPIRED');
    assert.equal((await reserve(slot.id, { name: 'Gül', email: 'guel@example.org' })).statusCode, 201);
  });

  it('refuses a slot outside the booking window with 400', async () => {
    const [slot] = await freeSlots() as [Slot];
    clock.set(new Date('2030-01-01T09:00:00Z'));
    try {
      const early = await reserve(slot.id, { name: 'Hans', email: 'hans@example.org' });
      assert.equal(early.statusCode, 400);
      assert.equal(json<Body>(early).error?.code, 'APPOINTMENT_OUTSIDE_WINDOW');
    } finally {
      clock.set(new Date('2030-03-01T10:00:00Z'));
    }
  });

  it('rebooks and cancels by the mailed link; the cancelled slot reopens only after the cool-down; the name stays fixed', async () => {
    const [slot, other] = await freeSlots() as [Slot, Slot];
    const reserved = json<{ id: string }>(await reserve(slot.id, { name: 'Irina Ковальчук', email: 'irina@example.org' }));
    await ctx.app.inject({ method: 'POST', url: `${base()}/reservations/${reserved.id}/confirm`, payload: { code: codeFrom(await mail.next('irina@example.org')) } });
    const token = linkFrom(await mail.next('irina@example.org', /bestätigt/), '/termin/verwalten').searchParams.get('token') as string;

    const view = await ctx.app.inject({ method: 'GET', url: `${base()}/manage/${token}` });
    assert.equal(json(view).status, 'confirmed');
    const moved = await ctx.app.inject({ method: 'POST', url: `${base()}/manage/${token}/rebook`, payload: { slotId: other.id, pow: await solvePow(ctx.app, tenant.slug) } });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal(json(moved).name, 'Irina Ковальчук');
    assert.equal(json(moved).startsAt, other.startsAt);
    assert.ok(!(await freeSlots()).some((s) => s.id === slot.id), 'the old slot cools down first');
    clock.advance(31 * 60_000);
    assert.ok((await freeSlots()).some((s) => s.id === slot.id), 'and reopens after the cool-down');

    const newToken = linkFrom(await mail.next('irina@example.org', /bestätigt/), '/termin/verwalten').searchParams.get('token') as string;
    const cancelled = await ctx.app.inject({ method: 'POST', url: `${base()}/manage/${newToken}/cancel` });
    assert.equal(json(cancelled).status, 'cancelled');
    const stale = await ctx.app.inject({ method: 'POST', url: `${base()}/manage/${newToken}/cancel` });
    assert.equal(json<Body>(stale).error?.code, 'APPOINTMENT_NOT_CANCELLABLE');

    await assert.rejects(withTenant(ctx.db, tenant.id, (tx) => tx.updateTable('appointment_bookings').set({ name: 'Jemand anders' }).where('id', '=', json<{ id: string }>(moved).id).execute()), /cannot be changed/);
  });

  it('shows staff the day list (audited) and records arrival and no-show', async () => {
    const [slot] = await freeSlots() as [Slot];
    const reserved = json<{ id: string }>(await reserve(slot.id, { name: 'Kemal', email: 'kemal@example.org' }));
    await ctx.app.inject({ method: 'POST', url: `${base()}/reservations/${reserved.id}/confirm`, payload: { code: codeFrom(await mail.next('kemal@example.org')) } });
    const day = slot.startsAt.slice(0, 10);
    const list = await desk.inject({ method: 'GET', url: `/api/appointments/day?day=${day}` });
    assert.equal(list.statusCode, 200, list.body);
    const entry = json<{ items: Array<{ id: string; name: string; status: string }> }>(list).items.find((item) => item.id === reserved.id);
    assert.equal(entry?.name, 'Kemal');
    const read = await withTenant(ctx.db, tenant.id, (tx) => tx.selectFrom('audit_log').select(['actor_id']).where('action', '=', 'appointment.day_list_read').execute());
    assert.ok(read.some((row) => row.actor_id === desk.staffId));

    const arrived = await desk.inject({ method: 'POST', url: `/api/appointments/bookings/${reserved.id}/attendance`, payload: { status: 'arrived' } });
    assert.equal(json(arrived).status, 'arrived');
    const noShow = await desk.inject({ method: 'POST', url: `/api/appointments/bookings/${reserved.id}/attendance`, payload: { status: 'no_show' } });
    assert.equal(json(noShow).status, 'no_show');
    const forbidden = await desk.inject({ method: 'POST', url: `/api/appointments/schedules/${setup.scheduleId}/releases`, payload: { concernId: setup.concernId, fromDay: '2030-03-11', toDay: '2030-03-11' } });
    assert.equal(forbidden.statusCode, 403);
  });

  it('refuses a release that overlaps an earlier one at the same counter, as a whole', async () => {
    const again = await planner.inject({ method: 'POST', url: `/api/appointments/schedules/${setup.scheduleId}/releases`, payload: { concernId: setup.concernId, fromDay: '2030-03-08', toDay: '2030-03-11' } });
    assert.equal(again.statusCode, 409);
    assert.equal(json<Body>(again).error?.code, 'APPOINTMENT_SLOTS_OVERLAP');
    const count = await withTenant(ctx.db, tenant.id, (tx) => tx.selectFrom('appointment_slots').select((eb) => eb.fn.countAll<string>().as('n')).where('schedule_id', '=', setup.scheduleId).executeTakeFirstOrThrow());
    assert.equal(Number(count.n), 80);
  });
});
