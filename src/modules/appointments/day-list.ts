import { recordAudit, type Actor } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { addDays, localToInstant } from './local-time.js';

// The staff's day list and the attendance marks. Reading it reads personal
// data (names, addresses), so the read itself is audited.

const PURPOSE = 'Durchführung der Termine';

export async function dayList(tx: Tx, tenantId: string, actor: Actor, input: { day: string; locationId?: string | undefined }) {
  const from = localToInstant(input.day, 0, 'Europe/Berlin');
  const to = localToInstant(addDays(input.day, 1), 0, 'Europe/Berlin');
  let query = tx
    .selectFrom('appointment_bookings as b')
    .innerJoin('appointment_slots as s', 's.id', 'b.slot_id')
    .innerJoin('appointment_schedules as sc', 'sc.id', 's.schedule_id')
    .innerJoin('concerns as c', 'c.id', 'b.concern_id')
    .innerJoin('locations as l', 'l.id', 'sc.location_id')
    .select(['b.id', 'b.name', 'b.email', 'b.phone', 'b.status', 'b.channel', 'b.mail_status', 's.starts_at', 's.ends_at', 's.counter', 'c.title', 'l.name as location_name'])
    .where('s.starts_at', '>=', from)
    .where('s.starts_at', '<', to)
    .where('b.status', 'in', ['confirmed', 'arrived', 'no_show'])
    .orderBy('s.starts_at')
    .orderBy('s.counter');
  if (input.locationId) query = query.where('sc.location_id', '=', input.locationId);
  const rows = await query.execute();
  await recordAudit(tx, { tenantId, actor, action: 'appointment.day_list_read', subjectType: 'appointment_day', subjectId: input.day, purpose: PURPOSE, details: { locationId: input.locationId ?? null, bookings: rows.map((r) => r.id) } });
  return rows.map((r) => ({
    id: r.id, name: r.name, email: r.email, phone: r.phone, status: r.status, channel: r.channel, mailStatus: r.mail_status,
    startsAt: r.starts_at.toISOString(), endsAt: r.ends_at.toISOString(), counter: r.counter, concernTitle: r.title, locationName: r.location_name,
  }));
}

export async function markAttendance(tx: Tx, tenantId: string, actor: Actor, bookingId: string, status: 'arrived' | 'no_show', now: Date) {
  const booking = await tx.selectFrom('appointment_bookings').select(['id', 'status']).where('id', '=', bookingId).forUpdate().executeTakeFirst();
  if (!booking) throw new AppError('NOT_FOUND', `booking ${bookingId}`);
  if (!['confirmed', 'arrived', 'no_show'].includes(booking.status)) throw new AppError('APPOINTMENT_STATUS_INVALID');
  await tx.updateTable('appointment_bookings').set({ status, attended_at: status === 'arrived' ? now : null }).where('id', '=', bookingId).execute();
  await recordAudit(tx, { tenantId, actor, action: `appointment.${status}`, subjectType: 'appointment', subjectId: bookingId, purpose: PURPOSE, details: { before: booking.status } });
  return { id: bookingId, status };
}
