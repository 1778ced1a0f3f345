import { recordAudit } from '../../platform/audit/index.js';
import { withSystem, withTenant } from '../../platform/db/index.js';
import { loadAppointment, mailAppointment, type AppointmentView } from './appointment-view.js';
import { manageLink } from './booking.js';
import { BOOKING_PURPOSE, hashSecret, newToken, type BookingContext } from './context.js';
import { addDays, localDay, localToInstant } from './local-time.js';
import { textsFor } from './mail-texts.js';

// The reminder the day before. The scheduler (or `lotse` CLI) calls
// sendReminders once or more a day; each booking is reminded at most once.

export async function sendReminders(context: BookingContext, options: { tenantId?: string } = {}): Promise<{ sent: number; notSent: number }> {
  const now = context.clock.now();
  const tomorrow = addDays(localDay(now, 'Europe/Berlin'), 1);
  const from = localToInstant(tomorrow, 0, 'Europe/Berlin');
  const to = localToInstant(addDays(tomorrow, 1), 0, 'Europe/Berlin');
  // Across all tenants: runs as the owner, like the other operator jobs.
  const due = await withSystem(context.db, (tx) => {
    let query = tx.selectFrom('appointment_bookings as b').innerJoin('appointment_slots as s', 's.id', 'b.slot_id').innerJoin('tenants as t', 't.id', 'b.tenant_id')
      .select(['b.id', 'b.tenant_id', 't.slug']).where('b.status', '=', 'confirmed').where('b.reminder_sent_at', 'is', null).where('b.email', 'is not', null)
      .where('s.starts_at', '>=', from).where('s.starts_at', '<', to);
    if (options.tenantId) query = query.where('b.tenant_id', '=', options.tenantId);
    return query.execute();
  });
  let sent = 0;
  let notSent = 0;
  for (const booking of due) {
    const token = newToken();
    const view = await withTenant(context.db, booking.tenant_id, async (tx) => {
      const claimed = await tx.updateTable('appointment_bookings').set({ reminder_sent_at: now, manage_token_hash: hashSecret(token) })
        .where('id', '=', booking.id).where('reminder_sent_at', 'is', null).returning('id').executeTakeFirst();
      if (!claimed) return undefined;
      await recordAudit(tx, { tenantId: booking.tenant_id, actor: { id: null, label: 'Terminerinnerung' }, action: 'appointment.remind', subjectType: 'appointment', subjectId: booking.id, purpose: BOOKING_PURPOSE });
      return loadAppointment(tx, { id: booking.id });
    });
    if (!view?.email) continue;
    const texts = textsFor(view.language);
    const outcome = await context.mailer.send({ to: view.email, subject: texts.reminderSubject, text: texts.reminder(mailAppointment(view as AppointmentView), manageLink(context, { id: booking.tenant_id, slug: booking.slug }, token)) });
    if (outcome === 'sent') sent += 1;
    else notSent += 1;
  }
  return { sent, notSent };
}
