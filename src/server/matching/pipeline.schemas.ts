import { z } from "zod";
import { interestSideSchema } from "./interests.schemas.js";

const youngPerson = z.object({ id: z.uuid(), displayName: z.string() });
const opening = z.object({ id: z.uuid(), title: z.string() });
const company = z.object({ id: z.uuid(), name: z.string() });

export const pipelineSchema = z.object({
  stages: z
    .object({
      noInterest: z.number().int(),
      interest: z.number().int().describe("A live interest from either side, no match yet"),
      match: z.number().int().describe("A match (active or ended), no meeting held yet"),
      meetingHeld: z.number().int().describe("An accepted meeting whose time has passed"),
      internship: z.number().int().describe("Always 0 until internships exist"),
    })
    .describe(
      "The young people of the municipality with status applicant or active, each counted once at the furthest stage they reached",
    ),
  stuckInterests: z
    .array(
      z.object({
        id: z.uuid().describe("The interest"),
        side: interestSideSchema,
        since: z.iso.datetime(),
        youth: youngPerson,
        opening,
        company,
      }),
    )
    .describe("Live one-sided interests older than 7 days with no match, oldest first (at most 200)"),
  stuckMatches: z
    .array(
      z.object({
        id: z.uuid().describe("The match"),
        since: z.iso.datetime(),
        youth: youngPerson,
        opening,
        company,
      }),
    )
    .describe("Active matches older than 14 days with no accepted meeting, oldest first (at most 200)"),
});

export type PipelineOutput = z.infer<typeof pipelineSchema>;
