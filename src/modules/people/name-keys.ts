import anyAscii from 'any-ascii';

// The matching logic of the person register. A name, in whatever script and
// transliteration, becomes a list of units (one per name part), and each unit
// a few consonant skeletons: short keys in which the usual transliteration
// conventions (German, English, French, Turkish, ICAO) and the original
// scripts (Arabic, Persian, Pashto, Cyrillic, Ge'ez via any-ascii) meet.
// Vowels are dropped because Arabic script does not write short vowels and
// Latin spellings disagree mostly about vowels (Mohammed / Muhammad /
// Mohamad). Consonants fall into coarse classes where conventions disagree
// (Ж = zh / sch / j, ش = sh / sch / ch, ق = q / k / gh, d / t, p / b); where
// one Latin letter means different sounds in different conventions ("ch" is
// kh in German, sh in French, tsch in English; "j" is y in German, dsch in
// English) a unit gets one skeleton per reading.
//
// Skeleton alphabet: B F V T S X K L M N R H (X = the sh/zh/ch/j family,
// K = k/q/g/kh/gh, S = s/z/ts, T = t/d, B = b/p, V = v/w).

/** At most this many readings per unit (and per joined pair of units). */
const MAX_VARIANTS = 8;
/** At most this many keys per pair of units. */
const MAX_PAIR_VARIANTS = 16;
/** Names with more parts are cut after this many units. */
const MAX_UNITS = 6;

export interface NameUnit {
  /** Consonant skeletons, the most likely reading first. Never empty. */
  keys: string[];
  /** ASCII form with vowels, doubled letters collapsed: for fine ranking. */
  fine: string;
  /** Index of the first and last raw part this unit covers (for joins). */
  span: [number, number];
}

// ---------------------------------------------------------------------------
// Unicode clean-up shared by storage and matching.

// Bidi controls and other invisible format characters could make a name look
// different from what it is (e.g. a reversed display); they are removed.
// ZWNJ (U+200C) stays: Persian writes it inside names (محمد‌رضا).
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b\u200d-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;

/** NFC, no control or bidi characters, single spaces, trimmed. */
export function normalizeName(value: string): string {
  return value.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

// ---------------------------------------------------------------------------
// Scripts.

type Script = 'Latn' | 'Arab' | 'Cyrl' | 'Ethi' | 'Other';

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;
const CYRILLIC = /[\u0400-\u052f]/u;
const ETHIOPIC = /[\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f]/u;
const LATIN = /[A-Za-z\u00c0-\u024f\u1e00-\u1eff]/u;

/** The ISO 15924 code of the first letter's script. */
export function detectScript(value: string): Script {
  for (const char of value) {
    if (ARABIC.test(char)) return 'Arab';
    if (CYRILLIC.test(char)) return 'Cyrl';
    if (ETHIOPIC.test(char)) return 'Ethi';
    if (LATIN.test(char)) return 'Latn';
    if (/\p{L}/u.test(char)) return 'Other';
  }
  return 'Latn';
}

// ---------------------------------------------------------------------------
// One segment = the readings of one letter or digraph; '' means "silent".

type Segment = readonly string[];
const VOWEL: Segment = [''];

/**
 * Expands segments into skeletons, the most likely first: the first reading of
 * every ambiguous letter, then with one letter read otherwise, then two (more
 * are not tried). A word follows one convention, so every "ch" in it is read
 * the same way (shared reading arrays are the same letter). Doubled classes
 * collapse unless a vowel stands between.
 */
function expand(segments: readonly Segment[]): string[] {
  const combos: Array<{ out: string; deviations: number }> = [];
  const chosen = new Map<Segment, number>();
  const walk = (index: number, out: string, last: string, deviations: number) => {
    if (index === segments.length) {
      combos.push({ out, deviations });
      return;
    }
    const segment = segments[index] as Segment;
    const fixed = chosen.get(segment);
    segment.forEach((reading, choice) => {
      if (fixed !== undefined && choice !== fixed) return;
      const used = deviations + (fixed === undefined && choice > 0 ? 1 : 0);
      if (used > 2) return;
      let next = out;
      let previous = last;
      if (reading === '') previous = '';
      for (const cls of reading) {
        if (cls !== previous) next += cls;
        previous = cls;
      }
      if (segment.length > 1 && fixed === undefined) chosen.set(segment, choice);
      walk(index + 1, next, previous, used);
      if (segment.length > 1 && fixed === undefined) chosen.delete(segment);
    });
  };
  walk(0, '', '', 0);
  combos.sort((a, b) => a.deviations - b.deviations);
  return unique(combos.map((combo) => combo.out)).slice(0, MAX_VARIANTS);
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

// --- Latin --------------------------------------------------------------------

// Letters whose ASCII fold loses a sound the conventions keep apart. Markers:
// '1' = ş/š/ž (sh, or s when folded), '2' = ç/č/ć (tsch).
const LATIN_SPECIAL: Record<string, string> = {
  ş: '1', ș: '1', š: '1', ž: '1', ç: '2', č: '2', ć: '2', ğ: 'g', ı: 'i', ß: 'ss', đ: 'dj', ł: 'l', ŋ: 'ng', þ: 'th', ð: 'dh', æ: 'ae', œ: 'oe', ø: 'o',
};

/** Lower-case ASCII letters (and the two markers) of a Latin or other-script word. */
function latinLetters(word: string): string {
  let out = '';
  for (const char of word.toLowerCase()) {
    const special = LATIN_SPECIAL[char];
    out += special ?? anyAscii(char).toLowerCase();
  }
  return out.replace(/[^a-z12]/g, '');
}

const isVowel = (c: string | undefined) => c !== undefined && 'aeiou'.includes(c);

// Longest match first. Each entry: letters → readings.
const LATIN_RULES: Array<[string, Segment]> = [
  ['tsch', ['X']], ['dsch', ['X']], ['shch', ['X']], ['sch', ['X']], ['tch', ['X']], ['dzh', ['X']],
  ['zh', ['X']], ['sh', ['X']], ['dj', ['X', 'T']], ['dz', ['S']],
  ['ch', ['K', 'X', 'H']], ['kh', ['K']], ['gh', ['K']], ['ck', ['K']], ['ph', ['F']],
  ['th', ['T', 'S']], ['dh', ['T', 'S']], ['ts', ['S']], ['tz', ['S']],
];
const LATIN_SINGLE: Record<string, Segment> = {
  b: ['B'], p: ['B'], f: ['F'], v: ['V'], w: ['V'], t: ['T'], d: ['T'], s: ['S'], z: ['S'],
  k: ['K'], q: ['K'], g: ['K'], x: ['KS', 'K', 'H'], j: ['X', ''], y: VOWEL,
  l: ['L'], m: ['M'], n: ['N'], r: ['R'], h: ['H'], '1': ['X', 'S'], '2': ['X'],
};

const C_SOFT: Segment = ['S', 'X', 'K'];
const C_SOFT_EDGE: Segment = ['S', 'X', 'K', ''];
const C_HARD: Segment = ['K', 'X'];
const C_HARD_EDGE: Segment = ['K', 'X', ''];
const FINAL_H: Segment = ['', 'H'];
const FINAL_W: Segment = ['V', ''];

function latinSegments(letters: string): Segment[] {
  const segments: Segment[] = [];
  let i = 0;
  // French writes initial و as "ou" (Oualid = Walid).
  if (letters.startsWith('ou') && isVowel(letters[2]) && letters.length >= 4) {
    segments.push(['V']);
    i = 2;
  }
  outer: while (i < letters.length) {
    for (const [pattern, readings] of LATIN_RULES) {
      if (letters.startsWith(pattern, i)) {
        segments.push(readings);
        i += pattern.length;
        continue outer;
      }
    }
    const c = letters[i] as string;
    if (isVowel(c)) segments.push(VOWEL);
    else if (c === 'c') {
      // Somali writes ʿayn as c (Cali = Ali, Cumar = Omar, Jaamac = Jama), at the edges of a word.
      const edge = i === 0 || i === letters.length - 1;
      const soft = 'eiy'.includes(letters[i + 1] ?? '');
      segments.push(soft ? (edge ? C_SOFT_EDGE : C_SOFT) : edge ? C_HARD_EDGE : C_HARD);
    }
    // A final h after a vowel is often silent (Abdullah / Abdulla, Fatimah), but not always (Oleh = Олег).
    // A final w after a vowel is a consonant in English spellings (Khoshnaw) and a vowel in German ones (Choschnau).
    else if ((c === 'w' || c === 'v') && i === letters.length - 1 && isVowel(letters[i - 1])) segments.push(FINAL_W);
    else if (c === 'h' && i === letters.length - 1 && (i === 0 || isVowel(letters[i - 1]) || letters[i - 1] === 'y')) segments.push(FINAL_H);
    else segments.push(LATIN_SINGLE[c] ?? VOWEL);
    i += 1;
  }
  return segments;
}

// --- Arabic script (Arabic, Persian, Pashto, Kurdish Sorani, Urdu) ----------------

const ARABIC_LETTERS: Record<string, Segment> = {};
const assign = (letters: string, readings: Segment) => {
  for (const letter of letters) ARABIC_LETTERS[letter] = readings;
};
assign('اأإآٱءؤئعىيیېۍےێۆ', VOWEL);
assign('بپ', ['B']);
assign('تطټٹ', ['T']);
assign('دډڈ', ['T']);
assign('ثذضظ', ['T', 'S']); // Arabic th/dh/ḍ/ẓ; Persian and Turkish say s/z
assign('جچژږښش', ['X']);
assign('حهھۀ', ['H']);
assign('خغقكکگګ', ['K']);
assign('رړڕڑ', ['R']);
assign('زسصځڅ', ['S']);
assign('ف', ['F']);
assign('ڤ', ['V']);
assign('لڵ', ['L']);
assign('م', ['M']);
assign('نڼں', ['N']);
assign('ة', VOWEL);

function arabicSegments(word: string): Segment[] {
  const letters = [...word.replace(/[\u064b-\u065f\u0670\u0640\u06d6-\u06ed]/g, '')];
  const segments: Segment[] = [];
  letters.forEach((letter, index) => {
    const last = index === letters.length - 1;
    if (letter === 'و') {
      // و is w at the start and next to alif (Walid, Marwan, Dawud), else a long vowel (Yusuf, Mahmud).
      const consonant = index === 0 || 'اآ'.includes(letters[index - 1] ?? '') || 'اآ'.includes(letters[index + 1] ?? '');
      segments.push(consonant ? (last ? FINAL_W : ['V']) : VOWEL);
    } else if (last && 'حهھۀ'.includes(letter)) {
      segments.push(VOWEL); // Fatemeh / Fatima, Saleh / Salih: Latin drops the final h too
    } else {
      segments.push(ARABIC_LETTERS[letter] ?? VOWEL);
    }
  });
  return segments;
}

// --- Cyrillic -------------------------------------------------------------------

const CYRILLIC_LETTERS: Record<string, Segment> = {};
const assignCyr = (letters: string, readings: Segment) => {
  for (const letter of letters) CYRILLIC_LETTERS[letter] = readings;
};
assignCyr('аеёиоуыэюяйьъіїєў', VOWEL);
assignCyr('бп', ['B']);
assignCyr('в', ['V']);
assignCyr('г', ['K', 'H']); // Russian g, Ukrainian h
assignCyr('ґкх', ['K']);
assignCyr('дт', ['T']);
assignCyr('жшщч', ['X']);
assignCyr('зсц', ['S']);
assignCyr('л', ['L']);
assignCyr('м', ['M']);
assignCyr('н', ['N']);
assignCyr('р', ['R']);
assignCyr('ф', ['F']);

function cyrillicSegments(word: string): Segment[] {
  return [...word.toLowerCase()].map((letter) => CYRILLIC_LETTERS[letter] ?? VOWEL);
}

// ---------------------------------------------------------------------------
// Words, particles and compounds.

/** Articles and "son of" words: not a name part of their own, but part of joined forms. */
const PARTICLES = new Set(['al', 'el', 'ul', 'il', 'ol', 'ad', 'ed', 'ud', 'ar', 'er', 'ur', 'as', 'es', 'us', 'at', 'et', 'az', 'ez', 'an', 'en', 'ash', 'esh', 'bin', 'ben', 'ibn', 'bint', 'binti', 'ould', 'ال']);
/** German and Dutch particles count only as written, in lower case (von der Heide; but Zu, a name). */
const LOWER_PARTICLES = new Set(['von', 'van', 'der', 'den', 'zu', 'de']);
const isParticle = (word: Word) => PARTICLES.has(word.lower) || (LOWER_PARTICLES.has(word.raw) && word.raw === word.lower);
/** Forms of "Abd al-": the following word belongs to it (Abd al-Karim = Abdulkarim = Abdelkarim). */
const ABD_PREFIX = new Set(['abd', 'abdul', 'abdel', 'abdal', 'abdol', 'abdoul', 'abdu', 'abdur', 'abder', 'abdar', 'abdus', 'abdes', 'abdas', 'abdoel', 'عبد']);
/** Forms of "Abu" (father of), written apart or joined (Abu Bakr = Abubakar). */
const ABU_PREFIX = new Set(['abu', 'abou', 'abo', 'ابو', 'أبو']);
/** Short forms staff meet on documents. */
const ALIASES = new Map([['mohd', 'muhammad'], ['muhd', 'muhammad'], ['mhd', 'muhammad'], ['md', 'muhammad'], ['mamadou', 'muhammad'], ['mamadu', 'muhammad']]);

interface Word {
  raw: string;
  script: Script;
  /** Lower-case form used for particle and prefix checks. */
  lower: string;
}

function splitWords(name: string): Word[] {
  const cleaned = normalizeName(name)
    .replace(/[\u2019\u02bc\u02bb'`´ʿʾ]/g, '') // apostrophes and ayn/hamza signs join (Sa'id = Said)
    .replace(/[\u200c\-‐-―_.,;:/\\()[\]{}"“”„«»0-9]+/g, ' ');
  return cleaned
    .split(' ')
    .filter((part) => /\p{L}/u.test(part))
    .map((raw) => ({ raw, script: detectScript(raw), lower: raw.toLowerCase() }));
}

function segmentsOf(word: Word): Segment[] {
  switch (word.script) {
    case 'Arab':
      return arabicSegments(word.raw);
    case 'Cyrl':
      return cyrillicSegments(word.raw);
    default:
      return latinSegments(latinLetters(ALIASES.get(word.lower) ?? word.raw));
  }
}

function fineOf(word: Word): string {
  const ascii = word.script === 'Latn' || word.script === 'Other' ? latinLetters(ALIASES.get(word.lower) ?? word.raw).replace(/1/g, 'sh').replace(/2/g, 'ch') : anyAscii(word.raw).toLowerCase().replace(/[^a-z]/g, '');
  return ascii.replace(/(.)\1+/g, '$1');
}

/** Strips "ul"/"el"/"ur"… from a joined Abd-name: abdulkarim → karim, abdurrahman → rahman, abdirahman → rahman. */
function afterAbd(rest: string): string {
  const m = /^([aeiou])(.)(.?)/.exec(rest);
  if (!m) return rest;
  const [, , consonant, following] = m;
  if (consonant === 'l') return rest.slice(2);
  if (consonant && 'rsdtzn'.includes(consonant) && following === consonant) return rest.slice(2);
  return rest.slice(1);
}

interface Part {
  segments: Segment[][];
  /** Alternative readings of the whole part (e.g. with and without the article). */
  fine: string;
  index: number;
}

/** Turns words into name parts: particles attach to the next part, Abd/Abu compounds become one part. */
function partsOf(words: Word[]): Part[] {
  const parts: Part[] = [];
  let pendingArticle: Word | null = null;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as Word;
    const isLast = i === words.length - 1;
    if (isParticle(word) && !isLast) {
      if (['al', 'el', 'ul', 'il', 'ol', 'ال'].includes(word.lower) || /^(a|e|u)[dtrszn]$|^[ae]sh$/.test(word.lower)) pendingArticle = word;
      continue;
    }
    let main = word;
    let prefix: Segment[] = [];
    let prefixFine = '';
    // Abd al-X / Abdul X / Abd X and Abu X: the next word joins this one.
    if ((ABD_PREFIX.has(word.lower) || ABU_PREFIX.has(word.lower)) && !isLast) {
      let j = i + 1;
      if (isParticle(words[j] as Word) && j < words.length - 1) j += 1;
      prefix = ABD_PREFIX.has(word.lower) ? [['B'], ['T']] : word.script === 'Arab' ? arabicSegments(word.raw) : latinSegments('abu');
      prefixFine = ABD_PREFIX.has(word.lower) ? 'abd' : 'abu';
      main = words[j] as Word;
      i = j;
      if (main.script === 'Arab' && main.raw.startsWith('ال') && main.raw.length > 3) main = { ...main, raw: main.raw.slice(2) };
    }
    let segments = segmentsOf(main);
    let fine = prefixFine + fineOf(main);
    // Joined forms: Abdulkarim, عبدالكريم.
    if (!prefixFine && main.script !== 'Arab' && /^abd[aeiou]/.test(main.lower) && main.lower.length > 5) {
      const rest = afterAbd(latinLetters(main.raw).slice(3));
      segments = [['B'], ['T'], ...latinSegments(rest)];
      fine = `abd${rest}`;
    } else if (!prefixFine && main.script === 'Arab' && main.raw.startsWith('عبد') && main.raw.length > 4) {
      const rest = main.raw.slice(3).replace(/^ال/, '');
      segments = [['B'], ['T'], ...arabicSegments(rest)];
    }
    const readings: Segment[][] = [[...prefix, ...segments]];
    // Turkish names typed without ş (Şimşek → Simsek) against the German Schimschek: s read as sch.
    if (!prefixFine && main.script !== 'Arab' && main.script !== 'Cyrl') {
      const letters = latinLetters(ALIASES.get(main.lower) ?? main.raw);
      const asSh = letters.replace(/(?<![tcd])s(?!c?h)/g, 'sh');
      if (asSh !== letters) readings.push(latinSegments(asSh));
    }
    // The article: "Al-Hashimi" is also "Hashimi" and "Alhashimi".
    if (pendingArticle && !prefixFine) readings.push([...(pendingArticle.script === 'Arab' ? [['L']] : latinSegments(pendingArticle.lower)), ...segments]);
    if (main.script === 'Arab' && main.raw.startsWith('ال') && main.raw.length > 3) {
      readings.unshift(arabicSegments(main.raw.slice(2)));
    } else if (main.script !== 'Arab' && /^[ae]l[^aeiou]/.test(main.lower) && main.lower.length >= 6 && !prefixFine) {
      readings.push(latinSegments(latinLetters(main.raw).slice(2)));
    }
    pendingArticle = null;
    parts.push({ segments: readings, fine, index: parts.length });
  }
  return parts;
}

function keysOfPart(part: Part): string[] {
  const keys = unique(part.segments.flatMap((segments) => expand(segments)));
  const nonEmpty = keys.map((key) => (key === '' ? '~' : key));
  return unique(nonEmpty).slice(0, MAX_VARIANTS);
}

/** The units of a name: one per part (given and family names in the order given). */
export function nameUnits(name: string): NameUnit[] {
  const parts = partsOf(splitWords(name)).slice(0, MAX_UNITS);
  return parts.map((part) => ({ keys: keysOfPart(part), fine: part.fine, span: [part.index, part.index] }));
}

/** Adjacent units written together: "Ali Reza" → "Alireza". */
export function joinedUnits(units: readonly NameUnit[]): NameUnit[] {
  const joined: NameUnit[] = [];
  for (let i = 0; i + 1 < units.length; i += 1) {
    const a = units[i] as NameUnit;
    const b = units[i + 1] as NameUnit;
    const keys: string[] = [];
    for (const ka of a.keys) for (const kb of b.keys) keys.push(joinKeys(ka, kb));
    joined.push({ keys: unique(keys).slice(0, MAX_VARIANTS), fine: (a.fine + b.fine).replace(/(.)\1+/g, '$1'), span: [a.span[0], b.span[1]] });
  }
  return joined;
}

function joinKeys(a: string, b: string): string {
  const left = a === '~' ? '' : a;
  const right = b === '~' ? '' : b;
  // A doubled class at the seam collapses like any doubled letter (Nur + ad-Din → NRTN).
  const joined = left.endsWith(right.charAt(0)) ? left + right.slice(1) : left + right;
  return joined === '' ? '~' : joined;
}

export function pairKey(a: string, b: string): string {
  return a <= b ? `${a}|${b}` : `${b}|${a}`;
}

function overlaps(a: NameUnit, b: NameUnit): boolean {
  return a.span[0] <= b.span[1] && b.span[0] <= a.span[1];
}

/** Every unit and joined unit, for pairing. */
export function allUnits(units: readonly NameUnit[]): NameUnit[] {
  return [...units, ...joinedUnits(units)];
}

/**
 * The index keys of one written name: every single skeleton (for one-word
 * searches) and every unordered pair of skeletons of two different name parts
 * (for everything else; unordered, so given and family name may be swapped).
 */
export function searchKeysOf(name: string, birthYear: number | null = null): string[] {
  const units = allUnits(nameUnits(name));
  const keys = new Set<string>();
  for (const unit of units) for (const key of unit.keys) keys.add(key);
  for (const [a, b] of unitPairs(units)) for (const key of pairKeysOf(a.keys, b.keys)) keys.add(key);
  // With the birth year as well: a search with name and date finds its few
  // candidates directly, however common the name is.
  if (birthYear !== null) for (const key of [...keys]) keys.add(withYear(key, birthYear));
  return [...keys];
}

export function withYear(key: string, year: number): string {
  return `${key}#${year}`;
}

/** Pairs of units that do not overlap (a part and the same part joined with its neighbour do). */
export function unitPairs(units: readonly NameUnit[]): Array<[NameUnit, NameUnit]> {
  const pairs: Array<[NameUnit, NameUnit]> = [];
  for (let i = 0; i < units.length; i += 1) {
    for (let j = i + 1; j < units.length; j += 1) {
      const a = units[i] as NameUnit;
      const b = units[j] as NameUnit;
      if (!overlaps(a, b)) pairs.push([a, b]);
    }
  }
  return pairs;
}

export function pairKeysOf(a: readonly string[], b: readonly string[]): string[] {
  // The same pairs (and the same cut) whichever part comes first.
  const [first, second] = a.join() <= b.join() ? [a, b] : [b, a];
  const keys: string[] = [];
  for (const ka of first) for (const kb of second) if (keys.length < MAX_PAIR_VARIANTS) keys.push(pairKey(ka, kb));
  return keys;
}

/** The skeletons worth correcting typos against (vocabulary of the register). */
export function termsOf(name: string): string[] {
  return indexEntriesOf(name).terms;
}

/** Index keys and vocabulary terms of one written name in one pass. */
export function indexEntriesOf(name: string, birthYear: number | null = null): { keys: string[]; terms: string[] } {
  const keys = searchKeysOf(name, birthYear);
  return { keys, terms: keys.filter((key) => key.length >= 2 && !key.includes('|') && !key.includes('#') && key !== '~') };
}

/** Whether two strings are at most one edit apart (insert, delete, substitute, swap two neighbours). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i += 1;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** All strings one deletion away (the SymSpell neighbourhood of distance 1). */
export function deletions(term: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < term.length; i += 1) out.add(term.slice(0, i) + term.slice(i + 1));
  return [...out];
}

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions), capped. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) rows.push(Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = value;
    }
  }
  return Math.min((rows[a.length] as number[])[b.length] as number, cap + 1);
}

/** Jaro-Winkler similarity in [0, 1]. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i += 1) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j += 1) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = true;
      bMatched[j] = true;
      matches += 1;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i += 1) {
    if (!aMatched[i]) continue;
    while (!bMatched[k]) k += 1;
    if (a[i] !== b[k]) transpositions += 1;
    k += 1;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < Math.min(4, a.length, b.length) && a[prefix] === b[prefix]) prefix += 1;
  return jaro + prefix * 0.1 * (1 - jaro);
}
