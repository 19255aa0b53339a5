import { z } from "zod";
import { problemSchema } from "./problems.js";

export const noContent = z.null().describe("No content");

type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 429 | 503;

/** Problem responses for the OpenAPI description; 500 is possible everywhere and always listed. */
export function problemResponses(...statuses: ErrorStatus[]) {
  const responses: Partial<Record<ErrorStatus | 500, typeof problemSchema>> = { 500: problemSchema };
  for (const status of statuses) responses[status] = problemSchema;
  return responses;
}

/** The responses every authenticated route can give before its handler runs. */
export const authenticatedProblems = [401, 403] as const;
