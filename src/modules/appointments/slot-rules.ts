import { sql } from 'kysely';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';

// Whether a slot may be booked online now: online channel, not part of a
// draw, inside the booking window, not in a cool-down after a cancellation.

export const LIVE_STATUSES = ['held', 'confirmed', 'arrived', 'no_show'] as const;

export interface BookableSlot {
  id: string;
  concernId: string;
  startsAt: Date;
  cooldownMinutes: number;
}

export async function loadBookableSlot(tx: Tx, slotId: string, now: Date, channel: 'online' | 'internal' = 'online'): Promise<BookableSlot> {
  const slot = await tx
    .selectFrom('appointment_slots as s')
    .innerJoin('appointment_schedules as sc', 'sc.id', 's.schedule_id')
    .select(['s.id', 's.concern_id', 's.starts_at', 's.channel', 's.draw_id', 's.reopens_at', 'sc.booking_window_days', 'sc.cooldown_minutes'])
    .where('s.id', '=', slotId)
    .executeTakeFirst();
  if (!slot) throw new AppError('NOT_FOUND', `slot ${slotId}`);
  if (slot.channel !== channel || slot.draw_id !== null) throw new AppError('APPOINTMENT_SLOT_UNAVAILABLE', 'not an open slot of this channel');
  const windowEnd = now.getTime() + slot.booking_window_days * 86_400_000;
  if (slot.starts_at.getTime() <= now.getTime() || slot.starts_at.getTime() > windowEnd) throw new AppError('APPOINTMENT_OUTSIDE_WINDOW');
  if (slot.reopens_at && slot.reopens_at.getTime() > now.getTime()) throw new AppError('APPOINTMENT_SLOT_UNAVAILABLE', 'cooling down after a cancellation');
  return { id: slot.id, concernId: slot.concern_id, startsAt: slot.starts_at, cooldownMinutes: slot.cooldown_minutes };
}

/** Lets holds that have run out stop blocking the slot and the person. */
export async function lapseStaleHolds(tx: Tx, now: Date, slotId: string, person?: { concernId: string; emailKey: string }): Promise<void> {
  await tx
    .updateTable('appointment_bookings')
    .set({ status: 'expired' })
    .where('status', '=', 'held')
    .where('hold_expires_at', '<=', now)
    .where((eb) => eb.or([eb('slot_id', '=', slotId), ...(person ? [eb.and([eb('concern_id', '=', person.concernId), eb('email_key', '=', person.emailKey)])] : [])]))
    .execute();
}

/** After an insert that did nothing: which promise of the database stopped it. */
export async function whyNotInserted(tx: Tx, slotId: string): Promise<AppError> {
  const live = await tx
    .selectFrom('appointment_bookings')
    .select(sql<number>`1`.as('one'))
    .where('slot_id', '=', slotId)
    .where('status', 'in', [...LIVE_STATUSES])
    .executeTakeFirst();
  return new AppError(live ? 'APPOINTMENT_SLOT_TAKEN' : 'APPOINTMENT_ALREADY_OPEN');
}
