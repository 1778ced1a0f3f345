import { sql } from 'kysely';
import { recordAudit, type Actor } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { markAttendance } from '../appointments/index.js';
import { localDay } from './local-day.js';
import { issueTicket, PURPOSE_INTAKE, type IssuedTicket } from './tickets.js';
import { presentTicket, ticketColumns, type TicketRow } from './ticket-view.js';

// Check-in of an online booking (appointments module) at the intake desk: the
// person gets an appointment ticket for the booked unit and location, called
// at the booked time before emergencies and walk-ins (call-order.ts), and the
// booking is marked as arrived in the day list. Checking in twice gives the
// same ticket.

interface BookingForCheckIn {
  id: string;
  status: string;
  concern_id: string;
  starts_at: Date;
  unit_id: string;
  location_id: string;
}

export async function checkInBooking(tx: Tx, tenantId: string, actor: Actor, bookingId: string, now: Date): Promise<{ issued: IssuedTicket | null; existing: ReturnType<typeof presentTicket> | null }> {
  // Locking the booking row serialises two desks checking in the same booking.
  const result = await sql<BookingForCheckIn>`
    select b.id, b.status, b.concern_id, s.starts_at, sch.unit_id, sch.location_id
    from appointment_bookings b
    join appointment_slots s on s.id = b.slot_id
    join appointment_schedules sch on sch.id = s.schedule_id
    where b.id = ${bookingId}
    for update of b`.execute(tx);
  const booking = result.rows[0];
  if (!booking) throw new AppError('NOT_FOUND', `booking ${bookingId}`);
  if (booking.status !== 'confirmed' && booking.status !== 'arrived') throw new AppError('INTAKE_BOOKING_NOT_CONFIRMED', `booking ${bookingId} is ${booking.status}`);
  const startsAt = new Date(booking.starts_at);
  if (localDay(startsAt) !== localDay(now)) throw new AppError('INTAKE_BOOKING_NOT_TODAY');

  const existing = (await tx.selectFrom('intake_tickets').select(ticketColumns).where('booking_id', '=', bookingId).executeTakeFirst()) as TicketRow | undefined;
  if (existing) return { issued: null, existing: presentTicket(existing) };

  const issued = await issueTicket(tx, tenantId, actor, {
    locationId: booking.location_id, kind: 'appointment', scheduledAt: startsAt, concernGroup: null, concernId: booking.concern_id, personId: null,
    via: 'desk', unitId: booking.unit_id, bookingId,
  }, now);
  if (booking.status === 'confirmed') await markAttendance(tx, tenantId, actor, bookingId, 'arrived', now);
  await recordAudit(tx, {
    tenantId, actor, action: 'intake.booking.check_in', subjectType: 'appointment_booking', subjectId: bookingId,
    purpose: PURPOSE_INTAKE, details: { ticketId: issued.ticket.id, number: issued.ticket.number },
  });
  return { issued, existing: null };
}
