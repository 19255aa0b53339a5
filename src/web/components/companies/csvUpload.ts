import { ProblemError } from "../../api/client";
import { auth } from "../../api/endpoints";
import type { FieldProblem, ImportPreview } from "../../api/types";

/** Progress of one upload: the share of the file sent, or null once it is sent and the server works. */
export type UploadProgress = (sentShare: number | null) => void;

function problemOf(status: number, text: string): ProblemError {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const record = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  const errors = Array.isArray(record.errors)
    ? record.errors.filter(
        (error): error is FieldProblem =>
          typeof error === "object" &&
          error !== null &&
          typeof (error as Record<string, unknown>).path === "string" &&
          typeof (error as Record<string, unknown>).message === "string",
      )
    : [];
  return new ProblemError({
    type: typeof record.type === "string" ? record.type : "about:blank",
    title: typeof record.title === "string" ? record.title : "Error",
    status,
    detail: typeof record.detail === "string" ? record.detail : undefined,
    errors,
    requestId: typeof record.requestId === "string" ? record.requestId : undefined,
  });
}

/**
 * Posts a CSV file as text/csv with XMLHttpRequest, whose upload events report progress (fetch has
 * none). The CSRF token is asked for first, as apiRequest keeps its copy to itself.
 */
async function postCsv<T>(url: string, file: Blob, onProgress: UploadProgress): Promise<T> {
  const { csrfToken } = await auth.csrf();
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.setRequestHeader("Content-Type", "text/csv");
    request.setRequestHeader("Accept", "application/json");
    request.setRequestHeader("X-CSRF-Token", csrfToken);
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    request.upload.addEventListener("load", () => onProgress(null));
    request.addEventListener("load", () => {
      if (request.status >= 200 && request.status < 300) {
        try {
          resolve(JSON.parse(request.responseText) as T);
        } catch {
          reject(problemOf(request.status, ""));
        }
      } else {
        reject(problemOf(request.status, request.responseText));
      }
    });
    request.addEventListener("error", () =>
      reject(
        new ProblemError({ type: "https://nextwork.dk/problems/network", title: "Network error", status: 0 }),
      ),
    );
    request.send(file);
  });
}

export const companyImport = {
  preview: (file: Blob, onProgress: UploadProgress) =>
    postCsv<ImportPreview>("/api/companies/import/preview", file, onProgress),
  run: (file: Blob, onProgress: UploadProgress) =>
    postCsv<{ imported: number }>("/api/companies/import", file, onProgress),
};

/** Import errors at rows.<row>.<column> (the 400 of the import itself) as rows of a preview. */
export function importErrorsOf(error: unknown): ImportPreview["errors"] {
  if (!(error instanceof ProblemError)) return [];
  return error.errors.flatMap((problem) => {
    const match = /^rows\.(\d+)(?:\.(.+))?$/.exec(problem.path);
    return match ? [{ row: Number(match[1]), column: match[2] ?? "", message: problem.message }] : [];
  });
}
