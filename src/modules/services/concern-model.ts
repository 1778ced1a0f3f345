import { Type, type Static } from 'typebox';
import { AppError } from '../../platform/errors/index.js';
import { CONTENT_LANGUAGES, isContentLanguage } from './languages.js';

// What a concern (Anliegen) is, as the API and the import file see it, and
// the rules a concern must keep. The rules live here, not in the handlers, so
// editing in the web app, importing a file and seeding the demo all obey them.

export const channels = ['online_booking', 'walk_in', 'emergency'] as const;
export type Channel = (typeof channels)[number];

const Line = Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' });

export const LocalizedConcernText = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 300, pattern: '\\S' }),
    description: Type.String({ maxLength: 4000 }),
    prerequisites: Type.Optional(Type.Array(Line, { maxItems: 30 })),
    documents: Type.Optional(Type.Array(Line, { maxItems: 40 })),
    fees: Type.Optional(Type.String({ maxLength: 500 })),
    /** How to come: opening hours of the walk-in desk, the emergency number, … */
    accessNote: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);
export type LocalizedConcernText = Static<typeof LocalizedConcernText>;

export const ConcernForm = Type.Object(
  { title: Type.String({ minLength: 1, maxLength: 300, pattern: '\\S' }), url: Type.String({ maxLength: 2000, pattern: '^https?://\\S+$' }) },
  { additionalProperties: false },
);

/** The fields every concern has, shared by the edit form and the import file. */
const commonFields = {
  /** Validated by the domain (LEIKA_KEY_INVALID), so the answer names the rule. */
  leikaKey: Type.Union([Type.String({ maxLength: 40 }), Type.Null()]),
  channel: Type.Enum(channels),
  durationMinutes: Type.Union([Type.Integer({ minimum: 1, maximum: 600 }), Type.Null()]),
  forms: Type.Array(ConcernForm, { maxItems: 20 }),
  active: Type.Boolean(),
  texts: Type.Record(Type.String({ maxLength: 20 }), LocalizedConcernText, { description: `Texts per language; "de" is required. Languages: ${CONTENT_LANGUAGES.join(', ')}` }),
};

export const ConcernInput = Type.Object(
  {
    ...commonFields,
    responsibleUnitId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
    locationIds: Type.Array(Type.String({ format: 'uuid' }), { maxItems: 50 }),
  },
  { additionalProperties: false },
);
export type ConcernInput = Static<typeof ConcernInput>;

/** One concern in the export/import file: units and locations by name, so a file moves between districts. */
export const ConcernTransfer = Type.Object(
  {
    id: Type.Optional(Type.String({ format: 'uuid' })),
    ...commonFields,
    responsibleUnit: Type.Union([Type.String({ minLength: 1, maxLength: 200 }), Type.Null()]),
    locations: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 50 }),
  },
  { additionalProperties: false },
);
export type ConcernTransfer = Static<typeof ConcernTransfer>;

export interface NormalisedTexts {
  [language: string]: Required<LocalizedConcernText>;
}

export const LEIKA_KEY = /^[0-9]{14}$/;

/** Empty means "no key"; anything else must be 14 digits (spaces, as printed in the catalogue, are ignored). */
export function normaliseLeikaKey(raw: string | null): string | null {
  if (raw === null) return null;
  const compact = raw.replace(/\s+/g, '');
  if (compact === '') return null;
  if (!LEIKA_KEY.test(compact)) throw new AppError('LEIKA_KEY_INVALID', raw, { leikaKey: raw });
  return compact;
}

const cleanLines = (lines: string[] | undefined) => (lines ?? []).map((line) => line.trim()).filter((line) => line !== '');

/** Checks the languages and the German text, trims, and fills the optional parts. */
export function normaliseTexts(texts: Record<string, LocalizedConcernText>): NormalisedTexts {
  const unsupported = Object.keys(texts).filter((language) => !isContentLanguage(language));
  if (unsupported.length > 0) throw new AppError('CONCERN_LANGUAGE_UNSUPPORTED', unsupported.join(', '), { languages: unsupported, supported: [...CONTENT_LANGUAGES] });
  const german = texts.de;
  if (!german || german.title.trim() === '' || german.description.trim() === '') throw new AppError('CONCERN_GERMAN_TEXT_REQUIRED');
  const result: NormalisedTexts = {};
  // Stored in the fixed language order, so exports are stable and diffable.
  for (const language of CONTENT_LANGUAGES) {
    const text = texts[language];
    if (!text) continue;
    result[language] = {
      title: text.title.trim(),
      description: text.description.trim(),
      prerequisites: cleanLines(text.prerequisites),
      documents: cleanLines(text.documents),
      fees: (text.fees ?? '').trim(),
      accessNote: (text.accessNote ?? '').trim(),
    };
  }
  return result;
}
