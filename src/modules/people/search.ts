import { sql } from 'kysely';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { compareBirthDates, parseQueryDate, type BirthDate } from './birth-date.js';
import { allUnits, deletions, jaroWinkler, nameUnits, normalizeName, pairKeysOf, unitPairs, withinOneEdit, withYear, type NameUnit } from './name-keys.js';
import { normalizeIdentifier, type IdentifierKind } from './reference.js';
import { birthDateOf, fullName } from './store.js';

// One search over the register. Candidates come from the GIN index on name
// skeletons (pairs of name parts, so a common first name alone does not flood
// the result), from identifiers and, for typos, from the skeleton vocabulary;
// then each candidate is scored here against every written form of its name,
// its birth date and identifiers, and every score says why.

export interface SearchCriteria {
  /** Names as typed, in any script; several for a duplicate check (all spellings of a new person). */
  names: string[];
  birthDate: BirthDate | null;
  /** Normalised identifier values (letters and digits). */
  identifiers: string[];
}

export type ReasonCode =
  | 'SAME_IDENTIFIER' | 'SAME_NAME' | 'NAME_VARIANT' | 'NAME_ORIGINAL_SCRIPT' | 'KNOWN_ALIAS' | 'NAME_SIMILAR' | 'NAME_ORDER_SWAPPED'
  | 'NAME_WRITTEN_TOGETHER' | 'NAME_PARTIAL' | 'SAME_BIRTH_DATE' | 'SAME_BIRTH_DATE_WEAK' | 'SAME_BIRTH_YEAR' | 'BIRTH_DAY_MONTH_SWAPPED'
  | 'DIFFERENT_BIRTH_DATE' | 'VIA_MERGED_RECORD';

export interface Reason {
  code: ReasonCode;
  /** The written form that matched (for name reasons). */
  name?: string;
  /** The identifier kind (for SAME_IDENTIFIER). */
  kind?: IdentifierKind;
}

export interface SearchHit {
  id: string;
  familyName: string;
  givenNames: string;
  sex: string;
  birthDate: BirthDate | null;
  nationalities: string[];
  score: number;
  reasons: Reason[];
}

/** Splits the search box into name words, a birth date and identifier-like tokens. */
export function parseSearchText(q: string, today: Date): SearchCriteria {
  const words: string[] = [];
  const identifiers: string[] = [];
  let birthDate: BirthDate | null = null;
  let previousNumber: string | null = null;
  for (const token of normalizeName(q).split(/[\s,;]+/)) {
    if (!token) continue;
    const date = /\d/.test(token) ? parseQueryDate(token, today) : null;
    if (date) birthDate = date;
    else if (/\d/.test(token)) {
      const norm = normalizeIdentifier(token);
      if (norm.length >= 4) identifiers.push(norm);
      // "1234567 439" is one BAMF file number typed with a space.
      if (previousNumber !== null && previousNumber.length + norm.length >= 4) identifiers.push(previousNumber + norm);
      previousNumber = norm;
      continue;
    } else words.push(token);
    previousNumber = null;
  }
  return { names: words.length > 0 ? [words.join(' ')] : [], birthDate, identifiers };
}

const CANDIDATES = 60;
const MAX_KEYS = 200;

interface QueryName {
  units: NameUnit[];
  all: NameUnit[];
}

/** Lookup keys of one query name: pairs of parts (or the single part), exact readings or with one part one edit away. */
function lookupKeysOf(query: QueryName, typo: Map<NameUnit, string[]> | null): string[] {
  const keys = new Set<string>();
  if (query.units.length === 1) {
    for (const unit of query.all) for (const key of typo ? (typo.get(unit) ?? []) : unit.keys) keys.add(key);
    return [...keys];
  }
  for (const [a, b] of unitPairs(query.all)) {
    if (!typo) {
      for (const key of pairKeysOf(a.keys, b.keys)) keys.add(key);
      continue;
    }
    for (const key of pairKeysOf(typo.get(a) ?? [], b.keys)) keys.add(key);
    for (const key of pairKeysOf(a.keys, typo.get(b) ?? [])) keys.add(key);
  }
  return [...keys];
}

/** Skeletons of the vocabulary one edit away from the query's (SymSpell lookup, verified). */
async function typoNeighbours(tx: Tx, names: QueryName[]): Promise<Map<NameUnit, string[]>> {
  const units = names.flatMap((name) => name.all).filter((unit) => unit.keys.some((key) => key.length >= 2));
  const probes = new Set<string>();
  for (const unit of units) for (const key of unit.keys) if (key.length >= 2) for (const del of [key, ...deletions(key)]) probes.add(del);
  const result = new Map<NameUnit, string[]>();
  if (probes.size === 0) return result;
  const rows = await tx.selectFrom('person_name_terms').select('term').distinct().where('del', '=', sql<string>`any(${[...probes]}::text[])`).execute();
  for (const unit of units) {
    const near = rows.map((row) => row.term).filter((term) => !unit.keys.includes(term) && unit.keys.some((key) => isNear(key, term)));
    // Confusions between conventions first (Oleg / Oleh, Najjar / Naggar), then other one-letter slips.
    const rank = (term: string) => (unit.keys.some((key) => confusable(key, term)) ? 0 : 1);
    if (near.length > 0) result.set(unit, near.sort((a, b) => rank(a) - rank(b)).slice(0, 16));
  }
  return result;
}

interface CandidateRow {
  person_id: string;
  hits: number;
}

async function candidatesByKeys(tx: Tx, keys: string[], date: BirthDate | null, limit: number): Promise<CandidateRow[]> {
  if (keys.length === 0) return [];
  const year = date ? Number(date.date.slice(0, 4)) : null;
  const result = await sql<CandidateRow>`
    select coalesce(p.root_id, p.id) as person_id,
           max(m.hits) + max(case when p.birth_date = ${date?.date ?? null}::date then 2 when extract(year from p.birth_date) = ${year}::int then 1 else 0 end)::int as hits
    from person_name_matches(${keys}::text[]) m join persons p on p.id = m.person_id
    group by 1
    order by hits desc
    limit ${limit}`.execute(tx);
  return result.rows;
}

async function candidatesByIdentifier(tx: Tx, identifiers: string[]): Promise<string[]> {
  if (identifiers.length === 0) return [];
  const rows = await tx
    .selectFrom('person_identifiers as i')
    .innerJoin('persons as p', 'p.id', 'i.person_id')
    .select(sql<string>`coalesce(p.root_id, p.id)`.as('person_id'))
    .where('i.value_norm', 'in', identifiers)
    .limit(50)
    .execute();
  return rows.map((row) => row.person_id);
}

async function candidatesByDate(tx: Tx, date: BirthDate): Promise<string[]> {
  const rows = await tx
    .selectFrom('persons')
    .select(sql<string>`coalesce(root_id, id)`.as('person_id'))
    .where('birth_date', '=', date.date)
    .limit(CANDIDATES)
    .execute();
  return rows.map((row) => row.person_id);
}

// --- Scoring ---------------------------------------------------------------------

interface WrittenName {
  recordId: string;
  kind: string;
  script: string;
  text: string;
  units: NameUnit[];
  all: NameUnit[];
  plain: string;
}

const unitCache = new Map<string, NameUnit[]>();
function cachedUnits(text: string): NameUnit[] {
  let units = unitCache.get(text);
  if (!units) {
    if (unitCache.size > 20_000) unitCache.clear();
    units = nameUnits(text);
    unitCache.set(text, units);
  }
  return units;
}

const plainOf = (text: string) => normalizeName(text).toLowerCase().replace(/[\s\-‐'’]+/g, ' ');

const CONFUSABLE = new Set(['KH', 'HK', 'KX', 'XK', 'SX', 'XS', 'ST', 'TS', 'VF', 'FV', 'BF', 'FB', 'VB', 'BV', 'LR', 'RL', 'HX', 'XH']);

/** Same length, one letter replaced by one that another convention writes for the same sound. */
function confusable(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = -1;
  for (let i = 0; i < a.length; i += 1) {
    if (a[i] === b[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  return diff >= 0 && CONFUSABLE.has(`${a[diff]}${b[diff]}`);
}

/** One edit apart; one-letter skeletons (Ali) are too short to correct. */
function isNear(a: string, b: string): boolean {
  if (a.length < 2 || b.length < 2) return false;
  return withinOneEdit(a, b);
}

/** How well one query part matches one part of a written name: 1 same reading, ~0.65 one edit apart, 0 otherwise. */
function unitScore(q: NameUnit, s: NameUnit): { score: number; typo: boolean } {
  const same = q.keys.some((key) => s.keys.includes(key));
  const fine = q.fine && s.fine ? jaroWinkler(q.fine, s.fine) : 0.5;
  if (same) return { score: 0.85 + 0.15 * fine, typo: false };
  const near = q.keys.some((a) => s.keys.some((b) => isNear(a, b)));
  if (near) return { score: 0.55 + 0.15 * fine, typo: true };
  return { score: 0, typo: false };
}

interface NameMatch {
  score: number;
  typo: boolean;
  joined: boolean;
  swapped: boolean;
  partial: boolean;
}

/** Best segmentation of the query (single parts or two written together) against one written name. */
function matchName(query: QueryName, written: WrittenName): NameMatch {
  const k = query.units.length;
  const best = (unit: NameUnit) => {
    let top = { score: 0, typo: false, at: -1, joined: false };
    for (const candidate of written.all) {
      const result = unitScore(unit, candidate);
      if (result.score > top.score) top = { ...result, at: candidate.span[0], joined: candidate.span[0] !== candidate.span[1] };
    }
    return top;
  };
  const singles = query.units.map(best);
  // A joined pair must do better than its parts apart: "Mohammed Haschimi" is not "written together".
  const joins = query.all.slice(k).map((unit) => {
    const top = best(unit);
    return { ...top, score: top.score * 0.97, joined: !top.joined };
  });
  // f[i]: best total for the first i query parts.
  const f: Array<{ total: number; typo: boolean; joined: boolean; positions: number[] }> = [{ total: 0, typo: false, joined: false, positions: [] }];
  for (let i = 1; i <= k; i += 1) {
    const prev = f[i - 1] as (typeof f)[number];
    const single = singles[i - 1] as (typeof singles)[number];
    let entry = { total: prev.total + single.score, typo: prev.typo || single.typo, joined: prev.joined || (single.score > 0 && single.joined), positions: single.at >= 0 ? [...prev.positions, single.at] : prev.positions };
    if (i >= 2) {
      const join = joins[i - 2] as (typeof joins)[number];
      const before = f[i - 2] as (typeof f)[number];
      if (before.total + 2 * join.score > entry.total) {
        entry = { total: before.total + 2 * join.score, typo: before.typo || join.typo, joined: before.joined || join.joined, positions: join.at >= 0 ? [...before.positions, join.at] : before.positions };
      }
    }
    f.push(entry);
  }
  const last = f[k] as (typeof f)[number];
  const queryCoverage = k === 0 ? 0 : last.total / k;
  const writtenParts = written.units.length;
  const recordCoverage = writtenParts === 0 ? 0 : Math.min(1, last.positions.length / writtenParts);
  const swapped = last.positions.some((position, index) => index > 0 && position < (last.positions[index - 1] as number));
  const partial = singles.some((single, index) => single.score === 0 && !(joins[index]?.score || joins[index - 1]?.score));
  return { score: 0.85 * queryCoverage + 0.15 * recordCoverage, typo: last.typo, joined: last.joined, swapped, partial };
}

interface PersonData {
  id: string;
  family_name: string;
  given_names: string;
  sex: string;
  birth_date: string | null;
  birth_date_precision: string;
  nationalities: string[];
}

async function scoreCandidates(tx: Tx, criteria: SearchCriteria, queries: QueryName[], rootIds: string[]): Promise<SearchHit[]> {
  if (rootIds.length === 0) return [];
  const [people, names, identifiers] = await Promise.all([
    tx.selectFrom('persons')
      .select(['id', 'family_name', 'given_names', 'sex', sql<string | null>`birth_date::text`.as('birth_date'), 'birth_date_precision', 'nationalities'])
      .where('id', 'in', rootIds).execute() as Promise<PersonData[]>,
    tx.selectFrom('person_names as n').innerJoin('persons as p', 'p.id', 'n.person_id')
      .select(['n.person_id', sql<string>`coalesce(p.root_id, p.id)`.as('root_id'), 'n.kind', 'n.script', 'n.family_name', 'n.given_names'])
      .where((eb) => eb.or([eb('p.id', 'in', rootIds), eb('p.root_id', 'in', rootIds)])).execute(),
    criteria.identifiers.length === 0 ? Promise.resolve([]) : tx.selectFrom('person_identifiers as i').innerJoin('persons as p', 'p.id', 'i.person_id')
      .select([sql<string>`coalesce(p.root_id, p.id)`.as('root_id'), 'i.kind', 'i.value_norm'])
      .where('i.value_norm', 'in', criteria.identifiers).execute(),
  ]);
  const namesByRoot = new Map<string, WrittenName[]>();
  for (const row of names) {
    const text = fullName(row.family_name, row.given_names);
    const units = cachedUnits(text);
    const list = namesByRoot.get(row.root_id) ?? [];
    list.push({ recordId: row.person_id, kind: row.kind, script: row.script, text, units, all: allUnits(units), plain: plainOf(text) });
    namesByRoot.set(row.root_id, list);
  }
  const hits: SearchHit[] = [];
  for (const person of people) {
    const reasons: Reason[] = [];
    let score = 0;
    for (const identifier of identifiers.filter((row) => row.root_id === person.id)) {
      if (!reasons.some((reason) => reason.kind === identifier.kind)) reasons.push({ code: 'SAME_IDENTIFIER', kind: identifier.kind as IdentifierKind });
      score = 1;
    }
    if (queries.length > 0) {
      let top: { match: NameMatch; written: WrittenName; query: QueryName } | null = null;
      for (const written of namesByRoot.get(person.id) ?? []) {
        for (const query of queries) {
          const match = matchName(query, written);
          if (!top || match.score > top.match.score + 1e-9 || (Math.abs(match.score - top.match.score) < 1e-9 && written.recordId === person.id && top.written.recordId !== person.id)) top = { match, written, query };
        }
      }
      if (top && top.match.score > 0) {
        score += 0.7 * top.match.score;
        const queryPlain = queries.map((query) => plainOf(query.units.map((unit) => unit.fine).join(' ')));
        const sameText = criteria.names.some((name) => plainOf(name) === top.written.plain) && queryPlain.length > 0;
        if (sameText) reasons.push({ code: 'SAME_NAME', name: top.written.text });
        else if (top.written.script !== 'Latn') reasons.push({ code: 'NAME_ORIGINAL_SCRIPT', name: top.written.text });
        else if (top.written.kind === 'alias') reasons.push({ code: 'KNOWN_ALIAS', name: top.written.text });
        else reasons.push({ code: 'NAME_VARIANT', name: top.written.text });
        if (!sameText && top.match.swapped) reasons.push({ code: 'NAME_ORDER_SWAPPED' });
        if (!sameText && top.match.joined) reasons.push({ code: 'NAME_WRITTEN_TOGETHER' });
        if (top.match.typo) reasons.push({ code: 'NAME_SIMILAR' });
        if (top.match.partial) reasons.push({ code: 'NAME_PARTIAL' });
        if (top.written.recordId !== person.id) reasons.push({ code: 'VIA_MERGED_RECORD' });
      }
    }
    const date = compareBirthDates(criteria.birthDate, birthDateOf(person));
    score += date.effect;
    if (date.reason) reasons.push({ code: date.reason });
    if (queries.length === 0 && criteria.identifiers.length === 0 && date.effect > 0) score += 0.3;
    hits.push({
      id: person.id, familyName: person.family_name, givenNames: person.given_names, sex: person.sex, birthDate: birthDateOf(person),
      nationalities: person.nationalities, score: Math.round(score * 1000) / 1000, reasons,
    });
  }
  return hits;
}

const MIN_SCORE = 0.3;

/**
 * Finds people by names in any script and spelling, birth date and
 * identifiers; the best first, each with its reasons.
 */
export async function searchPeople(tx: Tx, criteria: SearchCriteria, limit = 20): Promise<SearchHit[]> {
  const queries: QueryName[] = criteria.names
    .map((name) => nameUnits(name))
    .filter((units) => units.length > 0)
    .map((units) => ({ units, all: allUnits(units) }));
  if (queries.length === 0 && criteria.identifiers.length === 0 && !criteria.birthDate) throw new AppError('PERSON_SEARCH_EMPTY');

  const year = criteria.birthDate ? Number(criteria.birthDate.date.slice(0, 4)) : null;
  const ids = new Set<string>(await candidatesByIdentifier(tx, criteria.identifiers));
  if (queries.length === 0 && criteria.birthDate && criteria.identifiers.length === 0) for (const id of await candidatesByDate(tx, criteria.birthDate)) ids.add(id);
  let hits: SearchHit[] = [];
  const lookUp = async (keys: string[]) => {
    const rows = await candidatesByKeys(tx, keys.slice(0, MAX_KEYS), criteria.birthDate, CANDIDATES);
    const fresh = rows.map((row) => row.person_id).filter((id) => !ids.has(id));
    fresh.forEach((id) => ids.add(id));
    return fresh;
  };
  const complete = (hit: SearchHit) => hit.reasons.some((reason) => ['SAME_NAME', 'NAME_VARIANT', 'NAME_ORIGINAL_SCRIPT', 'KNOWN_ALIAS'].includes(reason.code)) && !hit.reasons.some((reason) => reason.code === 'NAME_PARTIAL' || reason.code === 'NAME_SIMILAR');
  const dated = (hit: SearchHit) => !criteria.birthDate || hit.reasons.some((reason) => reason.code.startsWith('SAME_BIRTH') || reason.code === 'BIRTH_DAY_MONTH_SWAPPED');
  const done = () => queries.length === 0 || hits.some((hit) => complete(hit) && dated(hit));

  // From the narrowest lookup to the widest, until a candidate matches every
  // name part and the birth date: name parts with the birth year, then one
  // part with a typo (with the year), then without the year (a wrong or
  // missing year on record), then typo without year.
  const exact = queries.flatMap((query) => lookupKeysOf(query, null));
  let typo: Map<NameUnit, string[]> | null = null;
  const fuzzy = async () => {
    typo ??= await typoNeighbours(tx, queries);
    return queries.flatMap((query) => lookupKeysOf(query, typo));
  };
  const steps: Array<() => Promise<string[]>> = year === null
    ? [async () => exact, fuzzy]
    : [async () => exact.map((key) => withYear(key, year)), async () => (await fuzzy()).map((key) => withYear(key, year)), async () => exact, fuzzy];
  hits = await scoreCandidates(tx, criteria, queries, [...ids]);
  for (const step of steps) {
    if (queries.length === 0 || done()) break;
    const fresh = await lookUp(await step());
    if (fresh.length > 0) hits = hits.concat(await scoreCandidates(tx, criteria, queries, fresh));
  }
  return hits
    .filter((hit) => hit.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.familyName.localeCompare(b.familyName))
    .slice(0, limit);
}
