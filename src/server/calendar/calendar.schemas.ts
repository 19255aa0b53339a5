import { z } from "zod";

export const calendarFeedSchema = z.object({
  url: z
    .url()
    .nullable()
    .describe(
      "The secret address calendar apps subscribe to; null when there is none (never made, or turned off)",
    ),
});

export const renewedFeedSchema = z.object({
  url: z.url().describe("The new secret address; the previous one no longer works"),
});

export const feedFileParams = z.strictObject({
  file: z.string().describe('The secret token followed by ".ics"'),
});

export const calendarText = z
  .string()
  .describe(
    "An iCalendar (RFC 5545) feed: the owner's meetings and internship dates, 60 days back to 400 ahead",
  );
