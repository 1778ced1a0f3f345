import countries from 'i18n-iso-countries';
import { AppError } from '../../platform/errors/index.js';

// Codes the register accepts: countries (ISO 3166-1, stored as alpha-3 like
// the machine-readable zone of a passport), languages (BCP 47 as ICU knows
// them) and the identifiers of German migration administration.

/** ICAO Doc 9303 codes that are not countries but appear as nationality. */
const ICAO_SPECIAL: Record<string, string> = {
  XXA: 'XXA', // stateless (Art. 1 of the 1954 Convention)
  XXB: 'XXB', // refugee (1951 Convention)
  XXC: 'XXC', // refugee (other)
  XXX: 'XXX', // unspecified nationality
  D: 'DEU', // Germany in German passports
  XK: 'XKX', XKX: 'XKX', XKK: 'XKX', RKS: 'XKX', // Kosovo: one code for its three spellings
};

/** ISO 3166-1 alpha-2 or alpha-3 (any case) → alpha-3; AppError for anything else. */
export function countryCode(input: string, field: string): string {
  const code = input.trim().toUpperCase();
  const special = ICAO_SPECIAL[code];
  if (special) return special;
  if (/^[A-Z]{2}$/.test(code) && countries.isValid(code)) return countries.alpha2ToAlpha3(code) as string;
  if (/^[A-Z]{3}$/.test(code) && countries.isValid(code)) return code;
  throw new AppError('PERSON_COUNTRY_UNKNOWN', `${field}: ${input}`, { field, value: input });
}

export function countryCodes(inputs: readonly string[], field: string): string[] {
  return [...new Set(inputs.map((input, index) => countryCode(input, `${field}[${index}]`)))];
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** A BCP 47 language tag whose language ICU knows (ar, fa, prs, ps, ckb, ti, so, …), canonical case. */
export function languageCode(input: string, field: string): string {
  let tag: string | undefined;
  try {
    tag = Intl.getCanonicalLocales(input.trim())[0];
  } catch {
    tag = undefined;
  }
  const language = tag?.split('-')[0];
  if (!tag || !language || !/^[a-z]{2,3}$/.test(language) || languageNames.of(language) === undefined) {
    throw new AppError('PERSON_LANGUAGE_UNKNOWN', `${field}: ${input}`, { field, value: input });
  }
  return tag;
}

export function languageCodes(inputs: readonly string[], field: string): string[] {
  return [...new Set(inputs.map((input, index) => languageCode(input, `${field}[${index}]`)))];
}

export const identifierKinds = ['azr', 'bamf', 'passport', 'local_file'] as const;
export type IdentifierKind = (typeof identifierKinds)[number];

/** Upper case letters and digits only: "1234567-439" and "1234567 439" are the same number. */
export function normalizeIdentifier(value: string): string {
  return value.normalize('NFKC').toUpperCase().replace(/[^A-Z0-9]/g, '');
}

// AZR-Nummer: 12 digits. BAMF-Aktenzeichen: 7 or 8 digits, a hyphen, the
// 3-digit country key. Passports: ICAO allows up to 9 characters, national
// documents and travel documents for refugees a few more.
const IDENTIFIER_FORMATS: Record<IdentifierKind, (value: string, norm: string) => boolean> = {
  azr: (_value, norm) => /^\d{12}$/.test(norm),
  bamf: (value) => /^\d{7,8}\s*-\s*\d{3}$/.test(value.trim()),
  passport: (_value, norm) => /^[A-Z0-9]{5,20}$/.test(norm),
  local_file: (value, norm) => norm.length >= 1 && value.trim().length <= 60,
};

export function checkIdentifier(kind: IdentifierKind, value: string, field: string): { value: string; norm: string } {
  const trimmed = value.normalize('NFKC').trim();
  const norm = normalizeIdentifier(trimmed);
  if (!IDENTIFIER_FORMATS[kind](trimmed, norm)) throw new AppError('PERSON_IDENTIFIER_INVALID', `${field}: ${kind}`, { field, kind });
  return { value: trimmed, norm };
}
