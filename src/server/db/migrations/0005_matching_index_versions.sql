-- Recommendations are ranked from an in-memory index per municipality (matching/candidate-index.ts).
-- Every change to what the index is built from raises the municipality's version here, in the same
-- transaction, so a server process sees the change on its next request; no code path can forget it.
CREATE FUNCTION bump_matching_index_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed_municipality uuid;
BEGIN
  IF TG_OP = 'DELETE' THEN
    changed_municipality := OLD.municipality_id;
  ELSE
    changed_municipality := NEW.municipality_id;
  END IF;
  INSERT INTO matching_index_versions (municipality_id, version) VALUES (changed_municipality, 1)
    ON CONFLICT (municipality_id) DO UPDATE SET version = matching_index_versions.version + 1;
  IF TG_OP = 'UPDATE' AND OLD.municipality_id IS DISTINCT FROM NEW.municipality_id THEN
    INSERT INTO matching_index_versions (municipality_id, version) VALUES (OLD.municipality_id, 1)
      ON CONFLICT (municipality_id) DO UPDATE SET version = matching_index_versions.version + 1;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER openings_bump_matching_index AFTER INSERT OR UPDATE OR DELETE ON openings
  FOR EACH ROW EXECUTE FUNCTION bump_matching_index_version();
--> statement-breakpoint
CREATE TRIGGER companies_bump_matching_index AFTER INSERT OR UPDATE OR DELETE ON companies
  FOR EACH ROW EXECUTE FUNCTION bump_matching_index_version();
--> statement-breakpoint
CREATE TRIGGER youth_bump_matching_index AFTER INSERT OR UPDATE OR DELETE ON youth
  FOR EACH ROW EXECUTE FUNCTION bump_matching_index_version();
--> statement-breakpoint
CREATE TRIGGER youth_resource_profiles_bump_matching_index AFTER INSERT OR UPDATE OR DELETE ON youth_resource_profiles
  FOR EACH ROW EXECUTE FUNCTION bump_matching_index_version();
--> statement-breakpoint
CREATE TRIGGER youth_consents_bump_matching_index AFTER INSERT OR UPDATE OR DELETE ON youth_consents
  FOR EACH ROW EXECUTE FUNCTION bump_matching_index_version();
--> statement-breakpoint
-- Postal code coordinates place homes and workplaces; a new import changes every municipality's distances.
CREATE FUNCTION bump_all_matching_index_versions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE matching_index_versions SET version = version + 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER postal_codes_bump_matching_index AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON postal_codes
  FOR EACH STATEMENT EXECUTE FUNCTION bump_all_matching_index_versions();
