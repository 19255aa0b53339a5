import { z } from "zod";
import { userStatuses } from "../db/schema.js";
import { isValidCvr } from "./cvr.js";

const cvr = z
  .string()
  .regex(/^\d{8}$/, { message: "A CVR number is 8 digits", abort: true })
  .refine(isValidCvr, "Not a valid CVR number (the modulus-11 check fails)")
  .describe("CVR number: 8 digits passing the modulus-11 check; unique within the municipality");
const pNumber = z.string().regex(/^\d{10}$/, "A P-number is 10 digits");
const optionalText = (max: number) => z.string().trim().min(1).max(max).nullable().optional();

/** The profile fields of a company, shared by the API bodies and the CSV import. */
export const companyProfileFields = {
  cvr,
  /** Production unit numbers (P-numre), 10 digits each. */
  pNumbers: z.array(pNumber).max(50).describe("P-numbers (production units), 10 digits each"),
  name: z.string().trim().min(1).max(200).describe("The company's name"),
  industry: optionalText(200).describe("Industry (branche), in the company's own words"),
  address: optionalText(300).describe("Street address"),
  postalCode: z
    .string()
    .regex(/^\d{4}$/, "A postal code is 4 digits")
    .nullable()
    .optional()
    .describe("Danish postal code (postnummer), 4 digits"),
  employeeCount: z
    .number()
    .int()
    .min(0)
    .max(1_000_000)
    .nullable()
    .optional()
    .describe("Number of ordinary employees; the internship ratio rule counts these"),
  description: optionalText(5000).describe("What the company does"),
  offers: optionalText(5000).describe("What the company can offer young people"),
};

/** Fields only staff set: the programme's own facts about the company, not its self-description. */
const programmeFields = {
  coordinatorId: z
    .uuid()
    .nullable()
    .optional()
    .describe("The coordinator: a staff user of the municipality; only staff and admins may set it"),
  networkMemberSince: z.iso
    .date()
    .nullable()
    .optional()
    .describe("Member of the company network since (YYYY-MM-DD); only staff and admins may set it"),
};

export const createCompanyBody = z.strictObject({
  ...companyProfileFields,
  pNumbers: companyProfileFields.pNumbers.default([]),
  ...programmeFields,
});

export const updateCompanyBody = z.strictObject({
  cvr: companyProfileFields.cvr.optional(),
  pNumbers: companyProfileFields.pNumbers.optional(),
  name: companyProfileFields.name.optional(),
  industry: companyProfileFields.industry,
  address: companyProfileFields.address,
  postalCode: companyProfileFields.postalCode,
  employeeCount: companyProfileFields.employeeCount,
  description: companyProfileFields.description,
  offers: companyProfileFields.offers,
  ...programmeFields,
});

export const companyIdParams = z.strictObject({ id: z.uuid() });

export const listCompaniesQuery = z.object({
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe("Search in name (any part) and CVR (from the start)"),
  coordinatorId: z.uuid().optional().describe("Only companies with this coordinator"),
  industry: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe("Only companies of this industry (any case)"),
});

export const companySchema = z.object({
  id: z.uuid(),
  cvr: z.string(),
  pNumbers: z.array(z.string()),
  name: z.string(),
  industry: z.string().nullable(),
  address: z.string().nullable(),
  postalCode: z.string().nullable(),
  employeeCount: z.number().int().nullable(),
  description: z.string().nullable(),
  offers: z.string().nullable(),
  coordinator: z
    .object({ id: z.uuid(), displayName: z.string() })
    .nullable()
    .describe("The staff member who coordinates the company"),
  networkMemberSince: z.string().nullable().describe("YYYY-MM-DD"),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export const inviteContactBody = z.strictObject({
  email: z.email().max(254).describe("The contact person's email; unique among all users regardless of case"),
  displayName: z.string().trim().min(1).max(200),
  jobTitle: z.string().trim().min(1).max(200).optional().describe("E.g. Butikschef"),
});

export const companyContactSchema = z.object({
  id: z.uuid().describe("The contact's user id"),
  email: z.string(),
  displayName: z.string(),
  jobTitle: z.string().nullable(),
  status: z.enum(userStatuses).describe("invited until the contact has chosen a password"),
  createdAt: z.iso.datetime(),
});

export const contactListSchema = z.object({ items: z.array(companyContactSchema) });

/** The columns of the CSV import, in template order, with what each holds for the UI to show. */
export const companyImportColumns = [
  {
    name: "cvr",
    required: true,
    da: "CVR-nummer: 8 cifre (mellemrum tilladt), skal bestå modulus 11-kontrollen og være nyt i kommunen",
    en: "CVR number: 8 digits (spaces allowed), must pass the modulus-11 check and be new in the municipality",
  },
  { name: "name", required: true, da: "Virksomhedens navn", en: "The company's name" },
  { name: "industry", required: false, da: "Branche", en: "Industry" },
  { name: "address", required: false, da: "Adresse (vej og nummer)", en: "Street address" },
  { name: "postal_code", required: false, da: "Postnummer, 4 cifre", en: "Postal code, 4 digits" },
  {
    name: "employee_count",
    required: false,
    da: "Antal ansatte, et helt tal",
    en: "Number of employees, a whole number",
  },
  { name: "description", required: false, da: "Beskrivelse af virksomheden", en: "What the company does" },
  {
    name: "offers",
    required: false,
    da: "Hvad virksomheden kan tilbyde unge",
    en: "What the company can offer young people",
  },
  {
    name: "p_numbers",
    required: false,
    da: "P-numre, 10 cifre hver, adskilt af komma inde i feltet",
    en: "P-numbers, 10 digits each, separated by commas inside the field",
  },
  {
    name: "coordinator_email",
    required: false,
    da: "E-mail på virksomhedskoordinatoren (en medarbejder i kommunen)",
    en: "Email of the coordinator (a staff member of the municipality)",
  },
] as const;
export type CompanyImportColumn = (typeof companyImportColumns)[number]["name"];

const importRowError = z.object({
  row: z
    .number()
    .int()
    .describe("Row number as a spreadsheet shows it (the header is row 1); 0 for the file as a whole"),
  column: z.string().describe("The column's name, or an empty string for the whole row or file"),
  message: z.string(),
});

export const importPreviewSchema = z.object({
  rowCount: z.number().int().describe("Data rows in the file (the header not counted)"),
  validRowCount: z.number().int(),
  errors: z.array(importRowError).describe("Every error of every row; empty when the file can be imported"),
});

export const importResultSchema = z.object({ imported: z.number().int() });

export const csvBody = z
  .string()
  .describe("The CSV file as text/csv; see companyImportColumns and the template for the columns");

export type CompanyOutput = z.infer<typeof companySchema>;
export type CompanyContactOutput = z.infer<typeof companyContactSchema>;
export type CreateCompanyInput = z.infer<typeof createCompanyBody>;
export type UpdateCompanyInput = z.infer<typeof updateCompanyBody>;
export type ImportRowError = z.infer<typeof importRowError>;
export type ImportPreview = z.infer<typeof importPreviewSchema>;
