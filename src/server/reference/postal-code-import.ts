import { z } from "zod";
import type { Database } from "../db/database.js";
import { countPostalCodes, type PostalCodeRow, upsertPostalCodes } from "./reference.repository.js";

// A generous box around Denmark, Bornholm included. Its use is to catch a file whose points are
// [latitude, longitude] rather than DAWA's [longitude, latitude]: swapped, every point falls outside.
const longitude = z.number().min(7.5).max(15.5);
const latitude = z.number().min(54).max(58);

/**
 * One entry of Dataforsyningen's (DAWA) `postnumre` list (https://api.dataforsyningen.dk/postnumre).
 * Only the fields we use are checked; the others (href, bbox, kommuner, ...) are ignored.
 */
const dawaPostalCode = z.object({
  nr: z.string().regex(/^\d{4}$/, "Expected four digits"),
  navn: z.string().trim().min(1),
  /** The town's visual centre as [longitude, latitude]; null for a few codes without an area. */
  visueltcenter: z.tuple([longitude, latitude]).nullable(),
});

const dawaPostalCodeList = z.array(dawaPostalCode).min(1, "The list is empty");

export type PostalCodeFileResult =
  | { ok: true; postalCodes: PostalCodeRow[]; skippedWithoutCentre: string[] }
  | { ok: false; problems: string[] };

const MAX_PROBLEMS_SHOWN = 10;

/** Reads a DAWA `postnumre` JSON text. Either every entry is usable (or skipped) or nothing is. */
export function parseDawaPostalCodes(text: string): PostalCodeFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`Not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const parsed = dawaPostalCodeList.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${describePath(issue.path)}: ${issue.message}`);
    return { ok: false, problems: problems.slice(0, MAX_PROBLEMS_SHOWN) };
  }

  const postalCodes: PostalCodeRow[] = [];
  const skippedWithoutCentre: string[] = [];
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const entry of parsed.data) {
    // Two entries for one code would make the upsert touch a row twice, and one of them is wrong.
    if (seen.has(entry.nr)) problems.push(`nr ${entry.nr}: appears more than once`);
    seen.add(entry.nr);
    if (!entry.visueltcenter) {
      skippedWithoutCentre.push(entry.nr);
      continue;
    }
    const [entryLongitude, entryLatitude] = entry.visueltcenter;
    postalCodes.push({
      code: entry.nr,
      name: entry.navn,
      latitude: entryLatitude,
      longitude: entryLongitude,
    });
  }
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS_SHOWN) };
  return { ok: true, postalCodes, skippedWithoutCentre };
}

function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "The file";
  const [index, ...rest] = path;
  const entry = typeof index === "number" ? `Entry ${index + 1}` : String(index);
  return rest.length > 0 ? `${entry}, ${rest.map(String).join(".")}` : entry;
}

/** Upserts the postal codes in one transaction and tells how many were new. */
export async function importPostalCodes(
  db: Database,
  postalCodes: readonly PostalCodeRow[],
): Promise<{ added: number; updated: number }> {
  return db.transaction(async (tx) => {
    const before = await countPostalCodes(tx);
    await upsertPostalCodes(tx, postalCodes);
    const added = (await countPostalCodes(tx)) - before;
    return { added, updated: postalCodes.length - added };
  });
}
