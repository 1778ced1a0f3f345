-- Knowledge base (Wissensbasis): articles whose versions are valid by legal
-- dates (gilt ab / gilt bis), a review workflow, German full-text search, and
-- onboarding paths with read confirmations.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE knowledge_articles (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid PRIMARY KEY,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  owning_unit_id uuid REFERENCES units (id),
  -- Who is reminded when the review-by date passes.
  owner_staff_id uuid REFERENCES staff (id),
  tags text[] NOT NULL DEFAULT '{}',
  -- e.g. '§ 18g AufenthG'
  legal_refs text[] NOT NULL DEFAULT '{}',
  -- Processes live in migrations/0008_processes.sql, which runs after this
  -- file; the ids are checked by the application, not by a foreign key.
  related_process_ids uuid[] NOT NULL DEFAULT '{}',
  review_by date,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX knowledge_articles_review ON knowledge_articles (tenant_id, review_by) WHERE review_by IS NOT NULL;

ALTER TABLE knowledge_articles ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON knowledge_articles USING (tenant_id = lotse_current_tenant()) WITH CHECK (tenant_id = lotse_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON knowledge_articles TO lotse_app;

CREATE TABLE knowledge_article_concerns (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  article_id uuid NOT NULL REFERENCES knowledge_articles (id) ON DELETE CASCADE,
  concern_id uuid NOT NULL REFERENCES concerns (id) ON DELETE CASCADE,
  PRIMARY KEY (article_id, concern_id)
);

ALTER TABLE knowledge_article_concerns ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON knowledge_article_concerns USING (tenant_id = lotse_current_tenant()) WITH CHECK (tenant_id = lotse_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON knowledge_article_concerns TO lotse_app;

-- One text of an article with the legal period it describes. Publishing is
-- separate from validity: a version published today may be valid from next
-- month. Published versions of one article never overlap in validity; a
-- correction names the version it replaces, which becomes 'superseded'.
CREATE TABLE knowledge_versions (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid PRIMARY KEY,
  article_id uuid NOT NULL REFERENCES knowledge_articles (id) ON DELETE CASCADE,
  number integer NOT NULL CHECK (number > 0),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  body_markdown text NOT NULL CHECK (length(body_markdown) <= 200000),
  -- Rendered and sanitised once when written; body_text is what search indexes.
  body_html text NOT NULL,
  body_text text NOT NULL,
  change_note text NOT NULL DEFAULT '',
  valid_from date NOT NULL,
  -- Inclusive last day; NULL while no end is known.
  valid_until date,
  status text NOT NULL CHECK (status IN ('draft', 'review', 'published', 'superseded')),
  replaces_version_id uuid REFERENCES knowledge_versions (id),
  created_by uuid REFERENCES staff (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz,
  published_by uuid REFERENCES staff (id),
  validity daterange GENERATED ALWAYS AS (daterange(valid_from, valid_until, '[]')) STORED,
  search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('german'::regconfig, title), 'A') || setweight(to_tsvector('german'::regconfig, body_text), 'B')
  ) STORED,
  CHECK (valid_until IS NULL OR valid_until >= valid_from),
  UNIQUE (article_id, number),
  CONSTRAINT knowledge_versions_no_overlap EXCLUDE USING gist (article_id WITH =, validity WITH &&) WHERE (status = 'published')
);
CREATE INDEX knowledge_versions_search ON knowledge_versions USING gin (search_vector) WHERE status = 'published';

ALTER TABLE knowledge_versions ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON knowledge_versions USING (tenant_id = lotse_current_tenant()) WITH CHECK (tenant_id = lotse_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON knowledge_versions TO lotse_app;

-- Onboarding: an ordered list of articles and processes for new staff.
CREATE TABLE onboarding_paths (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid PRIMARY KEY,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  description text NOT NULL DEFAULT '',
  unit_id uuid REFERENCES units (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE onboarding_paths ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON onboarding_paths USING (tenant_id = lotse_current_tenant()) WITH CHECK (tenant_id = lotse_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON onboarding_paths TO lotse_app;

CREATE TABLE onboarding_steps (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  path_id uuid NOT NULL REFERENCES onboarding_paths (id) ON DELETE CASCADE,
  position integer NOT NULL CHECK (position > 0),
  article_id uuid REFERENCES knowledge_articles (id) ON DELETE CASCADE,
  process_id uuid,
  CHECK ((article_id IS NULL) <> (process_id IS NULL)),
  PRIMARY KEY (path_id, position)
);

ALTER TABLE onboarding_steps ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON onboarding_steps USING (tenant_id = lotse_current_tenant()) WITH CHECK (tenant_id = lotse_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON onboarding_steps TO lotse_app;

CREATE TABLE onboarding_assignments (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  path_id uuid NOT NULL REFERENCES onboarding_paths (id) ON DELETE CASCADE,
  staff_id uuid NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  assigned_by uuid REFERENCES staff (id),
  assigned_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (path_id, staff_id)
);

ALTER TABLE onboarding_assignments ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON onboarding_assignments USING (tenant_id = lotse_current_tenant()) WITH CHECK (tenant_id = lotse_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON onboarding_assignments TO lotse_app;

-- "I have read this": for an article, tied to the version read, so a newly
-- published version asks again; for a process, tied to the process.
CREATE TABLE read_confirmations (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  staff_id uuid NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  article_version_id uuid REFERENCES knowledge_versions (id) ON DELETE CASCADE,
  process_id uuid,
  confirmed_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((article_version_id IS NULL) <> (process_id IS NULL))
);
CREATE UNIQUE INDEX read_confirmations_version ON read_confirmations (staff_id, article_version_id) WHERE article_version_id IS NOT NULL;
CREATE UNIQUE INDEX read_confirmations_process ON read_confirmations (staff_id, process_id) WHERE process_id IS NOT NULL;

ALTER TABLE read_confirmations ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON read_confirmations USING (tenant_id = lotse_current_tenant()) WITH CHECK (tenant_id = lotse_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON read_confirmations TO lotse_app;

-- The best full-text matches for the search box. Row-level security keeps
-- the planner from using the GIN index for `@@` (the operator is not
-- leakproof, so it may not run before the tenant policy), which turns every
-- search into a scan of all versions. This function runs as the owner, plans
-- each query with its real values (EXECUTE), uses the index, and filters by
-- the transaction's tenant itself. It returns only version ids and ranks; the
-- caller reads titles and texts through the policy-protected table.
CREATE FUNCTION knowledge_top_versions(query tsquery, day date, max_rows integer) RETURNS TABLE (version_id uuid, rank real)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public
  AS $fn$
  BEGIN
    RETURN QUERY EXECUTE
      'SELECT id, ts_rank(search_vector, $1) FROM knowledge_versions
       WHERE status = ''published'' AND search_vector @@ $1 AND validity @> $2 AND tenant_id = lotse_current_tenant()
       ORDER BY 2 DESC, id LIMIT $3'
      USING query, day, max_rows;
  END
  $fn$;
REVOKE ALL ON FUNCTION knowledge_top_versions(tsquery, date, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION knowledge_top_versions(tsquery, date, integer) TO lotse_app;
