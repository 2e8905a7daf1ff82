-- Every saved version of a score sheet is kept: reject UPDATE and DELETE of score_sheet_versions.
CREATE OR REPLACE FUNCTION score_sheet_versions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'score_sheet_versions is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER score_sheet_versions_no_update BEFORE UPDATE OR DELETE ON score_sheet_versions
  FOR EACH ROW EXECUTE FUNCTION score_sheet_versions_append_only();
