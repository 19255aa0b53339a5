import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, silentLogger } from "../../../tests/support/test-app.js";
import { connectDatabase, type DatabaseHandle } from "../db/database.js";
import { occupationFields, strengths } from "../db/schema.js";
import {
  activeCodeSchema,
  occupationFieldCodeSchema,
  occupationFieldVocabulary,
  strengthCodeSchema,
  strengthVocabulary,
  supportVocabulary,
  VOCABULARY_VERSION,
} from "./vocabulary.js";

const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

describe("the vocabularies", () => {
  const vocabularies = {
    occupationFields: occupationFieldVocabulary,
    strengths: strengthVocabulary,
    support: supportVocabulary,
  };

  it.each(Object.entries(vocabularies))("%s have unique kebab-case codes and unique names", (_, entries) => {
    for (const entry of entries) expect(entry.code).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    for (const key of ["code", "nameDa", "nameEn"] as const)
      expect(new Set(entries.map((entry) => entry[key])).size, key).toBe(entries.length);
    for (const entry of entries) {
      expect(entry.introducedInVersion).toBeGreaterThanOrEqual(1);
      expect(entry.introducedInVersion).toBeLessThanOrEqual(VOCABULARY_VERSION);
    }
  });

  it("have the sizes and the codes that other areas rely on", () => {
    expect(occupationFieldVocabulary.length).toBeGreaterThanOrEqual(40);
    expect(occupationFieldVocabulary.length).toBeLessThanOrEqual(50);
    expect(strengthVocabulary.length).toBeGreaterThanOrEqual(25);
    expect(strengthVocabulary.length).toBeLessThanOrEqual(35);
    expect(occupationFieldCodeSchema.parse("animals-nature")).toBe("animals-nature");
    expect(strengthCodeSchema.parse("reliable")).toBe("reliable");
    expect(strengthCodeSchema.parse("curious")).toBe("curious");
    expect(occupationFieldCodeSchema.safeParse("astronaut").success).toBe(false);
  });

  it("map occupation fields to ISCO-08 major or sub-major groups", () => {
    // Major groups 0-9; sub-major groups are a major group's digit followed by 1-6 (armed forces 01-03).
    for (const field of occupationFieldVocabulary)
      expect(field.iscoCode, field.code).toMatch(/^(?:\d|0[1-3]|[1-9][1-6])$/);
  });

  it("refuse retired codes in new input", () => {
    const schema = activeCodeSchema(
      ["old", "new"],
      {
        old: { nameDa: "Gammel", nameEn: "Old", introducedInVersion: 1, retiredInVersion: 2 },
        new: { nameDa: "Ny", nameEn: "New", introducedInVersion: 2, retiredInVersion: null },
      },
      "test entry",
    );
    expect(schema.safeParse("new").success).toBe(true);
    expect(schema.safeParse("old").error?.issues[0]?.message).toBe("This test entry is no longer in use");
  });
});

describe("the migrated database", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    database = await createTestDatabase();
    handle = connectDatabase(database.url, silentLogger, 1);
  });
  afterAll(async () => {
    await handle.close();
    await database.drop();
  });

  it("holds exactly the occupation fields of vocabulary.ts", async () => {
    // Sorted here, not in SQL, so the database's collation cannot change the order.
    const rows = await handle.db.select().from(occupationFields);
    expect(rows.sort(byCode)).toEqual([...occupationFieldVocabulary].sort(byCode));
  });

  it("holds exactly the strengths of vocabulary.ts", async () => {
    const rows = await handle.db.select().from(strengths);
    expect(rows.sort(byCode)).toEqual([...strengthVocabulary].sort(byCode));
  });
});
