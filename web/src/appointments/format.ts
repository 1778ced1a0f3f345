// Dates of appointments in the reader's language.
export function formatSlot(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'ar' ? 'ar' : language === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(iso));
}
