import type { ColumnType, Generated } from 'kysely';

// Row types of online booking; keep in step with migrations/0005_appointments.sql.

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string | undefined, string>;

export interface OpeningHours {
  /** ISO weekday, Monday = 1 … Sunday = 7. */
  weekday: number;
  /** Local time "HH:MM". */
  opens: string;
  closes: string;
}

export interface AppointmentSchedulesTable {
  tenant_id: string;
  id: string;
  unit_id: string;
  location_id: string;
  opening_hours: Json<OpeningHours[]>;
  time_zone: ColumnType<string, string | undefined, string>;
  counters: number;
  online_percent: number;
  booking_window_days: number;
  cooldown_minutes: ColumnType<number, number | undefined, number>;
  created_at: Generated<Date>;
}

export interface AppointmentScheduleConcernsTable {
  tenant_id: string;
  schedule_id: string;
  concern_id: string;
  slot_minutes: number;
}

export interface AppointmentHolidaysTable {
  tenant_id: string;
  schedule_id: string;
  day: ColumnType<string, string, string>;
  label: ColumnType<string, string | undefined, string>;
}

export interface AppointmentDrawsTable {
  tenant_id: string;
  id: string;
  schedule_id: string;
  concern_id: string;
  requests_open_at: Timestamp;
  requests_close_at: Timestamp;
  status: ColumnType<'collecting' | 'drawn', 'collecting' | 'drawn' | undefined, 'collecting' | 'drawn'>;
  seed: string | null;
  drawn_at: NullableTimestamp;
  created_at: Generated<Date>;
}

export interface AppointmentSlotsTable {
  tenant_id: string;
  id: string;
  schedule_id: string;
  concern_id: string;
  counter: number;
  starts_at: Timestamp;
  ends_at: Timestamp;
  channel: 'online' | 'internal';
  draw_id: string | null;
  reopens_at: NullableTimestamp;
  created_at: Generated<Date>;
}

export type BookingStatus = 'held' | 'confirmed' | 'cancelled' | 'expired' | 'arrived' | 'no_show';

export interface AppointmentBookingsTable {
  tenant_id: string;
  id: string;
  slot_id: string;
  concern_id: string;
  name: string;
  /** Null only for bookings staff made at the counter without an address. */
  email: string | null;
  email_key: string | null;
  phone: string | null;
  language: string;
  channel: 'online' | 'internal' | 'draw';
  status: BookingStatus;
  hold_expires_at: NullableTimestamp;
  confirm_code_hash: string;
  confirm_token_hash: string;
  confirm_attempts: Generated<number>;
  manage_token_hash: string;
  mail_status: ColumnType<'pending' | 'sent' | 'not_sent' | 'failed', 'pending' | 'sent' | 'not_sent' | 'failed' | undefined, 'pending' | 'sent' | 'not_sent' | 'failed'>;
  reminder_sent_at: NullableTimestamp;
  created_at: Generated<Date>;
  confirmed_at: NullableTimestamp;
  cancelled_at: NullableTimestamp;
  attended_at: NullableTimestamp;
  person_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface AppointmentDrawRequestsTable {
  tenant_id: string;
  id: string;
  draw_id: string;
  name: string;
  email: string;
  email_key: string;
  phone: ColumnType<string | null, string | null | undefined, string | null>;
  language: string;
  verify_token_hash: string;
  verified_at: NullableTimestamp;
  slot_id: string | null;
  created_at: Generated<Date>;
}

export interface AppointmentPowSpentTable {
  tenant_id: string;
  challenge_nonce: string;
  spent_at: Generated<Date>;
}

export interface AppointmentRateLimitsTable {
  key: string;
  window_started_at: Timestamp;
  hits: number;
}

export interface AppointmentsTables {
  appointment_schedules: AppointmentSchedulesTable;
  appointment_schedule_concerns: AppointmentScheduleConcernsTable;
  appointment_holidays: AppointmentHolidaysTable;
  appointment_draws: AppointmentDrawsTable;
  appointment_slots: AppointmentSlotsTable;
  appointment_bookings: AppointmentBookingsTable;
  appointment_draw_requests: AppointmentDrawRequestsTable;
  appointment_pow_spent: AppointmentPowSpentTable;
  appointment_rate_limits: AppointmentRateLimitsTable;
}
