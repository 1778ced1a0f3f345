import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

// Row types of the entrance zone; keep in step with migrations/0006_intake.sql.
export type TicketKind = 'walk_in' | 'emergency' | 'appointment';
export type TicketStatus = 'waiting' | 'called' | 'done' | 'no_show';
export type ConcernGroup = 'residence' | 'benefits' | 'housing' | 'counselling' | 'work' | 'other';

export interface IntakeTicketSequencesTable {
  tenant_id: string;
  location_id: string;
  day: ColumnType<string, string, string>;
  last_number: number;
}

export interface IntakeTicketsTable {
  tenant_id: string;
  id: string;
  location_id: string;
  day: ColumnType<string, string, string>;
  number: number;
  kind: TicketKind;
  scheduled_at: Timestamp | null;
  issued_via: 'kiosk' | 'desk';
  concern_group: ConcernGroup | null;
  concern_id: string | null;
  unit_id: string | null;
  person_id: string | null;
  booking_id: ColumnType<string | null, string | null | undefined, string | null>;
  status: Generated<TicketStatus>;
  issued_at: Timestamp;
  called_at: Timestamp | null;
  called_by: string | null;
  counter_name: string | null;
  recalls: Generated<number>;
  finished_at: Timestamp | null;
}

export interface IntakeForwardingsTable {
  tenant_id: string;
  id: string;
  ticket_id: string;
  from_unit_id: string | null;
  to_unit_id: string;
  note: ColumnType<string, string | undefined, string>;
  forwarded_by: string;
  forwarded_at: Timestamp;
}

export interface IntakeKioskThrottleTable {
  tenant_id: string;
  key: string;
  window_started_at: Timestamp;
  issued: number;
}

export interface IntakeTables {
  intake_ticket_sequences: IntakeTicketSequencesTable;
  intake_tickets: IntakeTicketsTable;
  intake_forwardings: IntakeForwardingsTable;
  intake_kiosk_throttle: IntakeKioskThrottleTable;
}
