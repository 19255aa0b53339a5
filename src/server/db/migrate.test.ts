import fs from "node:fs";
import pg from "pg";
import { afterAll, expect, inject, it } from "vitest";
import { createDatabase, dropDatabase } from "../../../tests/support/test-database.js";
import { migrationsFolder, runMigrations } from "./migrate.js";

const name = `${inject("testDatabasePrefix")}_migrations`;
afterAll(() => dropDatabase(inject("testDatabaseAdminUrl"), name));

it("applies every migration once, however often and however concurrently it runs", async () => {
  const url = await createDatabase(inject("testDatabaseAdminUrl"), name);
  await Promise.all([runMigrations(url), runMigrations(url), runMigrations(url)]);
  await runMigrations(url);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const applied = await client.query("select count(*)::int as n from drizzle.__drizzle_migrations");
    const files = fs.readdirSync(migrationsFolder).filter((file) => file.endsWith(".sql"));
    expect(applied.rows[0].n).toBe(files.length);
    const tables = await client.query(
      "select table_name from information_schema.tables where table_schema = 'public' order by table_name",
    );
    expect(tables.rows.map((row) => row.table_name)).toEqual([
      "account_tokens",
      "audit_events",
      "calendar_feeds",
      "companies",
      "company_contacts",
      "company_referrals",
      "group_board_posts",
      "group_meeting_attendance",
      "group_meeting_notices",
      "group_meetings",
      "group_reflections",
      "interests",
      "internship_absences",
      "internship_check_ins",
      "internship_evaluations",
      "internship_extensions",
      "internships",
      "login_failures",
      "match_participant_marks",
      "matches",
      "matching_index_versions",
      "matchmaking_company_rankings",
      "matchmaking_event_openings",
      "matchmaking_event_youth",
      "matchmaking_events",
      "matchmaking_proposals",
      "matchmaking_youth_rankings",
      "meeting_feedback",
      "meetings",
      "message_reports",
      "messages",
      "municipalities",
      "network_group_facilitators",
      "network_group_memberships",
      "network_groups",
      "network_meeting_invitations",
      "network_meeting_responses",
      "network_meetings",
      "notification_preferences",
      "occupation_fields",
      "openings",
      "outbox_mails",
      "postal_codes",
      "recommendation_dismissals",
      "reminders",
      "sessions",
      "strengths",
      "users",
      "wishes",
      "youth",
      "youth_consents",
      "youth_progress_scores",
      "youth_resource_profiles",
      "youth_sensitive_information",
    ]);
  } finally {
    await client.end();
  }
});
