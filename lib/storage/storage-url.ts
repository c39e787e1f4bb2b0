/** Where `s3://bucket/prefix` points: a bucket and a key prefix inside it ('' or ending in '/'). */
export interface BucketLocation {
  bucket: string;
  prefix: string;
}

/** Bucket names as S3 allows them (3–63 lowercase letters, digits, dots and hyphens). */
// eslint-disable-next-line security/detect-unsafe-regex -- linear: bounded bucket class, then one optional "/" and the rest
const S3_URL = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/;

/** Parses LL3M_STORAGE_URL; null when it is not an s3:// URL with a valid bucket name. */
export function parseStorageUrl(url: string): BucketLocation | null {
  const m = S3_URL.exec(url);
  if (!m) return null;
  const segments = (m[2] ?? "").split("/").filter(Boolean);
  if (segments.some((s) => s === "." || s === ".." || !/^[A-Za-z0-9_.-]+$/.test(s))) return null;
  return { bucket: m[1], prefix: segments.length ? `${segments.join("/")}/` : "" };
}

/**
 * The origin a browser fetches downloads from when they redirect to a presigned bucket URL (null when downloads
 * stream through the web server): the page's Content Security Policy must allow it for the viewer and previews.
 * Reads the variables directly, as the page proxy does not load the whole env.
 */
export function bucketOrigins(env: Record<string, string | undefined> = process.env): string[] {
  const location = env.LL3M_STORAGE_URL ? parseStorageUrl(env.LL3M_STORAGE_URL) : null;
  if (!location || /^(1|true|yes|on)$/i.test(env.LL3M_STORAGE_PROXY ?? "")) return [];
  const endpoint = env.AWS_ENDPOINT_URL_S3;
  if (endpoint) {
    try {
      return [new URL(endpoint).origin]; // path-style: http://minio:9000/bucket/key
    } catch {
      return [];
    }
  }
  const region = env.AWS_REGION ?? "us-east-1";
  return [`https://${location.bucket}.s3.${region}.amazonaws.com`, `https://${location.bucket}.s3.amazonaws.com`];
}
