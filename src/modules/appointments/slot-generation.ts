import { addDays, isoWeekday, localToInstant, parseClock } from './local-time.js';
import type { OpeningHours } from './tables.js';

// Turning a schedule into slots: pure, so the rules are property-tested
// (no overlap per counter, capacity = counters, online share respected).

export interface SlotPlanInput {
  openingHours: OpeningHours[];
  timeZone: string;
  counters: number;
  /** Share of slots offered online, 0–100. */
  onlinePercent: number;
  slotMinutes: number;
  /** First and last local day, inclusive ("YYYY-MM-DD"). */
  fromDay: string;
  toDay: string;
  holidays: ReadonlySet<string>;
  /** Only these counters (1-based); all when omitted. */
  onlyCounters?: readonly number[];
}

export interface PlannedSlot {
  counter: number;
  startsAt: Date;
  endsAt: Date;
  channel: 'online' | 'internal';
}

/** Opening hours are valid when every interval has HH:MM times, opens < closes, and intervals of a weekday do not overlap. */
export function openingHoursProblems(hours: readonly OpeningHours[]): string[] {
  const problems: string[] = [];
  const byDay = new Map<number, Array<[number, number]>>();
  hours.forEach((interval, index) => {
    const opens = parseClock(interval.opens);
    const closes = parseClock(interval.closes);
    if (!Number.isInteger(interval.weekday) || interval.weekday < 1 || interval.weekday > 7) problems.push(`openingHours[${index}].weekday`);
    if (opens === undefined || closes === undefined || opens >= closes) {
      problems.push(`openingHours[${index}]`);
      return;
    }
    const list = byDay.get(interval.weekday) ?? [];
    if (list.some(([start, end]) => opens < end && start < closes)) problems.push(`openingHours[${index}] overlaps`);
    list.push([opens, closes]);
    byDay.set(interval.weekday, list);
  });
  return problems;
}

export function planSlots(input: SlotPlanInput): PlannedSlot[] {
  const counters = (input.onlyCounters ?? Array.from({ length: input.counters }, (_, i) => i + 1)).filter((c) => c >= 1 && c <= input.counters);
  const slots: PlannedSlot[] = [];
  for (let day = input.fromDay; day <= input.toDay; day = addDays(day, 1)) {
    if (input.holidays.has(day)) continue;
    const weekday = isoWeekday(day);
    const intervals = input.openingHours.filter((interval) => interval.weekday === weekday);
    for (const interval of intervals) {
      const opens = parseClock(interval.opens);
      const closes = parseClock(interval.closes);
      if (opens === undefined || closes === undefined) continue;
      for (let start = opens; start + input.slotMinutes <= closes; start += input.slotMinutes) {
        const startsAt = localToInstant(day, start, input.timeZone);
        const endsAt = localToInstant(day, start + input.slotMinutes, input.timeZone);
        // A slot across a daylight-saving jump would not have its nominal length; skip it.
        if (endsAt.getTime() - startsAt.getTime() !== input.slotMinutes * 60_000) continue;
        for (const counter of counters) slots.push({ counter, startsAt, endsAt, channel: 'internal' });
      }
    }
  }
  // The online share is spread evenly over the release: among the first k
  // slots, exactly floor(k · share) are online, so no part of the day is all
  // online or all internal.
  slots.forEach((slot, index) => {
    if (Math.floor(((index + 1) * input.onlinePercent) / 100) > Math.floor((index * input.onlinePercent) / 100)) slot.channel = 'online';
  });
  return slots;
}
