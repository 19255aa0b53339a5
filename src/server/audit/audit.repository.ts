import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import { auditEvents, municipalities, users } from "../db/schema.js";
import type { TenantScope } from "../platform/tenant.js";

export type NewAuditEvent = typeof auditEvents.$inferInsert;

export async function insertAuditEvent(db: Executor, event: NewAuditEvent): Promise<void> {
  await db.insert(auditEvents).values(event);
}

export async function listAuditEvents(
  db: Executor,
  scope: TenantScope,
  page: { limit: number; before?: string },
) {
  const conditions: SQL[] = [];
  if (scope.kind === "municipality") conditions.push(eq(auditEvents.municipalityId, scope.municipalityId));
  if (page.before) conditions.push(lt(auditEvents.id, page.before));
  return db
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      action: auditEvents.action,
      subjectType: auditEvents.subjectType,
      subjectId: auditEvents.subjectId,
      ip: auditEvents.ip,
      requestId: auditEvents.requestId,
      actorId: users.id,
      actorDisplayName: users.displayName,
      municipalityId: municipalities.id,
      municipalitySlug: municipalities.slug,
      municipalityName: municipalities.name,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .leftJoin(municipalities, eq(municipalities.id, auditEvents.municipalityId))
    .where(and(...conditions))
    .orderBy(desc(auditEvents.id))
    .limit(page.limit + 1);
}
