import { dataDir, getEnv } from "@/lib/env";
import { LocalStorage } from "@/lib/storage/local-storage";
import type { ObjectStorage } from "@/lib/storage/object-storage";
import { DeferredStorage } from "@/lib/storage/deferred-storage";
import { parseStorageUrl } from "@/lib/storage/storage-url";

let current: ObjectStorage | undefined;

/** The storage this process uses: an S3-compatible bucket when LL3M_STORAGE_URL names one, else the data directory. */
export function storage(): ObjectStorage {
  current ??= openStorage();
  return current;
}

function openStorage(): ObjectStorage {
  const env = getEnv();
  const bucket = env.LL3M_STORAGE_URL ? parseStorageUrl(env.LL3M_STORAGE_URL) : null;
  if (!bucket) return new LocalStorage(dataDir());
  const options = {
    ...bucket,
    // An endpoint of one's own (MinIO, R2, Ceph) seldom cares about the region; the SDK still wants one.
    region: env.AWS_REGION ?? "us-east-1",
    endpoint: env.AWS_ENDPOINT_URL_S3,
    // Unset: the SDK's own chain (instance roles, ~/.aws, web identity).
    credentials: env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY ? { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY } : undefined,
  };
  return new DeferredStorage("s3", `s3://${bucket.bucket}/${bucket.prefix}`, async () => new (await import("@/lib/storage/s3-storage")).S3Storage(options));
}

/** Whether downloads should stream through this server rather than redirect to the bucket. */
export function proxyDownloads(): boolean {
  return storage().kind === "local" || getEnv().LL3M_STORAGE_PROXY;
}

/** Key of a file of one asset version. */
export function versionKey({ assetId, versionId, file }: { assetId: string; versionId: string; file: string }): string {
  return `assets/${assetId}/${versionId}/${file}`;
}

/** Prefix of every file of a version. */
export function versionPrefix({ assetId, versionId }: { assetId: string; versionId: string }): string {
  return `assets/${assetId}/${versionId}/`;
}

/** Prefix of every file of an asset. */
export function assetPrefix({ assetId }: { assetId: string }): string {
  return `assets/${assetId}/`;
}
