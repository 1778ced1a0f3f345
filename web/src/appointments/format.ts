// Dates of appointments in the reader's language, always in the office's time zone.
const TIME_ZONE = 'Europe/Berlin';

// Plain German is German; English as written in Europe; the other languages as they are.
const localeOf = (language: string) => (language.startsWith('de') ? 'de-DE' : language === 'en' ? 'en-GB' : language);

export function formatSlot(iso: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'full', timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(iso));
}

export function formatDay(iso: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'full', timeZone: TIME_ZONE }).format(new Date(iso));
}

export function formatTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(iso));
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language)).format(value);
}

/** The calendar day in the office's time zone, to group slots by day. */
export const dayKey = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date(iso));
