import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { recordAudit, type Actor } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { openingHoursProblems, planSlots } from './slot-generation.js';
import type { OpeningHours } from './tables.js';

// Schedules per unit and location, their concerns and holidays, and the
// release of slots from them.

export interface ScheduleInput {
  unitId: string;
  locationId: string;
  openingHours: OpeningHours[];
  timeZone?: string | undefined;
  counters: number;
  onlinePercent: number;
  bookingWindowDays: number;
  cooldownMinutes?: number | undefined;
  concerns: Array<{ concernId: string; slotMinutes: number }>;
  holidays?: Array<{ day: string; label?: string | undefined }> | undefined;
}

const PURPOSE = 'Verwaltung der Terminvergabe';

export async function createSchedule(tx: Tx, tenantId: string, actor: Actor, input: ScheduleInput) {
  const problems = openingHoursProblems(input.openingHours);
  if (problems.length > 0) throw new AppError('APPOINTMENT_SCHEDULE_INVALID', problems.join(', '), { problems });
  const timeZone = input.timeZone ?? 'Europe/Berlin';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new AppError('APPOINTMENT_SCHEDULE_INVALID', `time zone ${timeZone}`, { problems: ['timeZone'] });
  }
  const unit = await tx.selectFrom('units').select('id').where('id', '=', input.unitId).executeTakeFirst();
  const location = await tx.selectFrom('locations').select('id').where('id', '=', input.locationId).executeTakeFirst();
  const concernIds = [...new Set(input.concerns.map((c) => c.concernId))];
  const concerns = concernIds.length ? await tx.selectFrom('concerns').select('id').where('id', 'in', concernIds).execute() : [];
  if (!unit || !location || concerns.length !== concernIds.length) throw new AppError('VALIDATION_FAILED', 'unknown unit, location or concern', { problems: ['unitId/locationId/concerns'] });
  const id = randomUUID();
  await tx.insertInto('appointment_schedules').values({
    tenant_id: tenantId, id, unit_id: input.unitId, location_id: input.locationId, opening_hours: JSON.stringify(input.openingHours), time_zone: timeZone,
    counters: input.counters, online_percent: input.onlinePercent, booking_window_days: input.bookingWindowDays, cooldown_minutes: input.cooldownMinutes ?? 30,
  }).onConflict((c) => c.doNothing()).execute();
  for (const concern of input.concerns) {
    await tx.insertInto('appointment_schedule_concerns').values({ tenant_id: tenantId, schedule_id: id, concern_id: concern.concernId, slot_minutes: concern.slotMinutes }).onConflict((c) => c.doNothing()).execute();
  }
  for (const holiday of input.holidays ?? []) await addHoliday(tx, tenantId, id, holiday);
  await recordAudit(tx, { tenantId, actor, action: 'appointment_schedule.create', subjectType: 'appointment_schedule', subjectId: id, purpose: PURPOSE });
  return getSchedule(tx, id);
}

export async function addHoliday(tx: Tx, tenantId: string, scheduleId: string, holiday: { day: string; label?: string | undefined }) {
  await tx.insertInto('appointment_holidays').values({ tenant_id: tenantId, schedule_id: scheduleId, day: holiday.day, label: holiday.label ?? '' })
    .onConflict((c) => c.columns(['schedule_id', 'day']).doUpdateSet({ label: holiday.label ?? '' })).execute();
}

export async function getSchedule(tx: Tx, id: string) {
  const row = await tx.selectFrom('appointment_schedules').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `schedule ${id}`);
  const concerns = await tx.selectFrom('appointment_schedule_concerns').select(['concern_id', 'slot_minutes']).where('schedule_id', '=', id).execute();
  const holidays = await tx.selectFrom('appointment_holidays').select([sql<string>`to_char(day, 'YYYY-MM-DD')`.as('day'), 'label']).where('schedule_id', '=', id).orderBy('day').execute();
  // What has been released so far, per concern, so planners see up to when slots exist.
  const released = await tx.selectFrom('appointment_slots').where('schedule_id', '=', id).groupBy('concern_id')
    .select(['concern_id', sql<string>`count(*)::int`.as('slots'), sql<string>`(count(*) filter (where channel = 'online' and draw_id is null))::int`.as('online'), sql<Date>`min(starts_at)`.as('first'), sql<Date>`max(starts_at)`.as('last')])
    .execute();
  const draws = await tx.selectFrom('appointment_draws').select(['id', 'concern_id', 'requests_open_at', 'requests_close_at', 'status', 'drawn_at']).where('schedule_id', '=', id).orderBy('requests_open_at').execute();
  return {
    id: row.id, unitId: row.unit_id, locationId: row.location_id, openingHours: row.opening_hours, timeZone: row.time_zone, counters: row.counters,
    onlinePercent: row.online_percent, bookingWindowDays: row.booking_window_days, cooldownMinutes: row.cooldown_minutes,
    concerns: concerns.map((c) => ({ concernId: c.concern_id, slotMinutes: c.slot_minutes })),
    holidays: holidays.map((h) => ({ day: h.day, label: h.label })),
    releases: released.map((r) => ({ concernId: r.concern_id, slots: Number(r.slots), online: Number(r.online), firstStartsAt: new Date(r.first).toISOString(), lastStartsAt: new Date(r.last).toISOString() })),
    draws: draws.map((d) => ({
      id: d.id, concernId: d.concern_id, requestsOpenAt: d.requests_open_at.toISOString(), requestsCloseAt: d.requests_close_at.toISOString(), status: d.status,
      drawnAt: d.drawn_at ? d.drawn_at.toISOString() : null,
    })),
  };
}

export interface ReleaseInput {
  concernId: string;
  fromDay: string;
  toDay: string;
  counters?: number[] | undefined;
  drawId?: string | null | undefined;
}

/** Creates the slots of a schedule for a concern and a range of days; overlapping an earlier release at a counter is refused by the database. */
export async function releaseSlots(tx: Tx, tenantId: string, actor: Actor, scheduleId: string, input: ReleaseInput) {
  const schedule = await getSchedule(tx, scheduleId);
  const served = schedule.concerns.find((c) => c.concernId === input.concernId);
  if (!served) throw new AppError('APPOINTMENT_CONCERN_NOT_SERVED');
  if (input.toDay < input.fromDay) throw new AppError('VALIDATION_FAILED', 'toDay before fromDay', { problems: ['toDay'] });
  const planned = planSlots({
    openingHours: schedule.openingHours, timeZone: schedule.timeZone, counters: schedule.counters, onlinePercent: input.drawId ? 100 : schedule.onlinePercent,
    slotMinutes: served.slotMinutes, fromDay: input.fromDay, toDay: input.toDay, holidays: new Set(schedule.holidays.map((h) => h.day)), onlyCounters: input.counters,
  });
  // One statement, so a clash with an earlier release fails it as a whole.
  const values = planned.map((slot) => ({
    tenant_id: tenantId, id: randomUUID(), schedule_id: scheduleId, concern_id: input.concernId, counter: slot.counter,
    starts_at: slot.startsAt, ends_at: slot.endsAt, channel: slot.channel, draw_id: input.drawId ?? null,
  }));
  try {
    for (let start = 0; start < values.length; start += 1000) await tx.insertInto('appointment_slots').values(values.slice(start, start + 1000)).execute();
  } catch (error) {
    // The exclusion constraint: a slot of this release overlaps one already released at the same counter.
    if ((error as { code?: string }).code === '23P01') throw new AppError('APPOINTMENT_SLOTS_OVERLAP');
    throw error;
  }
  await recordAudit(tx, { tenantId, actor, action: 'appointment_slots.release', subjectType: 'appointment_schedule', subjectId: scheduleId, purpose: PURPOSE, details: { ...input, created: values.length } });
  return { created: values.length, online: values.filter((v) => v.channel === 'online').length };
}
