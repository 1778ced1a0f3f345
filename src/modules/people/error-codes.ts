import type { ErrorDefinition } from '../../platform/errors/codes.js';

// Error codes of the person register; documented in docs/errors/people.md.

export const peopleErrorCodes = {
  PERSON_NAME_REQUIRED: { status: 400, de: 'Bitte einen Familiennamen oder Vornamen angeben, der mindestens einen Buchstaben enthält.', en: 'Please give a family or given name with at least one letter.' },
  PERSON_BIRTH_DATE_INVALID: { status: 400, de: 'Dieses Geburtsdatum gibt es nicht oder es liegt in der Zukunft. Erlaubt: TT.MM.JJJJ, MM.JJJJ, JJJJ oder JJJJ-MM-TT.', en: 'This birth date does not exist or lies in the future. Allowed: YYYY-MM-DD, YYYY-MM, YYYY or DD.MM.YYYY.' },
  PERSON_COUNTRY_UNKNOWN: { status: 400, de: 'Unbekannter Staat. Bitte einen ISO-3166-Code angeben (z. B. SY oder SYR, staatenlos: XXA).', en: 'Unknown country. Please give an ISO 3166 code (e.g. SY or SYR, stateless: XXA).' },
  PERSON_LANGUAGE_UNKNOWN: { status: 400, de: 'Unbekannte Sprache. Bitte einen Sprachcode angeben (z. B. ar, fa, prs, ti).', en: 'Unknown language. Please give a language code (e.g. ar, fa, prs, ti).' },
  PERSON_IDENTIFIER_INVALID: { status: 400, de: 'Diese Nummer hat nicht das erwartete Format (AZR-Nummer: 12 Ziffern; BAMF-Aktenzeichen: 7 oder 8 Ziffern, Bindestrich, 3 Ziffern; Pass: 5 bis 20 Buchstaben oder Ziffern).', en: 'This number does not have the expected format (AZR number: 12 digits; BAMF file number: 7 or 8 digits, hyphen, 3 digits; passport: 5 to 20 letters or digits).' },
  PERSON_POSSIBLE_DUPLICATE: { status: 409, de: 'Es gibt bereits ähnliche Personen. Bitte prüfen, ob die Person schon erfasst ist; wenn nicht, das Anlegen ausdrücklich bestätigen.', en: 'Similar people are already registered. Please check whether this person exists; if not, confirm the creation explicitly.' },
  PERSON_MERGED: { status: 409, de: 'Dieser Datensatz wurde mit einem anderen zusammengeführt. Bitte dort weiterarbeiten.', en: 'This record was merged into another. Please continue there.' },
  PERSON_MERGE_INVALID: { status: 409, de: 'Diese beiden Datensätze können nicht zusammengeführt werden (derselbe Datensatz oder schon zusammengeführt).', en: 'These two records cannot be merged (the same record, or already merged).' },
  PERSON_MERGE_ALREADY_SPLIT: { status: 409, de: 'Diese Zusammenführung wurde bereits wieder getrennt.', en: 'This merge has already been split.' },
  PERSON_RELATION_INVALID: { status: 400, de: 'Diese Verbindung ist nicht möglich (eine Person mit sich selbst oder die Verbindung gibt es schon).', en: 'This link is not possible (a person with themselves, or the link exists already).' },
  PERSON_PRIMARY_NAME_FIXED: { status: 409, de: 'Der Hauptname kann nicht entfernt werden; bitte stattdessen ändern.', en: 'The primary name cannot be removed; please change it instead.' },
  PERSON_SEARCH_EMPTY: { status: 400, de: 'Bitte einen Namen, ein Geburtsdatum oder eine Nummer eingeben.', en: 'Please enter a name, a birth date or a number.' },
} as const satisfies Record<string, ErrorDefinition>;
