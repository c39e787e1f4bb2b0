import { dataDir } from "@/lib/env";
import { LocalStorage } from "@/lib/storage/local-storage";
import type { ObjectStorage } from "@/lib/storage/object-storage";

let current: ObjectStorage | undefined;

/** The storage this process uses: the data directory today; S3 when configured (issue: many machines). */
export function storage(): ObjectStorage {
  current ??= new LocalStorage(dataDir());
  return current;
}

/** Key of a file of one asset version. */
export function versionKey({ assetId, versionId, file }: { assetId: string; versionId: string; file: string }): string {
  return `assets/${assetId}/${versionId}/${file}`;
}

/** Prefix of every file of an asset. */
export function assetPrefix({ assetId }: { assetId: string }): string {
  return `assets/${assetId}/`;
}
