import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { open } from "node:fs/promises";
import { createReadStream } from "node:fs";
import path from "node:path";
import { Unzip, UnzipInflate } from "fflate";
import { getEnv } from "@/lib/env";
import { checkZipEntries, isSafeEntryName } from "@/lib/imports/check-zip-entries";
import { ImportRefusedError } from "@/lib/imports/import-refused";
import { readZipDirectory, ZIP_TAIL_BYTES } from "@/lib/imports/read-zip-directory";

/** The last bytes of a file, where a zip keeps its directory. */
async function readTail(file: string): Promise<{ tail: Buffer; totalBytes: number }> {
  const handle = await open(file, "r");
  try {
    const totalBytes = (await handle.stat()).size;
    const length = Math.min(totalBytes, ZIP_TAIL_BYTES);
    const tail = Buffer.alloc(length);
    await handle.read(tail, 0, length, totalBytes - length);
    return { tail, totalBytes };
  } finally {
    await handle.close();
  }
}

/**
 * Extracts a zip into `into`, checked again here (the worker trusts no earlier step): the directory first, then
 * every entry as it streams, counting the bytes it really inflates to, so a header that lies about its size is
 * caught too. Only regular files are written, only at names the checked directory lists. Returns the model entry.
 */
export async function extractZip({ file, into }: { file: string; into: string }): Promise<{ entry: string; model: "gltf" | "obj" }> {
  const env = getEnv();
  const maxUnpacked = env.LL3M_IMPORT_MAX_UNPACKED_MB * 2 ** 20;
  const entries = readZipDirectory(await readTail(file));
  const found = checkZipEntries({ entries, maxEntries: env.LL3M_IMPORT_MAX_ZIP_ENTRIES, maxUnpackedBytes: maxUnpacked });
  const declared = new Map(entries.filter((e) => !e.directory).map((e) => [e.name, e.bytes]));
  let total = 0;
  // Set from the unzip callbacks, which TypeScript's narrowing cannot see: hence the cast, not a `null` literal type.
  let failure = null as Error | null;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (entry) => {
    if (failure || entry.name.endsWith("/")) return;
    if (!isSafeEntryName(entry.name) || !declared.has(entry.name)) {
      failure = new ImportRefusedError("unsafe_zip", `The zip entry "${entry.name}" is not in the archive's directory; the zip is damaged or crafted.`);
      return;
    }
    const target = path.join(into, ...entry.name.split("/"));
    mkdirSync(path.dirname(target), { recursive: true });
    const fd = openSync(target, "wx", 0o644);
    let written = 0;
    entry.ondata = (err, data, final) => {
      if (failure) return;
      if (err) failure = new ImportRefusedError("corrupt_file", `The zip entry "${entry.name}" cannot be unpacked: ${err.message}.`);
      else {
        written += data.length;
        total += data.length;
        if (written > declared.get(entry.name)! || total > maxUnpacked) {
          failure = new ImportRefusedError("unsafe_zip", `The zip entry "${entry.name}" unpacks to more than its header says; the zip is damaged or a zip bomb.`);
        } else writeSync(fd, data);
      }
      if (final || failure) closeSync(fd);
    };
    entry.start();
  };
  for await (const chunk of createReadStream(file)) {
    unzip.push(chunk as Buffer, false);
    if (failure) throw failure;
  }
  unzip.push(new Uint8Array(0), true);
  if (failure) throw failure;
  return found as { entry: string; model: "gltf" | "obj" };
}
