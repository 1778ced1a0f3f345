import { AppError } from '../../platform/errors/index.js';

// Birth dates as migration administration has them: exact, month or year
// only, or a placeholder such as 01.01. that an authority set for lack of a
// known date (weak evidence: many people share it).

export const birthDatePrecisions = ['exact', 'month', 'year', 'placeholder'] as const;
export type BirthDatePrecision = (typeof birthDatePrecisions)[number];

export interface BirthDate {
  /** YYYY-MM-DD; month precision uses day 01, year precision 01-01. */
  date: string;
  precision: BirthDatePrecision;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Reads the forms people type (12.03.1990, 03.1990, 1990, 1990-03-12, 1990-03, 00.00.1990); null if it is no date form. */
export function readDateText(text: string): { year: number; month: number; day: number } | null {
  const value = text.trim();
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (m) return { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = /^(\d{1,2})[./](\d{4})$/.exec(value);
  if (m) return { month: Number(m[1]), year: Number(m[2]), day: 0 };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: 0 };
  m = /^(\d{4})$/.exec(value);
  if (m) return { year: Number(m[1]), month: 0, day: 0 };
  return null;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A birth date as entered, with its precision. Without an explicit precision
 * it follows the form (a day → exact, a month → month, a year → year; 00 for
 * an unknown day or month, as German registers write it). An explicit
 * 'placeholder' keeps the full date as recorded.
 */
export function parseBirthDate(text: string, precision: BirthDatePrecision | undefined, today: Date, field = 'birthDate'): BirthDate {
  const fail = (): never => {
    throw new AppError('PERSON_BIRTH_DATE_INVALID', `${field}: ${text}`, { field, value: text });
  };
  const parts = readDateText(text) ?? fail();
  const { year } = parts;
  let { month, day } = parts;
  if (year < 1880) fail();
  if (month === 0) day = 0;
  const formPrecision: BirthDatePrecision = month === 0 ? 'year' : day === 0 ? 'month' : 'exact';
  const wanted = precision ?? formPrecision;
  const rank = { exact: 3, placeholder: 3, month: 2, year: 1 } as const;
  if (rank[wanted] > rank[formPrecision]) fail();
  if (wanted === 'year') month = 1;
  if (wanted === 'year' || wanted === 'month') day = 1;
  if (month < 1 || month > 12 || day < 1 || !isRealDate(year, month, day)) fail();
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (date > today.toISOString().slice(0, 10)) fail();
  return { date, precision: wanted };
}

/** A date typed into the search box, or null when the token is no date form. Invalid dates are an error. */
export function parseQueryDate(text: string, today: Date): BirthDate | null {
  if (!readDateText(text) || /^\d{4}$/.test(text.trim()) && (Number(text) < 1880 || Number(text) > today.getUTCFullYear())) return null;
  return parseBirthDate(text, undefined, today, 'q');
}

export type BirthDateReason = 'SAME_BIRTH_DATE' | 'SAME_BIRTH_DATE_WEAK' | 'SAME_BIRTH_YEAR' | 'BIRTH_DAY_MONTH_SWAPPED' | 'DIFFERENT_BIRTH_DATE';

/** 01.01. and 31.12. are what authorities set when the date is unknown. */
function looksLikePlaceholder(date: BirthDate): boolean {
  return date.precision === 'placeholder' || date.date.endsWith('-01-01') || date.date.endsWith('-12-31');
}

/**
 * How a birth date in the search changes a candidate's rank: up for the same
 * date (a little for a placeholder), down for a clearly different one.
 */
export function compareBirthDates(query: BirthDate | null, stored: BirthDate | null): { effect: number; reason?: BirthDateReason } {
  if (!query || !stored) return { effect: 0 };
  const qYear = Number(query.date.slice(0, 4));
  const sYear = Number(stored.date.slice(0, 4));
  const bothFull = query.precision !== 'month' && query.precision !== 'year' && stored.precision !== 'month' && stored.precision !== 'year';
  const weak = looksLikePlaceholder(query) || looksLikePlaceholder(stored);
  if (bothFull && query.date === stored.date) return weak ? { effect: 0.08, reason: 'SAME_BIRTH_DATE_WEAK' } : { effect: 0.3, reason: 'SAME_BIRTH_DATE' };
  if (bothFull && !weak && qYear === sYear && query.date.slice(5, 7) === stored.date.slice(8, 10) && query.date.slice(8, 10) === stored.date.slice(5, 7)) {
    return { effect: 0.12, reason: 'BIRTH_DAY_MONTH_SWAPPED' };
  }
  const sameMonth = query.date.slice(0, 7) === stored.date.slice(0, 7);
  const coarse = query.precision === 'year' || stored.precision === 'year' ? 'year' : 'month';
  if (!bothFull && qYear === sYear && (coarse === 'year' || sameMonth)) return { effect: 0.12, reason: 'SAME_BIRTH_YEAR' };
  if (weak && qYear === sYear) return { effect: 0.04, reason: 'SAME_BIRTH_YEAR' };
  if (Math.abs(qYear - sYear) <= 1 && (weak || !bothFull)) return { effect: 0 };
  return { effect: weak || !bothFull ? -0.15 : -0.3, reason: 'DIFFERENT_BIRTH_DATE' };
}
