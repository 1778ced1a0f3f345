import type { ErrorDefinition } from '../../platform/errors/codes.js';

// Error codes of the entrance zone (documented in docs/errors/intake.md).
export const intakeErrorCodes = {
  INTAKE_KIOSK_RATE_LIMITED: { status: 429, de: 'An diesem Gerät wurden gerade sehr viele Wartenummern gezogen. Bitte kurz warten oder am Empfang melden.', en: 'Very many tickets were just drawn at this device. Please wait a moment or ask at the front desk.' },
  INTAKE_UNKNOWN_LOCATION: { status: 400, de: 'Diesen Standort gibt es nicht.', en: 'This location does not exist.' },
  INTAKE_UNKNOWN_CONCERN: { status: 400, de: 'Dieses Anliegen gibt es nicht im Katalog.', en: 'This concern is not in the catalogue.' },
  INTAKE_UNKNOWN_UNIT: { status: 400, de: 'Diese Organisationseinheit gibt es nicht oder sie ist nicht aktiv.', en: 'This unit does not exist or is not active.' },
  INTAKE_UNKNOWN_PERSON: { status: 400, de: 'Diese Person gibt es nicht im Register.', en: 'This person is not in the register.' },
  INTAKE_CONCERN_WITHOUT_UNIT: { status: 400, de: 'Für dieses Anliegen ist keine Organisationseinheit zuständig. Bitte die Nummer direkt an eine Einheit weiterleiten.', en: 'No unit is responsible for this concern. Please forward the ticket to a unit directly.' },
  INTAKE_SCHEDULE_MISMATCH: { status: 400, de: 'Nur Termin-Nummern haben eine Terminzeit, und jede Termin-Nummer braucht eine.', en: 'Only appointment tickets have a scheduled time, and every appointment ticket needs one.' },
  INTAKE_TICKET_NOT_WAITING: { status: 409, de: 'Diese Nummer wartet nicht mehr (schon aufgerufen oder erledigt).', en: 'This ticket is no longer waiting (already called or finished).' },
  INTAKE_TICKET_NOT_CALLED: { status: 409, de: 'Diese Nummer ist gerade nicht aufgerufen.', en: 'This ticket is not called at the moment.' },
  INTAKE_SAME_UNIT: { status: 409, de: 'Die Nummer wartet bereits bei dieser Organisationseinheit.', en: 'The ticket is already waiting for this unit.' },
  INTAKE_BOOKING_NOT_CONFIRMED: { status: 409, de: 'Dieser Termin ist nicht bestätigt (oder wurde abgesagt) und kann nicht eingecheckt werden.', en: 'This booking is not confirmed (or was cancelled) and cannot be checked in.' },
  INTAKE_BOOKING_NOT_TODAY: { status: 409, de: 'Dieser Termin ist nicht heute.', en: 'This booking is not for today.' },
  INTAKE_NOT_IN_UNIT: { status: 403, de: 'Sie gehören nicht zu dieser Organisationseinheit und können ihre Nummern nicht aufrufen.', en: 'You are not a member of this unit and cannot call its tickets.' },
} as const satisfies Record<string, ErrorDefinition>;
