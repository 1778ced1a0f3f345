-- Bookings made by staff at the counter or on the phone (channel 'internal'):
-- the person may have no e-mail address, and the booking may name the person
-- of the register it is for.
ALTER TABLE appointment_bookings ALTER COLUMN email DROP NOT NULL;
ALTER TABLE appointment_bookings ALTER COLUMN email_key DROP NOT NULL;
ALTER TABLE appointment_bookings ADD CONSTRAINT appointment_bookings_email_unless_internal
  CHECK (channel = 'internal' OR (email IS NOT NULL AND email_key IS NOT NULL));
ALTER TABLE appointment_bookings ADD COLUMN person_id uuid REFERENCES persons (id);
CREATE INDEX appointment_bookings_person ON appointment_bookings (person_id) WHERE person_id IS NOT NULL;
