// Estimated waiting time: the median of the unit's recent handling times
// (called → finished) times the number of tickets before one's own. The median
// resists the one case that took an hour. Without any recent handling time
// there is no honest estimate, and the display says so.

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Minutes until `position` (0 = next) is called, rounded up; null without data. */
export function estimateWaitMinutes(recentHandlingMs: readonly number[], position: number): number | null {
  const typical = median(recentHandlingMs);
  if (typical === null) return null;
  return Math.ceil((typical * position) / 60_000);
}

/** How many finished tickets of a unit count as "recent". */
export const RECENT_SAMPLE = 20;
/** Handling times older than this say little about today. */
export const RECENT_WINDOW_DAYS = 7;
