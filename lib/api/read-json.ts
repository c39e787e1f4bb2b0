import type { NextRequest } from "next/server";
import { ApiError } from "@/lib/api/errors";

const MAX_BODY_BYTES = 64 * 1024;

/** Reads a JSON body with a size cap (413; 64 KB unless the route allows more) and a clear message for malformed JSON (400). */
export async function readJson(req: NextRequest, { maxBytes = MAX_BODY_BYTES }: { maxBytes?: number } = {}): Promise<unknown> {
  const limit = maxBytes >= 1024 * 1024 ? `${(maxBytes / 1024 / 1024).toFixed(1)} MB` : `${maxBytes / 1024} KB`;
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw new ApiError("payload_too_large", `Request body must be at most ${limit}.`);
  const text = await req.text();
  if (Buffer.byteLength(text) > maxBytes) throw new ApiError("payload_too_large", `Request body must be at most ${limit}.`);
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError("bad_request", "Request body is not valid JSON.");
  }
}
