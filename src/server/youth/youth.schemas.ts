import { z } from "zod";
import { municipalityRefSchema } from "../accounts/accounts.schemas.js";
import { occupationFieldCodeSchema, strengthCodeSchema } from "../reference/vocabulary.js";
import { consentKinds, profileParts, youthReadinesses, youthStatuses } from "./youth.tables.js";

const isoDate = z.iso.date();
const visibilitySchema = z.enum(["network", "private"]);
const personRef = z.object({ id: z.uuid(), displayName: z.string() });

export const youthStatusSchema = z.enum(youthStatuses);
export const youthReadinessSchema = z
  .enum(youthReadinesses)
  .describe(
    "The jobcenter's assessment (jobparat, uddannelsesparat, other); it sets how long an internship may last",
  );
export const consentKindSchema = z.enum(consentKinds);
export const profilePartSchema = z.enum(profileParts);

export const experienceSchema = z.strictObject({
  kind: z.enum(["job", "school", "volunteering", "hobby", "other"]),
  title: z.string().trim().min(1).max(200),
  description: z.string().max(2000).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const resourceProfileSchema = z.object({
  aboutMe: z.string().nullable().describe("A short pitch in the young person's own words"),
  strengths: z.array(z.string()).describe("Strength codes"),
  interests: z.array(z.string()).describe("Occupation field codes"),
  experiences: z.array(experienceSchema),
  wantsToLearn: z.string().nullable(),
  availability: z.object({
    hoursPerWeek: z.number().int().nullable(),
    weekdays: z.array(z.number().int()).describe("ISO weekdays, 1 = Monday"),
  }),
  travel: z.object({ maxKm: z.number().int().nullable().describe("How far the young person can travel") }),
  drivingLicence: z.boolean().nullable(),
  languages: z.array(z.string()).describe("ISO 639-1 language codes"),
  earliestStart: z.string().nullable(),
});

export const visibilityMapSchema = z.record(profilePartSchema, visibilitySchema);

/** Any subset of the parts: the form saves step by step, so half-done is fine. */
export const updateProfileBody = z.strictObject({
  aboutMe: z.string().max(2000).nullable().optional(),
  strengths: z.array(strengthCodeSchema).max(20).optional(),
  interests: z.array(occupationFieldCodeSchema).max(20).optional(),
  experiences: z.array(experienceSchema).max(30).optional(),
  wantsToLearn: z.string().max(2000).nullable().optional(),
  availability: z
    .strictObject({
      hoursPerWeek: z.number().int().min(1).max(60).nullable(),
      weekdays: z.array(z.number().int().min(1).max(7)).max(7),
    })
    .optional(),
  travel: z.strictObject({ maxKm: z.number().int().min(0).max(300).nullable() }).optional(),
  drivingLicence: z.boolean().nullable().optional(),
  languages: z
    .array(z.string().regex(/^[a-z]{2}$/, "A two-letter language code"))
    .max(20)
    .optional(),
  earliestStart: isoDate.nullable().optional(),
  visibility: z.partialRecord(profilePartSchema, visibilitySchema).optional(),
});

export const completenessSchema = z.object({
  percent: z.number().int().min(0).max(100),
  missing: z.array(profilePartSchema),
});

export const consentStateSchema = z.object({
  kind: consentKindSchema,
  granted: z.boolean(),
  textVersion: z.string().nullable(),
  recordedAt: z.iso.datetime().nullable(),
});

/** What staff (and the young person about themself) see. */
export const youthFullSchema = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  birthDate: z.string(),
  age: z.number().int(),
  postalCode: z.string(),
  cprMasked: z
    .string()
    .nullable()
    .describe("DDMMYY-XXXX; the full number only through the audited reveal action"),
  status: youthStatusSchema,
  readiness: youthReadinessSchema,
  enrolledOn: z.string(),
  counsellor: personRef.nullable(),
  municipality: municipalityRefSchema,
  profile: resourceProfileSchema,
  visibility: visibilityMapSchema,
  completeness: completenessSchema,
  consents: z.array(consentStateSchema),
});

/** A row of the staff list. */
export const youthListItemSchema = z.object({
  id: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  age: z.number().int(),
  postalCode: z.string(),
  status: youthStatusSchema,
  counsellor: personRef.nullable(),
  interests: z.array(z.string()),
  completeness: completenessSchema,
  visibleToCompanies: z.boolean(),
});

/** What a company contact sees: only parts shown to the network, no contact data, no birth date. */
export const youthCompanyViewSchema = z.object({
  id: z.uuid(),
  firstName: z.string(),
  age: z.number().int(),
  profile: resourceProfileSchema.partial(),
});

export const enrolYouthBody = z.strictObject({
  displayName: z.string().trim().min(1).max(200),
  email: z.email().max(254),
  birthDate: isoDate,
  phone: z.string().trim().max(30).optional(),
  postalCode: z.string().regex(/^\d{4}$/, "Four digits"),
  counsellorId: z.uuid().describe("A staff user of the same municipality"),
  cpr: z.string().max(11).optional().describe("DDMMYY-XXXX or ten digits"),
});

export const updateYouthBody = z.strictObject({
  phone: z.string().trim().max(30).nullable().optional(),
  postalCode: z
    .string()
    .regex(/^\d{4}$/, "Four digits")
    .optional(),
  counsellorId: z.uuid().optional(),
  status: youthStatusSchema.optional(),
  readiness: youthReadinessSchema.optional(),
});

export const listYouthQuery = z.object({
  q: z.string().trim().max(100).optional().describe("Search in name and email (staff)"),
  status: youthStatusSchema.optional(),
  counsellorId: z.uuid().optional(),
  field: occupationFieldCodeSchema.optional().describe("Occupation field among the young person's interests"),
});

export const recordConsentBody = z.strictObject({
  kind: consentKindSchema,
  granted: z.boolean(),
  textVersion: z.string().trim().min(1).max(40).describe("The version of the consent text that was shown"),
});

export const progressScoreSchema = z.object({
  id: z.uuid(),
  recordedOn: z.string(),
  direction: z.number().int(),
  persistence: z.number().int(),
  curiosity: z.number().int(),
  resilience: z.number().int(),
  selfEsteem: z.number().int(),
  recordedBy: personRef.nullable(),
});

const score = z.number().int().min(1).max(10);
export const recordProgressBody = z.strictObject({
  recordedOn: isoDate,
  direction: score,
  persistence: score,
  curiosity: score,
  resilience: score,
  selfEsteem: score,
});

export const sensitiveInformationSchema = z.object({
  health: z.string().nullable(),
  treatment: z.string().nullable(),
  otherSupport: z.string().nullable(),
  updatedAt: z.iso.datetime().nullable(),
});

export const updateSensitiveBody = z.strictObject({
  health: z.string().max(4000).nullable(),
  treatment: z.string().max(4000).nullable(),
  otherSupport: z.string().max(4000).nullable(),
});

export const youthIdParams = z.strictObject({ id: z.uuid() });
export const revealedCprSchema = z.object({ cpr: z.string() });

export type YouthFull = z.infer<typeof youthFullSchema>;
export type YouthListItem = z.infer<typeof youthListItemSchema>;
export type YouthCompanyView = z.infer<typeof youthCompanyViewSchema>;
export type UpdateProfileInput = z.infer<typeof updateProfileBody>;
