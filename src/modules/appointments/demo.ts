import type { Actor } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { addDays, localDay } from './local-time.js';
import { createSchedule, releaseSlots } from './schedules.js';
import type { OpeningHours } from './tables.js';

// The demo district's appointment schedules, so that "Termin online buchen"
// in the demo finder leads to free times at once. One schedule per unit and
// location, as an office plans it; each concern bookable online gets a counter
// of its own there (slots of one counter must not overlap, and concerns have
// different slot lengths). Slots are released for the next four weeks from
// the day of seeding; staff release more on the schedule's page or API.

const TIME_ZONE = 'Europe/Berlin';
const WEEKS = 4;

/** Monday to Friday mornings, and Thursday afternoon for those who work. */
const OPENING_HOURS: OpeningHours[] = [
  ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '12:00' })),
  { weekday: 4, opens: '14:00', closes: '18:00' },
];

export async function seedDemoSchedules(tx: Tx, tenantId: string, actor: Actor, now: Date): Promise<{ schedules: number; slots: number }> {
  const bookable = await tx
    .selectFrom('concerns as c')
    .innerJoin('concern_locations as cl', 'cl.concern_id', 'c.id')
    .select(['c.id as concernId', 'c.responsible_unit_id as unitId', 'c.duration_minutes as minutes', 'cl.location_id as locationId'])
    .where('c.channel', '=', 'online_booking')
    .where('c.active', '=', true)
    .where('c.responsible_unit_id', 'is not', null)
    .orderBy('c.title')
    .execute();
  const groups = new Map<string, typeof bookable>();
  for (const row of bookable) {
    const key = `${row.unitId}/${row.locationId}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const fromDay = addDays(localDay(now, TIME_ZONE), 1);
  const toDay = addDays(fromDay, WEEKS * 7 - 1);
  let slots = 0;
  for (const concerns of groups.values()) {
    const [first] = concerns;
    if (!first?.unitId) continue;
    const schedule = await createSchedule(tx, tenantId, actor, {
      unitId: first.unitId, locationId: first.locationId, openingHours: OPENING_HOURS, timeZone: TIME_ZONE,
      counters: concerns.length, onlinePercent: 75, bookingWindowDays: WEEKS * 7,
      concerns: concerns.map((concern) => ({ concernId: concern.concernId, slotMinutes: concern.minutes ?? 30 })),
    });
    for (const [index, concern] of concerns.entries()) {
      slots += (await releaseSlots(tx, tenantId, actor, schedule.id, { concernId: concern.concernId, fromDay, toDay, counters: [index + 1] })).created;
    }
  }
  return { schedules: groups.size, slots };
}
