import { z } from "zod";

/** At most this many reflections come with the work identity; /reflections lists them all. */
export const WORK_IDENTITY_REFLECTIONS = 50;

const evaluationSchema = z.object({
  wentWell: z.string().describe("What went well: plain text, show it as text"),
  showed: z.string().describe("What the young person showed: strengths seen at work; plain text"),
});

export const workIdentitySchema = z.object({
  reflections: z
    .array(
      z.object({
        id: z.uuid(),
        meeting: z.object({
          id: z.uuid(),
          groupName: z.string(),
          startsAt: z.iso.datetime(),
          theme: z.string().nullable(),
        }),
        text: z.string().describe("Plain text exactly as written; show it as text, never as HTML"),
        sharedWithCounsellor: z.boolean(),
        createdAt: z.iso.datetime(),
      }),
    )
    .describe(
      `My reflections on group meetings, shared or not, newest first; at most ${WORK_IDENTITY_REFLECTIONS}`,
    ),
  internshipFeedback: z
    .array(
      z.object({
        internshipId: z.uuid(),
        company: z.object({ name: z.string() }),
        opening: z.object({ title: z.string() }),
        startDate: z.iso.date(),
        endDate: z.iso.date().describe("The day it ended, or the planned end while it has not"),
        fromCompany: evaluationSchema.nullable().describe("The company's evaluation, or null when not given"),
        fromMe: evaluationSchema.nullable().describe("My own evaluation, or null when not given"),
      }),
    )
    .describe("My internships with at least one evaluation, newest first"),
  strengths: z
    .array(z.string())
    .describe("Strength codes I chose in my resource profile (see /api/reference/strengths for names)"),
});

export type WorkIdentityOutput = z.infer<typeof workIdentitySchema>;
