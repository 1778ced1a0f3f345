import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../platform/audit/index.js';
import { withTenant, type Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { loadAppointment, mailAppointment, type AppointmentView } from './appointment-view.js';
import { addressLimit, admitSeparately, sendConfirmation, type Tenant } from './booking.js';
import { BOOKING_PURPOSE, hashSecret, newToken, publicActor, type BookingContext } from './context.js';
import { textsFor } from './mail-texts.js';
import type { PowPayload } from './proof-of-work.js';
import { countRequest, rateLimited } from './rate-limit.js';
import { lapseStaleHolds, loadBookableSlot, whyNotInserted } from './slot-rules.js';

// Cancel and rebook through the link of the confirmation mail. The name and
// address travel with the booking unchanged (the database refuses a change),
// and a cancelled slot reopens only after the schedule's cool-down, so a
// booked slot cannot be handed to a buyer by cancel-and-grab.

async function byToken(tx: Tx, token: string, tenant: Tenant, context: BookingContext, address: string): Promise<AppointmentView> {
  const wait = await countRequest(tx, tenant.id, [addressLimit(context, 'manage', address)], context.clock.now());
  if (wait > 0) throw rateLimited(wait);
  const view = await loadAppointment(tx, { manageTokenHash: hashSecret(token) });
  if (!view) throw new AppError('APPOINTMENT_LINK_INVALID');
  return view;
}

export function viewByToken(context: BookingContext, tenant: Tenant, token: string, address: string): Promise<AppointmentView> {
  return withTenant(context.db, tenant.id, async (tx) => {
    const view = await byToken(tx, token, tenant, context, address);
    await recordAudit(tx, { tenantId: tenant.id, actor: publicActor, action: 'appointment.read_by_link', subjectType: 'appointment', subjectId: view.id, purpose: BOOKING_PURPOSE });
    return view;
  });
}

async function cancelInTx(tx: Tx, context: BookingContext, tenant: Tenant, view: AppointmentView, action: string): Promise<void> {
  const now = context.clock.now();
  if (!['held', 'confirmed'].includes(view.status) || view.startsAt.getTime() <= now.getTime()) throw new AppError('APPOINTMENT_NOT_CANCELLABLE');
  await tx.updateTable('appointment_bookings').set({ status: 'cancelled', cancelled_at: now, hold_expires_at: null }).where('id', '=', view.id).execute();
  const schedule = await tx.selectFrom('appointment_slots as s').innerJoin('appointment_schedules as sc', 'sc.id', 's.schedule_id').select('sc.cooldown_minutes').where('s.id', '=', view.slotId).executeTakeFirstOrThrow();
  await tx.updateTable('appointment_slots').set({ reopens_at: new Date(now.getTime() + schedule.cooldown_minutes * 60_000) }).where('id', '=', view.slotId).execute();
  await recordAudit(tx, { tenantId: tenant.id, actor: publicActor, action, subjectType: 'appointment', subjectId: view.id, purpose: BOOKING_PURPOSE });
}

export async function cancelByToken(context: BookingContext, tenant: Tenant, token: string, address: string): Promise<AppointmentView> {
  const view = await withTenant(context.db, tenant.id, async (tx) => {
    const found = await byToken(tx, token, tenant, context, address);
    await cancelInTx(tx, context, tenant, found, 'appointment.cancel');
    return (await loadAppointment(tx, { id: found.id })) as AppointmentView;
  });
  const texts = textsFor(view.language);
  if (view.email !== null) await context.mailer.send({ to: view.email, subject: texts.cancelledSubject, text: texts.cancelled(mailAppointment(view)) });
  return view;
}

/** Moves a booking to another slot in one transaction: the old one is cancelled only if the new one is booked. */
export async function rebookByToken(context: BookingContext, tenant: Tenant, token: string, input: { slotId: string; pow: PowPayload }, address: string): Promise<AppointmentView> {
  await admitSeparately(context, tenant, [addressLimit(context, 'rebook', address)], input.pow);
  const view = await withTenant(context.db, tenant.id, async (tx) => {
    const old = await byToken(tx, token, tenant, context, address);
    const now = context.clock.now();
    const slot = await loadBookableSlot(tx, input.slotId, now);
    if (slot.concernId !== old.concernId) throw new AppError('APPOINTMENT_SLOT_UNAVAILABLE', 'slot of another concern');
    await cancelInTx(tx, context, tenant, old, 'appointment.rebook_from');
    await lapseStaleHolds(tx, now, slot.id);
    const previous = await tx.selectFrom('appointment_bookings').selectAll().where('id', '=', old.id).executeTakeFirstOrThrow();
    const id = randomUUID();
    const inserted = await tx
      .insertInto('appointment_bookings')
      .values({
        tenant_id: tenant.id, id, slot_id: slot.id, concern_id: slot.concernId, name: previous.name, email: previous.email, email_key: previous.email_key,
        phone: previous.phone, language: previous.language, channel: 'online', status: 'confirmed', confirmed_at: now,
        confirm_code_hash: hashSecret(newToken()), confirm_token_hash: hashSecret(newToken()), manage_token_hash: hashSecret(newToken()),
      })
      .onConflict((conflict) => conflict.doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) throw await whyNotInserted(tx, slot.id);
    await recordAudit(tx, { tenantId: tenant.id, actor: publicActor, action: 'appointment.rebook_to', subjectType: 'appointment', subjectId: id, purpose: BOOKING_PURPOSE, details: { from: old.id } });
    return (await loadAppointment(tx, { id })) as AppointmentView;
  });
  await sendConfirmation(context, tenant, view);
  return view;
}
