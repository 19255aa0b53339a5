-- The change feed (platform/change-feed.ts, decision 0010): hot read paths keep small in-memory
-- caches (sessions, a young person's recommendation state) and drop an entry when the database says
-- what it was read from has changed. Triggers send the notice in the changing transaction, so it is
-- heard only when that transaction commits, and no code path can forget to send it.
-- Payload: '<topic>:<key>'.
CREATE FUNCTION notify_change(topic text, key text) RETURNS void LANGUAGE sql AS $$
  SELECT pg_notify('nextwork_changes', topic || ':' || key);
$$;
--> statement-breakpoint
-- A session's row is read together with its user and the user's municipality.
CREATE FUNCTION notify_session_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM notify_change('user', OLD.user_id::text);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER sessions_notify_change AFTER UPDATE OF user_id, csrf_token, expires_at OR DELETE ON sessions
  FOR EACH ROW EXECUTE FUNCTION notify_session_change();
--> statement-breakpoint
CREATE FUNCTION notify_user_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM notify_change('user', OLD.id::text);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER users_notify_change AFTER UPDATE OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION notify_user_change();
--> statement-breakpoint
CREATE FUNCTION notify_municipality_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM notify_change('municipality', OLD.id::text);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER municipalities_notify_change AFTER UPDATE OR DELETE ON municipalities
  FOR EACH ROW EXECUTE FUNCTION notify_municipality_change();
--> statement-breakpoint
-- Every change to what a municipality's candidate index is built from raises its version (0005).
CREATE FUNCTION notify_matching_index_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM notify_change('matching_index', NEW.municipality_id::text);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER matching_index_versions_notify_change AFTER INSERT OR UPDATE ON matching_index_versions
  FOR EACH ROW EXECUTE FUNCTION notify_matching_index_change();
--> statement-breakpoint
-- What marks a young person's recommendations: the dismissals of a user, and the young person's
-- interests and matches.
CREATE FUNCTION notify_dismissal_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM notify_change('dismissals', OLD.user_id::text);
  ELSE
    PERFORM notify_change('dismissals', NEW.user_id::text);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER recommendation_dismissals_notify_change AFTER INSERT OR UPDATE OR DELETE ON recommendation_dismissals
  FOR EACH ROW EXECUTE FUNCTION notify_dismissal_change();
--> statement-breakpoint
CREATE FUNCTION notify_youth_marks_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM notify_change('youth_marks', OLD.youth_id::text);
  ELSE
    PERFORM notify_change('youth_marks', NEW.youth_id::text);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER interests_notify_change AFTER INSERT OR UPDATE OR DELETE ON interests
  FOR EACH ROW EXECUTE FUNCTION notify_youth_marks_change();
--> statement-breakpoint
CREATE TRIGGER matches_notify_change AFTER INSERT OR UPDATE OR DELETE ON matches
  FOR EACH ROW EXECUTE FUNCTION notify_youth_marks_change();
