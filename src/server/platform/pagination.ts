import { z } from "zod";
import { badRequest } from "./problems.js";

export const paginationQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).describe("Items per page (1-200)"),
  cursor: z.string().max(200).optional().describe("The nextCursor of the previous page"),
});

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** Cursors are opaque to clients: the id of the last item seen, encoded. */
export function encodeCursor(id: string): string {
  return Buffer.from(id, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const id = Buffer.from(cursor, "base64url").toString("utf8");
  if (!z.uuid().safeParse(id).success)
    throw badRequest("Invalid cursor", [{ path: "cursor", message: "Invalid cursor" }]);
  return id;
}

/** Repositories fetch limit + 1 rows; the extra row only tells whether there is a next page. */
export function toPage<T extends { id: string }>(
  rows: T[],
  limit: number,
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
}
