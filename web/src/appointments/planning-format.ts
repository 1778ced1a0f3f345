// Weekday names and summaries for the planning page, in the reader's language
// (Intl knows the names, so no translation keys are needed for them).
import type { OpeningInterval } from './planning-api';

const localeOf = (language: string) => (language.startsWith('de') ? 'de-DE' : language === 'en' ? 'en-GB' : language);

/** ISO weekday 1 (Monday) … 7 (Sunday); 2024-01-01 was a Monday. */
export function weekdayName(weekday: number, language: string, width: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(localeOf(language), { weekday: width, timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, weekday)));
}

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** "Mo 08:00–12:00, 14:00–16:00" per open weekday. */
export function openingHoursLines(hours: readonly OpeningInterval[], language: string): string[] {
  return WEEKDAYS.flatMap((weekday) => {
    const intervals = hours.filter((h) => h.weekday === weekday).sort((a, b) => a.opens.localeCompare(b.opens));
    if (intervals.length === 0) return [];
    return [`${weekdayName(weekday, language, 'short')} ${intervals.map((h) => `${h.opens}–${h.closes}`).join(', ')}`];
  });
}

/** A calendar day "YYYY-MM-DD" as the reader writes it, e.g. "Mi., 6. März 2030". */
export function formatCalendarDay(day: string, language: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(localeOf(language), { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, date)));
}

export function formatMoment(iso: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(iso));
}

/** The Berlin calendar day `days` after today, as YYYY-MM-DD. */
export const berlinDay = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + days * 86_400_000));
