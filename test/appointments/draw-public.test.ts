import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ManualClock } from '../../src/platform/clock.js';
import { withTenant } from '../../src/platform/db/index.js';
import { json, testApp, type Caller, type TestContext } from '../support/app.js';
import { makeStaff, makeTenant, sessionFor, type TestTenant } from '../support/factories.js';
import { BOOKING_ENV, linkFrom, setUpSchedule, solvePow, startMailBox, type MailBox } from './support.js';

// The public side of draws as the web pages use it: which draws of a concern
// take requests (counts and dates, nothing about who asked), and the mailed
// link that verifies a request and later tells its outcome.

let ctx: TestContext;
let mail: MailBox;
let tenant: TestTenant;
let planner: Caller;
let setup: Awaited<ReturnType<typeof setUpSchedule>>;
const clock = new ManualClock(new Date('2030-05-01T09:00:00Z'));
type Body = Record<string, unknown> & { error?: { code: string } };
type OpenDraw = { id: string; concernId: string; requestsOpenAt: string; requestsCloseAt: string; accepting: boolean; slots: number; firstSlotAt: string | null; lastSlotAt: string | null; location: { name: string; address: string } };
type DrawState = { id: string; verified: boolean; concernTitle: string; requestsCloseAt: string; drawnAt: string | null; outcome: string; slot: { startsAt: string; locationName: string } | null };

before(async () => {
  mail = await startMailBox();
  ctx = await testApp({ ...BOOKING_ENV, LOTSE_SMTP_URL: mail.url, LOTSE_BOOKING_ADDRESS_LIMIT: '6' }, undefined, clock);
  tenant = await makeTenant(ctx.db);
  planner = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, tenant, { roles: ['admin'] }));
  setup = await setUpSchedule(ctx.db, tenant, planner, { onlinePercent: 100 });
});
after(async () => {
  await ctx.close();
  await mail.close();
});

const base = () => `/api/public/${tenant.slug}/appointments`;
let nextIp = 0;
/** Each call from an address of its own, so only the test about the limit meets it. */
const ip = () => `198.18.${Math.floor(nextIp / 250)}.${(nextIp++ % 250) + 1}`;

async function createDraw(openAt: string, closeAt: string, releaseDay?: string): Promise<string> {
  const created = await planner.inject({ method: 'POST', url: '/api/appointments/draws', payload: { scheduleId: setup.scheduleId, concernId: setup.concernId, requestsOpenAt: openAt, requestsCloseAt: closeAt } });
  assert.equal(created.statusCode, 201, created.body);
  const id = json<{ id: string }>(created).id;
  if (releaseDay) {
    const released = await planner.inject({ method: 'POST', url: `/api/appointments/schedules/${setup.scheduleId}/releases`, payload: { concernId: setup.concernId, fromDay: releaseDay, toDay: releaseDay, counters: [1], drawId: id } });
    assert.equal(released.statusCode, 201, released.body);
  }
  return id;
}

const listDraws = async (query = `?concernId=${setup.concernId}`) => {
  const response = await ctx.app.inject({ method: 'GET', url: `${base()}/draws${query}`, remoteAddress: ip() });
  assert.equal(response.statusCode, 200, response.body);
  return json<{ items: OpenDraw[] }>(response).items;
};

async function enter(drawId: string, person: { name: string; email: string }): Promise<string> {
  const asked = await ctx.app.inject({ method: 'POST', url: `${base()}/draws/${drawId}/requests`, remoteAddress: ip(), payload: { ...person, language: 'de', pow: await solvePow(ctx.app, tenant.slug) } });
  assert.equal(asked.statusCode, 201, asked.body);
  return linkFrom(await mail.next(person.email), '/termin/verlosung').searchParams.get('token') as string;
}

const verify = (token: string) => ctx.app.inject({ method: 'POST', url: `${base()}/draws/verify`, remoteAddress: ip(), payload: { token } });

describe('public draw routes', () => {
  let drawId = '';
  let laterId = '';

  it('lists the draws of a concern that take requests, with window, slots and place, and nothing about who asked', async () => {
    drawId = await createDraw('2030-05-01T08:00:00Z', '2030-05-02T08:00:00Z', '2030-05-08');
    laterId = await createDraw('2030-05-10T08:00:00Z', '2030-05-11T08:00:00Z');
    await enter(drawId, { name: 'Geheim Person', email: 'geheim@example.org' });

    const response = await ctx.app.inject({ method: 'GET', url: `${base()}/draws?concernId=${setup.concernId}`, remoteAddress: ip() });
    assert.equal(response.statusCode, 200);
    assert.ok(!/Geheim|geheim@/.test(response.body), 'no name or address of a request');
    const items = json<{ items: OpenDraw[] }>(response).items;
    assert.deepEqual(items.map((d) => [d.id, d.accepting]), [[drawId, true], [laterId, false]]);
    const open = items[0] as OpenDraw;
    assert.deepEqual(
      { open: open.requestsOpenAt, close: open.requestsCloseAt, slots: open.slots, first: open.firstSlotAt, last: open.lastSlotAt, address: open.location.address },
      // 08:00–12:00 Berlin time (UTC+2 in May) on one counter: eight 30-minute slots.
      { open: '2030-05-01T08:00:00.000Z', close: '2030-05-02T08:00:00.000Z', slots: 8, first: '2030-05-08T06:00:00.000Z', last: '2030-05-08T09:30:00.000Z', address: 'Markt 1, 06618 Musterstadt' },
    );
    assert.deepEqual((items[1] as OpenDraw).slots, 0);
    assert.deepEqual((items[1] as OpenDraw).firstSlotAt, null);
    // Without a concern: every draw of the district that takes requests.
    assert.deepEqual((await listDraws('')).map((d) => d.id).sort(), [drawId, laterId].sort());
  });

  it('lists nothing of another concern or another district, and answers 404 for an unknown district and 400 for a bad concern', async () => {
    assert.deepEqual(await listDraws('?concernId=00000000-0000-4000-8000-000000000000'), []);
    const other = await makeTenant(ctx.db);
    const foreign = await ctx.app.inject({ method: 'GET', url: `/api/public/${other.slug}/appointments/draws`, remoteAddress: ip() });
    assert.deepEqual(json(foreign), { items: [] });
    const unknown = await ctx.app.inject({ method: 'GET', url: '/api/public/kein-kreis-hier/appointments/draws', remoteAddress: ip() });
    assert.equal(unknown.statusCode, 404);
    const bad = await ctx.app.inject({ method: 'GET', url: `${base()}/draws?concernId=nope`, remoteAddress: ip() });
    assert.equal(bad.statusCode, 400);
    assert.equal(json<Body>(bad).error?.code, 'VALIDATION_FAILED');
  });

  it('limits the list per address with 429', async () => {
    const address = '203.0.113.77';
    for (let i = 0; i < 6; i += 1) assert.equal((await ctx.app.inject({ method: 'GET', url: `${base()}/draws`, remoteAddress: address })).statusCode, 200);
    const limited = await ctx.app.inject({ method: 'GET', url: `${base()}/draws`, remoteAddress: address });
    assert.equal(limited.statusCode, 429);
    assert.equal(json<Body>(limited).error?.code, 'APPOINTMENT_RATE_LIMITED');
    assert.ok(Number(limited.headers['retry-after']) >= 1);
  });

  it('verifies by the link, tells the close of requests, and after the draw the outcome with the drawn slot', async () => {
    const people = Array.from({ length: 10 }, (_, i) => ({ name: `Los ${i}`, email: `verlosung-${i}@example.org` }));
    const tokens: string[] = [];
    for (const person of people) tokens.push(await enter(drawId, person));
    const late = await enter(drawId, { name: 'Zu Spät', email: 'spaet@example.org' });

    const first = await verify(tokens[0] as string);
    assert.equal(first.statusCode, 200, first.body);
    assert.deepEqual(json<DrawState>(first), {
      id: json<DrawState>(first).id, verified: true, concernId: setup.concernId, concernTitle: 'Verlängerung Aufenthaltstitel',
      requestsCloseAt: '2030-05-02T08:00:00.000Z', drawnAt: null, outcome: 'pending', slot: null,
    });
    for (const token of tokens.slice(1)) assert.equal((await verify(token)).statusCode, 200);
    // Opened again before the draw: still pending, nothing changes.
    assert.equal(json<DrawState>(await verify(tokens[0] as string)).outcome, 'pending');

    const invalid = await verify('A'.repeat(32));
    assert.equal(invalid.statusCode, 404);
    assert.equal(json<Body>(invalid).error?.code, 'APPOINTMENT_LINK_INVALID');

    clock.set(new Date('2030-05-02T08:00:00Z'));
    const tooLate = await verify(late);
    assert.equal(tooLate.statusCode, 409);
    assert.equal(json<Body>(tooLate).error?.code, 'APPOINTMENT_DRAW_CLOSED');
    assert.deepEqual((await listDraws()).map((d) => d.id), [laterId], 'a closed draw is no longer listed');

    const run = await planner.inject({ method: 'POST', url: `/api/appointments/draws/${drawId}/run` });
    assert.equal(run.statusCode, 200, run.body);
    assert.deepEqual([json(run).winners, json(run).verifiedRequests], [8, 10]);

    const states = await Promise.all(tokens.map(async (token) => json<DrawState>(await verify(token))));
    const won = states.filter((s) => s.outcome === 'won');
    assert.equal(won.length, 8);
    assert.equal(states.filter((s) => s.outcome === 'not_won' && s.slot === null).length, 2);
    assert.ok(states.every((s) => s.drawnAt === '2030-05-02T08:00:00.000Z'));
    // Each winner's page names the slot the lottery gave that request.
    const given = await withTenant(ctx.db, tenant.id, (tx) => tx.selectFrom('appointment_draw_requests as r').innerJoin('appointment_slots as s', 's.id', 'r.slot_id').select(['r.id', 's.starts_at']).where('r.draw_id', '=', drawId).execute());
    for (const state of won) assert.equal(state.slot?.startsAt, given.find((g) => g.id === state.id)?.starts_at.toISOString());
    assert.equal(new Set(won.map((s) => s.slot?.startsAt)).size, 8);
    assert.ok(won.every((s) => s.slot?.locationName.startsWith('Bürgerbüro')));
    // Reading the outcome through the link is recorded like any read of a booking by link.
    const reads = await withTenant(ctx.db, tenant.id, (tx) => tx.selectFrom('audit_log').select('subject_id').where('action', '=', 'appointment_draw.read_by_link').execute());
    assert.equal(reads.length, 10);
  });
});
