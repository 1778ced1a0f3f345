-- Shared case file (E-Akte): one file per person, sections owned by units,
-- a timeline of everything, notes, documents, tasks, referrals between units,
-- case conferences with time-limited partner access, consent and break-glass.
--
-- Section types and the need-to-know matrix have defaults in code
-- (src/modules/cases/defaults.ts); a tenant that configures its own keeps
-- them in case_section_types / case_access_matrix.

CREATE TABLE case_section_types (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  key text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]{1,39}$'),
  label text NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
  owner_unit_type text NOT NULL,
  position integer NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, key)
);

CREATE TABLE case_access_matrix (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  unit_type text NOT NULL,
  section_type text NOT NULL,
  access text NOT NULL CHECK (access IN ('none', 'read', 'write')),
  -- May this unit type read notes of the special categories (Art. 9 GDPR:
  -- health, asylum reasons) in this section?
  special_category boolean NOT NULL DEFAULT false,
  PRIMARY KEY (tenant_id, unit_type, section_type)
);

CREATE TABLE cases (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES persons (id),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  created_by uuid REFERENCES staff (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, person_id)
);

CREATE TABLE case_sections (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  case_id uuid NOT NULL REFERENCES cases (id),
  section_type text NOT NULL,
  owner_unit_id uuid REFERENCES units (id),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'dormant', 'closed')),
  opened_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, section_type)
);

CREATE TABLE case_events (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  -- NULL: concerns the whole file (referrals, conferences, consent).
  section_type text,
  kind text NOT NULL CHECK (kind IN ('note', 'document', 'status', 'task', 'referral', 'conference', 'consent')),
  subject_id uuid,
  confidentiality text NOT NULL DEFAULT 'standard' CHECK (confidentiality IN ('standard', 'confidential', 'special_category')),
  summary text NOT NULL CHECK (length(summary) <= 500),
  actor_label text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX case_events_timeline ON case_events (case_id, at DESC, id DESC);

CREATE TABLE case_notes (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  section_type text NOT NULL,
  confidentiality text NOT NULL CHECK (confidentiality IN ('standard', 'confidential', 'special_category')),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
  author_id uuid REFERENCES staff (id),
  author_label text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX case_notes_case ON case_notes (case_id, section_type, created_at DESC);

CREATE TABLE case_documents (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  section_type text NOT NULL,
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  media_type text NOT NULL,
  size_bytes integer NOT NULL CHECK (size_bytes > 0),
  sha256 text NOT NULL,
  storage_key text NOT NULL,
  uploaded_by uuid REFERENCES staff (id),
  uploaded_at timestamptz NOT NULL
);
CREATE INDEX case_documents_case ON case_documents (case_id, section_type, uploaded_at DESC);

-- Versioned consent texts: a consent always points at the exact wording the
-- person agreed to.
CREATE TABLE consent_texts (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid PRIMARY KEY,
  purpose text NOT NULL CHECK (length(purpose) BETWEEN 1 AND 200),
  version integer NOT NULL CHECK (version > 0),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, purpose, version)
);

-- Access beyond the matrix: a unit may read (or write) a section of one case
-- because the person consented for a purpose, or because a legal basis was
-- recorded. Revocation is a timestamp, checked on every request.
CREATE TABLE case_access_grants (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  unit_id uuid NOT NULL REFERENCES units (id),
  section_type text NOT NULL,
  access text NOT NULL CHECK (access IN ('read', 'write')),
  basis text NOT NULL CHECK (basis IN ('consent', 'legal_basis')),
  purpose text NOT NULL CHECK (length(purpose) BETWEEN 1 AND 300),
  consent_text_id uuid REFERENCES consent_texts (id),
  legal_reference text CHECK (length(legal_reference) BETWEEN 1 AND 300),
  granted_by uuid REFERENCES staff (id),
  granted_at timestamptz NOT NULL,
  revoked_at timestamptz,
  revoked_by uuid REFERENCES staff (id),
  CHECK ((basis = 'consent') = (consent_text_id IS NOT NULL)),
  CHECK ((basis = 'legal_basis') = (legal_reference IS NOT NULL))
);
CREATE INDEX case_access_grants_case ON case_access_grants (case_id) WHERE revoked_at IS NULL;

CREATE TABLE case_break_glass (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  person_id uuid NOT NULL REFERENCES persons (id),
  staff_id uuid NOT NULL REFERENCES staff (id),
  staff_label text NOT NULL,
  reason text NOT NULL CHECK (length(reason) BETWEEN 10 AND 2000),
  started_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  reviewed_at timestamptz,
  reviewed_by uuid REFERENCES staff (id),
  CHECK (expires_at > started_at)
);
CREATE INDEX case_break_glass_open ON case_break_glass (tenant_id, started_at DESC) WHERE reviewed_at IS NULL;

-- Referral (Weiterleitung): always in exactly one state; the state machine
-- lives in src/modules/cases/referral-state.ts, the CHECKs keep the table
-- honest even against a faulty caller.
CREATE TABLE referrals (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  from_unit_id uuid NOT NULL REFERENCES units (id),
  to_unit_id uuid NOT NULL REFERENCES units (id),
  -- The concerns catalogue comes with a later migration; checked in code.
  concern_id uuid,
  concern_text text CHECK (length(concern_text) <= 500),
  handover_note text NOT NULL CHECK (length(handover_note) BETWEEN 1 AND 5000),
  due_date date NOT NULL,
  section_types text[] NOT NULL DEFAULT '{}',
  state text NOT NULL CHECK (state IN ('open', 'accepted', 'returned', 'completed')),
  return_reason text CHECK (length(return_reason) BETWEEN 1 AND 2000),
  decided_by uuid REFERENCES staff (id),
  decided_at timestamptz,
  escalated_at timestamptz,
  created_by uuid REFERENCES staff (id),
  created_at timestamptz NOT NULL,
  CHECK (from_unit_id <> to_unit_id),
  CHECK (concern_id IS NOT NULL OR concern_text IS NOT NULL),
  CHECK ((state = 'returned') = (return_reason IS NOT NULL)),
  CHECK ((state = 'open') = (decided_at IS NULL))
);
CREATE INDEX referrals_inbox ON referrals (to_unit_id, state, due_date);
CREATE INDEX referrals_outbox ON referrals (from_unit_id, state, due_date);

CREATE TABLE case_conferences (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  section_types text[] NOT NULL CHECK (cardinality(section_types) > 0),
  consent_text_id uuid NOT NULL REFERENCES consent_texts (id),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  minutes text NOT NULL DEFAULT '' CHECK (length(minutes) <= 50000),
  created_by uuid REFERENCES staff (id),
  created_at timestamptz NOT NULL,
  CHECK (ends_at > starts_at)
);

CREATE TABLE case_conference_participants (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  conference_id uuid NOT NULL REFERENCES case_conferences (id),
  unit_id uuid REFERENCES units (id),
  staff_id uuid REFERENCES staff (id),
  CHECK ((unit_id IS NULL) <> (staff_id IS NULL)),
  UNIQUE (conference_id, unit_id),
  UNIQUE (conference_id, staff_id)
);
CREATE INDEX case_conference_participants_staff ON case_conference_participants (staff_id) WHERE staff_id IS NOT NULL;

CREATE TABLE case_tasks (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  section_type text,
  conference_id uuid REFERENCES case_conferences (id),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  due_date date,
  assignee_unit_id uuid REFERENCES units (id),
  assignee_staff_id uuid REFERENCES staff (id),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
  created_by uuid REFERENCES staff (id),
  created_at timestamptz NOT NULL,
  done_at timestamptz,
  CHECK ((assignee_unit_id IS NULL) <> (assignee_staff_id IS NULL)),
  CHECK ((status = 'done') = (done_at IS NOT NULL))
);
CREATE INDEX case_tasks_case ON case_tasks (case_id, status, due_date);

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['case_section_types', 'case_access_matrix', 'cases', 'case_sections', 'case_events', 'case_notes',
                           'case_documents', 'consent_texts', 'case_access_grants', 'case_break_glass', 'referrals',
                           'case_conferences', 'case_conference_participants', 'case_tasks']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = lotse_current_tenant()) WITH CHECK (tenant_id = lotse_current_tenant())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO lotse_app', t);
  END LOOP;
END
$$;
