import type { ErrorDefinition } from '../../platform/errors/codes.js';

// Error codes of the knowledge base and onboarding (documented in docs/errors/knowledge.md).
export const knowledgeErrorCodes = {
  KNOWLEDGE_VALIDITY_OVERLAP: { status: 409, de: 'Der Gültigkeitszeitraum überschneidet sich mit einer veröffentlichten Fassung dieses Artikels. Bitte „gilt ab“/„gilt bis“ anpassen oder die ersetzte Fassung angeben.', en: 'The validity period overlaps a published version of this article. Please adjust "valid from"/"valid until" or name the version it replaces.' },
  KNOWLEDGE_VALIDITY_INVALID: { status: 400, de: '„Gilt bis“ darf nicht vor „gilt ab“ liegen.', en: '"Valid until" must not be before "valid from".' },
  KNOWLEDGE_DATE_INVALID: { status: 400, de: 'Das Datum ist ungültig. Bitte im Format JJJJ-MM-TT angeben.', en: 'The date is invalid. Please use the format YYYY-MM-DD.' },
  KNOWLEDGE_WRONG_STATUS: { status: 409, de: 'Dieser Schritt passt nicht zum Stand der Fassung (Entwurf → Prüfung → veröffentlicht). Bitte neu laden.', en: 'This step does not match the state of the version (draft → review → published). Please reload.' },
  KNOWLEDGE_REPLACED_VERSION_INVALID: { status: 400, de: 'Die zu ersetzende Fassung gehört nicht zu diesem Artikel oder ist nicht veröffentlicht.', en: 'The version to replace does not belong to this article or is not published.' },
  KNOWLEDGE_UNKNOWN_REFERENCE: { status: 400, de: 'Ein verknüpftes Anliegen, ein Prozess, eine Organisationseinheit oder eine Person gibt es nicht.', en: 'A linked concern, process, unit or staff member does not exist.' },
  ONBOARDING_STEP_UNKNOWN: { status: 400, de: 'Diesen Schritt gibt es in diesem Einarbeitungspfad nicht.', en: 'This step does not exist in this onboarding path.' },
  ONBOARDING_NOT_ASSIGNED: { status: 409, de: 'Dieser Einarbeitungspfad ist Ihnen nicht zugewiesen.', en: 'This onboarding path is not assigned to you.' },
  ONBOARDING_NOTHING_TO_CONFIRM: { status: 409, de: 'Zu diesem Artikel gibt es heute keine gültige veröffentlichte Fassung, die bestätigt werden könnte.', en: 'There is no published version of this article valid today that could be confirmed.' },
  ONBOARDING_STAFF_OUTSIDE_UNITS: { status: 403, de: 'Sie können nur Mitarbeitende Ihrer eigenen Organisationseinheiten einarbeiten.', en: 'You can only onboard staff of your own units.' },
} as const satisfies Record<string, ErrorDefinition>;
