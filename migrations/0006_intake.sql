-- Entrance zone (Eingangszone): walk-in tickets (Wartenummern), triage to a
-- unit's queue, counters that call the next ticket, and the waiting-room display.

-- One row per location and day holds the last number handed out. Issuing a
-- ticket bumps it with INSERT … ON CONFLICT DO UPDATE … RETURNING in the same
-- transaction as the ticket insert: the row lock serialises concurrent issuers
-- of one location, and a rolled-back issue rolls the number back, so numbers
-- are gapless. The UNIQUE constraint on the tickets is the database's own
-- guarantee that no number is ever handed out twice.
CREATE TABLE intake_ticket_sequences (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  location_id uuid NOT NULL REFERENCES locations (id),
  day date NOT NULL,
  last_number integer NOT NULL CHECK (last_number > 0),
  PRIMARY KEY (tenant_id, location_id, day)
);

CREATE TABLE intake_tickets (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid PRIMARY KEY,
  location_id uuid NOT NULL REFERENCES locations (id),
  -- The local (Europe/Berlin) day the number belongs to.
  day date NOT NULL,
  number integer NOT NULL CHECK (number > 0),
  -- walk_in: came without appointment; emergency: goes before walk-ins;
  -- appointment: booked, checked in at the desk, called at scheduled_at.
  kind text NOT NULL CHECK (kind IN ('walk_in', 'emergency', 'appointment')),
  scheduled_at timestamptz,
  issued_via text NOT NULL CHECK (issued_via IN ('kiosk', 'desk')),
  -- The rough group picked at the kiosk, before triage.
  concern_group text CHECK (concern_group IN ('residence', 'benefits', 'housing', 'counselling', 'work', 'other')),
  concern_id uuid REFERENCES concerns (id),
  -- The queue the ticket waits in; NULL until triage sorted it.
  unit_id uuid REFERENCES units (id),
  person_id uuid REFERENCES persons (id),
  -- The online booking (appointments module) this ticket checked in; one ticket per booking.
  booking_id uuid UNIQUE REFERENCES appointment_bookings (id),
  status text NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'called', 'done', 'no_show')),
  issued_at timestamptz NOT NULL,
  called_at timestamptz,
  called_by uuid REFERENCES staff (id),
  counter_name text CHECK (length(counter_name) BETWEEN 1 AND 40),
  recalls integer NOT NULL DEFAULT 0,
  finished_at timestamptz,
  CHECK ((kind = 'appointment') = (scheduled_at IS NOT NULL)),
  CHECK (status = 'waiting' OR (called_at IS NOT NULL AND counter_name IS NOT NULL)),
  UNIQUE (tenant_id, location_id, day, number)
);
-- Call-next scans the waiting tickets of one queue.
CREATE INDEX intake_tickets_queue ON intake_tickets (tenant_id, location_id, unit_id, issued_at) WHERE status = 'waiting';
-- The display lists the last calls; the estimate reads recent handling times.
CREATE INDEX intake_tickets_called ON intake_tickets (tenant_id, location_id, called_at) WHERE called_at IS NOT NULL;
CREATE INDEX intake_tickets_finished ON intake_tickets (tenant_id, unit_id, finished_at) WHERE status = 'done';
CREATE INDEX intake_tickets_finished_here ON intake_tickets (tenant_id, location_id, finished_at) WHERE status = 'done';

-- Every move of a ticket to another unit's queue (Weiterleitung in the entrance zone).
CREATE TABLE intake_forwardings (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid PRIMARY KEY,
  ticket_id uuid NOT NULL REFERENCES intake_tickets (id),
  from_unit_id uuid REFERENCES units (id),
  to_unit_id uuid NOT NULL REFERENCES units (id),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  forwarded_by uuid NOT NULL REFERENCES staff (id),
  forwarded_at timestamptz NOT NULL
);
CREATE INDEX intake_forwardings_ticket ON intake_forwardings (ticket_id);

-- Tickets issued at the public kiosk, counted per client address and minute,
-- in the tenant's transaction, so the limit holds across app processes.
CREATE TABLE intake_kiosk_throttle (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  key text NOT NULL,
  window_started_at timestamptz NOT NULL,
  issued integer NOT NULL,
  PRIMARY KEY (tenant_id, key)
);

ALTER TABLE intake_ticket_sequences ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON intake_ticket_sequences USING (tenant_id = lotse_current_tenant()) WITH CHECK (tenant_id = lotse_current_tenant());
GRANT SELECT, INSERT, UPDATE ON intake_ticket_sequences TO lotse_app;

ALTER TABLE intake_tickets ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON intake_tickets USING (tenant_id = lotse_current_tenant()) WITH CHECK (tenant_id = lotse_current_tenant());
GRANT SELECT, INSERT, UPDATE ON intake_tickets TO lotse_app;

ALTER TABLE intake_forwardings ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON intake_forwardings USING (tenant_id = lotse_current_tenant()) WITH CHECK (tenant_id = lotse_current_tenant());
GRANT SELECT, INSERT ON intake_forwardings TO lotse_app;

ALTER TABLE intake_kiosk_throttle ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON intake_kiosk_throttle USING (tenant_id = lotse_current_tenant()) WITH CHECK (tenant_id = lotse_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON intake_kiosk_throttle TO lotse_app;
