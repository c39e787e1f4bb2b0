import { createReadStream, createWriteStream } from "node:fs";
import { copyFile, mkdir, readdir, rename, rm, rmdir, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { randomUUID } from "node:crypto";
import { checkKey, checkPrefix, type ObjectInfo, type ObjectStorage, type StoredObject } from "@/lib/storage/object-storage";

/**
 * Objects as files under one root folder (the data directory). Writes go to a temporary name in the same folder
 * and are renamed into place, so a reader never sees half a file.
 */
export class LocalStorage implements ObjectStorage {
  readonly kind = "local" as const;
  constructor(readonly root: string) {}

  get location(): string {
    return this.root;
  }

  /** The file behind a key; exported for the worker, which moves whole run folders into place with rename. */
  pathOf(key: string): string {
    return path.join(this.root, ...checkKey(key).split("/"));
  }

  async put(key: string, body: Readable): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    const partial = `${target}.${randomUUID()}.partial`;
    try {
      await pipeline(body, createWriteStream(partial, { flags: "wx" }));
      await rename(partial, target);
    } catch (err) {
      await unlink(partial).catch(() => {});
      throw err;
    }
  }

  async putFile(key: string, filePath: string): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    const partial = `${target}.${randomUUID()}.partial`;
    try {
      await copyFile(filePath, partial);
      await rename(partial, target);
    } catch (err) {
      await unlink(partial).catch(() => {});
      throw err;
    }
  }

  async head(key: string): Promise<ObjectInfo | null> {
    const info = await stat(this.pathOf(key)).catch(() => null);
    if (!info?.isFile()) return null;
    return { key, bytes: info.size, modifiedAt: info.mtime };
  }

  async get(key: string): Promise<StoredObject | null> {
    const info = await this.head(key);
    if (!info) return null;
    return { ...info, body: createReadStream(this.pathOf(key)) };
  }

  downloadUrl(): Promise<string | null> {
    return Promise.resolve(null);
  }

  async *list(prefix: string): AsyncIterable<ObjectInfo> {
    checkPrefix(prefix);
    // The deepest folder every matching key lies in; entries below it are filtered by the full prefix.
    const slash = prefix.lastIndexOf("/");
    const base = slash < 0 ? "" : prefix.slice(0, slash);
    const start = base ? path.join(this.root, ...base.split("/")) : this.root;
    for await (const rel of walk(start)) {
      const key = base ? `${base}/${rel}` : rel;
      if (!key.startsWith(prefix) || key.endsWith(".partial")) continue;
      const info = await this.head(key);
      if (info) yield info;
    }
  }

  async deletePrefix(prefix: string): Promise<number> {
    let removed = 0;
    for await (const info of this.list(prefix)) {
      await rm(this.pathOf(info.key), { force: true });
      removed++;
    }
    // A prefix that names a folder goes with its (now empty) subfolders.
    const folder = prefix.endsWith("/") ? prefix.slice(0, -1) : prefix;
    const dir = this.pathOf(folder);
    if ((await stat(dir).catch(() => null))?.isDirectory()) await rm(dir, { recursive: true, force: true });
    // So do the folders above it that this left empty (an asset's folder after its last version), up to the top
    // level (assets/); rmdir leaves any folder that still holds something.
    const parts = folder.split("/");
    for (let depth = parts.length - 1; depth > 1; depth--) {
      if (!(await rmdir(this.pathOf(parts.slice(0, depth).join("/"))).then(() => true, () => false))) break;
    }
    return removed;
  }

  async ping(): Promise<void> {
    await mkdir(this.root, { recursive: true });
    const probe = path.join(this.root, `.ping-${randomUUID()}`);
    await writeFile(probe, "");
    await unlink(probe);
  }
}

/** Relative '/'-joined paths of every file under a folder; nothing when it does not exist. */
async function* walk(dir: string, rel = ""): AsyncIterable<string> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) yield* walk(path.join(dir, e.name), child);
    else if (e.isFile()) yield child;
  }
}
