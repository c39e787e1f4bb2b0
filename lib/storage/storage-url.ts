/** Where `s3://bucket/prefix` points: a bucket and a key prefix inside it ('' or ending in '/'). */
export interface BucketLocation {
  bucket: string;
  prefix: string;
}

/** Bucket names as S3 allows them (3–63 lowercase letters, digits, dots and hyphens). */
const S3_URL = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/;

/** Parses LL3M_STORAGE_URL; null when it is not an s3:// URL with a valid bucket name. */
export function parseStorageUrl(url: string): BucketLocation | null {
  const m = S3_URL.exec(url);
  if (!m) return null;
  const segments = (m[2] ?? "").split("/").filter(Boolean);
  if (segments.some((s) => s === "." || s === ".." || !/^[A-Za-z0-9_.-]+$/.test(s))) return null;
  return { bucket: m[1], prefix: segments.length ? `${segments.join("/")}/` : "" };
}
