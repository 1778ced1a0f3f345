import { AppError } from '../../platform/errors/index.js';

// Calendar dates travel as 'YYYY-MM-DD'. The schema checks the shape; this
// checks that the day exists (no 31 February).

export function assertCalendarDate(value: string, field: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== value) throw new AppError('CASE_DATE_INVALID', value, { field });
  return value;
}

/** Today in Germany as 'YYYY-MM-DD': due dates are counted in local days. */
export function localDay(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
