import { z } from "zod";

const localisedName = z
  .object({
    da: z.string().describe("Danish name, as the UI shows it"),
    en: z.string().describe("English name"),
  })
  .describe("The entry's name in each language of the UI");

export const vocabularyEntrySchema = z.object({
  code: z.string().describe("Stable kebab-case code; store and send this, never the name"),
  name: localisedName,
});

export const occupationFieldSchema = vocabularyEntrySchema.extend({
  iscoCode: z
    .string()
    .describe("ISCO-08 major (1 digit) or sub-major (2 digits) group, e.g. 52 for sales workers"),
});

/**
 * The vocabularies are small and always sent whole, so these lists have no paging: a client that
 * builds a picker needs every entry at once.
 */
export const vocabularyListSchema = z.object({ items: z.array(vocabularyEntrySchema) });
export const occupationFieldListSchema = z.object({ items: z.array(occupationFieldSchema) });

export const postalCodeParams = z.object({
  code: z
    .string()
    .regex(/^\d{4}$/, "Four digits, e.g. 4000")
    .describe("Danish postal code (postnummer)"),
});

export const postalCodeSchema = z.object({
  code: z.string().describe("Four-digit postal code"),
  name: z.string().describe("Town name (bynavn), e.g. Roskilde"),
  latitude: z.number().describe("Town centre, degrees north (WGS 84)"),
  longitude: z.number().describe("Town centre, degrees east (WGS 84)"),
});

export type VocabularyEntryOutput = z.infer<typeof vocabularyEntrySchema>;
export type OccupationFieldOutput = z.infer<typeof occupationFieldSchema>;
export type PostalCodeOutput = z.infer<typeof postalCodeSchema>;
