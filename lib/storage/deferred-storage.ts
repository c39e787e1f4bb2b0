import type { Readable } from "node:stream";
import type { DownloadUrlOptions, ObjectInfo, ObjectStorage, PutOptions, StoredObject } from "@/lib/storage/object-storage";

/**
 * An ObjectStorage whose implementation is loaded on first use: the AWS SDK is large, and a process on the data
 * directory (the default) should never pay for loading it, nor one on S3 before its first file.
 */
export class DeferredStorage implements ObjectStorage {
  private opened?: Promise<ObjectStorage>;
  constructor(
    readonly kind: ObjectStorage["kind"],
    readonly location: string,
    private readonly load: () => Promise<ObjectStorage>,
  ) {}

  private open(): Promise<ObjectStorage> {
    this.opened ??= this.load();
    return this.opened;
  }

  async put(key: string, body: Readable, options?: PutOptions) {
    return (await this.open()).put(key, body, options);
  }
  async putFile(key: string, filePath: string, options?: PutOptions) {
    return (await this.open()).putFile(key, filePath, options);
  }
  async get(key: string): Promise<StoredObject | null> {
    return (await this.open()).get(key);
  }
  async head(key: string): Promise<ObjectInfo | null> {
    return (await this.open()).head(key);
  }
  async downloadUrl(key: string, options: DownloadUrlOptions) {
    return (await this.open()).downloadUrl(key, options);
  }
  async *list(prefix: string): AsyncIterable<ObjectInfo> {
    yield* (await this.open()).list(prefix);
  }
  async deletePrefix(prefix: string) {
    return (await this.open()).deletePrefix(prefix);
  }
  async ping() {
    return (await this.open()).ping();
  }
}
