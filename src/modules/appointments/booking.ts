import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../platform/audit/index.js';
import { withTenant, type Tx } from '../../platform/db/index.js';
import { AppError, isAppError } from '../../platform/errors/index.js';
import { loadAppointment, mailAppointment, type AppointmentView } from './appointment-view.js';
import { BOOKING_PURPOSE, emailKey, hashSecret, newCode, newToken, phoneKey, publicActor, type BookingContext } from './context.js';
import { calendarFile, textsFor } from './mail-texts.js';
import type { OutgoingMail } from './mailer.js';
import { assertSolved, spendChallenge, type PowPayload } from './proof-of-work.js';
import { countRequest, rateLimited, type Limit } from './rate-limit.js';
import { lapseStaleHolds, loadBookableSlot, whyNotInserted } from './slot-rules.js';

// Reserve → confirm. A reservation holds the slot for a few minutes; the
// person confirms with the code or the link from the e-mail. The database's
// unique indexes decide every race: one live booking per slot, one open
// booking per person and concern.

export interface Tenant {
  id: string;
  slug: string;
}

export interface ReserveInput {
  slotId: string;
  name: string;
  email: string;
  phone?: string | undefined;
  language: string;
  pow: PowPayload;
}

export const MAX_CODE_ATTEMPTS = 5;

export const addressLimit = (context: BookingContext, action: string, address: string): Limit => ({
  bucket: `address:${action}`, value: address, limit: context.booking.addressLimitPerMinute, windowSeconds: 60,
});
export const emailLimit = (context: BookingContext, email: string): Limit => ({
  bucket: 'email', value: emailKey(email), limit: context.booking.emailLimitPerHour, windowSeconds: 3600,
});
/** The phone number is optional: without one (or one without digits) nothing is counted. */
export const phoneLimits = (context: BookingContext, phone: string | undefined): Limit[] => {
  const key = phone === undefined ? '' : phoneKey(phone);
  return key === '' ? [] : [{ bucket: 'phone', value: key, limit: context.booking.phoneLimitPerHour, windowSeconds: 3600 }];
};

export const confirmLink = (context: BookingContext, tenant: Tenant, bookingId: string, token: string) =>
  `${context.publicUrl}/termin/bestaetigen?kreis=${encodeURIComponent(tenant.slug)}&buchung=${bookingId}&token=${token}`;
export const manageLink = (context: BookingContext, tenant: Tenant, token: string) =>
  `${context.publicUrl}/termin/verwalten?kreis=${encodeURIComponent(tenant.slug)}&token=${token}`;

/**
 * Counts the request against the limits and spends the challenge. Runs inside
 * the booking's transaction; the caller commits even when the booking is
 * refused (see `refusal`), so counts and spent challenges always stick.
 */
export async function admitPublicWrite(tx: Tx, context: BookingContext, tenant: Tenant, limits: Limit[], pow: PowPayload): Promise<void> {
  const wait = await countRequest(tx, tenant.id, limits, context.clock.now());
  if (wait > 0) throw rateLimited(wait);
  if (!(await spendChallenge(tx, tenant.id, pow))) throw new AppError('APPOINTMENT_POW_INVALID', 'challenge replayed');
}

/**
 * Runs `work` in one tenant transaction that commits also when `work` refuses
 * with an AppError (nothing else has been written then: every write of ours
 * is a single statement that cannot half-fail), and rethrows after the commit.
 */
export async function committingRefusals<T>(context: BookingContext, tenant: Tenant, work: (tx: Tx) => Promise<T>): Promise<T> {
  const outcome = await withTenant(context.db, tenant.id, async (tx) => {
    try {
      return { value: await work(tx) };
    } catch (error) {
      if (isAppError(error)) return { refusal: error };
      throw error;
    }
  });
  if ('refusal' in outcome) throw outcome.refusal;
  return outcome.value;
}

/** Admission in a transaction of its own, for flows that must roll back as a whole when refused later. */
export async function admitSeparately(context: BookingContext, tenant: Tenant, limits: Limit[], pow: PowPayload): Promise<void> {
  await assertSolved(context.pow, tenant.id, pow);
  await committingRefusals(context, tenant, (tx) => admitPublicWrite(tx, context, tenant, limits, pow));
}

export async function reserve(context: BookingContext, tenant: Tenant, input: ReserveInput, address: string) {
  await assertSolved(context.pow, tenant.id, input.pow);
  const code = newCode();
  const token = newToken();
  const id = randomUUID();
  const key = emailKey(input.email);
  const view = await committingRefusals(context, tenant, async (tx) => {
    await admitPublicWrite(tx, context, tenant, [addressLimit(context, 'reserve', address), emailLimit(context, input.email), ...phoneLimits(context, input.phone)], input.pow);
    const now = context.clock.now();
    const slot = await loadBookableSlot(tx, input.slotId, now);
    await lapseStaleHolds(tx, now, slot.id, { concernId: slot.concernId, emailKey: key });
    const inserted = await tx
      .insertInto('appointment_bookings')
      .values({
        tenant_id: tenant.id, id, slot_id: slot.id, concern_id: slot.concernId, name: input.name.trim(), email: input.email.trim(), email_key: key,
        phone: input.phone?.trim() || null, language: input.language, channel: 'online', status: 'held',
        hold_expires_at: new Date(now.getTime() + context.booking.holdMinutes * 60_000),
        confirm_code_hash: hashSecret(`${id}:${code}`), confirm_token_hash: hashSecret(token), manage_token_hash: hashSecret(newToken()),
      })
      .onConflict((conflict) => conflict.doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) throw await whyNotInserted(tx, slot.id);
    const booked = (await loadAppointment(tx, { id })) as AppointmentView;
    // Last, because it serialises the tenant's writers until the commit.
    await recordAudit(tx, { tenantId: tenant.id, actor: publicActor, action: 'appointment.reserve', subjectType: 'appointment', subjectId: id, purpose: BOOKING_PURPOSE, details: { slotId: slot.id } });
    return booked;
  });
  const texts = textsFor(view.language);
  // The answer does not wait for the mail server; the outcome is recorded for staff.
  sendInBackground(context, tenant, id, {
    to: input.email.trim(), subject: texts.holdSubject, text: texts.hold(mailAppointment(view), code, confirmLink(context, tenant, id, token), context.booking.holdMinutes),
  });
  return view;
}

function sendInBackground(context: BookingContext, tenant: Tenant, bookingId: string, mail: OutgoingMail): void {
  context.mailer.track(context.mailer.send(mail).then((outcome) => recordMailStatus(context, tenant, bookingId, outcome)));
}

export async function recordMailStatus(context: BookingContext, tenant: Tenant, bookingId: string, mailStatus: 'sent' | 'not_sent' | 'failed'): Promise<void> {
  await withTenant(context.db, tenant.id, (tx) => tx.updateTable('appointment_bookings').set({ mail_status: mailStatus }).where('id', '=', bookingId).execute());
}

export type ConfirmProof = { code: string } | { token: string };

/**
 * Confirms a held booking. Confirming again is harmless: a confirmed booking
 * answers as confirmed. Wrong codes are counted; after five the hold ends.
 */
export async function confirm(context: BookingContext, tenant: Tenant, bookingId: string, proof: ConfirmProof, address: string) {
  const outcome = await withTenant(context.db, tenant.id, async (tx) => {
    const now = context.clock.now();
    const wait = await countRequest(tx, tenant.id, [addressLimit(context, 'confirm', address)], now);
    if (wait > 0) return { error: rateLimited(wait) };
    const booking = await tx.selectFrom('appointment_bookings').select(['id', 'status', 'hold_expires_at', 'confirm_code_hash', 'confirm_token_hash', 'confirm_attempts'])
      .where('id', '=', bookingId).forUpdate().executeTakeFirst();
    if (!booking) return { error: new AppError('APPOINTMENT_LINK_INVALID') };
    if (booking.confirm_attempts >= MAX_CODE_ATTEMPTS) return { error: new AppError('APPOINTMENT_CODE_ATTEMPTS_EXCEEDED') };
    const valid = 'token' in proof ? hashSecret(proof.token) === booking.confirm_token_hash : hashSecret(`${booking.id}:${proof.code}`) === booking.confirm_code_hash;
    if (!valid) {
      const attempts = booking.confirm_attempts + 1;
      await tx.updateTable('appointment_bookings')
        .set({ confirm_attempts: attempts, ...(attempts >= MAX_CODE_ATTEMPTS && booking.status === 'held' ? { status: 'expired' as const } : {}) })
        .where('id', '=', booking.id).execute();
      return { error: new AppError(attempts >= MAX_CODE_ATTEMPTS ? 'APPOINTMENT_CODE_ATTEMPTS_EXCEEDED' : 'APPOINTMENT_CODE_INVALID') };
    }
    if (['confirmed', 'arrived', 'no_show'].includes(booking.status)) return { view: await loadAppointment(tx, { id: booking.id }), newly: false };
    if (booking.status === 'held' && booking.hold_expires_at && booking.hold_expires_at.getTime() > now.getTime()) {
      await tx.updateTable('appointment_bookings').set({ status: 'confirmed', confirmed_at: now, hold_expires_at: null }).where('id', '=', booking.id).execute();
      await recordAudit(tx, { tenantId: tenant.id, actor: publicActor, action: 'appointment.confirm', subjectType: 'appointment', subjectId: booking.id, purpose: BOOKING_PURPOSE });
      return { view: await loadAppointment(tx, { id: booking.id }), newly: true };
    }
    if (booking.status === 'held') await tx.updateTable('appointment_bookings').set({ status: 'expired' }).where('id', '=', booking.id).execute();
    return { error: new AppError(booking.status === 'cancelled' ? 'APPOINTMENT_STATUS_INVALID' : 'APPOINTMENT_HOLD_EXPIRED') };
  });
  if ('error' in outcome) throw outcome.error;
  const view = outcome.view as AppointmentView;
  if (outcome.newly) await sendConfirmation(context, tenant, view);
  return view;
}

/** The confirmation mail with the calendar file and the manage link (its token is made here; only its hash is kept). */
export async function sendConfirmation(context: BookingContext, tenant: Tenant, view: AppointmentView): Promise<void> {
  // Booked at the counter without an address: nothing to send (the booking says 'not_sent').
  if (view.email === null) return;
  const token = newToken();
  await withTenant(context.db, tenant.id, (tx) => tx.updateTable('appointment_bookings').set({ manage_token_hash: hashSecret(token) }).where('id', '=', view.id).execute());
  const texts = textsFor(view.language);
  sendInBackground(context, tenant, view.id, {
    to: view.email, subject: texts.confirmedSubject, text: texts.confirmed(mailAppointment(view), manageLink(context, tenant, token)),
    attachments: [calendarFile(view.id, mailAppointment(view), new URL(context.publicUrl).host)],
  });
}
