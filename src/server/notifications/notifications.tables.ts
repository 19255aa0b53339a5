import { boolean, pgTable, uuid } from "drizzle-orm/pg-core";
import { updatedAtColumn } from "../db/columns.js";
import { users } from "../db/schema.js";

/**
 * Which emails a user wants, per kind. A null column means the default for the user's role (see
 * notifications.ts): a young person is told of a company's one-sided interest only if they chose it.
 */
export const notificationPreferences = pgTable("notification_preferences", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  interest: boolean("interest"),
  match: boolean("match"),
  message: boolean("message"),
  meeting: boolean("meeting"),
  internship: boolean("internship"),
  reminder: boolean("reminder"),
  referral: boolean("referral"),
  updatedAt: updatedAtColumn(),
});
