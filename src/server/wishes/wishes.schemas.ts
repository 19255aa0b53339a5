import { z } from "zod";
import { hoursPerWeek, occupationFieldCode, postalCode } from "../openings/openings.schemas.js";
import { paginationQuery } from "../platform/pagination.js";
import { wishStatuses } from "./wishes.tables.js";

const wishFields = {
  occupationField: occupationFieldCode.describe("What I would like to try: an occupation field code"),
  description: z.string().trim().min(1).max(2000).describe('"I would like to try ...", in my own words'),
  // An internship needs at least 15 hours a week, so a wish for fewer could never be answered.
  hoursPerWeek: hoursPerWeek.nullable().optional().describe("Hours a week I can work, at least 15"),
  areaPostalCode: postalCode.nullable().optional().describe("Where I would like it to be: a postal code"),
};

export const createWishBody = z.strictObject(wishFields);

export const updateWishBody = z.strictObject({
  occupationField: wishFields.occupationField.optional(),
  description: wishFields.description.optional(),
  hoursPerWeek: wishFields.hoursPerWeek,
  areaPostalCode: wishFields.areaPostalCode,
});

export const wishStatusSchema = z.enum(wishStatuses).describe("open | answered | withdrawn");
export const wishIdParams = z.strictObject({ id: z.uuid() });

export const listWishesQuery = paginationQuery.extend({
  status: wishStatusSchema.optional().describe("Only wishes with this status (companies see open ones)"),
  field: z.string().max(60).optional().describe("Only this occupation field (a code)"),
});

export const wishSchema = z.object({
  id: z.uuid(),
  youthId: z.uuid().describe("The young person who posted it; companies learn nothing more about them here"),
  occupationField: z.string(),
  description: z.string(),
  hoursPerWeek: z.number().int().nullable(),
  areaPostalCode: z.string().nullable(),
  status: wishStatusSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime().optional().describe("The young person and staff only"),
});

export type WishOutput = z.infer<typeof wishSchema>;
export type CreateWishInput = z.infer<typeof createWishBody>;
export type UpdateWishInput = z.infer<typeof updateWishBody>;
export type ListWishesQuery = z.infer<typeof listWishesQuery>;
