import { randomUUID } from 'node:crypto';
import { recordAudit, type Actor } from '../../platform/audit/index.js';
import { withTenant } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { loadAppointment, type AppointmentView } from './appointment-view.js';
import { sendConfirmation, type Tenant } from './booking.js';
import { BOOKING_PURPOSE, emailKey, hashSecret, newToken, type BookingContext } from './context.js';
import { lapseStaleHolds, loadBookableSlot, whyNotInserted } from './slot-rules.js';

// Staff give an internal slot to a person at the counter or on the phone.
// No hold and no code: the person is there (or on the line), so the booking
// is confirmed at once. The same unique indexes as online decide the race.

export interface CounterBookingInput {
  slotId: string;
  name: string;
  email?: string | undefined;
  phone?: string | undefined;
  language: string;
  /** The person of the register the booking is for, when staff know them. */
  personId?: string | undefined;
}

export async function bookAtCounter(context: BookingContext, tenant: Tenant, actor: Actor, input: CounterBookingInput): Promise<AppointmentView> {
  const id = randomUUID();
  const email = input.email?.trim() || null;
  const key = email === null ? null : emailKey(email);
  const view = await withTenant(context.db, tenant.id, async (tx) => {
    if (input.personId !== undefined) {
      // Row-level security hides the persons of other tenants: they are "not found" as unknown ones are.
      const person = await tx.selectFrom('persons').select('id').where('id', '=', input.personId).executeTakeFirst();
      if (!person) throw new AppError('NOT_FOUND', `person ${input.personId}`);
    }
    const now = context.clock.now();
    const slot = await loadBookableSlot(tx, input.slotId, now, 'internal');
    await lapseStaleHolds(tx, now, slot.id, key === null ? undefined : { concernId: slot.concernId, emailKey: key });
    const inserted = await tx
      .insertInto('appointment_bookings')
      .values({
        tenant_id: tenant.id, id, slot_id: slot.id, concern_id: slot.concernId, name: input.name.trim(), email, email_key: key,
        phone: input.phone?.trim() || null, language: input.language, channel: 'internal', status: 'confirmed', confirmed_at: now,
        person_id: input.personId ?? null, mail_status: email === null ? 'not_sent' : 'pending',
        // Never mailed: nothing to confirm with; the manage token is replaced when the confirmation goes out.
        confirm_code_hash: hashSecret(newToken()), confirm_token_hash: hashSecret(newToken()), manage_token_hash: hashSecret(newToken()),
      })
      .onConflict((conflict) => conflict.doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) throw await whyNotInserted(tx, slot.id);
    const booked = (await loadAppointment(tx, { id })) as AppointmentView;
    // Last, because it serialises the tenant's writers until the commit.
    await recordAudit(tx, {
      tenantId: tenant.id, actor, action: 'appointment.book_internal', subjectType: 'appointment', subjectId: id, purpose: BOOKING_PURPOSE,
      ...(input.personId !== undefined ? { personId: input.personId } : {}), details: { slotId: slot.id, channel: 'internal', withEmail: email !== null },
    });
    return booked;
  });
  await sendConfirmation(context, tenant, view);
  return view;
}
