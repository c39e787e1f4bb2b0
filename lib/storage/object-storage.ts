import type { Readable } from "node:stream";

/**
 * Where asset files live: one interface, two places. Keys are '/'-separated paths such as
 * `assets/<assetId>/<versionId>/model.glb` or `uploads/<taskId>/original.glb`; each implementation maps them onto
 * its own namespace (a folder under the data directory, or a prefix in a bucket).
 *
 * Every writer goes through this interface so that the local directory (the default) and S3-compatible object
 * storage are interchangeable; nothing outside lib/storage touches the files directly.
 */
export interface ObjectStorage {
  /** `local` for the data directory, `s3` for a bucket. */
  readonly kind: "local" | "s3";
  /** A human-readable place, for health and logs (`/srv/ll3m/.data` or `s3://bucket/prefix`). */
  readonly location: string;
  /** Stores a stream under a key; the object appears whole or not at all. */
  put(key: string, body: Readable, options?: PutOptions): Promise<void>;
  /** Stores a file from local disk under a key (large files in parts where the backend supports it). */
  putFile(key: string, filePath: string, options?: PutOptions): Promise<void>;
  /** Opens an object for reading, or null when there is no such key. */
  get(key: string): Promise<StoredObject | null>;
  /** Size and type of an object without reading it, or null when it is missing. */
  head(key: string): Promise<ObjectInfo | null>;
  /**
   * A short-lived URL a browser can download the object from directly, or null when this storage has none (the
   * local directory): the caller then streams the object itself.
   */
  downloadUrl(key: string, options: DownloadUrlOptions): Promise<string | null>;
  /** Every object whose key starts with the prefix. */
  list(prefix: string): AsyncIterable<ObjectInfo>;
  /** Removes every object whose key starts with the prefix; returns how many were removed. */
  deletePrefix(prefix: string): Promise<number>;
  /** Throws when the storage cannot be reached or written (for health checks). */
  ping(): Promise<void>;
}

export interface PutOptions {
  contentType?: string;
}

export interface ObjectInfo {
  key: string;
  bytes: number;
  contentType?: string;
  modifiedAt?: Date;
}

export interface StoredObject extends ObjectInfo {
  body: Readable;
}

export interface DownloadUrlOptions {
  /** The file name the browser saves it as. */
  filename: string;
  contentType: string;
  inline?: boolean;
  expiresInS?: number;
}

// eslint-disable-next-line security/detect-unsafe-regex -- linear: each repeated segment starts with a "/" its class cannot match
const KEY = /^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/;

/** Keys are plain relative paths: no empty, '.' or '..' segments, no leading slash, no unusual characters. */
export function checkKey(key: string): string {
  if (!KEY.test(key) || key.split("/").some((s) => s === "." || s === ".." || s.startsWith("."))) {
    throw new Error(`bad storage key: ${JSON.stringify(key)}`);
  }
  return key;
}

/** A prefix is a key or a key followed by '/'. */
export function checkPrefix(prefix: string): string {
  checkKey(prefix.endsWith("/") ? prefix.slice(0, -1) : prefix);
  return prefix;
}
