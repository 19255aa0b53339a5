import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { type FieldError, PROBLEM_BASE, type Problem, ProblemError } from "./problems.js";

function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  problem: Omit<Problem, "type" | "instance">,
  slug: string,
) {
  const body: Problem = { type: `${PROBLEM_BASE}${slug}`, ...problem, instance: request.url.split("?")[0] };
  return reply.code(problem.status).type("application/problem+json").send(body);
}

interface ValidationIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params?: { keys?: unknown };
}

function fieldErrors(issues: ValidationIssue[]): FieldError[] {
  return issues.flatMap((issue) => {
    const path = issue.instancePath.replace(/^\//, "").replaceAll("/", ".");
    const keys = issue.params?.keys;
    if (issue.keyword === "unrecognized_keys" && Array.isArray(keys)) {
      return keys.map((key) => ({
        path: path ? `${path}.${String(key)}` : String(key),
        message: "Unknown field",
      }));
    }
    return [{ path, message: issue.message ?? "Invalid value" }];
  });
}

const FASTIFY_CLIENT_ERRORS: Record<string, { status: number; slug: string; title: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    slug: "unsupported-media-type",
    title: "Unsupported media type",
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, slug: "payload-too-large", title: "Request body too large" },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, slug: "validation", title: "Invalid request" },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, slug: "validation", title: "Invalid request" },
};

/** Every failure leaves as application/problem+json; 5xx never carries internals, only the request id. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ProblemError) {
      reply.headers(error.headers);
      return sendProblem(
        reply,
        request,
        {
          title: error.title,
          status: error.status,
          ...(error.detail ? { detail: error.detail } : {}),
          ...(error.errors ? { errors: error.errors } : {}),
        },
        error.slug,
      );
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = fieldErrors(error.validation);
      const where = error.validationContext ?? "request";
      return sendProblem(
        reply,
        request,
        {
          title: "Invalid request",
          status: 400,
          detail: `${errors.length} ${errors.length === 1 ? "field is" : "fields are"} invalid in the ${where}`,
          errors,
        },
        "validation",
      );
    }
    const known = error.code ? FASTIFY_CLIENT_ERRORS[error.code] : undefined;
    if (known) {
      return sendProblem(
        reply,
        request,
        { title: known.title, status: known.status, detail: error.message },
        known.slug,
      );
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(
        reply,
        request,
        { title: "Bad request", status: error.statusCode, detail: error.message },
        "bad-request",
      );
    }
    request.log.error({ err: error }, "request failed");
    return sendProblem(
      reply,
      request,
      {
        title: "Internal server error",
        status: 500,
        detail: "Something went wrong on our side",
        requestId: String(request.id),
      },
      "internal",
    );
  });
}

export function notFoundProblem(request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(
    reply,
    request,
    { title: "Not found", status: 404, detail: "No such resource" },
    "not-found",
  );
}
