-- Security review of the two SECURITY DEFINER functions. Both filter by the
-- transaction's tenant themselves and return only ids and ranks, as before.
-- knowledge_top_versions named only `public` in its search_path; PostgreSQL
-- then looks in the session's temporary schema first for tables, so a role
-- that may create temporary tables could shadow knowledge_versions inside a
-- function running as the owner. Pin the temporary schema last, as
-- person_name_matches already does.
ALTER FUNCTION knowledge_top_versions(tsquery, date, integer) SET search_path = public, pg_temp;
