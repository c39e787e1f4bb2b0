import { createReadStream } from "node:fs";
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  paginateListObjectsV2,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { checkKey, checkPrefix, type DownloadUrlOptions, type ObjectInfo, type ObjectStorage, type PutOptions, type StoredObject } from "@/lib/storage/object-storage";
import type { BucketLocation } from "@/lib/storage/storage-url";

export interface S3StorageOptions extends BucketLocation {
  region: string;
  /** A non-AWS endpoint (MinIO, R2, Ceph, Garage, s3rver); addressed path-style. */
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Multipart part size in bytes (S3's minimum is 5 MiB); files above it go up in parts. */
  partSize?: number;
}

const DEFAULT_PART_SIZE = 8 * 1024 * 1024;
/** How long a presigned download URL lives unless the caller asks otherwise. */
const DEFAULT_URL_TTL_S = 300;

/** S3's 404s come under several names (NoSuchKey, NotFound); the status is the reliable part. */
function isMissing(err: unknown): boolean {
  return (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404;
}

/** Objects in an S3-compatible bucket (AWS S3, MinIO, Cloudflare R2, Ceph, Garage) under an optional key prefix. */
export class S3Storage implements ObjectStorage {
  readonly kind = "s3" as const;
  readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;
  private readonly partSize: number;

  constructor(options: S3StorageOptions) {
    this.bucket = options.bucket;
    this.prefix = options.prefix;
    this.partSize = Math.max(options.partSize ?? DEFAULT_PART_SIZE, 5 * 1024 * 1024);
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: Boolean(options.endpoint),
      credentials: options.credentials,
      // Non-AWS servers often reject the SDK's newer default (streamed aws-chunked bodies with trailing checksums).
      ...(options.endpoint ? { requestChecksumCalculation: "WHEN_REQUIRED", responseChecksumValidation: "WHEN_REQUIRED" } : {}),
    });
  }

  get location(): string {
    return `s3://${this.bucket}/${this.prefix}`;
  }

  private objectKey(key: string): string {
    return this.prefix + checkKey(key);
  }

  /** Streams and files alike go through Upload: one PUT when the body fits a part, a multipart upload above it. */
  private async upload(key: string, body: Readable, options?: PutOptions): Promise<void> {
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: this.objectKey(key), Body: body, ContentType: options?.contentType },
      partSize: this.partSize,
      queueSize: 4,
      leavePartsOnError: false,
    });
    // A failing source stream must fail the upload (and abort its parts) rather than leave it waiting.
    const failed = new Promise<never>((_, reject) => body.once("error", reject));
    failed.catch(() => {});
    try {
      await Promise.race([upload.done(), failed]);
    } catch (err) {
      await upload.abort().catch(() => {});
      throw err;
    }
  }

  async put(key: string, body: Readable, options?: PutOptions): Promise<void> {
    await this.upload(key, body, options);
  }

  async putFile(key: string, filePath: string, options?: PutOptions): Promise<void> {
    await this.upload(key, createReadStream(filePath), options);
  }

  async head(key: string): Promise<ObjectInfo | null> {
    try {
      const out = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      return { key, bytes: out.ContentLength ?? 0, contentType: out.ContentType, modifiedAt: out.LastModified };
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
  }

  async get(key: string): Promise<StoredObject | null> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      return { key, bytes: out.ContentLength ?? 0, contentType: out.ContentType, modifiedAt: out.LastModified, body: out.Body as Readable };
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
  }

  async downloadUrl(key: string, options: DownloadUrlOptions): Promise<string> {
    const command = new GetObjectCommand({
      Bucket: this.bucket,
      Key: this.objectKey(key),
      ResponseContentDisposition: `${options.inline ? "inline" : "attachment"}; filename="${options.filename.replace(/["\\\r\n]/g, "_")}"`,
      ResponseContentType: options.contentType,
    });
    return getSignedUrl(this.client, command, { expiresIn: options.expiresInS ?? DEFAULT_URL_TTL_S });
  }

  async *list(prefix: string): AsyncIterable<ObjectInfo> {
    checkPrefix(prefix);
    const pages = paginateListObjectsV2({ client: this.client }, { Bucket: this.bucket, Prefix: this.prefix + prefix });
    for await (const page of pages) {
      for (const o of page.Contents ?? []) {
        if (!o.Key) continue;
        yield { key: o.Key.slice(this.prefix.length), bytes: o.Size ?? 0, modifiedAt: o.LastModified };
      }
    }
  }

  async deletePrefix(prefix: string): Promise<number> {
    let removed = 0;
    let batch: string[] = [];
    const flush = async () => {
      if (!batch.length) return;
      const out = await this.client.send(new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true } }));
      if (out.Errors?.length) throw new Error(`could not delete ${out.Errors.length} objects under ${prefix}: ${out.Errors[0].Message ?? out.Errors[0].Code}`);
      removed += batch.length;
      batch = [];
    };
    // DeleteObjects takes at most 1000 keys a call.
    for await (const o of this.list(prefix)) {
      batch.push(this.prefix + o.key);
      if (batch.length === 1000) await flush();
    }
    await flush();
    return removed;
  }

  async ping(): Promise<void> {
    // A write and a delete: reachable, credentials valid, bucket present and writable.
    const Key = `${this.prefix}health/ping-${randomUUID()}`;
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key, Body: new Uint8Array(0), ContentLength: 0 }));
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key }));
  }
}
