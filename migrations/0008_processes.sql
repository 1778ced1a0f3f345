-- Process map (Prozesslandkarte): service areas, the processes in them, their
-- version history (each version may hold a BPMN 2.0 model) and their links to
-- concerns and knowledge articles.

CREATE TABLE process_groups (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid PRIMARY KEY,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  position integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, name)
);

-- The current state of a process; every change also writes a row to
-- process_versions, so the history is complete from version 1 on.
CREATE TABLE processes (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid PRIMARY KEY,
  group_id uuid NOT NULL REFERENCES process_groups (id),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
  -- The owner is a unit or one staff member (the process owner), not both.
  owner_unit_id uuid REFERENCES units (id),
  owner_staff_id uuid REFERENCES staff (id),
  current_version integer NOT NULL DEFAULT 1 CHECK (current_version >= 1),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (owner_unit_id IS NULL OR owner_staff_id IS NULL),
  UNIQUE (tenant_id, title)
);
CREATE INDEX processes_group ON processes (tenant_id, group_id);
-- German full text over title and description for the one search box.
CREATE INDEX processes_fulltext ON processes
  USING gin (to_tsvector('german', title || ' ' || description));

CREATE TABLE process_versions (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  process_id uuid NOT NULL REFERENCES processes (id) ON DELETE CASCADE,
  version integer NOT NULL CHECK (version >= 1),
  title text NOT NULL,
  description text NOT NULL,
  owner_unit_id uuid,
  owner_staff_id uuid,
  -- The BPMN 2.0 XML of this version, as validated on import; NULL when the
  -- process has no model yet.
  bpmn_xml text,
  change_note text NOT NULL CHECK (length(change_note) BETWEEN 1 AND 2000),
  created_by uuid REFERENCES staff (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (process_id, version)
);

CREATE TABLE process_concern_links (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  process_id uuid NOT NULL REFERENCES processes (id) ON DELETE CASCADE,
  concern_id uuid NOT NULL REFERENCES concerns (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (process_id, concern_id)
);
CREATE INDEX process_concern_links_concern ON process_concern_links (tenant_id, concern_id);

CREATE TABLE process_article_links (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  process_id uuid NOT NULL REFERENCES processes (id) ON DELETE CASCADE,
  article_id uuid NOT NULL REFERENCES knowledge_articles (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (process_id, article_id)
);
CREATE INDEX process_article_links_article ON process_article_links (tenant_id, article_id);

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['process_groups', 'processes', 'process_versions', 'process_concern_links', 'process_article_links']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = lotse_current_tenant()) WITH CHECK (tenant_id = lotse_current_tenant())', t);
  END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE, DELETE ON process_groups, processes, process_concern_links, process_article_links TO lotse_app;
-- The history is append-only for the application.
GRANT SELECT, INSERT ON process_versions TO lotse_app;
