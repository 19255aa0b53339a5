import { pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAtColumn } from "../db/columns.js";
import { users } from "../db/schema.js";

/**
 * A user's personal calendar feed: the secret in its URL is found by its hash, and kept encrypted
 * so the account page can show the URL again. Renewing replaces both, so the old URL stops working.
 */
export const calendarFeeds = pgTable("calendar_feeds", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash").notNull().unique(),
  tokenEncrypted: text("token_encrypted").notNull(),
  createdAt: createdAtColumn(),
});
