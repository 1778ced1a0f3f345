-- Catalogue of concerns (Anliegen / Leistungen), the places where they are
-- served, the Anliegen-Finder's decision tree, and the request counters that
-- rate-limit the public pages.

CREATE TABLE concerns (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid PRIMARY KEY,
  -- The German title; the same text as content->'de'->>'title', kept as a
  -- column because other modules show it in lists and e-mails.
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  responsible_unit_id uuid REFERENCES units (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  -- Leistungskatalog key: 14 digits. Empty for the many local concerns without one.
  leika_key text CHECK (leika_key ~ '^[0-9]{14}$'),
  -- How people reach it: book a slot online, come without appointment, or an emergency.
  channel text NOT NULL DEFAULT 'online_booking' CHECK (channel IN ('online_booking', 'walk_in', 'emergency')),
  duration_minutes integer CHECK (duration_minutes BETWEEN 1 AND 600),
  -- Texts per language tag: {"de": {"title", "description", "prerequisites": [], "documents": [], "fees", "accessNote"}, "en": {…}, …}
  content jsonb NOT NULL DEFAULT '{}',
  -- Forms to fill in: [{"title", "url"}]
  forms jsonb NOT NULL DEFAULT '[]',
  -- Withdrawn concerns stay (appointments and tickets refer to them) but are no longer offered.
  active boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX concerns_tenant ON concerns (tenant_id, title);

ALTER TABLE concerns ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON concerns USING (tenant_id = lotse_current_tenant()) WITH CHECK (tenant_id = lotse_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON concerns TO lotse_app;

-- Places where the authority serves people (offices, counters, branch offices).
CREATE TABLE locations (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid PRIMARY KEY,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  address text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, name)
);

ALTER TABLE locations ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON locations USING (tenant_id = lotse_current_tenant()) WITH CHECK (tenant_id = lotse_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON locations TO lotse_app;

-- Where a concern is served.
CREATE TABLE concern_locations (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  concern_id uuid NOT NULL REFERENCES concerns (id) ON DELETE CASCADE,
  location_id uuid NOT NULL REFERENCES locations (id),
  PRIMARY KEY (concern_id, location_id)
);

ALTER TABLE concern_locations ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON concern_locations USING (tenant_id = lotse_current_tenant()) WITH CHECK (tenant_id = lotse_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON concern_locations TO lotse_app;

-- The Anliegen-Finder's decision tree, one document per tenant, validated by
-- the application before it is stored (see src/modules/services/finder-tree.ts).
CREATE TABLE finder_trees (
  tenant_id uuid PRIMARY KEY REFERENCES tenants (id),
  tree jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE finder_trees ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON finder_trees USING (tenant_id = lotse_current_tenant()) WITH CHECK (tenant_id = lotse_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON finder_trees TO lotse_app;

-- Requests per client address and window for the public routes, shared by all
-- app processes. The key holds a hash of the address, never the address itself.
CREATE TABLE public_rate_limits (
  key text PRIMARY KEY,
  window_started_at timestamptz NOT NULL,
  hits integer NOT NULL
);
