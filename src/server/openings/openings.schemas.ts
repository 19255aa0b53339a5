import { z } from "zod";
import { paginationQuery } from "../platform/pagination.js";
import { occupationFieldCodeSchema, strengthCodeSchema, supportCodeSchema } from "../reference/vocabulary.js";
import { openingStatuses } from "./openings.tables.js";

export const occupationFieldCode = occupationFieldCodeSchema.describe(
  "Occupation field code from the shared vocabulary, e.g. animals-nature",
);
export const postalCode = z.string().regex(/^\d{4}$/, "A Danish postal code has four digits");

/** The Danish rules require at least 15 hours a week; 48 is the working-time directive's ceiling. */
export const hoursPerWeek = z.number().int().min(15, "At least 15 hours a week").max(48);

const text = (max: number) => z.string().trim().min(1).max(max);

const openingFields = {
  title: text(200).describe("Short title shown in lists"),
  occupationField: occupationFieldCode,
  description: text(5000).describe("What the internship is"),
  tasks: text(5000).nullable().optional().describe("The tasks one will do"),
  learning: text(5000).nullable().optional().describe("What one can learn there"),
  qualitiesWanted: z
    .array(strengthCodeSchema)
    .max(20)
    .describe("Strength codes: qualities wanted, in resource words rather than diplomas"),
  hoursPerWeek: hoursPerWeek.describe("Hours per week, at least 15"),
  durationWeeks: z.number().int().min(1).max(52).nullable().optional().describe("Planned length in weeks"),
  seats: z.number().int().min(1, "At least 1 seat").max(100).describe("How many young people it takes"),
  earliestStart: z.iso.date().nullable().optional().describe("Earliest start, YYYY-MM-DD"),
  workplacePostalCode: postalCode.describe("Postal code of the workplace"),
  mentorName: text(200).nullable().optional().describe("The mentor at the company"),
  supportOffered: z
    .array(supportCodeSchema)
    .max(20)
    .describe("Support codes: what the company can offer, e.g. flexible-hours"),
  requiresDrivingLicence: z.boolean().describe("Whether the internship needs a driving licence"),
  languagesRequired: z
    .array(z.string().regex(/^[a-z]{2}$/, "An ISO 639-1 code, e.g. da"))
    .max(10)
    .describe("ISO 639-1 codes of languages one must speak"),
};

/** The fields of an opening a company fills in; also the body of answering a wish. */
export const openingContentBody = z.strictObject({
  ...openingFields,
  qualitiesWanted: openingFields.qualitiesWanted.default([]),
  supportOffered: openingFields.supportOffered.default([]),
  requiresDrivingLicence: openingFields.requiresDrivingLicence.default(false),
  languagesRequired: openingFields.languagesRequired.default([]),
  seats: openingFields.seats.default(1),
});

export const createOpeningBody = openingContentBody.extend({
  companyId: z
    .uuid()
    .optional()
    .describe(
      "Staff: the company the opening is for (required). Company contacts post for their own company and may leave it out",
    ),
});

export const updateOpeningBody = z.strictObject({
  title: openingFields.title.optional(),
  occupationField: openingFields.occupationField.optional(),
  description: openingFields.description.optional(),
  tasks: openingFields.tasks,
  learning: openingFields.learning,
  qualitiesWanted: openingFields.qualitiesWanted.optional(),
  hoursPerWeek: openingFields.hoursPerWeek.optional(),
  durationWeeks: openingFields.durationWeeks,
  seats: openingFields.seats.optional(),
  earliestStart: openingFields.earliestStart,
  workplacePostalCode: openingFields.workplacePostalCode.optional(),
  mentorName: openingFields.mentorName,
  supportOffered: openingFields.supportOffered.optional(),
  requiresDrivingLicence: openingFields.requiresDrivingLicence.optional(),
  languagesRequired: openingFields.languagesRequired.optional(),
});

export const openingStatusSchema = z.enum(openingStatuses).describe("open | paused | filled | closed");
export const changeOpeningStatusBody = z.strictObject({
  status: openingStatusSchema.describe("The new status: paused (pause), open (reopen), filled or closed"),
});

export const openingIdParams = z.strictObject({ id: z.uuid() });

const booleanFlag = z
  .enum(["true", "false"])
  .transform((value) => value === "true")
  .optional();

export const listOpeningsQuery = paginationQuery.extend({
  mine: booleanFlag.describe(
    "true: only openings of the caller's own company. Company contacts always see only those",
  ),
  companyId: z.uuid().optional().describe("Only this company's openings"),
  status: openingStatusSchema
    .optional()
    .describe("Only openings with this status (young people see open ones)"),
  field: z.string().max(60).optional().describe("Only this occupation field (a code)"),
  minHours: z.coerce.number().int().min(0).max(168).optional().describe("At least this many hours a week"),
  maxHours: z.coerce.number().int().min(0).max(168).optional().describe("At most this many hours a week"),
  postalCode: postalCode.optional().describe("Measure distances from this postal code"),
  maxKm: z.coerce
    .number()
    .positive()
    .max(1000)
    .optional()
    .describe("With postalCode: only openings whose workplace is at most this far, in km"),
});

export const reasonableShareSchema = z
  .object({
    maxTrainees: z
      .number()
      .int()
      .nullable()
      .describe("Trainees the rimelighedskrav allows; null when the company's size is unknown"),
    openSeats: z.number().int().describe("Seats across the company's open openings"),
    exceeded: z.boolean().describe("The open seats exceed the allowance: show a warning (not a block)"),
  })
  .describe("The company's rimelighedskrav, for the company and staff");

export const openingSchema = z.object({
  id: z.uuid(),
  company: z.object({ id: z.uuid(), name: z.string() }),
  title: z.string(),
  occupationField: z.string(),
  description: z.string(),
  tasks: z.string().nullable(),
  learning: z.string().nullable(),
  qualitiesWanted: z.array(z.string()),
  hoursPerWeek: z.number().int(),
  durationWeeks: z.number().int().nullable(),
  seats: z.number().int(),
  seatsTaken: z.number().int().describe("Seats taken by approved internships"),
  earliestStart: z.string().nullable(),
  workplacePostalCode: z.string(),
  mentorName: z.string().nullable(),
  supportOffered: z.array(z.string()),
  requiresDrivingLicence: z.boolean(),
  languagesRequired: z.array(z.string()),
  status: openingStatusSchema,
  distanceKm: z
    .number()
    .nullable()
    .optional()
    .describe("In lists searched with postalCode: km from there to the workplace, when both are known"),
  wishId: z.uuid().nullable().optional().describe("Company and staff only: the wish this opening answers"),
  createdByUserId: z.uuid().nullable().optional().describe("Company and staff only"),
  createdAt: z.iso.datetime().optional().describe("Company and staff only"),
  updatedAt: z.iso.datetime().optional().describe("Company and staff only"),
  reasonableShare: reasonableShareSchema.optional(),
});

export type OpeningOutput = z.infer<typeof openingSchema>;
export type OpeningContent = z.infer<typeof openingContentBody>;
export type CreateOpeningInput = z.infer<typeof createOpeningBody>;
export type UpdateOpeningInput = z.infer<typeof updateOpeningBody>;
export type ListOpeningsQuery = z.infer<typeof listOpeningsQuery>;
