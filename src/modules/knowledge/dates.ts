import type { Clock } from '../../platform/clock.js';
import { AppError } from '../../platform/errors/index.js';

// Legal validity is by calendar day in Germany, so "today" is the date in
// Berlin, not in UTC (around midnight they differ).
const berlinDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

export function todayIn(clock: Clock): string {
  return berlinDay.format(clock.now());
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Accepts a real calendar date as YYYY-MM-DD (2024-02-30 is refused). */
export function parseDay(value: string): string {
  const match = ISO_DATE.exec(value);
  if (!match) throw new AppError('KNOWLEDGE_DATE_INVALID', value);
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 1900 || y > 2999) {
    throw new AppError('KNOWLEDGE_DATE_INVALID', value);
  }
  return value;
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Validity periods are closed on both ends ("gilt bis" is the last day); an open end is null. */
export function periodsOverlap(a: { from: string; until: string | null }, b: { from: string; until: string | null }): boolean {
  return (a.until === null || b.from <= a.until) && (b.until === null || a.from <= b.until);
}
