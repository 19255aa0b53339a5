import { z } from "zod";

export const PROBLEM_BASE = "https://nextwork.dk/problems/";

export interface FieldError {
  path: string;
  message: string;
}

/** An expected failure that becomes an RFC 9457 problem response. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? title);
    this.name = "ProblemError";
  }
}

export const badRequest = (detail: string, errors?: FieldError[]) =>
  new ProblemError(400, "validation", "Invalid request", detail, errors);
export const fieldProblem = (slug: string, title: string, path: string, message: string) =>
  new ProblemError(400, slug, title, message, [{ path, message }]);
export const unauthorized = (detail = "You must be logged in") =>
  new ProblemError(401, "unauthorized", "Not logged in", detail);
export const invalidCredentials = () =>
  new ProblemError(401, "invalid-credentials", "Invalid credentials", "The email or password is wrong");
export const forbidden = (detail = "You may not do this") =>
  new ProblemError(403, "forbidden", "Forbidden", detail);
export const csrfRejected = () =>
  new ProblemError(
    403,
    "csrf",
    "Missing or invalid CSRF token",
    "Send the X-CSRF-Token header given at login",
  );
/** Also for things that exist but are outside the caller's reach, so existence does not leak. */
export const notFound = (detail = "Not found") => new ProblemError(404, "not-found", "Not found", detail);
export const conflict = (detail: string, errors?: FieldError[]) =>
  new ProblemError(409, "conflict", "Conflict", detail, errors);
export const rateLimited = (retryAfterSeconds: number) =>
  new ProblemError(
    429,
    "rate-limited",
    "Too many attempts",
    "Too many attempts; try again later",
    undefined,
    {
      "retry-after": String(Math.max(1, Math.ceil(retryAfterSeconds))),
    },
  );
export const serviceUnavailable = (detail: string) =>
  new ProblemError(503, "service-unavailable", "Service unavailable", detail);

export const problemSchema = z
  .object({
    type: z.string().describe("A URI naming the kind of problem; stable, safe to branch on"),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .describe("Field errors, for validation problems"),
    requestId: z.string().optional().describe("Quote this to find the log line"),
  })
  .describe("RFC 9457 problem details");

export type Problem = z.infer<typeof problemSchema>;
