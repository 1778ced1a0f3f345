import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Value } from 'typebox/value';
import { mailLanguage, mailLanguages, textsFor } from '../../src/modules/appointments/mail-texts.js';
import { Language } from '../../src/modules/appointments/schemas.js';
import { CONTENT_LANGUAGES } from '../../src/modules/services/index.js';

// Every mail in every language of the public pages: each text present, each
// one filled in (name, title, place, code, link), none left in German.

const appointment = {
  name: 'Name Person', concernTitle: 'Titel des Anliegens', locationName: 'Bürgerbüro Nord', locationAddress: 'Markt 1, 06618 Musterstadt',
  startsAt: new Date('2030-03-04T07:30:00Z'), endsAt: new Date('2030-03-04T08:00:00Z'), timeZone: 'Europe/Berlin',
};
const link = 'https://lotse.example/termin/bestaetigen?token=abc';

/** Every text of one language, written out with the sample appointment. */
function written(language: string): Record<string, string> {
  const texts = textsFor(language);
  return {
    holdSubject: texts.holdSubject,
    hold: texts.hold(appointment, '123456', link, 10),
    confirmedSubject: texts.confirmedSubject,
    confirmed: texts.confirmed(appointment, link),
    reminderSubject: texts.reminderSubject,
    reminder: texts.reminder(appointment, link),
    drawSubject: texts.drawSubject,
    draw: texts.draw(appointment.name, link),
    cancelledSubject: texts.cancelledSubject,
    cancelled: texts.cancelled(appointment),
  };
}

describe('booking mail texts', () => {
  it('covers every language of the public pages, and the booking API accepts each', () => {
    assert.deepEqual([...mailLanguages].sort(), [...CONTENT_LANGUAGES].sort());
    for (const language of mailLanguages) {
      assert.equal(mailLanguage(language), language);
      assert.ok(Value.Check(Language, language), `the API takes "${language}"`);
    }
    assert.equal(mailLanguage('uk-UA'), 'uk');
    assert.equal(mailLanguage('pl'), 'de');
  });

  it('has every text in every language, none empty, none a copy of the German', () => {
    const german = textsFor('de');
    const keys = Object.keys(german).sort();
    const germanWritten = written('de');
    assert.deepEqual(Object.keys(germanWritten).sort(), keys, 'the test writes out every text');
    for (const language of mailLanguages) {
      const texts = textsFor(language);
      assert.deepEqual(Object.keys(texts).sort(), keys, `${language}: same texts as German`);
      for (const key of keys) {
        const value = texts[key as keyof typeof texts];
        const reference = german[key as keyof typeof german];
        assert.equal(typeof value, typeof reference, `${language}.${key}`);
        if (typeof value === 'function') assert.equal(value.length, (reference as (...args: never[]) => string).length, `${language}.${key} takes the same arguments`);
      }
      for (const [key, text] of Object.entries(written(language))) {
        assert.ok(text.trim().length > 10, `${language}.${key} is not empty`);
        assert.doesNotMatch(text, /undefined|NaN|\[object/, `${language}.${key}`);
        // Plain German may share a subject with German; everything else must differ.
        if (language !== 'de' && !(language === 'de-x-ls' && key.endsWith('Subject'))) assert.notEqual(text, germanWritten[key], `${language}.${key} is translated`);
      }
    }
  });

  it('fills in the name, the title, the place, the code and the links', () => {
    for (const language of mailLanguages) {
      const texts = written(language);
      for (const key of ['hold', 'confirmed', 'reminder', 'draw', 'cancelled']) assert.ok(texts[key]?.includes(appointment.name), `${language}.${key} greets by name`);
      for (const key of ['hold', 'confirmed', 'reminder', 'cancelled']) assert.ok(texts[key]?.includes(appointment.concernTitle), `${language}.${key} names the concern`);
      for (const key of ['hold', 'confirmed', 'reminder']) assert.ok(texts[key]?.includes(appointment.locationName), `${language}.${key} names the place`);
      for (const key of ['confirmed', 'reminder']) assert.ok(texts[key]?.includes(appointment.locationAddress), `${language}.${key} gives the address`);
      for (const key of ['hold', 'confirmed', 'reminder', 'draw']) assert.ok(texts[key]?.includes(link), `${language}.${key} has the link`);
      // The code stands alone at the end of its line, where the page and the tests look for it.
      assert.match(texts.hold ?? '', /:\s*123456\s*$/m, `${language}: the code`);
    }
  });

  it('says the hold time with the noun in the form the number asks for', () => {
    const hold = (language: string, minutes: number) => textsFor(language).hold(appointment, '123456', link, minutes);
    assert.match(hold('uk', 1), /1 хвилину\./);
    assert.match(hold('uk', 3), /3 хвилини\./);
    assert.match(hold('uk', 10), /10 хвилин\./);
    assert.match(hold('ru', 21), /21 минуту\./);
    assert.match(hold('ru', 15), /15 минут\./);
    assert.match(hold('de-x-ls', 1), /1 Minute für Sie frei/);
    assert.match(hold('fa', 10), /۱۰ دقیقه/);
  });
});
