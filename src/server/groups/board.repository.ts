import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import { users } from "../db/schema.js";
import type { TenantScope } from "../platform/tenant.js";
import { youth } from "../youth/youth.tables.js";
import { groupBoardPosts, networkGroupMemberships, networkGroups } from "./groups.tables.js";

const groupScope = (scope: TenantScope): SQL | undefined =>
  scope.kind === "municipality" ? eq(networkGroups.municipalityId, scope.municipalityId) : undefined;
const postScope = (scope: TenantScope): SQL | undefined =>
  scope.kind === "municipality" ? eq(groupBoardPosts.municipalityId, scope.municipalityId) : undefined;

export type BoardGroupRow = NonNullable<Awaited<ReturnType<typeof findGroup>>>;

export async function findGroup(db: Executor, scope: TenantScope, groupId: string) {
  const [row] = await db
    .select({
      id: networkGroups.id,
      municipalityId: networkGroups.municipalityId,
      status: networkGroups.status,
    })
    .from(networkGroups)
    .where(and(eq(networkGroups.id, groupId), groupScope(scope)))
    .limit(1);
  return row;
}

/** The user is a young person with an open membership (not yet left) of the group. */
export async function isOpenMember(db: Executor, groupId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: networkGroupMemberships.id })
    .from(networkGroupMemberships)
    .innerJoin(youth, eq(youth.id, networkGroupMemberships.youthId))
    .where(
      and(
        eq(networkGroupMemberships.groupId, groupId),
        eq(youth.userId, userId),
        isNull(networkGroupMemberships.leftOn),
      ),
    )
    .limit(1);
  return row !== undefined;
}

const postColumns = {
  id: groupBoardPosts.id,
  municipalityId: groupBoardPosts.municipalityId,
  groupId: groupBoardPosts.groupId,
  parentPostId: groupBoardPosts.parentPostId,
  authorUserId: groupBoardPosts.authorUserId,
  authorDisplayName: users.displayName,
  authorRole: users.role,
  body: groupBoardPosts.body,
  createdAt: groupBoardPosts.createdAt,
  hiddenAt: groupBoardPosts.hiddenAt,
  hiddenByUserId: groupBoardPosts.hiddenByUserId,
  hiddenReason: groupBoardPosts.hiddenReason,
};

export type BoardPostRow = Awaited<ReturnType<typeof listReplies>>[number];

function selectPosts(db: Executor) {
  return db
    .select(postColumns)
    .from(groupBoardPosts)
    .innerJoin(users, eq(users.id, groupBoardPosts.authorUserId));
}

/** Top-level posts, newest first, limit + 1 rows; `before` is the id of the last post the caller has. */
export async function listTopLevelPosts(
  db: Executor,
  groupId: string,
  page: { limit: number; before?: string | undefined },
) {
  return selectPosts(db)
    .where(
      and(
        eq(groupBoardPosts.groupId, groupId),
        isNull(groupBoardPosts.parentPostId),
        page.before
          ? sql`(${groupBoardPosts.createdAt}, ${groupBoardPosts.id}) < (select p.created_at, p.id from ${groupBoardPosts} p where p.id = ${page.before} and p.group_id = ${groupId})`
          : undefined,
      ),
    )
    .orderBy(desc(groupBoardPosts.createdAt), desc(groupBoardPosts.id))
    .limit(page.limit + 1);
}

/** The replies to the given posts, oldest first, as a conversation reads. */
export async function listReplies(db: Executor, parentPostIds: readonly string[]) {
  if (parentPostIds.length === 0) return [];
  return selectPosts(db)
    .where(inArray(groupBoardPosts.parentPostId, [...parentPostIds]))
    .orderBy(asc(groupBoardPosts.createdAt), asc(groupBoardPosts.id));
}

export async function findPost(
  db: Executor,
  scope: TenantScope,
  postId: string,
  options: { forUpdate?: boolean } = {},
): Promise<BoardPostRow | undefined> {
  const query = selectPosts(db)
    .where(and(eq(groupBoardPosts.id, postId), postScope(scope)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for("update", { of: groupBoardPosts }) : await query;
  return row;
}

export async function insertPost(
  db: Executor,
  values: {
    municipalityId: string;
    groupId: string;
    parentPostId: string | null;
    authorUserId: string;
    body: string;
    createdAt: Date;
  },
): Promise<BoardPostRow> {
  const [inserted] = await db.insert(groupBoardPosts).values(values).returning({ id: groupBoardPosts.id });
  if (!inserted) throw new Error("board post insert returned nothing");
  const row = await findPost(db, { kind: "all" }, inserted.id);
  if (!row) throw new Error("inserted board post not found");
  return row;
}

export async function hidePost(
  db: Executor,
  postId: string,
  values: { hiddenAt: Date; hiddenByUserId: string; hiddenReason: string | null },
): Promise<BoardPostRow> {
  await db.update(groupBoardPosts).set(values).where(eq(groupBoardPosts.id, postId));
  const row = await findPost(db, { kind: "all" }, postId);
  if (!row) throw new Error("hidden board post not found");
  return row;
}
