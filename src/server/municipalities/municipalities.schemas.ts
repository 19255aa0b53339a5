import { z } from "zod";

export const municipalitySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  slug: z.string().describe("URL-safe short name, e.g. roskilde"),
  code: z.string().describe("Official three-digit kommunekode, e.g. 265"),
});

export const createMunicipalityBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and hyphens")
    .max(50),
  code: z.string().regex(/^\d{3}$/, "Three digits, e.g. 265"),
});

export type MunicipalityOutput = z.infer<typeof municipalitySchema>;
export type CreateMunicipalityInput = z.infer<typeof createMunicipalityBody>;
