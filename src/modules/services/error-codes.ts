// Error codes of the concern catalogue and the Anliegen-Finder (documented in docs/errors/services.md).
export const servicesErrorCodes = {
  LEIKA_KEY_INVALID: { status: 400, de: 'Der LeiKa-Schlüssel muss aus genau 14 Ziffern bestehen.', en: 'The LeiKa key must consist of exactly 14 digits.' },
  CONCERN_LANGUAGE_UNSUPPORTED: { status: 400, de: 'Texte in dieser Sprache werden nicht unterstützt.', en: 'Texts in this language are not supported.' },
  CONCERN_GERMAN_TEXT_REQUIRED: { status: 400, de: 'Titel und Beschreibung auf Deutsch sind Pflicht.', en: 'A German title and description are required.' },
  UNKNOWN_LOCATION: { status: 400, de: 'Einer der gewählten Standorte existiert nicht.', en: 'One of the selected locations does not exist.' },
  LOCATION_NAME_TAKEN: { status: 409, de: 'Es gibt bereits einen Standort mit diesem Namen.', en: 'A location with this name already exists.' },
  CATALOGUE_IMPORT_INVALID: { status: 400, de: 'Die Importdatei ist fehlerhaft. Es wurde nichts übernommen.', en: 'The import file is invalid. Nothing was imported.' },
  FINDER_TREE_INVALID: { status: 400, de: 'Der Entscheidungsbaum ist fehlerhaft und wurde nicht gespeichert.', en: 'The decision tree is invalid and was not saved.' },
  FINDER_PATH_INVALID: { status: 400, de: 'Diese Antwortfolge passt nicht zu den Fragen. Bitte beginnen Sie neu.', en: 'These answers do not fit the questions. Please start again.' },
  FINDER_NOT_SET_UP: { status: 404, de: 'Der Anliegen-Finder ist hier noch nicht eingerichtet.', en: 'The concern finder is not set up here yet.' },
  PUBLIC_RATE_LIMITED: { status: 429, de: 'Zu viele Anfragen von Ihrer Adresse. Bitte warten Sie kurz.', en: 'Too many requests from your address. Please wait a moment.' },
} as const;
