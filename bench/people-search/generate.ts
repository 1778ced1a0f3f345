// Synthetic register for the people-search benchmark: households of several
// origins, names in original script and in several Latin spellings,
// placeholder birth dates as they occur, identifiers. Deterministic (seeded).

import { origins, type NameForm, type Origin } from './names.js';

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
/** Earlier entries more often (names follow a skewed distribution). */
export const pickSkewed = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() ** 1.6 * list.length)] as T;

export interface Part {
  form: NameForm;
  role: 'given' | 'father' | 'family';
}

export interface GeneratedName {
  kind: 'primary' | 'original_script' | 'transliteration';
  script: boolean;
  given: string;
  family: string;
  /** Latin variant index chosen per part (-1 for the original script). */
  variants: number[];
}

export interface GeneratedPerson {
  id: string;
  origin: Origin;
  sex: 'female' | 'male';
  parts: Part[];
  names: GeneratedName[];
  birthDate: string;
  precision: 'exact' | 'month' | 'year' | 'placeholder';
  country: string;
  identifiers: Array<{ kind: 'azr' | 'bamf' | 'passport' | 'local_file'; value: string; norm: string }>;
}

export interface Relation {
  from: string;
  to: string;
  kind: 'parent' | 'spouse';
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const digits = (random: Random, n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');

function variantIndex(random: Random, form: NameForm): number {
  return Math.min(form.latin.length - 1, Math.floor(random() ** 1.4 * form.latin.length));
}

function render(parts: Part[], variants: number[], script: boolean): { given: string; family: string } {
  const text = (part: Part, index: number) => (script ? (part.form.script as string) : (part.form.latin[variants[index] as number] as string));
  const given = parts.map((part, index) => (part.role === 'family' ? null : text(part, index))).filter(Boolean).join(' ');
  const family = parts.map((part, index) => (part.role === 'family' ? text(part, index) : null)).filter(Boolean).join(' ');
  return { given, family };
}

function birth(random: Random, year: number, origin: Origin): Pick<GeneratedPerson, 'birthDate' | 'precision'> {
  const r = random();
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  if (origin.key !== 'german' && r < 0.2) return { birthDate: `${year}-01-01`, precision: 'placeholder' };
  if (origin.key !== 'german' && r < 0.25) return { birthDate: `${year}-01-01`, precision: 'year' };
  if (origin.key !== 'german' && r < 0.3) return { birthDate: `${year}-${pad(month)}-01`, precision: 'month' };
  return { birthDate: `${year}-${pad(month)}-${pad(day)}`, precision: 'exact' };
}

function identifiers(random: Random, origin: Origin): GeneratedPerson['identifiers'] {
  const out: GeneratedPerson['identifiers'] = [];
  if (origin.key === 'german') {
    if (random() < 0.1) {
      const value = `ABH-${digits(random, 6)}`;
      out.push({ kind: 'local_file', value, norm: value.replace(/[^A-Z0-9]/g, '') });
    }
    return out;
  }
  if (random() < 0.6) {
    const value = `${digits(random, 7)}-${digits(random, 3)}`;
    out.push({ kind: 'bamf', value, norm: value.replace('-', '') });
  }
  if (random() < 0.4) {
    const value = `${1 + Math.floor(random() * 9)}${digits(random, 11)}`;
    out.push({ kind: 'azr', value, norm: value });
  }
  if (random() < 0.3) {
    const value = `${String.fromCharCode(65 + Math.floor(random() * 26))}${digits(random, 8)}`;
    out.push({ kind: 'passport', value, norm: value });
  }
  return out;
}

function makePerson(random: Random, newId: () => string, origin: Origin, sex: 'female' | 'male', year: number, family: NameForm, father: NameForm | null): GeneratedPerson {
  const given = pickSkewed(random, sex === 'male' ? origin.male : origin.female);
  const parts: Part[] = [{ form: given, role: 'given' }];
  if (father && random() < origin.fatherName) parts.push({ form: father, role: 'father' });
  parts.push({ form: sex === 'female' && origin.feminine ? origin.feminine(family) : family, role: 'family' });
  const primaryVariants = parts.map((part) => variantIndex(random, part.form));
  const names: GeneratedName[] = [{ kind: 'primary', script: false, ...render(parts, primaryVariants, false), variants: primaryVariants }];
  const hasScript = parts.every((part) => part.form.script);
  if (hasScript && random() < 0.6) names.push({ kind: 'original_script', script: true, ...render(parts, [], true), variants: parts.map(() => -1) });
  if (random() < 0.3) {
    const other = parts.map((part) => Math.floor(random() * part.form.latin.length));
    if (other.some((v, i) => v !== primaryVariants[i])) names.push({ kind: 'transliteration', script: false, ...render(parts, other, false), variants: other });
  }
  return { id: newId(), origin, sex, parts, names, ...birth(random, year, origin), country: pick(random, origin.countries), identifiers: identifiers(random, origin) };
}

/** One household: a single person, a couple, or a couple with children. */
export function household(random: Random, newId: () => string): { people: GeneratedPerson[]; relations: Relation[] } {
  let r = random();
  const origin = origins.find((o) => (r -= o.weight) < 0) ?? (origins[0] as Origin);
  const size = random() < 0.35 ? 1 : random() < 0.3 ? 2 : 3 + Math.floor(random() * 4);
  const familyName = pickSkewed(random, origin.family);
  const fatherYear = 1950 + Math.floor(random() * 52);
  if (size === 1) return { people: [makePerson(random, newId, origin, random() < 0.55 ? 'male' : 'female', fatherYear, familyName, pickSkewed(random, origin.male))], relations: [] };
  const grandfather = pickSkewed(random, origin.male);
  const father = makePerson(random, newId, origin, 'male', fatherYear, familyName, grandfather);
  const motherFamily = origin.wifeKeepsName ? pickSkewed(random, origin.family) : familyName;
  const mother = makePerson(random, newId, origin, 'female', fatherYear + Math.floor(random() * 8), motherFamily, pickSkewed(random, origin.male));
  const people = [father, mother];
  const relations: Relation[] = [{ from: father.id, to: mother.id, kind: 'spouse' }];
  const fatherGiven = father.parts[0]?.form as NameForm;
  for (let i = 2; i < size; i += 1) {
    const year = Math.min(2025, fatherYear + 20 + Math.floor(random() * 22));
    const child = makePerson(random, newId, origin, random() < 0.5 ? 'male' : 'female', year, familyName, fatherGiven);
    people.push(child);
    relations.push({ from: father.id, to: child.id, kind: 'parent' }, { from: mother.id, to: child.id, kind: 'parent' });
  }
  return { people, relations };
}

// --- Queries ---------------------------------------------------------------------

const KEYBOARD_NEIGHBOURS = 'qwertyuiopasdfghjklzxcvbnm';

function typo(random: Random, word: string): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(random() * (word.length - 2));
  const r = random();
  if (r < 0.3) return word.slice(0, i) + word.slice(i + 1);
  if (r < 0.55) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  if (r < 0.8) return word.slice(0, i) + pick(random, [...KEYBOARD_NEIGHBOURS]) + word.slice(i + 1);
  return word.slice(0, i) + word[i] + word.slice(i);
}

export interface Query {
  text: string;
  personId: string;
  kind: string;
}

/** A search for a registered person the way another office would type it: another spelling, maybe another order, a typo, the birth date. */
export function queryFor(random: Random, person: GeneratedPerson): Query {
  const idOnly = person.identifiers.find((identifier) => identifier.kind === 'bamf' || identifier.kind === 'azr');
  if (idOnly && random() < 0.04) return { text: idOnly.kind === 'bamf' ? idOnly.value.replace('-', ' ') : idOnly.value, personId: person.id, kind: 'identifier' };
  const storedScript = person.names.some((name) => name.script);
  const canScript = person.parts.every((part) => part.form.script);
  const kinds: string[] = [];
  let words: string[];
  if (canScript && !storedScript && random() < 0.3) {
    words = person.parts.map((part) => part.form.script as string);
    kinds.push('script');
  } else {
    const used = person.names.filter((name) => !name.script).map((name) => name.variants);
    words = person.parts.map((part, index) => {
      const unused = part.form.latin.map((_, v) => v).filter((v) => !used.some((variants) => variants[index] === v));
      return part.form.latin[unused.length > 0 ? pick(random, unused) : (used[0]?.[index] ?? 0)] as string;
    });
    kinds.push('spelling');
    if (random() < 0.15) {
      const at = Math.floor(random() * words.length);
      words[at] = typo(random, words[at] as string);
      kinds.push('typo');
    }
  }
  if (words.length === 3 && random() < 0.1) {
    words.splice(1, 1);
    kinds.push('no-father');
  }
  if (random() < 0.25) {
    words.unshift(words.pop() as string);
    kinds.push('swapped');
  }
  let text = words.join(' ');
  // Staff ask for the date of birth with the name; the register is searched with both.
  {
    const [y, m, d] = person.birthDate.split('-');
    const date = person.precision === 'year' ? y : person.precision === 'month' ? `${m}.${y}` : random() < 0.7 ? `${d}.${m}.${y}` : person.birthDate;
    text += ` ${date}`;
    kinds.push('date');
  }
  return { text, personId: person.id, kind: kinds.join('+') };
}
