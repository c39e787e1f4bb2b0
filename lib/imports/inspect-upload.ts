import { Transform, type TransformCallback } from "node:stream";
import { getEnv } from "@/lib/env";
import { checkZipEntries } from "./check-zip-entries";
import type { ImportFormat, ModelFormat } from "./formats";
import { ImportRefusedError } from "./import-refused";
import { readZipDirectory, ZIP_TAIL_BYTES } from "./read-zip-directory";
import { checkComplete } from "./sniff-format";

/** What the upload turned out to be once every byte passed. */
export interface InspectedUpload {
  format: ImportFormat;
  entry: string | null;
  model: ModelFormat;
  bytes: number;
}

/**
 * A pass-through for the uploaded bytes on their way to storage, once the head told the format: it counts them
 * against the size limit and keeps only a zip's last 2 MB, where its directory is, so memory stays bounded.
 */
export class UploadInspector extends Transform {
  bytes = 0;
  private tail: Buffer[] = [];
  private tailBytes = 0;

  constructor(
    private readonly format: ImportFormat,
    private readonly head: Buffer,
    private readonly maxBytes = getEnv().LL3M_IMPORT_MAX_MB * 2 ** 20,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) return done(tooLarge(this.maxBytes));
    if (this.format === "zip") this.keepTail(chunk);
    done(null, chunk);
  }

  /** The checks that need the whole file; call once the stream has ended. */
  finish(): InspectedUpload {
    const { format, head, bytes } = this;
    checkComplete({ format, head, bytes });
    if (format !== "zip") return { format, entry: null, model: format, bytes };
    const env = getEnv();
    const entries = readZipDirectory({ tail: Buffer.concat(this.tail), totalBytes: bytes });
    const found = checkZipEntries({ entries, maxEntries: env.LL3M_IMPORT_MAX_ZIP_ENTRIES, maxUnpackedBytes: env.LL3M_IMPORT_MAX_UNPACKED_MB * 2 ** 20 });
    return { format, ...found, bytes };
  }

  private keepTail(chunk: Buffer) {
    this.tail.push(chunk);
    this.tailBytes += chunk.length;
    while (this.tail.length > 1 && this.tailBytes - this.tail[0].length >= ZIP_TAIL_BYTES) this.tailBytes -= this.tail.shift()!.length;
  }
}

export function tooLarge(maxBytes: number) {
  return new ImportRefusedError("file_too_large", `The file is larger than ${Math.round(maxBytes / 2 ** 20)} MB (LL3M_IMPORT_MAX_MB); upload a smaller file or ask the operator to raise the limit.`);
}
