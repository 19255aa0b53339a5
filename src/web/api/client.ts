import type { FieldProblem, ProblemDetails } from "./types";

const PROBLEM_TYPE_PREFIX = "https://nextwork.dk/problems/";

export const PROBLEM_SLUGS = [
  "validation",
  "unauthorized",
  "forbidden",
  "not-found",
  "conflict",
  "rate-limited",
  "csrf",
  "internal",
  "invalid-credentials",
  "weak-password",
  "invalid-token",
  "network",
] as const;
export type ProblemSlug = (typeof PROBLEM_SLUGS)[number];

function isProblemSlug(value: string): value is ProblemSlug {
  return (PROBLEM_SLUGS as readonly string[]).includes(value);
}

function slugForStatus(status: number): ProblemSlug {
  if (status === 400) return "validation";
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404) return "not-found";
  if (status === 409) return "conflict";
  if (status === 429) return "rate-limited";
  return "internal";
}

/** A failed API call. `slug` is the known problem type (or one derived from the status) for messages. */
export class ProblemError extends Error {
  readonly status: number;
  readonly type: string;
  readonly slug: ProblemSlug;
  readonly errors: FieldProblem[];
  readonly requestId: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  /** The body as sent, for members a feature adds to its problem (an internship's rule findings). */
  readonly body: unknown;

  constructor(problem: ProblemDetails, retryAfterSeconds?: number, body?: unknown) {
    super(problem.detail ?? problem.title);
    this.name = "ProblemError";
    this.status = problem.status;
    this.type = problem.type;
    const slug = problem.type.startsWith(PROBLEM_TYPE_PREFIX)
      ? problem.type.slice(PROBLEM_TYPE_PREFIX.length)
      : "";
    this.slug = isProblemSlug(slug) ? slug : slugForStatus(problem.status);
    this.errors = problem.errors ?? [];
    this.requestId = problem.requestId;
    this.retryAfterSeconds = retryAfterSeconds;
    this.body = body;
  }

  fieldErrors(path: string): FieldProblem[] {
    return this.errors.filter((error) => error.path === path);
  }
}

/**
 * A link token the server rejects, however it says so (404, invalid-token, or a malformed token that
 * fails validation): the user sees one "expired or already used" message for all of them.
 */
export function isUnusableToken(error: unknown): boolean {
  if (!(error instanceof ProblemError)) return false;
  return error.status === 404 || error.slug === "invalid-token" || error.fieldErrors("token").length > 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function toProblemDetails(body: unknown, status: number, statusText: string): ProblemDetails {
  if (isRecord(body) && typeof body.type === "string" && typeof body.title === "string") {
    const errors = Array.isArray(body.errors)
      ? body.errors.filter(
          (error): error is FieldProblem =>
            isRecord(error) && typeof error.path === "string" && typeof error.message === "string",
        )
      : undefined;
    return {
      type: body.type,
      title: body.title,
      status: typeof body.status === "number" ? body.status : status,
      detail: typeof body.detail === "string" ? body.detail : undefined,
      errors,
      requestId: typeof body.requestId === "string" ? body.requestId : undefined,
    };
  }
  return { type: "about:blank", title: statusText || "Error", status };
}

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

let csrfToken: string | null = null;
let unauthorizedListener: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when an API call answers 401, so the session can end in the UI too. */
export function onUnauthorized(listener: (() => void) | null): void {
  unauthorizedListener = listener;
}

export type Query = Record<string, string | number | null | undefined>;

export function withQuery(path: string, query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== "") params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

interface RequestOptions {
  body?: unknown;
  /** Do not report a 401 as an ended session (login, session probe). */
  expectUnauthorized?: boolean;
}

/**
 * Calls the Nextwork API. Resolves with the parsed JSON body (undefined for empty bodies such as 204/202)
 * and rejects with ProblemError for every non-2xx answer or network failure.
 * The caller states the expected response type at this validated boundary.
 */
export async function apiRequest<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  if (UNSAFE_METHODS.has(method) && csrfToken) headers["X-CSRF-Token"] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ProblemError({
      type: `${PROBLEM_TYPE_PREFIX}network`,
      title: "Network error",
      status: 0,
    });
  }

  const text = await response.text();
  let body: unknown;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }

  if (!response.ok) {
    const retryAfter = Number(response.headers.get("Retry-After"));
    const problem = new ProblemError(
      toProblemDetails(body, response.status, response.statusText),
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
      body,
    );
    if (problem.status === 401 && !options.expectUnauthorized) unauthorizedListener?.();
    throw problem;
  }
  return body as T;
}
