import type { WishRow } from "./wishes.repository.js";
import type { WishOutput } from "./wishes.schemas.js";

/** What a company sees: the wish itself and an opaque id of the young person, nothing more. */
export function presentWishToCompany(row: WishRow): WishOutput {
  return {
    id: row.id,
    youthId: row.youthId,
    occupationField: row.occupationField,
    description: row.description,
    hoursPerWeek: row.hoursPerWeek,
    areaPostalCode: row.areaPostalCode,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
  };
}

/** What the young person and staff see. */
export function presentWish(row: WishRow): WishOutput {
  return { ...presentWishToCompany(row), updatedAt: row.updatedAt.toISOString() };
}
