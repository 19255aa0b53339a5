import { inArray } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import type { NotificationKind } from "./notifications.js";
import { notificationPreferences } from "./notifications.tables.js";

export type StoredPreferences = typeof notificationPreferences.$inferSelect;

export async function findPreferences(
  db: Executor,
  userIds: readonly string[],
): Promise<StoredPreferences[]> {
  if (userIds.length === 0) return [];
  return db
    .select()
    .from(notificationPreferences)
    .where(inArray(notificationPreferences.userId, [...userIds]));
}

export async function savePreferences(
  db: Executor,
  userId: string,
  values: Partial<Record<NotificationKind, boolean>>,
  now: Date,
): Promise<void> {
  await db
    .insert(notificationPreferences)
    .values({ userId, ...values, updatedAt: now })
    .onConflictDoUpdate({ target: notificationPreferences.userId, set: { ...values, updatedAt: now } });
}
