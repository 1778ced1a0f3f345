// Ticket numbers start at 1 each day at each location; "day" is the local
// day of the office (German time), not the UTC date, so numbers do not jump
// back to 1 at one or two in the morning local time.
const formatter = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The local day of `at` as YYYY-MM-DD. */
export function localDay(at: Date): string {
  return formatter.format(at);
}
