import { sql } from 'kysely';
import type { Tx } from '../../platform/db/index.js';
import type { BookingStatus } from './tables.js';

// One booking with what a person or a mail needs to know about it.
export interface AppointmentView {
  id: string;
  status: BookingStatus;
  name: string;
  email: string | null;
  language: string;
  concernId: string;
  /** In the booking's language when the catalogue has it ("uk-UA" takes "uk"), else German. */
  concernTitle: string;
  slotId: string;
  startsAt: Date;
  endsAt: Date;
  locationName: string;
  locationAddress: string;
  timeZone: string;
  holdExpiresAt: Date | null;
  mailStatus: string;
  manageTokenHash: string;
}

export async function loadAppointment(tx: Tx, where: { id: string } | { manageTokenHash: string }): Promise<AppointmentView | undefined> {
  let query = tx
    .selectFrom('appointment_bookings as b')
    .innerJoin('appointment_slots as s', 's.id', 'b.slot_id')
    .innerJoin('appointment_schedules as sc', 'sc.id', 's.schedule_id')
    .innerJoin('locations as l', 'l.id', 'sc.location_id')
    .innerJoin('concerns as c', 'c.id', 'b.concern_id')
    .select([
      'b.id', 'b.status', 'b.name', 'b.email', 'b.language', 'b.concern_id', 'b.slot_id', 's.starts_at', 's.ends_at',
      // Only the title is taken from the texts: the whole content is large and this runs on every booking.
      sql<string>`coalesce(c.content -> b.language ->> 'title', c.content -> split_part(b.language, '-', 1) ->> 'title', c.title)`.as('title'),
      'l.name as location_name', 'l.address', 'sc.time_zone', 'b.hold_expires_at', 'b.mail_status', 'b.manage_token_hash',
    ]);
  query = 'id' in where ? query.where('b.id', '=', where.id) : query.where('b.manage_token_hash', '=', where.manageTokenHash);
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id, status: row.status, name: row.name, email: row.email, language: row.language, concernId: row.concern_id, concernTitle: row.title,
    slotId: row.slot_id, startsAt: row.starts_at, endsAt: row.ends_at, locationName: row.location_name, locationAddress: row.address,
    timeZone: row.time_zone, holdExpiresAt: row.hold_expires_at, mailStatus: row.mail_status, manageTokenHash: row.manage_token_hash,
  };
}

export function mailAppointment(view: AppointmentView) {
  return {
    name: view.name, concernTitle: view.concernTitle, locationName: view.locationName, locationAddress: view.locationAddress,
    startsAt: view.startsAt, endsAt: view.endsAt, timeZone: view.timeZone,
  };
}
