-- Online booking: schedules, released slots, bookings (reserve → confirm),
-- draws for scarce releases, and the counters behind the anti-bot defences.
--
-- The database itself keeps the promises the booking flow makes:
--   * no two slots of one schedule overlap on the same counter (exclusion constraint);
--   * a slot has at most one live booking (partial unique index);
--   * a person has at most one open booking per concern (partial unique index);
--   * a booked name never changes (trigger);
--   * a draw gives each slot to at most one request (unique index).

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- One schedule per unit and location: when and how many counters serve.
CREATE TABLE appointment_schedules (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid PRIMARY KEY,
  unit_id uuid NOT NULL REFERENCES units (id),
  location_id uuid NOT NULL REFERENCES locations (id),
  -- [{"weekday":1..7 (Monday = 1), "opens":"08:00", "closes":"12:00"}], local time of time_zone.
  opening_hours jsonb NOT NULL DEFAULT '[]',
  time_zone text NOT NULL DEFAULT 'Europe/Berlin',
  counters integer NOT NULL CHECK (counters BETWEEN 1 AND 100),
  -- Share of each time's counters offered online, in percent; the rest is for internal booking.
  online_percent integer NOT NULL CHECK (online_percent BETWEEN 0 AND 100),
  booking_window_days integer NOT NULL CHECK (booking_window_days BETWEEN 1 AND 365),
  -- How long a cancelled slot stays closed before it can be booked again.
  cooldown_minutes integer NOT NULL DEFAULT 30 CHECK (cooldown_minutes BETWEEN 0 AND 1440),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, unit_id, location_id)
);

-- Which concerns a schedule serves, and how long one appointment for it takes.
CREATE TABLE appointment_schedule_concerns (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  schedule_id uuid NOT NULL REFERENCES appointment_schedules (id) ON DELETE CASCADE,
  concern_id uuid NOT NULL REFERENCES concerns (id),
  slot_minutes integer NOT NULL CHECK (slot_minutes BETWEEN 5 AND 480),
  PRIMARY KEY (schedule_id, concern_id)
);

CREATE TABLE appointment_holidays (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  schedule_id uuid NOT NULL REFERENCES appointment_schedules (id) ON DELETE CASCADE,
  day date NOT NULL,
  label text NOT NULL DEFAULT '' CHECK (length(label) <= 200),
  PRIMARY KEY (schedule_id, day)
);

-- A scarce release decided by lottery instead of speed.
CREATE TABLE appointment_draws (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid PRIMARY KEY,
  schedule_id uuid NOT NULL REFERENCES appointment_schedules (id),
  concern_id uuid NOT NULL REFERENCES concerns (id),
  requests_open_at timestamptz NOT NULL,
  requests_close_at timestamptz NOT NULL CHECK (requests_close_at > requests_open_at),
  status text NOT NULL DEFAULT 'collecting' CHECK (status IN ('collecting', 'drawn')),
  -- The random seed, published after the draw so anyone can recompute the allocation.
  seed text,
  drawn_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Released slots. Channel: online (public booking) or internal (staff).
CREATE TABLE appointment_slots (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid PRIMARY KEY,
  schedule_id uuid NOT NULL REFERENCES appointment_schedules (id),
  concern_id uuid NOT NULL REFERENCES concerns (id),
  counter integer NOT NULL CHECK (counter >= 1),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
  channel text NOT NULL CHECK (channel IN ('online', 'internal')),
  draw_id uuid REFERENCES appointment_draws (id),
  -- After a cancellation the slot reopens only at this time (cool-down against resale).
  reopens_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  EXCLUDE USING gist (schedule_id WITH =, counter WITH =, tstzrange(starts_at, ends_at) WITH &&)
);
CREATE INDEX appointment_slots_free ON appointment_slots (tenant_id, concern_id, starts_at);

CREATE TABLE appointment_bookings (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid PRIMARY KEY,
  slot_id uuid NOT NULL REFERENCES appointment_slots (id),
  concern_id uuid NOT NULL REFERENCES concerns (id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
  -- The address as compared for limits and for "one open booking per person".
  email_key text NOT NULL,
  phone text,
  language text NOT NULL DEFAULT 'de',
  channel text NOT NULL CHECK (channel IN ('online', 'internal', 'draw')),
  status text NOT NULL CHECK (status IN ('held', 'confirmed', 'cancelled', 'expired', 'arrived', 'no_show')),
  hold_expires_at timestamptz,
  confirm_code_hash text NOT NULL,
  -- The link in the reservation mail confirms; the link in the confirmation mail manages (cancel, rebook).
  confirm_token_hash text NOT NULL,
  confirm_attempts integer NOT NULL DEFAULT 0,
  manage_token_hash text NOT NULL UNIQUE,
  mail_status text NOT NULL DEFAULT 'pending' CHECK (mail_status IN ('pending', 'sent', 'not_sent', 'failed')),
  reminder_sent_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  confirmed_at timestamptz,
  cancelled_at timestamptz,
  attended_at timestamptz
);
-- The heart of it: one live booking per slot, whoever's process inserts first.
CREATE UNIQUE INDEX appointment_bookings_one_per_slot ON appointment_bookings (slot_id)
  WHERE status IN ('held', 'confirmed', 'arrived', 'no_show');
-- One open booking per person and concern.
CREATE UNIQUE INDEX appointment_bookings_one_open_per_person ON appointment_bookings (tenant_id, concern_id, email_key)
  WHERE status IN ('held', 'confirmed');
CREATE INDEX appointment_bookings_email ON appointment_bookings (tenant_id, email_key, created_at);

CREATE FUNCTION appointment_booking_name_is_fixed() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN
    IF NEW.name IS DISTINCT FROM OLD.name OR NEW.email_key IS DISTINCT FROM OLD.email_key THEN
      RAISE EXCEPTION 'the name and address of a booking cannot be changed' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END $$;
CREATE TRIGGER appointment_booking_name_fixed BEFORE UPDATE ON appointment_bookings
  FOR EACH ROW EXECUTE FUNCTION appointment_booking_name_is_fixed();

CREATE TABLE appointment_draw_requests (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid PRIMARY KEY,
  draw_id uuid NOT NULL REFERENCES appointment_draws (id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  email text NOT NULL,
  email_key text NOT NULL,
  language text NOT NULL DEFAULT 'de',
  verify_token_hash text NOT NULL UNIQUE,
  verified_at timestamptz,
  slot_id uuid REFERENCES appointment_slots (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (draw_id, email_key)
);
CREATE UNIQUE INDEX appointment_draw_requests_one_per_slot ON appointment_draw_requests (slot_id) WHERE slot_id IS NOT NULL;

-- Spent proof-of-work challenges: a solution counts once.
CREATE TABLE appointment_pow_spent (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  challenge_nonce text NOT NULL,
  spent_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, challenge_nonce)
);

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['appointment_schedules', 'appointment_schedule_concerns', 'appointment_holidays', 'appointment_draws',
                           'appointment_slots', 'appointment_bookings', 'appointment_draw_requests', 'appointment_pow_spent']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = lotse_current_tenant()) WITH CHECK (tenant_id = lotse_current_tenant())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO lotse_app', t);
  END LOOP;
END
$$;

-- Request counters of the public booking routes, per address and per e-mail,
-- shared by all app processes. Keys carry the tenant; read before a tenant
-- transaction, like login_throttle.
CREATE TABLE appointment_rate_limits (
  key text PRIMARY KEY,
  window_started_at timestamptz NOT NULL,
  hits integer NOT NULL
);
-- Counted inside the tenant transaction of each public request; keys are hashes.
GRANT SELECT, INSERT, UPDATE ON appointment_rate_limits TO lotse_app;
