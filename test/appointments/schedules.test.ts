import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ManualClock } from '../../src/platform/clock.js';
import { json, testApp, type Caller, type TestContext } from '../support/app.js';
import { makeStaff, makeTenant, sessionFor, type TestTenant } from '../support/factories.js';
import { makeLocation } from '../support/concerns.js';
import { BOOKING_ENV, setUpSchedule } from './support.js';

// The planning page's reads and its error answers: the list of schedules with
// holidays, what has been released and the draws; who may read it; what a
// planner sees when the opening hours are wrong.

let ctx: TestContext;
let tenant: TestTenant;
let planner: Caller;
let setup: Awaited<ReturnType<typeof setUpSchedule>>;
const clock = new ManualClock(new Date('2030-03-01T09:00:00Z'));

type Schedule = {
  id: string; unitId: string; locationId: string; counters: number; onlinePercent: number; bookingWindowDays: number; cooldownMinutes: number;
  openingHours: Array<{ weekday: number; opens: string; closes: string }>; concerns: Array<{ concernId: string; slotMinutes: number }>;
  holidays: Array<{ day: string; label: string }>;
  releases: Array<{ concernId: string; slots: number; online: number; firstStartsAt: string; lastStartsAt: string }>;
  draws: Array<{ id: string; concernId: string; status: string; requestsOpenAt: string; requestsCloseAt: string; drawnAt: string | null }>;
};

before(async () => {
  ctx = await testApp(BOOKING_ENV, undefined, clock);
  tenant = await makeTenant(ctx.db);
  planner = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, tenant, { roles: ['unit_lead'] }));
  setup = await setUpSchedule(ctx.db, tenant, planner);
});
after(() => ctx.close());

describe('GET /api/appointments/schedules', () => {
  it('lists the schedules with opening hours, concerns, holidays, released slots and draws', async () => {
    const holiday = await planner.inject({ method: 'POST', url: `/api/appointments/schedules/${setup.scheduleId}/holidays`, payload: { day: '2030-03-06', label: 'Betriebsausflug' } });
    assert.equal(holiday.statusCode, 200, holiday.body);
    const released = await planner.inject({ method: 'POST', url: `/api/appointments/schedules/${setup.scheduleId}/releases`, payload: { concernId: setup.concernId, fromDay: '2030-03-04', toDay: '2030-03-08' } });
    // Four weekdays (the Wednesday is the holiday) × 8 half-hours × 2 counters.
    assert.deepEqual(json(released), { created: 64, online: 32 });
    const draw = await planner.inject({
      method: 'POST', url: '/api/appointments/draws',
      payload: { scheduleId: setup.scheduleId, concernId: setup.concernId, requestsOpenAt: '2030-03-01T08:00:00Z', requestsCloseAt: '2030-03-03T08:00:00Z' },
    });
    assert.equal(draw.statusCode, 201, draw.body);

    const response = await planner.inject({ method: 'GET', url: '/api/appointments/schedules' });
    assert.equal(response.statusCode, 200, response.body);
    const { items } = json<{ items: Schedule[] }>(response);
    assert.equal(items.length, 1);
    const [schedule] = items as [Schedule];
    assert.equal(schedule.id, setup.scheduleId);
    assert.equal(schedule.locationId, setup.locationId);
    assert.deepEqual([schedule.counters, schedule.onlinePercent, schedule.bookingWindowDays, schedule.cooldownMinutes], [2, 50, 30, 30]);
    assert.equal(schedule.openingHours.length, 5);
    assert.deepEqual(schedule.concerns, [{ concernId: setup.concernId, slotMinutes: 30 }]);
    assert.deepEqual(schedule.holidays, [{ day: '2030-03-06', label: 'Betriebsausflug' }]);
    assert.deepEqual(schedule.releases, [{ concernId: setup.concernId, slots: 64, online: 32, firstStartsAt: '2030-03-04T07:00:00.000Z', lastStartsAt: '2030-03-08T10:30:00.000Z' }]);
    assert.deepEqual(schedule.draws.map((d) => [d.id, d.concernId, d.status, d.drawnAt]), [[json<{ id: string }>(draw).id, setup.concernId, 'collecting', null]]);
    // The response schema is an allow-list: nothing of the row beyond it leaves the server.
    assert.deepEqual(Object.keys(schedule).sort(), ['bookingWindowDays', 'concerns', 'cooldownMinutes', 'counters', 'draws', 'holidays', 'id', 'locationId', 'onlinePercent', 'openingHours', 'releases', 'timeZone', 'unitId']);
  });

  it('is for unit leads and administrators only, and shows only the own district', async () => {
    const caseWorker = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, tenant, { roles: ['case_worker'] }));
    const forbidden = await caseWorker.inject({ method: 'GET', url: '/api/appointments/schedules' });
    assert.equal(forbidden.statusCode, 403);
    assert.equal(json<{ error: { code: string } }>(forbidden).error.code, 'FORBIDDEN');

    const other = await makeTenant(ctx.db);
    const otherAdmin = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, other, { roles: ['admin'] }));
    const foreign = await otherAdmin.inject({ method: 'GET', url: '/api/appointments/schedules' });
    assert.equal(foreign.statusCode, 200);
    assert.deepEqual(json(foreign), { items: [] });
  });

  it('names the wrong opening hours and refuses a second release over the same days', async () => {
    const location = await makeLocation(ctx.db, tenant);
    const invalid = await planner.inject({
      method: 'POST', url: '/api/appointments/schedules',
      payload: {
        unitId: setup.unitId, locationId: location.id, counters: 1, onlinePercent: 100, bookingWindowDays: 14,
        openingHours: [{ weekday: 1, opens: '08:00', closes: '12:00' }, { weekday: 1, opens: '11:00', closes: '13:00' }, { weekday: 2, opens: '14:00', closes: '09:00' }],
        concerns: [{ concernId: setup.concernId, slotMinutes: 20 }],
      },
    });
    assert.equal(invalid.statusCode, 400, invalid.body);
    const body = json<{ error: { code: string; details: { problems: string[] } } }>(invalid);
    assert.equal(body.error.code, 'APPOINTMENT_SCHEDULE_INVALID');
    assert.deepEqual(body.error.details.problems, ['openingHours[1] overlaps', 'openingHours[2]']);

    const again = await planner.inject({ method: 'POST', url: `/api/appointments/schedules/${setup.scheduleId}/releases`, payload: { concernId: setup.concernId, fromDay: '2030-03-08', toDay: '2030-03-11' } });
    assert.equal(again.statusCode, 409);
    assert.equal(json<{ error: { code: string } }>(again).error.code, 'APPOINTMENT_SLOTS_OVERLAP');
  });
});
