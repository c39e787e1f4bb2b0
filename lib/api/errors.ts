import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { isDatabaseUnavailable } from "@/lib/db-errors";

/** Error codes of the API and the HTTP status each answers with. */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unsupported_file: 415,
  validation_error: 422,
  image_too_large: 422,
  vision_required: 422,
  idempotency_key_reused: 422,
  rate_limited: 429,
  internal_error: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** An error the API reports to the caller as it is: code, status and a message that says what to fix. */
export class ApiError extends Error {
  constructor(
    public code: ErrorCode,
    message: string,
    public headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** The one error envelope: { error: { code, message, request_id } }. */
export function errorResponse(code: ErrorCode, message: string, requestId: string, headers: Record<string, string> = {}) {
  return NextResponse.json(
    { error: { code, message, request_id: requestId } },
    { status: ERROR_STATUS[code], headers: { "X-Request-Id": requestId, ...headers } },
  );
}

function zodMessage(err: ZodError): string {
  return err.issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message))
    .join("; ");
}

/** Maps any thrown value to the envelope; unknown errors are logged and answered with a generic 500. */
export function handleApiError(err: unknown, requestId: string = randomUUID()) {
  if (err instanceof ApiError) return errorResponse(err.code, err.message, requestId, err.headers);
  if (err instanceof ZodError) return errorResponse("validation_error", zodMessage(err), requestId);
  if (typeof err === "object" && err && "code" in err && err.code === "P2025") {
    return errorResponse("not_found", "Not found", requestId);
  }
  if (isDatabaseUnavailable(err)) {
    // A hung or unreachable database: say so at once rather than hold the request; the client may retry.
    console.error(JSON.stringify({ level: "error", request_id: requestId, msg: "database unavailable", error: String(err).split("\n").filter(Boolean).pop() }));
    return errorResponse("unavailable", "The database is not answering right now; try again in a few seconds.", requestId, { "Retry-After": "5" });
  }
  console.error(JSON.stringify({ level: "error", request_id: requestId, msg: "unhandled API error", error: String(err), stack: err instanceof Error ? err.stack : undefined }));
  return errorResponse("internal_error", "Something went wrong on our side; the request id helps us find it.", requestId);
}
