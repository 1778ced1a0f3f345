// The catalogue of every error code Lotse can answer with. Codes are stable:
// clients and operators match on them. Each has an HTTP status and a message
// a person can act on, in German and English. The foundation's codes are
// here; each later module keeps its own in src/modules/<module>/error-codes.ts
// (plain data, spread in below). docs/errors.md and docs/errors/*.md list
// them all (a test keeps docs and code in step).
import { appointmentsErrorCodes } from '../../modules/appointments/error-codes.js';
import { casesErrorCodes } from '../../modules/cases/error-codes.js';
import { intakeErrorCodes } from '../../modules/intake/error-codes.js';
import { peopleErrorCodes } from '../../modules/people/error-codes.js';
import { knowledgeErrorCodes } from '../../modules/knowledge/error-codes.js';
import { processesErrorCodes } from '../../modules/processes/error-codes.js';
import { servicesErrorCodes } from '../../modules/services/error-codes.js';

export interface ErrorDefinition {
  readonly status: number;
  readonly de: string;
  readonly en: string;
}

const foundationCodes = {
  // Requests
  NOT_FOUND: { status: 404, de: 'Nicht gefunden.', en: 'Not found.' },
  ROUTE_NOT_FOUND: { status: 404, de: 'Diese Adresse gibt es nicht.', en: 'This address does not exist.' },
  VALIDATION_FAILED: { status: 400, de: 'Die Eingabe ist unvollständig oder ungültig.', en: 'The input is incomplete or invalid.' },
  MALFORMED_JSON: { status: 400, de: 'Die Anfrage enthält kein gültiges JSON.', en: 'The request body is not valid JSON.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, de: 'Dieses Datenformat wird nicht unterstützt. Bitte JSON senden.', en: 'This content type is not supported. Please send JSON.' },
  BODY_TOO_LARGE: { status: 413, de: 'Die Anfrage ist zu groß.', en: 'The request is too large.' },
  METHOD_NOT_ALLOWED: { status: 405, de: 'Diese Methode ist hier nicht erlaubt.', en: 'This method is not allowed here.' },
  CONFLICT: { status: 409, de: 'Der Eintrag wurde inzwischen geändert. Bitte neu laden.', en: 'The entry was changed meanwhile. Please reload.' },
  INTERNAL_ERROR: { status: 500, de: 'Ein unerwarteter Fehler ist aufgetreten. Bitte später erneut versuchen.', en: 'An unexpected error occurred. Please try again later.' },
  DATABASE_UNAVAILABLE: { status: 503, de: 'Die Datenbank ist gerade nicht erreichbar. Bitte in einigen Sekunden erneut versuchen.', en: 'The database is not reachable right now. Please try again in a few seconds.' },

  // Authentication and sessions
  AUTH_REQUIRED: { status: 401, de: 'Bitte melden Sie sich an.', en: 'Please log in.' },
  AUTH_INVALID_CREDENTIALS: { status: 401, de: 'E-Mail-Adresse oder Passwort ist falsch.', en: 'E-mail address or password is wrong.' },
  AUTH_INVALID_CODE: { status: 401, de: 'Der Sicherheitscode ist falsch oder abgelaufen.', en: 'The security code is wrong or has expired.' },
  AUTH_RATE_LIMITED: { status: 429, de: 'Zu viele Anmeldeversuche. Bitte warten Sie, bevor Sie es erneut versuchen.', en: 'Too many login attempts. Please wait before trying again.' },
  AUTH_ACCOUNT_DISABLED: { status: 403, de: 'Dieses Konto ist deaktiviert. Bitte wenden Sie sich an die Administration.', en: 'This account is disabled. Please contact your administrator.' },
  AUTH_SECOND_FACTOR_REQUIRED: { status: 403, de: 'Bitte schließen Sie zuerst die Anmeldung mit dem zweiten Faktor ab.', en: 'Please complete the login with your second factor first.' },
  AUTH_WRONG_STAGE: { status: 409, de: 'Dieser Schritt passt nicht zum Stand Ihrer Anmeldung. Bitte neu anmelden.', en: 'This step does not match the state of your login. Please log in again.' },
  CSRF_TOKEN_INVALID: { status: 403, de: 'Die Sicherheitsprüfung der Anfrage ist fehlgeschlagen. Bitte Seite neu laden.', en: 'The request failed its security check. Please reload the page.' },
  FORBIDDEN: { status: 403, de: 'Dafür fehlt Ihnen die Berechtigung.', en: 'You do not have permission for this.' },
  OIDC_NOT_CONFIGURED: { status: 404, de: 'Die Anmeldung über den Dienst-Login ist nicht eingerichtet.', en: 'Login through the identity provider is not set up.' },
  OIDC_LOGIN_FAILED: { status: 401, de: 'Die Anmeldung über den Dienst-Login ist fehlgeschlagen. Bitte erneut versuchen.', en: 'Login through the identity provider failed. Please try again.' },
  OIDC_NO_ROLE: { status: 403, de: 'Ihr Dienst-Login gewährt keine Rolle in Lotse. Bitte wenden Sie sich an die Administration.', en: 'Your identity provider account grants no role in Lotse. Please contact your administrator.' },

  // Administration
  PASSWORD_TOO_SHORT: { status: 400, de: 'Das Passwort muss mindestens 12 Zeichen lang sein.', en: 'The password must be at least 12 characters long.' },
  PASSWORD_TOO_COMMON: { status: 400, de: 'Dieses Passwort ist zu leicht zu erraten. Bitte ein anderes wählen.', en: 'This password is too easy to guess. Please choose another.' },
  INVITATION_INVALID: { status: 404, de: 'Diese Einladung ist ungültig, abgelaufen oder wurde schon verwendet.', en: 'This invitation is invalid, has expired or was already used.' },
  STAFF_EMAIL_TAKEN: { status: 409, de: 'Es gibt bereits ein Konto mit dieser E-Mail-Adresse.', en: 'An account with this e-mail address already exists.' },
  UNIT_NAME_TAKEN: { status: 409, de: 'Es gibt bereits eine Organisationseinheit mit diesem Namen.', en: 'A unit with this name already exists.' },
  PARTNER_NAME_TAKEN: { status: 409, de: 'Es gibt bereits eine Partnerorganisation mit diesem Namen.', en: 'A partner organisation with this name already exists.' },
  UNKNOWN_UNIT: { status: 400, de: 'Eine der gewählten Organisationseinheiten gibt es nicht.', en: 'One of the selected units does not exist.' },
  UNKNOWN_PARTNER_ORGANISATION: { status: 400, de: 'Die gewählte Partnerorganisation gibt es nicht.', en: 'The selected partner organisation does not exist.' },
  PARTNER_ORGANISATION_INACTIVE: { status: 409, de: 'Die gewählte Partnerorganisation ist deaktiviert. Bitte aktivieren Sie sie zuerst oder wählen Sie eine andere.', en: 'The selected partner organisation is deactivated. Please activate it first or choose another one.' },
  PARTNER_ORGANISATION_REQUIRED: { status: 400, de: 'Beratende einer Partnerorganisation brauchen eine Partnerorganisation. Bitte wählen Sie sie aus.', en: 'A partner counsellor needs a partner organisation. Please choose one.' },
  PARTNER_ORGANISATION_NOT_ALLOWED: { status: 400, de: 'Nur Konten mit der Rolle „Beratung Partnerorganisation“ gehören zu einer Partnerorganisation. Bitte die Partnerorganisation entfernen oder die Rolle vergeben.', en: 'Only accounts with the role "partner counsellor" belong to a partner organisation. Please remove the organisation or grant the role.' },
  LAST_ADMIN: { status: 409, de: 'Die letzte aktive Administration kann nicht entfernt oder deaktiviert werden.', en: 'The last active administrator cannot be removed or disabled.' },
  CANNOT_DISABLE_SELF: { status: 409, de: 'Sie können Ihr eigenes Konto nicht deaktivieren.', en: 'You cannot disable your own account.' },
  TENANT_SLUG_TAKEN: { status: 409, de: 'Dieses Kürzel ist bereits vergeben.', en: 'This short name is already taken.' },
} as const satisfies Record<string, ErrorDefinition>;

export const errorCodes = {
  ...foundationCodes,
  // One line per module: ...<module>ErrorCodes,
  ...peopleErrorCodes,
  ...intakeErrorCodes,
  ...knowledgeErrorCodes,
  ...casesErrorCodes,
  ...servicesErrorCodes,
  ...processesErrorCodes,
  ...appointmentsErrorCodes,
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof errorCodes;
