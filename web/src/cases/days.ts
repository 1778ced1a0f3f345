// Calendar days of due dates. The server counts due dates in German local
// days (Europe/Berlin), so the page does the same; otherwise a referral could
// read "0 days overdue" around midnight for users in another time zone.

/** Today in Germany as 'YYYY-MM-DD'. */
export function todayInGermany(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

const dayNumber = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;

/** Whole days from `due` to `today`; positive once the due day has passed. */
export function daysPast(due: string, today: string): number {
  return Math.round(dayNumber(today) - dayNumber(due));
}

/** A 'YYYY-MM-DD' day in the reader's language, without a time-zone shift. */
export function formatDay(day: string, language: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

export function formatTime(iso: string, language: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
