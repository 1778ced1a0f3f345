import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { conventions, transliterate } from '../../../bench/people-search/conventions.js';
import { detectScript, editDistance, nameUnits, normalizeName, searchKeysOf, withinOneEdit } from './name-keys.js';

// Normalisation and transliteration have rules, so they get properties
// (fast-check) besides examples: whatever the input, the same name written
// differently must meet in at least one key, and cosmetic differences
// (case, spaces, Unicode composition) must not change anything.

const sharesKey = (a: string, b: string) => {
  const left = new Set(searchKeysOf(a));
  return searchKeysOf(b).some((key) => left.has(key));
};
/** Every part of one name meets the same part of the other. */
const partsMeet = (a: string, b: string) => {
  const left = nameUnits(a);
  const right = nameUnits(b);
  return left.length === right.length && left.every((unit, i) => unit.keys.some((key) => right[i]?.keys.includes(key)));
};

const latinWord = fc.stringMatching(/^[A-Z][a-zäöüéèçşğıñ]{1,11}$/);
const anyName = fc.array(fc.oneof(latinWord, fc.string({ minLength: 1, maxLength: 12 })), { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));
const cyrillicSyllable = fc.tuple(fc.constantFrom(...'бвгджзклмнпрстфхцчшщ'), fc.constantFrom(...'аеиоуыяюэ')).map(([c, v]) => c + v);
const cyrillicWord = fc.array(cyrillicSyllable, { minLength: 1, maxLength: 4 }).map((syllables) => {
  const word = syllables.join('');
  return word[0]?.toUpperCase() + word.slice(1);
});

describe('name normalisation', () => {
  it('is idempotent, yields NFC and drops bidi and control characters', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (value) => {
      const once = normalizeName(value);
      assert.equal(normalizeName(once), once);
      assert.equal(once, once.normalize('NFC'));
      assert.doesNotMatch(once, /[\u0000-\u001f\u202a-\u202e\u2066-\u2069\u200e\u200f]/);
      assert.equal(once, once.trim());
    }));
  });

  it('gives the same keys whatever the Unicode composition, case and spacing', () => {
    fc.assert(fc.property(anyName, (name) => {
      const keys = searchKeysOf(name).sort();
      assert.deepEqual(searchKeysOf(name.normalize('NFD')).sort(), keys);
      assert.deepEqual(searchKeysOf(`  ${name.toUpperCase().split(' ').join('   ')} `).sort(), searchKeysOf(name.toUpperCase()).sort());
    }));
  });

  it('pairs the same parts whatever the order of given and family name', () => {
    fc.assert(fc.property(latinWord, latinWord, (given, family) => {
      const pairs = (name: string) => searchKeysOf(name).filter((key) => key.includes('|')).sort();
      fc.pre(nameUnits(`${given} ${family}`).length === 2 && nameUnits(`${family} ${given}`).length === 2);
      assert.deepEqual(pairs(`${given} ${family}`), pairs(`${family} ${given}`));
    }));
  });

  it('adds the birth year to every key when it is known', () => {
    fc.assert(fc.property(anyName, fc.integer({ min: 1900, max: 2025 }), (name, year) => {
      const plain = searchKeysOf(name);
      const dated = searchKeysOf(name, year);
      assert.equal(dated.length, plain.length * 2);
      for (const key of plain) assert.ok(dated.includes(`${key}#${year}`));
    }));
  });
});

describe('transliteration', () => {
  it('matches a Cyrillic name to its German, English, French, ICAO and Ukrainian transliterations', () => {
    fc.assert(fc.property(cyrillicWord, cyrillicWord, fc.constantFrom(...conventions), (given, family, convention) => {
      const original = `${given} ${family}`;
      const latin = transliterate(original, convention);
      assert.ok(partsMeet(original, latin), `${original} / ${latin} (${convention})`);
    }), { numRuns: 300 });
  });

  it('matches every two conventions for Russian names with each other', () => {
    // (The Ukrainian system writes Г as h where Russian conventions write g; the search bridges that as a one-letter confusion.)
    const russian = conventions.filter((convention) => convention !== 'ukrainian');
    fc.assert(fc.property(cyrillicWord, fc.constantFrom(...russian), fc.constantFrom(...russian), (word, a, b) => {
      assert.ok(sharesKey(transliterate(word, a), transliterate(word, b)), `${transliterate(word, a)} / ${transliterate(word, b)}`);
    }), { numRuns: 300 });
  });

  it('matches Turkish names with and without their letters, and as German offices write them', () => {
    const syllable = fc.tuple(fc.constantFrom(...'bcçdfgğhklmnprsştvyz'), fc.constantFrom(...'aeıioöuü')).map(([c, v]) => c + v);
    const turkishWord = fc.array(syllable, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('')).filter((word) => (word.match(/[cçsş]/g) ?? []).length <= 2);
    fc.assert(fc.property(turkishWord, (word) => {
      const folded = word.replace(/ç/g, 'c').replace(/ş/g, 's').replace(/ğ/g, 'g').replace(/ı/g, 'i').replace(/ö/g, 'o').replace(/ü/g, 'u');
      const german = word.replace(/ç/g, 'tsch').replace(/ş/g, 'sch').replace(/ö/g, 'oe').replace(/ü/g, 'ue');
      assert.ok(sharesKey(word, folded), `${word} / ${folded}`);
      assert.ok(sharesKey(word, german), `${word} / ${german}`);
    }));
  });

  it('matches the spellings offices meet for one name', () => {
    const groups = [
      ['Mohammed Al-Hashimi', 'Muhammad Alhashimi', 'Mohamad El Hashemi', 'محمد الهاشمي', 'Mehmet Haschimi', 'Mohd Hashimi'],
      ['Abdul Karim', 'Abdulkarim', 'Abd al-Karim', 'Abdelkarim', 'عبد الكريم', 'عبدالكريم'],
      ['Abdurrahman', 'Abdul Rahman', 'Abderrahmane', 'Abdirahman', 'عبد الرحمن'],
      ['Abdullah', 'Abdallah', 'Abdulla', 'عبدالله'],
      ['Жуков', 'Schukow', 'Zhukov', 'Joukov', 'ZHUKOV'],
      ['Шевченко', 'Schewtschenko', 'Shevchenko', 'Chevtchenko'],
      ['Зайцев', 'Saizew', 'Zaytsev', 'Zaitsev'],
      ['Yusuf', 'Jussuf', 'Youssef', 'يوسف', 'Yousef'],
      ['Khalid', 'Chalid', 'Khaled', 'خالد', 'Xalid'],
      ['Şahin', 'Sahin', 'Schahin', 'Shahin'],
      ['Hossein', 'Hussain', 'Hüseyin', 'حسین', 'Husayn'],
      ['Ghebremedhin', 'Gebremedhin', 'ገብረመድህን', 'Gebre Medhin'],
      ['Weldemichael', 'Woldemichael', 'ወልደሚካኤል'],
      ['Osman', 'Othman', 'Uthman', 'عثمان'],
      ['Walid', 'Oualid', 'وليد'],
      ['Fatemeh', 'Fatima', 'فاطمة', 'Fatimah'],
      ['Oleh', 'Олег'],
      ['Aleksandr', 'Alexander', 'Oleksandr', 'Олександр'],
      ['Achmed', 'Ahmad', 'Ahmet', 'أحمد'],
      ['Ali Reza', 'Alireza', 'علیرضا'],
      ['Nur ad-Din', 'Nuruddin', 'Noureddine'],
      ['Cali', 'Ali'],
      ['Pejman', 'Peschman', 'پژمان'],
    ];
    for (const group of groups) {
      for (const other of group.slice(1)) assert.ok(sharesKey(group[0] as string, other), `${group[0]} / ${other}`);
    }
  });

  it('keeps different names apart', () => {
    for (const [a, b] of [['Ahmad', 'Mahmoud'], ['Karimi', 'Rahimi'], ['Olga', 'Irina'], ['Yusuf', 'Yunus'], ['Ivanova', 'Petrova']]) {
      assert.ok(!sharesKey(a as string, b as string), `${a} / ${b}`);
    }
  });

  it('recognises the script', () => {
    assert.equal(detectScript('محمد'), 'Arab');
    assert.equal(detectScript('Шевченко'), 'Cyrl');
    assert.equal(detectScript('ተስፋይ'), 'Ethi');
    assert.equal(detectScript('Müller'), 'Latn');
    assert.equal(detectScript('王'), 'Other');
  });
});

describe('edit distance', () => {
  it('withinOneEdit agrees with the full distance', () => {
    fc.assert(fc.property(fc.stringMatching(/^[BFVTSXKLMNRH]{0,7}$/), fc.stringMatching(/^[BFVTSXKLMNRH]{0,7}$/), (a, b) => {
      assert.equal(withinOneEdit(a, b), editDistance(a, b, 2) <= 1, `${a} / ${b}`);
    }), { numRuns: 2000 });
  });
});
