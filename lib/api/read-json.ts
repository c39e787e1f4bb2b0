import type { NextRequest } from "next/server";
import { ApiError } from "@/lib/api/errors";

const MAX_BODY_BYTES = 64 * 1024;

/** Reads a JSON body with a size cap (413) and a clear message for malformed JSON (400). */
export async function readJson(req: NextRequest): Promise<unknown> {
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw new ApiError("payload_too_large", `Request body must be at most ${MAX_BODY_BYTES / 1024} KB.`);
  const text = await req.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new ApiError("payload_too_large", `Request body must be at most ${MAX_BODY_BYTES / 1024} KB.`);
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError("bad_request", "Request body is not valid JSON.");
  }
}
