import path from "node:path";
import { dataDir } from "@/lib/env";

/** Folder of one asset version's files: <data>/assets/<assetId>/<versionId>. */
export function versionDir({ assetId, versionId }: { assetId: string; versionId: string }): string {
  return path.join(dataDir(), "assets", assetId, versionId);
}

/** Folder of an asset's versions, removed whole when the asset is deleted. */
export function assetDir({ assetId }: { assetId: string }): string {
  return path.join(dataDir(), "assets", assetId);
}

/** Scratch space for runs in progress; on the same filesystem so finished files move in with rename. */
export function scratchDir(): string {
  return path.join(dataDir(), "tmp");
}

/** A file inside a version folder; names are checked so no path can leave it. */
export function versionFile({ assetId, versionId, file }: { assetId: string; versionId: string; file: string }): string {
  if (!/^[A-Za-z0-9_.-]+$/.test(file) || file.startsWith(".")) throw new Error(`bad file name: ${file}`);
  return path.join(versionDir({ assetId, versionId }), file);
}
