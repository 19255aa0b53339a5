import type { Executor } from "../db/database.js";
import * as repository from "./reference.repository.js";

/**
 * What a postal code check can tell. "unchecked" while no postal codes have been imported: issue 3
 * makes an unknown postal code a validation error once the table is filled, and only a warning
 * while it is empty, so that a fresh installation can be used before the import.
 */
export type PostalCodeCheck = "known" | "unknown" | "unchecked";

export async function checkPostalCode(db: Executor, code: string): Promise<PostalCodeCheck> {
  return (await checkPostalCodes(db, [code])).get(code) ?? "unchecked";
}

/** Checks several postal codes with at most two queries; the map has an entry for each given code. */
export async function checkPostalCodes(
  db: Executor,
  codes: readonly string[],
): Promise<Map<string, PostalCodeCheck>> {
  const found = new Set((await repository.findPostalCodes(db, codes)).map((row) => row.code));
  // A code that was found proves the table is filled; only when none was found must we ask.
  const tableFilled = found.size > 0 || (codes.length > 0 && (await repository.hasAnyPostalCode(db)));
  return new Map(
    codes.map((code) => [code, found.has(code) ? "known" : tableFilled ? "unknown" : "unchecked"]),
  );
}

/** The town of a postal code ("4000" -> "Roskilde"), or undefined when the code is not known. */
export async function townName(db: Executor, code: string): Promise<string | undefined> {
  return (await repository.findPostalCode(db, code))?.name;
}
