import { Type } from 'typebox';
import { birthDatePrecisions } from './birth-date.js';
import { identifierKinds } from './reference.js';
import { nameKinds, sexes } from './store.js';

// Request and response shapes of the person register's routes.

export const READ_ROLES = ['case_worker', 'unit_lead', 'intake'] as const;
export const WRITE_ROLES = READ_ROLES;
export const MERGE_ROLES = ['case_worker', 'unit_lead'] as const;

export const purposes = { case_work: 'Fallbearbeitung', intake: 'Erstkontakt im Eingangsbereich', duplicate_check: 'Dublettenprüfung', merge_review: 'Prüfung einer Zusammenführung' } as const;
export type Purpose = keyof typeof purposes;
export const PurposeParam = Type.Optional(Type.Enum(Object.keys(purposes) as Purpose[], { description: 'Why the data is read; recorded in the audit log' }));

const Text = (max: number) => Type.String({ maxLength: max });
const NamePart = Type.String({ maxLength: 200 });
export const Sex = Type.Enum([...sexes]);
export const Precision = Type.Enum([...birthDatePrecisions]);
export const IdentifierKind = Type.Enum([...identifierKinds]);
const Countries = Type.Array(Type.String({ minLength: 1, maxLength: 3 }), { maxItems: 10 });
const Languages = Type.Array(Type.String({ minLength: 2, maxLength: 20 }), { maxItems: 20 });

export const NameBody = Type.Object({
  familyName: NamePart,
  givenNames: Type.Optional(NamePart),
  kind: Type.Enum([...nameKinds]),
  source: Type.Optional(Text(100)),
}, { additionalProperties: false });

export const IdentifierBody = Type.Object({
  kind: IdentifierKind,
  value: Type.String({ minLength: 1, maxLength: 60 }),
  issuingCountry: Type.Optional(Type.String({ minLength: 1, maxLength: 3 })),
}, { additionalProperties: false });

const coreFields = {
  sex: Type.Optional(Sex),
  birthDate: Type.Optional(Type.Union([Type.String({ maxLength: 10 }), Type.Null()], { description: 'YYYY-MM-DD, YYYY-MM, YYYY, DD.MM.YYYY, MM.YYYY; 00 for an unknown day or month' })),
  birthDatePrecision: Type.Optional(Precision),
  birthPlace: Type.Optional(Text(200)),
  birthCountry: Type.Optional(Type.Union([Type.String({ maxLength: 3 }), Type.Null()])),
  nationalities: Type.Optional(Countries),
  languages: Type.Optional(Languages),
  phone: Type.Optional(Text(50)),
  email: Type.Optional(Text(254)),
  address: Type.Optional(Text(500)),
};

export const PersonBody = Type.Object({
  familyName: NamePart,
  givenNames: Type.Optional(NamePart),
  names: Type.Optional(Type.Array(NameBody, { maxItems: 20 })),
  identifiers: Type.Optional(Type.Array(IdentifierBody, { maxItems: 20 })),
  ...coreFields,
}, { additionalProperties: false });

export const CreateBody = Type.Object({
  ...PersonBody.properties,
  confirmNoDuplicate: Type.Optional(Type.Boolean({ description: 'Create even though similar people exist (after looking at them)' })),
  purpose: PurposeParam,
}, { additionalProperties: false });

export const PatchBody = Type.Object({
  version: Type.Integer({ minimum: 1, description: 'The version read; a changed record answers 409 CONFLICT' }),
  familyName: Type.Optional(NamePart),
  givenNames: Type.Optional(NamePart),
  ...coreFields,
}, { additionalProperties: false, minProperties: 2 });

export const RelationBody = Type.Object({
  relatedPersonId: Type.String({ format: 'uuid' }),
  relation: Type.Enum(['spouse', 'child', 'parent'], { description: 'What the related person is to this one' }),
}, { additionalProperties: false });

export const MergeBody = Type.Object({
  otherId: Type.String({ format: 'uuid', description: 'The record that is merged into this one' }),
  reason: Type.String({ minLength: 3, maxLength: 1000, pattern: '\\S' }),
}, { additionalProperties: false });

export const SplitBody = Type.Object({ reason: Type.String({ minLength: 3, maxLength: 1000, pattern: '\\S' }) }, { additionalProperties: false });

export const BirthDateOut = Type.Union([Type.Null(), Type.Object({ date: Type.String(), precision: Type.String() })]);

export const Reason = Type.Object({
  code: Type.String({ description: 'SAME_IDENTIFIER, SAME_NAME, NAME_VARIANT, NAME_ORIGINAL_SCRIPT, KNOWN_ALIAS, NAME_SIMILAR, NAME_ORDER_SWAPPED, NAME_WRITTEN_TOGETHER, NAME_PARTIAL, SAME_BIRTH_DATE, SAME_BIRTH_DATE_WEAK, SAME_BIRTH_YEAR, BIRTH_DAY_MONTH_SWAPPED, DIFFERENT_BIRTH_DATE, VIA_MERGED_RECORD' }),
  name: Type.Optional(Type.String()),
  kind: Type.Optional(Type.String()),
});

export const Hit = Type.Object({
  id: Type.String(),
  familyName: Type.String(),
  givenNames: Type.String(),
  sex: Type.String(),
  birthDate: BirthDateOut,
  nationalities: Type.Array(Type.String()),
  score: Type.Number(),
  reasons: Type.Array(Reason),
});

export const SearchResult = Type.Object({ items: Type.Array(Hit) });

const Core = {
  id: Type.String(),
  familyName: Type.String(),
  givenNames: Type.String(),
  sex: Type.String(),
  birthDate: BirthDateOut,
  birthPlace: Type.String(),
  birthCountry: Type.Union([Type.String(), Type.Null()]),
  nationalities: Type.Array(Type.String()),
  languages: Type.Array(Type.String()),
  contact: Type.Object({ phone: Type.String(), email: Type.String(), address: Type.String() }),
  version: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
};

export const PersonOut = Type.Object({
  ...Core,
  mergedInto: Type.Union([Type.String(), Type.Null()], { description: 'Set when the requested record was merged; the rest describes the record it was merged into' }),
  names: Type.Array(Type.Object({ id: Type.String(), recordId: Type.String(), kind: Type.String(), script: Type.String(), familyName: Type.String(), givenNames: Type.String(), source: Type.String() })),
  identifiers: Type.Array(Type.Object({ id: Type.String(), recordId: Type.String(), kind: Type.String(), value: Type.String(), issuingCountry: Type.Union([Type.String(), Type.Null()]) })),
  household: Type.Array(Type.Object({ personId: Type.String(), relation: Type.String(), relationId: Type.Optional(Type.String()), familyName: Type.String(), givenNames: Type.String(), birthDate: BirthDateOut })),
  records: Type.Array(Type.Object({ id: Type.String(), familyName: Type.String(), givenNames: Type.String(), birthDate: BirthDateOut, mergedInto: Type.String() })),
  merges: Type.Array(Type.Object({
    id: Type.String(), survivorId: Type.String(), mergedId: Type.String(), reason: Type.String(), mergedBy: Type.String(), mergedAt: Type.String(),
    splitAt: Type.Union([Type.String(), Type.Null()]), splitBy: Type.Union([Type.String(), Type.Null()]), splitReason: Type.Union([Type.String(), Type.Null()]),
  })),
  history: Type.Array(Type.Object({ at: Type.String(), actor: Type.String(), action: Type.String(), recordId: Type.String(), details: Type.Record(Type.String(), Type.Unknown()) })),
});

export const Created = Type.Object({ id: Type.String(), version: Type.Integer() });
export const MergeOut = Type.Object({ id: Type.String(), survivorId: Type.String(), mergedId: Type.String() });
