import { PassThrough, Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import busboy from "busboy";
import { ApiError } from "@/lib/api/errors";
import { storage } from "@/lib/storage/storage";
import { uploadKey, uploadPrefix } from "./formats";
import { ImportRefusedError } from "./import-refused";
import { UploadInspector, type InspectedUpload } from "./inspect-upload";
import { SNIFF_BYTES, sniffFormat } from "./sniff-format";

/** A stored upload and the form's other fields, as the route reads them. */
export interface ReceivedUpload extends InspectedUpload {
  key: string;
  filename: string;
  fields: Record<string, string>;
}

const STATUS: Record<ImportRefusedError["code"], ApiError["code"]> = {
  unsupported_file: "unsupported_file",
  file_too_large: "payload_too_large",
  corrupt_file: "validation_error",
  unsafe_zip: "validation_error",
};

/** The API error for a refused upload. */
export function apiErrorOf(err: unknown): unknown {
  return err instanceof ImportRefusedError ? new ApiError(STATUS[err.code], err.message) : err;
}

/** Reads a stream's first `bytes` (or all of it when shorter), leaving the rest unread. */
function readHead(file: Readable, bytes: number): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let have = 0;
    const done = () => {
      file.off("data", onData).off("end", done).off("error", reject);
      file.pause();
      resolve(chunks);
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      have += chunk.length;
      if (have >= bytes) done();
    };
    file.on("data", onData).on("end", done).on("error", reject);
  });
}

/** Sniffs the file from its head, then streams head and rest through the inspector into uploads/<taskId>/original.<ext>. */
async function storeFile({ file, filename, taskId }: { file: Readable; filename: string; taskId: string }) {
  const chunks = await readHead(file, SNIFF_BYTES);
  const head = Buffer.concat(chunks).subarray(0, SNIFF_BYTES);
  const format = sniffFormat({ head, filename });
  const inspector = new UploadInspector(format, head);
  const body = new PassThrough();
  for (const c of chunks) body.write(c);
  file.pipe(body);
  // A refusal (too large) stops the copy; the rest of the request is still read and dropped so the answer arrives.
  inspector.on("error", () => {
    file.unpipe(body);
    file.resume();
  });
  const key = uploadKey({ taskId, format });
  await storage().put(key, body.pipe(inspector));
  return { key, ...inspector.finish() };
}

/**
 * Reads a multipart upload: the `file` part goes straight to storage (never whole in memory), the other fields
 * are collected. Any refusal removes what was stored and becomes the API error that says what to fix.
 */
export async function receiveUpload({ req, taskId }: { req: Request; taskId: string }): Promise<ReceivedUpload> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data/i.test(type) || !req.body) throw new ApiError("bad_request", "Send the model as multipart/form-data with the file in a part named 'file'.");
  const fields: Record<string, string> = {};
  type Stored = Awaited<ReturnType<typeof storeFile>> & { filename: string };
  let stored = null as Promise<Stored> | null;
  try {
    await new Promise<void>((resolve, reject) => {
      const parser = busboy({ headers: { "content-type": type }, limits: { files: 1, fields: 10, fieldSize: 4096, parts: 12 } });
      parser.on("field", (name, value, info) => {
        if (info.valueTruncated) reject(new ApiError("validation_error", `${name}: the field is too long.`));
        fields[name] = value;
      });
      parser.on("file", (name, file, info) => {
        if (name !== "file" || stored) return file.resume();
        const filename = info.filename || "upload";
        stored = storeFile({ file, filename, taskId }).then((s) => ({ ...s, filename }));
        // Whatever happened to the file, the parser must see the whole body to close.
        stored.catch(() => file.resume());
      });
      parser.on("error", (err) => reject(new ApiError("bad_request", `The multipart body could not be read: ${(err as Error).message}.`)));
      parser.on("close", resolve);
      Readable.fromWeb(req.body as NodeReadableStream).on("error", reject).pipe(parser);
    });
    if (!stored) throw new ApiError("validation_error", "file: the multipart body has no part named 'file'.");
    const result: Stored = await stored;
    return { ...result, fields };
  } catch (err) {
    await storage().deletePrefix(uploadPrefix({ taskId })).catch(() => {});
    throw apiErrorOf(err);
  }
}
