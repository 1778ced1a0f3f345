import { randomUUID } from 'node:crypto';
import { withTenant } from '../../src/platform/db/index.js';
import { makeConcern, makeLocation } from '../support/concerns.js';
import type { TargetFactory } from './types.js';

// Records of online booking for the route-by-role test: a schedule with one
// released day, a confirmed booking, a free internal slot inside the booking
// window (for booking at the counter), and a draw whose requests have closed.
export const targets: TargetFactory = async ({ ctx, home }) => {
  const unitId = Object.values(home.units)[0] as string;
  const concern = await makeConcern(ctx.db, home);
  const location = await makeLocation(ctx.db, home);
  const scheduleId = randomUUID();
  const slotId = randomUUID();
  const internalSlotId = randomUUID();
  const internalStart = new Date(Math.ceil(Date.now() / 86_400_000) * 86_400_000 + 2 * 86_400_000 + 8 * 3_600_000);
  const bookingId = randomUUID();
  const drawId = randomUUID();
  await withTenant(ctx.db, home.id, async (tx) => {
    await tx.insertInto('appointment_schedules').values({
      tenant_id: home.id, id: scheduleId, unit_id: unitId, location_id: location.id, counters: 2, online_percent: 50, booking_window_days: 30,
      opening_hours: JSON.stringify([{ weekday: 1, opens: '08:00', closes: '10:00' }]),
    }).execute();
    await tx.insertInto('appointment_schedule_concerns').values({ tenant_id: home.id, schedule_id: scheduleId, concern_id: concern.id, slot_minutes: 30 }).execute();
    await tx.insertInto('appointment_slots').values({
      tenant_id: home.id, id: slotId, schedule_id: scheduleId, concern_id: concern.id, counter: 1, starts_at: new Date('2031-01-06T08:00:00Z'), ends_at: new Date('2031-01-06T08:30:00Z'), channel: 'online',
    }).execute();
    await tx.insertInto('appointment_slots').values({
      tenant_id: home.id, id: internalSlotId, schedule_id: scheduleId, concern_id: concern.id, counter: 2, starts_at: internalStart, ends_at: new Date(internalStart.getTime() + 1_800_000), channel: 'internal',
    }).execute();
    await tx.insertInto('appointment_bookings').values({
      tenant_id: home.id, id: bookingId, slot_id: slotId, concern_id: concern.id, name: 'Ziel Person', email: 'ziel@example.org', email_key: 'ziel@example.org', language: 'de',
      channel: 'online', status: 'confirmed', confirm_code_hash: randomUUID(), confirm_token_hash: randomUUID(), manage_token_hash: randomUUID(),
    }).execute();
    await tx.insertInto('appointment_draws').values({
      tenant_id: home.id, id: drawId, schedule_id: scheduleId, concern_id: concern.id, requests_open_at: new Date('2020-01-01T00:00:00Z'), requests_close_at: new Date('2020-01-02T00:00:00Z'),
    }).execute();
  });
  return {
    'POST /api/appointments/schedules/:id/holidays': { params: { id: scheduleId }, body: { day: '2031-12-24', label: 'Heiligabend' } },
    'POST /api/appointments/schedules/:id/releases': { params: { id: scheduleId }, body: { concernId: concern.id, fromDay: '2031-01-13', toDay: '2031-01-13' } },
    'POST /api/appointments/draws/:id/run': { params: { id: drawId } },
    'POST /api/appointments/bookings': { params: {}, body: { slotId: internalSlotId, name: 'Am Schalter', language: 'de' } },
    'POST /api/appointments/bookings/:id/attendance': { params: { id: bookingId }, body: { status: 'arrived' } },
    // Public: reached without a session; only that the home district's slug answers is checked here.
    'GET /api/public/:tenantSlug/appointments/draws': { params: { tenantSlug: home.slug } },
  };
};
