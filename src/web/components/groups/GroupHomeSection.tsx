import type { Role } from "../../api/types";

/** Placeholder until the feature's home section is built (issue 6). */
export function GroupHomeSection(_props: { role: Role }) {
  return null;
}
