import type { CurrentUser } from "../platform/sessions.js";
import type { UserRow } from "./accounts.repository.js";
import type { Colleague, Me, UserOutput } from "./accounts.schemas.js";

export function presentMe(user: CurrentUser): Me {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    municipality: user.municipality,
    locale: user.locale,
  };
}

/** What administrators see of a user; never the password hash. */
export function presentUser(row: UserRow): UserOutput {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    municipality: row.municipality,
    locale: row.locale,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentColleague(row: UserRow): Colleague {
  return { id: row.id, displayName: row.displayName };
}
