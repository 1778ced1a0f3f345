import type { ErrorDefinition } from '../../platform/errors/codes.js';

// Error codes of online booking; documented in docs/errors/appointments.md.
export const appointmentsErrorCodes = {
  APPOINTMENT_SLOT_TAKEN: { status: 409, de: 'Dieser Termin ist gerade vergeben worden. Bitte wählen Sie einen anderen.', en: 'This slot was just taken. Please choose another one.' },
  APPOINTMENT_SLOT_UNAVAILABLE: { status: 409, de: 'Dieser Termin ist nicht (mehr) frei buchbar.', en: 'This slot is not (or no longer) open for booking.' },
  APPOINTMENT_OUTSIDE_WINDOW: { status: 400, de: 'Dieser Termin liegt außerhalb des Buchungszeitraums.', en: 'This slot is outside the booking window.' },
  APPOINTMENT_HOLD_EXPIRED: { status: 409, de: 'Die Reservierung ist abgelaufen. Bitte wählen Sie den Termin erneut.', en: 'The reservation has expired. Please choose a slot again.' },
  APPOINTMENT_CODE_INVALID: { status: 400, de: 'Der Bestätigungscode ist falsch.', en: 'The confirmation code is wrong.' },
  APPOINTMENT_CODE_ATTEMPTS_EXCEEDED: { status: 409, de: 'Zu viele falsche Codes. Bitte reservieren Sie erneut.', en: 'Too many wrong codes. Please reserve again.' },
  APPOINTMENT_ALREADY_OPEN: { status: 409, de: 'Sie haben für dieses Anliegen bereits einen offenen Termin. Bitte sagen Sie ihn zuerst ab oder verlegen Sie ihn.', en: 'You already have an open appointment for this concern. Please cancel or move it first.' },
  APPOINTMENT_NOT_CANCELLABLE: { status: 409, de: 'Dieser Termin kann nicht mehr abgesagt oder verlegt werden.', en: 'This appointment can no longer be cancelled or moved.' },
  APPOINTMENT_LINK_INVALID: { status: 404, de: 'Dieser Link ist ungültig.', en: 'This link is not valid.' },
  APPOINTMENT_POW_INVALID: { status: 400, de: 'Die Sicherheitsaufgabe wurde nicht gelöst oder schon verwendet. Bitte Seite neu laden.', en: 'The security puzzle was not solved or was already used. Please reload the page.' },
  APPOINTMENT_RATE_LIMITED: { status: 429, de: 'Zu viele Anfragen. Bitte warten Sie kurz und versuchen Sie es dann erneut.', en: 'Too many requests. Please wait a moment and try again.' },
  APPOINTMENT_SCHEDULE_INVALID: { status: 400, de: 'Die Sprechzeiten sind ungültig (Beginn vor Ende, Zeiten als HH:MM).', en: 'The opening hours are invalid (start before end, times as HH:MM).' },
  APPOINTMENT_CONCERN_NOT_SERVED: { status: 400, de: 'Dieses Anliegen wird in diesem Terminplan nicht angeboten.', en: 'This concern is not offered in this schedule.' },
  APPOINTMENT_SLOTS_OVERLAP: { status: 409, de: 'Für diese Zeit sind an diesem Schalter schon Termine freigegeben.', en: 'Slots for this time are already released at this counter.' },
  APPOINTMENT_STATUS_INVALID: { status: 409, de: 'Dieser Schritt passt nicht zum Stand des Termins.', en: 'This step does not match the state of the appointment.' },
  APPOINTMENT_DRAW_CLOSED: { status: 409, de: 'Die Anmeldung zur Verlosung ist nicht geöffnet.', en: 'Requests for this draw are not open.' },
  APPOINTMENT_DRAW_NOT_READY: { status: 409, de: 'Die Verlosung kann erst nach Ende der Anmeldefrist und nur einmal stattfinden.', en: 'The draw can only take place once, after requests have closed.' },
  APPOINTMENT_DRAW_ALREADY_REQUESTED: { status: 409, de: 'Für diese Verlosung liegt mit dieser Adresse schon eine Anfrage vor.', en: 'There is already a request with this address for this draw.' },
} as const satisfies Record<string, ErrorDefinition>;
