-- Person register: the people the shared case file is about, their names in
-- every script and spelling, identifiers, family links and reviewed merges.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TABLE persons (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid PRIMARY KEY,
  -- The primary name in Latin letters, as shown in lists; every written form
  -- of the name (this one included) is in person_names.
  family_name text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 200),
  given_names text NOT NULL DEFAULT '' CHECK (length(given_names) <= 200),
  created_at timestamptz NOT NULL DEFAULT now(),
  -- As recorded in the documents (Personenstandsrecht: weiblich, männlich, divers, ohne Angabe).
  sex text NOT NULL DEFAULT 'unknown' CHECK (sex IN ('female', 'male', 'diverse', 'not_stated', 'unknown')),
  -- Month precision stores the 1st of the month, year precision 1 January;
  -- 'placeholder' is a date such as 01.01. set by an authority for lack of a
  -- known one: it is shown as recorded but counts only as weak evidence.
  birth_date date,
  birth_date_precision text NOT NULL DEFAULT 'unknown' CHECK (birth_date_precision IN ('exact', 'month', 'year', 'placeholder', 'unknown')),
  birth_place text NOT NULL DEFAULT '' CHECK (length(birth_place) <= 200),
  birth_country text CHECK (birth_country ~ '^[A-Z]{3}$'),
  nationalities text[] NOT NULL DEFAULT '{}',
  languages text[] NOT NULL DEFAULT '{}',
  phone text NOT NULL DEFAULT '' CHECK (length(phone) <= 50),
  email text NOT NULL DEFAULT '' CHECK (length(email) <= 254),
  address text NOT NULL DEFAULT '' CHECK (length(address) <= 500),
  -- Set when this record was merged into another after review; the record
  -- and everything attached to it stay, so a split restores it unchanged.
  merged_into uuid REFERENCES persons (id),
  -- The record that stands for this one after (possibly repeated) merges; null while it stands for itself.
  root_id uuid REFERENCES persons (id),
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((birth_date IS NULL) = (birth_date_precision = 'unknown')),
  CHECK ((merged_into IS NULL) = (root_id IS NULL)),
  CHECK (merged_into IS DISTINCT FROM id)
);
CREATE INDEX persons_birth_date ON persons (tenant_id, birth_date);
CREATE INDEX persons_root ON persons (root_id) WHERE root_id IS NOT NULL;
CREATE INDEX persons_merged_into ON persons (merged_into) WHERE merged_into IS NOT NULL;

-- Every written form of a person's name: the primary one, the original
-- script, transliterations from documents, and known spellings and aliases.
-- search_keys are the consonant skeletons of src/modules/people/name-keys.ts:
-- single parts, unordered pairs of parts, and both again with the birth year.
CREATE TABLE person_names (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES persons (id),
  kind text NOT NULL CHECK (kind IN ('primary', 'original_script', 'transliteration', 'alias', 'birth_name', 'former_name')),
  script text NOT NULL CHECK (script IN ('Latn', 'Arab', 'Cyrl', 'Ethi', 'Other')),
  family_name text NOT NULL DEFAULT '' CHECK (length(family_name) <= 200),
  given_names text NOT NULL DEFAULT '' CHECK (length(given_names) <= 200),
  source text NOT NULL DEFAULT '' CHECK (length(source) <= 100),
  search_keys text[] NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (length(family_name) + length(given_names) > 0)
);
CREATE INDEX person_names_person ON person_names (person_id);
CREATE INDEX person_names_keys ON person_names USING gin (search_keys);
CREATE UNIQUE INDEX person_names_one_primary ON person_names (person_id) WHERE kind = 'primary';

-- The name-key lookup for searches. Row-level security lets the planner use
-- an index only for leakproof operators, and the array overlap (&&) is not
-- one, so under RLS every search would read the whole table. This function
-- runs as the owner and filters by the caller's tenant itself; lotse_app may
-- call it, nobody else.
CREATE FUNCTION person_name_matches(keys text[])
  RETURNS TABLE (person_id uuid, hits integer)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  -- With many keys the planner prices the index above a scan of the table,
  -- whose overlap test on every row is far slower; the index is always right here.
  SET enable_seqscan = off
  ROWS 50 -- so callers join persons by primary key, not by scanning it
  AS $$
  BEGIN
    -- EXECUTE plans with the actual keys (a generic plan would not know how selective they are).
    RETURN QUERY EXECUTE
      'SELECT n.person_id, (SELECT count(*)::integer FROM unnest($1) k WHERE k = ANY (n.search_keys))
       FROM person_names n
       WHERE n.search_keys && $1 AND n.tenant_id = lotse_current_tenant()
       LIMIT 5000'
      USING keys;
  END
  $$;
REVOKE ALL ON FUNCTION person_name_matches(text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION person_name_matches(text[]) TO lotse_app;

-- The vocabulary of name skeletons with their one-deletion neighbours
-- (SymSpell), so a search can correct a typo in one name part by lookup.
CREATE TABLE person_name_terms (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  del text NOT NULL,
  term text NOT NULL,
  PRIMARY KEY (tenant_id, del, term)
);

CREATE TABLE person_identifiers (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES persons (id),
  kind text NOT NULL CHECK (kind IN ('azr', 'bamf', 'passport', 'local_file')),
  value text NOT NULL CHECK (length(value) BETWEEN 1 AND 60),
  -- Upper case, letters and digits only: what searches compare.
  value_norm text NOT NULL CHECK (value_norm ~ '^[A-Z0-9]{1,60}$'),
  issuing_country text CHECK (issuing_country ~ '^[A-Z]{3}$'),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX person_identifiers_value ON person_identifiers (tenant_id, value_norm);
CREATE INDEX person_identifiers_person ON person_identifiers (person_id);

-- Family links. 'parent': person_id is a parent of related_id; 'spouse' is symmetric.
CREATE TABLE person_relations (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES persons (id),
  related_id uuid NOT NULL REFERENCES persons (id),
  kind text NOT NULL CHECK (kind IN ('parent', 'spouse')),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (person_id <> related_id),
  UNIQUE (person_id, related_id, kind)
);
CREATE INDEX person_relations_related ON person_relations (related_id);

-- Reviewed merges: merged_id was merged into survivor_id. A split ends the
-- merge (split_at) and the row stays as history.
CREATE TABLE person_merges (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid PRIMARY KEY,
  survivor_id uuid NOT NULL REFERENCES persons (id),
  merged_id uuid NOT NULL REFERENCES persons (id),
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
  merged_by uuid REFERENCES staff (id),
  merged_by_label text NOT NULL,
  merged_at timestamptz NOT NULL DEFAULT now(),
  split_by uuid REFERENCES staff (id),
  split_by_label text,
  split_at timestamptz,
  split_reason text CHECK (length(split_reason) BETWEEN 1 AND 1000)
);
CREATE INDEX person_merges_survivor ON person_merges (survivor_id);
CREATE UNIQUE INDEX person_merges_active ON person_merges (merged_id) WHERE split_at IS NULL;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['persons', 'person_names', 'person_name_terms', 'person_identifiers', 'person_relations', 'person_merges']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = lotse_current_tenant()) WITH CHECK (tenant_id = lotse_current_tenant())', t);
  END LOOP;
END
$$;
GRANT SELECT, INSERT, UPDATE, DELETE ON persons, person_names, person_name_terms, person_identifiers, person_relations, person_merges TO lotse_app;
