import { db } from "@/lib/db";
import { storage, versionPrefix } from "@/lib/storage/storage";

const VERSION_KEY = /^assets\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\//;
/** Versions looked up in one query. */
const CHUNK = 500;

type Seen = { assetId: string; versionId: string; newest: number };

/**
 * Removes the objects of versions no asset_versions row names: a worker died between putting a version's files in
 * storage and committing its row, or an asset's deletion could not remove its objects. Works the same on the data
 * directory and on a bucket. Only versions whose newest object is older than `minAgeMs`: a version's files are in
 * place a moment before its row is committed. Returns the version prefixes removed.
 */
export async function sweepVersionFolders({ minAgeMs }: { minAgeMs: number }): Promise<string[]> {
  const store = storage();
  const removed: string[] = [];
  const seen = new Map<string, Seen>();
  const flush = async () => {
    const versions = [...seen.values()];
    seen.clear();
    const known = new Set((await db.assetVersion.findMany({ where: { id: { in: versions.map((v) => v.versionId) } }, select: { id: true } })).map((v) => v.id));
    for (const v of versions) {
      if (known.has(v.versionId) || Date.now() - v.newest <= minAgeMs) continue;
      const prefix = versionPrefix(v);
      await store.deletePrefix(prefix);
      removed.push(prefix);
    }
  };
  // Both storages list a version's objects together, so a chunk is flushed between versions, never inside one.
  for await (const o of store.list("assets/")) {
    const m = VERSION_KEY.exec(o.key);
    if (!m) continue;
    const entry = seen.get(m[2]);
    if (!entry && seen.size >= CHUNK) await flush();
    const time = o.modifiedAt?.getTime() ?? Date.now();
    if (entry) entry.newest = Math.max(entry.newest, time);
    else seen.set(m[2], { assetId: m[1], versionId: m[2], newest: time });
  }
  if (seen.size) await flush();
  return removed;
}
