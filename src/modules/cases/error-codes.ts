import type { ErrorDefinition } from '../../platform/errors/codes.js';

// Error codes of the shared case file; documented in docs/errors/cases.md.

export const casesErrorCodes = {
  CASE_EXISTS: { status: 409, de: 'Für diese Person gibt es bereits eine Akte.', en: 'This person already has a case file.' },
  CASE_SECTION_UNKNOWN: { status: 400, de: 'Diesen Aktenbereich gibt es nicht.', en: 'This case file section does not exist.' },
  CASE_SECTION_EXISTS: { status: 409, de: 'Dieser Aktenbereich ist in der Akte schon angelegt.', en: 'This section already exists in the case file.' },
  CASE_SECTION_FORBIDDEN: { status: 403, de: 'Ihre Organisationseinheit darf diesen Aktenbereich nicht einsehen oder bearbeiten. Dafür braucht es eine Einwilligung, eine Rechtsgrundlage oder einen Notfallzugriff.', en: 'Your unit may not read or change this section. That needs consent, a legal basis or emergency access.' },
  CASE_NOT_A_MEMBER: { status: 403, de: 'Sie gehören dieser Organisationseinheit nicht an.', en: 'You are not a member of this unit.' },
  CASE_SETTINGS_INVALID: { status: 400, de: 'Die Einstellungen der Akte sind widersprüchlich (z. B. ein Bereich doppelt oder unbekannt).', en: 'The case file settings contradict each other (e.g. a section twice or unknown).' },
  DOCUMENT_TOO_LARGE: { status: 413, de: 'Das Dokument ist zu groß (höchstens 10 MB).', en: 'The document is too large (at most 10 MB).' },
  DOCUMENT_TYPE_NOT_ALLOWED: { status: 415, de: 'Dieser Dateityp ist nicht erlaubt. Erlaubt sind PDF, PNG, JPEG, TIFF, DOCX und ODT.', en: 'This file type is not allowed. Allowed are PDF, PNG, JPEG, TIFF, DOCX and ODT.' },
  DOCUMENT_TYPE_MISMATCH: { status: 415, de: 'Der Inhalt der Datei passt nicht zu ihrer Endung.', en: 'The content of the file does not match its extension.' },
  DOCUMENT_MISSING: { status: 400, de: 'Bitte eine Datei mitsenden (multipart/form-data, Feld „file“).', en: 'Please send a file (multipart/form-data, field "file").' },
  CASE_DATE_INVALID: { status: 400, de: 'Dieses Datum gibt es nicht.', en: 'This date does not exist.' },
  TASK_ASSIGNEE_INVALID: { status: 400, de: 'Eine Aufgabe braucht genau eine zuständige Stelle: eine Organisationseinheit oder eine Person.', en: 'A task needs exactly one assignee: a unit or a person.' },
  CONSENT_TEXT_UNKNOWN: { status: 400, de: 'Diesen Einwilligungstext gibt es nicht.', en: 'This consent text does not exist.' },
  GRANT_ALREADY_REVOKED: { status: 409, de: 'Diese Einwilligung oder Freigabe ist bereits widerrufen.', en: 'This consent or grant was already revoked.' },
  BREAK_GLASS_REASON_REQUIRED: { status: 400, de: 'Ein Notfallzugriff braucht eine Begründung (mindestens 10 Zeichen).', en: 'Emergency access needs a reason (at least 10 characters).' },
  REFERRAL_TRANSITION_INVALID: { status: 409, de: 'Die Weiterleitung ist nicht mehr in einem Zustand, der diesen Schritt erlaubt.', en: 'The referral is no longer in a state that allows this step.' },
  REFERRAL_SAME_UNIT: { status: 400, de: 'Eine Weiterleitung geht an eine andere Organisationseinheit.', en: 'A referral goes to another unit.' },
  REFERRAL_CONCERN_REQUIRED: { status: 400, de: 'Bitte das Anliegen angeben (aus dem Katalog oder als Text).', en: 'Please state the concern (from the catalogue or as text).' },
  REFERRAL_SHARING_NEEDS_BASIS: { status: 403, de: 'Die empfangende Einheit darf einen der geteilten Bereiche nicht einsehen. Bitte zuerst eine Einwilligung oder Rechtsgrundlage erfassen.', en: 'The receiving unit may not read one of the shared sections. Please record consent or a legal basis first.' },
  CONFERENCE_PARTICIPANT_INVALID: { status: 400, de: 'Eingeladen werden können nur Organisationseinheiten und Beratende von Partnerorganisationen.', en: 'Only units and counsellors of partner organisations can be invited.' },
  CASE_PERSON_MERGED: { status: 409, de: 'Dieser Datensatz wurde mit einer anderen Person zusammengeführt. Bitte legen Sie die Akte bei der zusammengeführten Person an.', en: 'This record was merged into another person. Please create the file for the merged person.' },
  CASE_CHECKLIST_EMPTY: { status: 400, de: 'Das Prozessmodell enthält keine Aufgaben, aus denen eine Checkliste werden könnte.', en: 'The process model contains no tasks to make a checklist of.' },
  CASE_CHECKLIST_RUNNING: { status: 409, de: 'Die Checkliste dieses Prozesses läuft in der Akte schon. Erst wenn alle ihre Aufgaben erledigt sind, kann sie neu gestartet werden.', en: 'The checklist of this process is already running on the case file. It can be started again once all its tasks are done.' },
  CASE_CHECKLIST_ASSIGNEE_REQUIRED: { status: 400, de: 'Dieser Bereich hat keine zuständige Organisationseinheit. Bitte wählen Sie, wer die Aufgaben der Checkliste übernimmt.', en: 'This section has no owning unit. Please choose who takes the tasks of the checklist.' },
  CONFERENCE_ENDED: { status: 409, de: 'Diese Fallkonferenz ist beendet.', en: 'This case conference has ended.' },
} as const satisfies Record<string, ErrorDefinition>;
