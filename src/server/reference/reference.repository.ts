import { asc, count, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import { occupationFields, postalCodes, strengths } from "../db/schema.js";

export type OccupationFieldRow = { code: string; nameDa: string; nameEn: string; iscoCode: string };
export type StrengthRow = { code: string; nameDa: string; nameEn: string };
export type PostalCodeRow = { code: string; name: string; latitude: number; longitude: number };

const postalCodeColumns = {
  code: postalCodes.code,
  name: postalCodes.name,
  latitude: postalCodes.latitude,
  longitude: postalCodes.longitude,
};

/** Occupation fields that new profiles and openings may use, i.e. not retired. */
export async function listActiveOccupationFields(db: Executor): Promise<OccupationFieldRow[]> {
  return db
    .select({
      code: occupationFields.code,
      nameDa: occupationFields.nameDa,
      nameEn: occupationFields.nameEn,
      iscoCode: occupationFields.iscoCode,
    })
    .from(occupationFields)
    .where(isNull(occupationFields.retiredInVersion))
    .orderBy(asc(occupationFields.code));
}

export async function listActiveStrengths(db: Executor): Promise<StrengthRow[]> {
  return db
    .select({ code: strengths.code, nameDa: strengths.nameDa, nameEn: strengths.nameEn })
    .from(strengths)
    .where(isNull(strengths.retiredInVersion))
    .orderBy(asc(strengths.code));
}

export async function findPostalCode(db: Executor, code: string): Promise<PostalCodeRow | undefined> {
  const [row] = await db.select(postalCodeColumns).from(postalCodes).where(eq(postalCodes.code, code));
  return row;
}

export async function findPostalCodes(db: Executor, codes: readonly string[]): Promise<PostalCodeRow[]> {
  if (codes.length === 0) return [];
  return db
    .select(postalCodeColumns)
    .from(postalCodes)
    .where(inArray(postalCodes.code, [...new Set(codes)]));
}

export async function countPostalCodes(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(postalCodes);
  return row?.n ?? 0;
}

export async function hasAnyPostalCode(db: Executor): Promise<boolean> {
  const [row] = await db.select({ code: postalCodes.code }).from(postalCodes).limit(1);
  return row !== undefined;
}

// One INSERT per chunk keeps each statement far below PostgreSQL's 65535 bind parameters.
const INSERT_CHUNK = 1000;

function chunks<T>(rows: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < rows.length; start += INSERT_CHUNK)
    result.push(rows.slice(start, start + INSERT_CHUNK));
  return result;
}

/** Inserts new postal codes and overwrites the name and centre of existing ones. Codes must be unique. */
export async function upsertPostalCodes(db: Executor, rows: readonly PostalCodeRow[]): Promise<void> {
  for (const chunk of chunks(rows)) {
    await db
      .insert(postalCodes)
      .values(chunk)
      .onConflictDoUpdate({
        target: postalCodes.code,
        set: {
          name: sql`excluded.name`,
          latitude: sql`excluded.latitude`,
          longitude: sql`excluded.longitude`,
        },
      });
  }
}

/** Inserts the postal codes that are missing and leaves existing ones (e.g. imported ones) as they are. */
export async function insertMissingPostalCodes(db: Executor, rows: readonly PostalCodeRow[]): Promise<void> {
  for (const chunk of chunks(rows)) {
    await db.insert(postalCodes).values(chunk).onConflictDoNothing({ target: postalCodes.code });
  }
}
