import { Readable } from "node:stream";
import busboy from "busboy";
import type { NextRequest } from "next/server";
import { ApiError } from "@/lib/api/errors";
import { readJson } from "@/lib/api/read-json";
import { REFERENCE_IMAGE_MAX_BYTES } from "@/lib/images/reference-image";

/** JSON bodies may carry the image as base64 (4/3 of its size) beside the usual 64 KB of fields. */
const MAX_JSON_WITH_IMAGE = Math.ceil((REFERENCE_IMAGE_MAX_BYTES * 4) / 3) + 128 * 1024;
const FIELDS_MAX_BYTES = 64 * 1024;
/** Form fields that hold lists: repeat the field or comma-separate the values. */
const LIST_FIELDS = new Set(["output_formats", "tags"]);

/** A generate request's fields (still to be validated) and its reference image bytes, if any. */
export interface GenerateRequestParts {
  fields: Record<string, unknown>;
  image: Buffer | null;
}

function decodeBase64Image(value: unknown): Buffer {
  if (typeof value !== "string") throw new ApiError("validation_error", "image: expected a base64 string (optionally a data: URL).");
  const data = value.replace(/^data:[^;,]*;base64,/, "").replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data)) throw new ApiError("validation_error", "image: not valid base64.");
  return Buffer.from(data, "base64");
}

/** multipart/form-data: text fields plus one `image` file, streamed with busboy and cut off past the size limit. */
function readForm(req: NextRequest): Promise<GenerateRequestParts> {
  return new Promise((resolve, reject) => {
    const fields: Record<string, unknown> = {};
    let image: Buffer | null = null;
    let failure: ApiError | null = null;
    const fail = (e: ApiError) => (failure ??= e);
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: Object.fromEntries(req.headers), limits: { files: 1, fields: 30, fieldSize: 16 * 1024, fileSize: REFERENCE_IMAGE_MAX_BYTES } });
    } catch (err) {
      return reject(new ApiError("bad_request", `The form cannot be read: ${(err as Error).message}.`));
    }
    bb.on("field", (name, value) => {
      if (name === "metadata") {
        try {
          fields.metadata = JSON.parse(value);
        } catch {
          fail(new ApiError("validation_error", "metadata: the form field must be a JSON object."));
        }
      } else if (LIST_FIELDS.has(name)) {
        fields[name] = [...((fields[name] as string[]) ?? []), ...value.split(",").map((s) => s.trim()).filter(Boolean)];
      } else fields[name] = value;
    });
    bb.on("file", (name, stream) => {
      if (name !== "image") {
        fail(new ApiError("validation_error", `${name}: the only file field is "image".`));
        return void stream.resume();
      }
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("limit", () => fail(new ApiError("payload_too_large", `image: too big; send an image of at most ${REFERENCE_IMAGE_MAX_BYTES / 1024 / 1024} MB.`)));
      stream.on("end", () => (image = Buffer.concat(chunks)));
    });
    bb.on("filesLimit", () => fail(new ApiError("validation_error", "image: send one image only.")));
    bb.on("error", (err) => reject(new ApiError("bad_request", `The form cannot be read: ${(err as Error).message}.`)));
    bb.on("close", () => (failure ? reject(failure) : resolve({ fields, image })));
    if (!req.body) return bb.end();
    Readable.fromWeb(req.body as import("node:stream/web").ReadableStream).on("error", reject).pipe(bb);
  });
}

/**
 * The body of POST /api/v1/generate in either form: JSON (an optional base64 `image`) or multipart/form-data
 * (the same fields as text, `image` as a file). Validation of the fields is the caller's (generateSchema).
 */
export async function readGenerateRequest(req: NextRequest): Promise<GenerateRequestParts> {
  if ((req.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) return readForm(req);
  const body = await readJson(req, { maxBytes: MAX_JSON_WITH_IMAGE });
  if (!body || typeof body !== "object" || Array.isArray(body)) return { fields: body as Record<string, unknown>, image: null };
  const { image, ...fields } = body as Record<string, unknown>;
  // The larger cap is for the image alone; the other fields keep the API's usual 64 KB.
  if (Buffer.byteLength(JSON.stringify(fields)) > FIELDS_MAX_BYTES) throw new ApiError("payload_too_large", `Request body must be at most ${FIELDS_MAX_BYTES / 1024} KB besides the image.`);
  return { fields, image: image === undefined || image === null ? null : decodeBase64Image(image) };
}
