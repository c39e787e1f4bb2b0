import { createWriteStream } from "node:fs";
import { copyFile, mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import type { ImportFormat, ModelFormat } from "@/lib/imports/formats";
import { ImportRefusedError } from "@/lib/imports/import-refused";
import { scratchDir } from "@/lib/storage/paths";
import { storage } from "@/lib/storage/storage";
import type { OriginalInput } from "@/worker/blender/types";
import { PermanentTaskError } from "@/worker/pipeline/errors";
import { extractZip } from "./extract-zip";

/** An original ready for Blender, and the file to keep as the new version's `original`. */
export interface FetchedOriginal {
  input: OriginalInput;
  keep: { path: string; file: string };
  cleanup: () => Promise<void>;
}

/** Refusals found by the worker's own checks fail the task at once with their code (import_<code>). */
export function importError(err: unknown): unknown {
  return err instanceof ImportRefusedError ? new PermanentTaskError(`import_${err.code}`, err.message) : err;
}

/**
 * Copies a stored original (an upload, or an imported version's `original` file) into this attempt's scratch
 * folder and unpacks a zip, so Blender gets the model and its companions as plain files.
 */
export async function fetchOriginal({ taskId, attempt, key, format, model }: { taskId: string; attempt: number; key: string; format: ImportFormat; model: ModelFormat }): Promise<FetchedOriginal> {
  const dir = path.join(scratchDir(), `${taskId}-${attempt}-original`);
  const cleanup = () => rm(dir, { recursive: true, force: true });
  await cleanup();
  const src = path.join(dir, "src");
  await mkdir(src, { recursive: true });
  try {
    const object = await storage().get(key);
    if (!object) throw new PermanentTaskError("import_missing", "The uploaded file is no longer in storage; upload it again.");
    const kept = path.join(dir, `original.${format}`);
    await pipeline(object.body, createWriteStream(kept));
    if (format === "zip") {
      const { entry, model: inside } = await extractZip({ file: kept, into: src });
      return { input: { dir: src, file: entry, format: inside }, keep: { path: kept, file: `original.${format}` }, cleanup };
    }
    const file = `original.${format}`;
    await copyFile(kept, path.join(src, file));
    return { input: { dir: src, file, format: model }, keep: { path: kept, file }, cleanup };
  } catch (err) {
    await cleanup();
    throw importError(err);
  }
}
