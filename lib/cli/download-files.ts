import { createWriteStream } from "node:fs";
import { mkdir, rename, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ApiClient } from "@/lib/cli/client";
import { CliError, EXIT } from "@/lib/cli/errors";
import type { ApiAsset } from "@/lib/cli/types";

function fileName(disposition: string | null, fallback: string): string {
  const m = /filename="?([^";]+)"?/.exec(disposition ?? "");
  // Only a bare name from the server: never a path.
  return path.basename(m?.[1] ?? fallback);
}

/** Downloads the asset's files in `formats` (all it has when empty) into `dir`; returns the paths written. */
export async function downloadFiles({ client, asset, formats, version, dir }: { client: ApiClient; asset: ApiAsset; formats: string[]; version?: number; dir: string }) {
  const available = Object.keys(asset.files);
  const wanted = formats.length ? formats : available;
  const missing = wanted.filter((f) => !available.includes(f));
  if (missing.length && !version) {
    throw new CliError(`Asset ${asset.id} has no ${missing.join(", ")} file; it has ${available.join(", ") || "none"}.`, EXIT.notFound);
  }
  await mkdir(dir, { recursive: true });
  const written: { format: string; path: string; bytes: number }[] = [];
  for (const format of wanted) {
    const q = version ? `?version=${version}` : "";
    const res = await client.request(`/api/v1/assets/${asset.id}/download/${format}${q}`);
    const target = path.join(dir, fileName(res.headers.get("content-disposition"), `${asset.id}.${format}`));
    // Write beside the target, then rename: an interrupted download never leaves a truncated file in its place.
    const partial = `${target}.part`;
    await pipeline(Readable.fromWeb(res.body as import("node:stream/web").ReadableStream), createWriteStream(partial));
    await rename(partial, target);
    written.push({ format, path: target, bytes: (await stat(target)).size });
  }
  return written;
}
