-- Foundation: tenants, units, staff, partner organisations, sessions,
-- invitations, login throttling and the hash-chained audit log.
--
-- The application works as the role lotse_app inside every tenant
-- transaction. lotse_app is not a superuser and does not bypass row-level
-- security, so the tenant policies below are a second wall behind the
-- application's own checks.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lotse_app') THEN
    CREATE ROLE lotse_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
  IF NOT pg_has_role(current_user, 'lotse_app', 'MEMBER') THEN
    EXECUTE format('GRANT lotse_app TO %I', current_user);
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO lotse_app;

-- The tenant a transaction acts for; NULL when none was set, which makes
-- every policy below match nothing.
CREATE FUNCTION lotse_current_tenant() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('lotse.tenant_id', true), '')::uuid $$;

CREATE TABLE tenants (
  id uuid PRIMARY KEY,
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL DEFAULT now()
);
GRANT SELECT ON tenants TO lotse_app;

CREATE TABLE units (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid PRIMARY KEY,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  type text NOT NULL CHECK (type IN ('intake', 'immigration', 'asylum_benefits', 'accommodation', 'integration', 'jobcentre', 'partner_desk', 'other')),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, name)
);

CREATE TABLE partner_organisations (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid PRIMARY KEY,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  kind text NOT NULL CHECK (length(kind) BETWEEN 1 AND 100),
  contact_email text,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, name)
);

CREATE TABLE staff (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid PRIMARY KEY,
  -- Stored lower-cased; unique across the installation because login starts
  -- from the e-mail address alone.
  email text NOT NULL UNIQUE CHECK (email = lower(email)),
  display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  roles text[] NOT NULL DEFAULT '{}',
  status text NOT NULL CHECK (status IN ('invited', 'active', 'disabled')),
  password_hash text,
  totp_secret text,
  totp_last_step bigint,
  oidc_subject text,
  partner_organisation_id uuid REFERENCES partner_organisations (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, oidc_subject)
);

CREATE TABLE staff_units (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  staff_id uuid NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  unit_id uuid NOT NULL REFERENCES units (id),
  PRIMARY KEY (staff_id, unit_id)
);

CREATE TABLE recovery_codes (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  staff_id uuid NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  code_hash text NOT NULL,
  used_at timestamptz,
  PRIMARY KEY (staff_id, code_hash)
);

CREATE TABLE invitations (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  token_hash text PRIMARY KEY,
  staff_id uuid NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Sessions are looked up by the hash of the cookie token before the tenant is
-- known; that lookup runs as the owner, everything after it as lotse_app.
CREATE TABLE sessions (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id text PRIMARY KEY,
  staff_id uuid NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  stage text NOT NULL CHECK (stage IN ('totp', 'enrol', 'full')),
  csrf_token text NOT NULL,
  pending_totp_secret text,
  auth_method text NOT NULL CHECK (auth_method IN ('password', 'oidc')),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX sessions_staff ON sessions (staff_id) WHERE revoked_at IS NULL;

-- Failed login counters per account and per address, shared by all app processes.
CREATE TABLE login_throttle (
  key text PRIMARY KEY,
  window_started_at timestamptz NOT NULL,
  failures integer NOT NULL,
  locked_until timestamptz
);

-- OIDC login state between redirect and callback (PKCE verifier, nonce).
CREATE TABLE oidc_login_states (
  state text PRIMARY KEY,
  code_verifier text NOT NULL,
  nonce text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Append-only audit log, one hash chain per tenant.
CREATE TABLE audit_log (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  seq bigint NOT NULL,
  at timestamptz NOT NULL,
  actor_id uuid,
  actor_label text NOT NULL,
  action text NOT NULL,
  subject_type text,
  subject_id text,
  person_id uuid,
  purpose text NOT NULL,
  details jsonb NOT NULL DEFAULT '{}',
  prev_hash text NOT NULL,
  hash text NOT NULL,
  PRIMARY KEY (tenant_id, seq)
);
CREATE INDEX audit_log_actor ON audit_log (tenant_id, actor_id, seq);
CREATE INDEX audit_log_person ON audit_log (tenant_id, person_id, seq) WHERE person_id IS NOT NULL;
CREATE INDEX audit_log_action ON audit_log (tenant_id, action, seq);

-- The head of each tenant's chain: the last sequence number and hash. It
-- serialises writers of one tenant and lets verify notice a cut-off tail.
CREATE TABLE audit_heads (
  tenant_id uuid PRIMARY KEY REFERENCES tenants (id),
  seq bigint NOT NULL,
  hash text NOT NULL
);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();

-- Row-level security: every tenant table is visible only inside its tenant.
-- ENABLE (not FORCE): the owner keeps the narrow system view it needs to find
-- a session or an account before the tenant is known; lotse_app never has it.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['units', 'partner_organisations', 'staff', 'staff_units', 'recovery_codes',
                           'invitations', 'sessions', 'audit_log', 'audit_heads']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = lotse_current_tenant()) WITH CHECK (tenant_id = lotse_current_tenant())', t);
  END LOOP;
END
$$;
CREATE POLICY tenant_isolation ON tenants USING (id = lotse_current_tenant());
ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;

GRANT SELECT, INSERT, UPDATE, DELETE ON units, partner_organisations, staff, staff_units, recovery_codes,
  invitations, sessions TO lotse_app;
GRANT SELECT, INSERT ON audit_log TO lotse_app;
GRANT SELECT, UPDATE ON audit_heads TO lotse_app;
