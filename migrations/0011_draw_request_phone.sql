-- A draw request may give a phone number, as a reservation may: it is counted
-- against the per-phone request limit, and a winner's booking carries it so
-- staff can call (the day list shows it).
ALTER TABLE appointment_draw_requests ADD COLUMN phone text CHECK (length(phone) <= 40);
