import { readdir, rm, rmdir, stat } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import { dataDir } from "@/lib/env";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function olderThan(dir: string, minAgeMs: number): Promise<boolean> {
  const info = await stat(dir).catch(() => null);
  return info !== null && Date.now() - info.mtimeMs > minAgeMs;
}

/**
 * Removes version folders no asset_versions row names (a worker died between moving the files into place and
 * committing), then asset folders left empty without an asset row. Only folders older than `minAgeMs`: a
 * version's files are moved in a moment before its row is committed. Returns the folders removed.
 */
export async function sweepVersionFolders({ minAgeMs }: { minAgeMs: number }): Promise<string[]> {
  const root = path.join(dataDir(), "assets");
  const assetIds = (await readdir(root).catch(() => [] as string[])).filter((n) => UUID.test(n));
  const removed: string[] = [];
  for (let i = 0; i < assetIds.length; i += 500) {
    const chunk = assetIds.slice(i, i + 500);
    const folders: { assetId: string; versionId: string }[] = [];
    for (const assetId of chunk) {
      for (const name of await readdir(path.join(root, assetId)).catch(() => [] as string[])) {
        if (UUID.test(name)) folders.push({ assetId, versionId: name });
      }
    }
    const versions = await db.assetVersion.findMany({ where: { id: { in: folders.map((f) => f.versionId) } }, select: { id: true } });
    const known = new Set(versions.map((v) => v.id));
    for (const f of folders) {
      const dir = path.join(root, f.assetId, f.versionId);
      if (known.has(f.versionId) || !(await olderThan(dir, minAgeMs))) continue;
      await rm(dir, { recursive: true, force: true });
      removed.push(dir);
    }
    const assets = new Set((await db.asset.findMany({ where: { id: { in: chunk } }, select: { id: true } })).map((a) => a.id));
    for (const assetId of chunk) {
      const dir = path.join(root, assetId);
      // Removing a version touched the asset folder's mtime; that version's age already vouched for it.
      const emptiedNow = removed.some((r) => path.dirname(r) === dir);
      if (assets.has(assetId) || !(emptiedNow || (await olderThan(dir, minAgeMs)))) continue;
      // rmdir, not rm: a folder that still holds anything is left for a later sweep.
      if (await rmdir(dir).then(() => true, () => false)) removed.push(dir);
    }
  }
  return removed;
}
