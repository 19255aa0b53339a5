import type { TFunction } from "i18next";
import { ProblemError, type ProblemSlug } from "../api/client";

export type ProblemMessages = Partial<Record<ProblemSlug, string>>;

/** The user-facing message for a failed call: a screen's own wording first, then the general one. */
export function problemMessage(error: unknown, t: TFunction, overrides: ProblemMessages = {}): string {
  if (!(error instanceof ProblemError)) return t("problems.generic");
  const base = overrides[error.slug] ?? t(`problems.${error.slug}`);
  if (error.slug === "rate-limited" && error.retryAfterSeconds) {
    return `${base} ${t("problems.retryAfter", { count: error.retryAfterSeconds })}`;
  }
  if (error.slug === "internal" && error.requestId) {
    return `${base} ${t("problems.requestId", { requestId: error.requestId })}`;
  }
  return base;
}

/** Translated field messages for a problem type, keyed by API path: e.g. conflict on "slug". */
export type FieldMessages = Partial<Record<ProblemSlug, Record<string, string>>>;

/**
 * Field errors from a problem's errors[], keyed by form field. `fields` maps API paths to form field ids.
 * The server's messages are English, so known cases get a translated text: weak passwords always, and
 * whatever the screen passes in `messages`; other messages are shown as the server wrote them.
 */
export function problemFieldErrors(
  error: unknown,
  t: TFunction,
  fields: Record<string, string>,
  messages: FieldMessages = {},
): Record<string, string> {
  if (!(error instanceof ProblemError)) return {};
  const result: Record<string, string> = {};
  for (const fieldProblem of error.errors) {
    const field = fields[fieldProblem.path];
    if (!field || result[field]) continue;
    const translated =
      error.slug === "weak-password"
        ? t("fieldErrors.weakPassword")
        : messages[error.slug]?.[fieldProblem.path];
    result[field] = translated ?? fieldProblem.message;
  }
  return result;
}
