import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { parseBirthDate, type BirthDate, type BirthDatePrecision } from './birth-date.js';
import { deletions, detectScript, indexEntriesOf, normalizeName } from './name-keys.js';
import { checkIdentifier, countryCode, countryCodes, languageCodes, type IdentifierKind } from './reference.js';

// Writing person records: validation, the primary name and every other
// written form with its search keys, identifiers. Auditing is the caller's
// (routes and merge), so tests and the benchmark can build records cheaply.

export const sexes = ['female', 'male', 'diverse', 'not_stated', 'unknown'] as const;
export type Sex = (typeof sexes)[number];
export const nameKinds = ['original_script', 'transliteration', 'alias', 'birth_name', 'former_name'] as const;
export type NameKind = (typeof nameKinds)[number] | 'primary';

export interface NameInput {
  familyName: string;
  givenNames?: string;
  kind: (typeof nameKinds)[number];
  source?: string;
}

export interface IdentifierInput {
  kind: IdentifierKind;
  value: string;
  issuingCountry?: string;
}

export interface CoreInput {
  sex?: Sex;
  birthDate?: string | null;
  birthDatePrecision?: BirthDatePrecision;
  birthPlace?: string;
  birthCountry?: string | null;
  nationalities?: string[];
  languages?: string[];
  phone?: string;
  email?: string;
  address?: string;
}

export interface PersonInput extends CoreInput {
  familyName: string;
  givenNames?: string;
  names?: NameInput[];
  identifiers?: IdentifierInput[];
}

/** The normalised name pair; at least one part must contain a letter. */
export function cleanName(familyName: string, givenNames: string | undefined, field: string): { familyName: string; givenNames: string } {
  const family = normalizeName(familyName);
  const given = normalizeName(givenNames ?? '');
  if (!/\p{L}/u.test(family + given)) throw new AppError('PERSON_NAME_REQUIRED', field, { field });
  // The register keeps the family name as the main sort key; a person known by one name only has it there.
  return family ? { familyName: family, givenNames: given } : { familyName: given, givenNames: '' };
}

export interface CoreValues {
  sex?: Sex;
  birth_date?: string | null;
  birth_date_precision?: string;
  birth_place?: string;
  birth_country?: string | null;
  nationalities?: string[];
  languages?: string[];
  phone?: string;
  email?: string;
  address?: string;
}

/** Validated column values for the fields present in the input. */
export function coreValues(input: CoreInput, today: Date): CoreValues {
  const values: CoreValues = {};
  if (input.sex !== undefined) values.sex = input.sex;
  if (input.birthDate !== undefined) {
    const parsed: BirthDate | null = input.birthDate === null || input.birthDate.trim() === '' ? null : parseBirthDate(input.birthDate, input.birthDatePrecision, today);
    values.birth_date = parsed?.date ?? null;
    values.birth_date_precision = parsed?.precision ?? 'unknown';
  } else if (input.birthDatePrecision !== undefined) {
    throw new AppError('PERSON_BIRTH_DATE_INVALID', 'precision without date', { field: 'birthDate' });
  }
  if (input.birthPlace !== undefined) values.birth_place = normalizeName(input.birthPlace);
  if (input.birthCountry !== undefined) values.birth_country = input.birthCountry === null || input.birthCountry === '' ? null : countryCode(input.birthCountry, 'birthCountry');
  if (input.nationalities !== undefined) values.nationalities = countryCodes(input.nationalities, 'nationalities');
  if (input.languages !== undefined) values.languages = languageCodes(input.languages, 'languages');
  if (input.phone !== undefined) values.phone = input.phone.trim();
  if (input.email !== undefined) values.email = input.email.trim();
  if (input.address !== undefined) values.address = normalizeName(input.address);
  return values;
}

/** Adds the skeletons of names and their one-deletion neighbours to the tenant's vocabulary. */
export async function addTerms(tx: Tx, tenantId: string, terms: Iterable<string>): Promise<void> {
  const rows = new Map<string, { tenant_id: string; del: string; term: string }>();
  for (const term of terms) {
    for (const del of [term, ...deletions(term)]) rows.set(`${del}|${term}`, { tenant_id: tenantId, del, term });
  }
  if (rows.size === 0) return;
  await tx.insertInto('person_name_terms').values([...rows.values()]).onConflict((oc) => oc.doNothing()).execute();
}

export function fullName(familyName: string, givenNames: string): string {
  return `${givenNames} ${familyName}`.trim();
}

export const birthYearOf = (birthDate: string | null | undefined): number | null => (birthDate ? Number(birthDate.slice(0, 4)) : null);

export async function insertName(tx: Tx, tenantId: string, personId: string, name: { familyName: string; givenNames: string; kind: NameKind; source?: string }, birthYear: number | null): Promise<string> {
  const id = randomUUID();
  const text = fullName(name.familyName, name.givenNames);
  const { keys, terms } = indexEntriesOf(text, birthYear);
  await tx
    .insertInto('person_names')
    .values({
      tenant_id: tenantId, id, person_id: personId, kind: name.kind, script: detectScript(text),
      family_name: name.familyName, given_names: name.givenNames, source: normalizeName(name.source ?? ''), search_keys: keys,
    })
    .execute();
  await addTerms(tx, tenantId, terms);
  return id;
}

/** Recomputes the search keys of a record's names (after its name or birth year changed). */
export async function reindexNames(tx: Tx, tenantId: string, personId: string, birthYear: number | null): Promise<void> {
  const names = await tx.selectFrom('person_names').select(['id', 'family_name', 'given_names']).where('person_id', '=', personId).execute();
  for (const name of names) {
    const { keys, terms } = indexEntriesOf(fullName(name.family_name, name.given_names), birthYear);
    await tx.updateTable('person_names').set({ search_keys: keys }).where('id', '=', name.id).execute();
    await addTerms(tx, tenantId, terms);
  }
}

export async function insertIdentifier(tx: Tx, tenantId: string, personId: string, input: IdentifierInput, field: string): Promise<string> {
  const { value, norm } = checkIdentifier(input.kind, input.value, field);
  const id = randomUUID();
  await tx
    .insertInto('person_identifiers')
    .values({
      tenant_id: tenantId, id, person_id: personId, kind: input.kind, value, value_norm: norm,
      issuing_country: input.issuingCountry ? countryCode(input.issuingCountry, `${field}.issuingCountry`) : null,
    })
    .execute();
  return id;
}

/** Validates everything first, then writes the person with all names and identifiers. */
export async function insertPerson(tx: Tx, tenantId: string, input: PersonInput, today: Date): Promise<string> {
  const primary = cleanName(input.familyName, input.givenNames, 'familyName');
  const others = (input.names ?? []).map((name, index) => ({ ...cleanName(name.familyName, name.givenNames, `names[${index}]`), kind: name.kind, source: name.source ?? '' }));
  const core = coreValues(input, today);
  (input.identifiers ?? []).forEach((identifier, index) => checkIdentifier(identifier.kind, identifier.value, `identifiers[${index}]`));
  const id = randomUUID();
  await tx.insertInto('persons').values({ tenant_id: tenantId, id, family_name: primary.familyName, given_names: primary.givenNames, ...core }).execute();
  const year = birthYearOf(core.birth_date);
  await insertName(tx, tenantId, id, { ...primary, kind: 'primary' }, year);
  for (const name of others) await insertName(tx, tenantId, id, name, year);
  for (const [index, identifier] of (input.identifiers ?? []).entries()) await insertIdentifier(tx, tenantId, id, identifier, `identifiers[${index}]`);
  return id;
}

export interface PersonRow {
  id: string;
  family_name: string;
  given_names: string;
  sex: string;
  birth_date: string | null;
  birth_date_precision: string;
  birth_place: string;
  birth_country: string | null;
  nationalities: string[];
  languages: string[];
  phone: string;
  email: string;
  address: string;
  merged_into: string | null;
  root_id: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/** One person row (birth date as text), or NOT_FOUND; `forUpdate` locks it. */
export async function loadPersonRow(tx: Tx, id: string, forUpdate = false): Promise<PersonRow> {
  let query = tx
    .selectFrom('persons')
    .select(['id', 'family_name', 'given_names', 'sex', sql<string | null>`birth_date::text`.as('birth_date'), 'birth_date_precision', 'birth_place', 'birth_country',
      'nationalities', 'languages', 'phone', 'email', 'address', 'merged_into', 'root_id', 'version', 'created_at', 'updated_at'])
    .where('id', '=', id);
  if (forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `person ${id}`);
  return row as PersonRow;
}

/** Like loadPersonRow, but a record merged into another cannot be changed any more. */
export async function loadActivePerson(tx: Tx, id: string): Promise<PersonRow> {
  const row = await loadPersonRow(tx, id, true);
  if (row.merged_into) throw new AppError('PERSON_MERGED', `person ${id} → ${row.root_id}`, { mergedInto: row.root_id });
  return row;
}

export async function touchPerson(tx: Tx, id: string): Promise<void> {
  await tx.updateTable('persons').set({ version: sql`version + 1`, updated_at: new Date() }).where('id', '=', id).execute();
}

export function birthDateOf(row: { birth_date: string | null; birth_date_precision: string }): BirthDate | null {
  return row.birth_date ? { date: row.birth_date, precision: row.birth_date_precision as BirthDatePrecision } : null;
}
