import { and, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import { youthConsents } from "./youth.tables.js";

export type ConsentKind = (typeof youthConsents.$inferSelect)["kind"];

/**
 * SQL that is true when the young person (a column holding youth.id) currently has the consent:
 * the newest consent row of that kind grants it. The one place this rule is written; every query
 * that shows young people or their wishes to companies filters with it.
 */
export function hasCurrentConsent(
  youthIdColumn: SQL | SQL.Aliased | { getSQL(): SQL },
  kind: ConsentKind,
): SQL {
  return sql`coalesce((
    select ${youthConsents.granted} from ${youthConsents}
    where ${youthConsents.youthId} = ${youthIdColumn} and ${youthConsents.kind} = ${kind}
    order by ${youthConsents.recordedAt} desc, ${youthConsents.id} desc
    limit 1
  ), false)`;
}

/** The current state of each consent kind for some young people. */
export async function currentConsents(db: Executor, youthIds: string[]) {
  if (youthIds.length === 0) return [];
  return db
    .selectDistinctOn([youthConsents.youthId, youthConsents.kind], {
      youthId: youthConsents.youthId,
      kind: youthConsents.kind,
      granted: youthConsents.granted,
      textVersion: youthConsents.textVersion,
      recordedAt: youthConsents.recordedAt,
    })
    .from(youthConsents)
    .where(inArray(youthConsents.youthId, youthIds))
    .orderBy(
      youthConsents.youthId,
      youthConsents.kind,
      desc(youthConsents.recordedAt),
      desc(youthConsents.id),
    );
}

export async function recordConsent(
  db: Executor,
  values: {
    youthId: string;
    municipalityId: string;
    kind: ConsentKind;
    granted: boolean;
    textVersion: string;
    recordedAt: Date;
    recordedByUserId: string | null;
  },
): Promise<void> {
  await db.insert(youthConsents).values(values);
}

export async function consentHistory(db: Executor, youthId: string) {
  return db
    .select()
    .from(youthConsents)
    .where(and(eq(youthConsents.youthId, youthId)))
    .orderBy(desc(youthConsents.recordedAt), desc(youthConsents.id));
}
