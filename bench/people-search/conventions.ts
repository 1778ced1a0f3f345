// Transliteration conventions for Cyrillic names as German, English and
// French offices and passports write them (Duden, BGN/PCGN, the French
// usage, ICAO Doc 9303, the Ukrainian national system of 2010). The benchmark
// uses them to write the same name the way different offices would, and the
// property tests check that the register matches every convention to the
// original. They are independent of the matcher in src/modules/people.

export const conventions = ['german', 'english', 'french', 'icao', 'ukrainian'] as const;
export type Convention = (typeof conventions)[number];

type Table = Record<string, string>;

const common: Table = {
  а: 'a', б: 'b', д: 'd', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', ь: '', ъ: '', ы: 'y', э: 'e',
  ґ: 'g', і: 'i',
};

const tables: Record<Convention, Table> = {
  german: { ...common, в: 'w', г: 'g', е: 'e', ё: 'jo', ж: 'sch', з: 's', й: 'j', х: 'ch', ц: 'z', ч: 'tsch', ш: 'sch', щ: 'schtsch', ю: 'ju', я: 'ja', є: 'je', ї: 'ji' },
  english: { ...common, в: 'v', г: 'g', е: 'e', ё: 'yo', ж: 'zh', й: 'y', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ю: 'yu', я: 'ya', є: 'ye', ї: 'yi' },
  french: { ...common, в: 'v', г: 'g', е: 'e', ё: 'io', ж: 'j', й: 'ï', у: 'ou', х: 'kh', ц: 'ts', ч: 'tch', ш: 'ch', щ: 'chtch', ю: 'iou', я: 'ia', є: 'ie', ї: 'ï' },
  icao: { ...common, в: 'v', г: 'g', е: 'e', ё: 'e', ж: 'zh', й: 'i', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: 'ie', ю: 'iu', я: 'ia', є: 'ie', ї: 'i' },
  ukrainian: { ...common, в: 'v', г: 'h', е: 'e', ё: 'io', ж: 'zh', и: 'y', й: 'i', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ю: 'iu', я: 'ia', є: 'ie', ї: 'i' },
};

const VOWELS = 'аеёиоуыэюяєіїь ъ';

/** Writes a Cyrillic name in one convention (with the usual rules for initial е, -ий and с between vowels). */
export function transliterate(text: string, convention: Convention): string {
  const table = tables[convention];
  const lower = text.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; i += 1) {
    const char = lower[i] as string;
    const before = i === 0 ? ' ' : (lower[i - 1] as string);
    const after = lower[i + 1] ?? ' ';
    let latin = table[char] ?? char;
    if (char === 'е' && VOWELS.includes(before)) latin = { german: 'je', english: 'ye', french: 'ie', icao: 'e', ukrainian: 'e' }[convention];
    if (char === 'є' && before === ' ' && convention === 'ukrainian') latin = 'ye';
    if (char === 'й' && 'иы'.includes(before) && (after === ' ' || after === undefined)) latin = { german: '', english: 'y', french: '', icao: 'i', ukrainian: 'i' }[convention];
    if (char === 'с' && (convention === 'german' || convention === 'french') && VOWELS.includes(before) && before !== ' ' && VOWELS.includes(after) && after !== ' ') latin = 'ss';
    if (char === 'г' && convention === 'french' && 'еиі'.includes(after)) latin = 'gu';
    out += latin;
  }
  const cased = out.replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
  return convention === 'icao' ? cased.toUpperCase() : cased;
}
