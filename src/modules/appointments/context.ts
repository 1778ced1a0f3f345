import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { Clock } from '../../platform/clock.js';
import type { Config } from '../../platform/config/config.js';
import type { Database } from '../../platform/db/index.js';
import type { Gate } from './gate.js';
import type { Mailer } from './mailer.js';
import type { PowSettings } from './proof-of-work.js';

// What the booking functions need from outside; the HTTP routes, the CLI and
// the reminder job build it the same way.
export interface BookingContext {
  db: Database;
  clock: Clock;
  mailer: Mailer;
  pow: PowSettings;
  publicUrl: string;
  booking: Config['booking'];
  /** Queues public booking work to the connections the pool can spare. */
  gate: Gate;
}

/** Compared form of an e-mail address: Unicode-normalised and lower-cased (internationalised addresses stay as they are). */
export function emailKey(email: string): string {
  return email.normalize('NFC').trim().toLowerCase();
}

/**
 * Compared form of a phone number: its digits, with a leading + kept
 * ("+49 (151) 234-567" → "+49151234567"). Empty when there is no digit.
 */
export function phoneKey(phone: string): string {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, '');
  return digits === '' ? '' : `${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}

export const hashSecret = (value: string) => createHash('sha256').update(value).digest('hex');
export const newToken = () => randomBytes(24).toString('base64url');
export const newCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

/** The person acting on their own booking through a link, for the audit log. */
export const publicActor = { id: null, label: 'Online-Terminbuchung' };
export const BOOKING_PURPOSE = 'Terminvergabe';
