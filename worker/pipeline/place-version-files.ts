import { readdir, mkdir, rename, utimes } from "node:fs/promises";
import path from "node:path";
import { LocalStorage } from "@/lib/storage/local-storage";
import type { ObjectStorage } from "@/lib/storage/object-storage";
import { versionPrefix } from "@/lib/storage/storage";

const CONTENT_TYPES: Record<string, string> = {
  ".glb": "model/gltf-binary", ".gltf": "model/gltf+json", ".png": "image/png", ".json": "application/json",
  ".py": "text/x-python", ".zip": "application/zip", ".obj": "text/plain", ".mtl": "text/plain", ".stl": "model/stl",
  ".blend": "application/x-blender",
};
/** Uploads at once per version: a handful of files, a few of them large (.blend, FBX). */
const PARALLEL_UPLOADS = 4;

/** Every file under a folder as '/'-joined relative paths. */
async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"));
}

/** The data directory: one rename moves the whole run folder into place. */
async function moveIntoPlace(store: LocalStorage, outDir: string, prefix: string) {
  const target = store.pathOf(prefix.slice(0, -1));
  const files = await filesIn(outDir);
  // The orphan sweep can remove an asset folder it finds empty between our mkdir and rename: make it again once.
  for (let attempt = 1; ; attempt++) {
    await mkdir(path.dirname(target), { recursive: true });
    try {
      await rename(outDir, target);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT" || attempt > 1) throw err;
    }
  }
  // The sweep dates a version by its files; a rename keeps Blender's write times, so stamp when they were placed.
  const now = new Date();
  await Promise.all(files.map((f) => utimes(path.join(target, ...f.split("/")), now, now)));
}

/** A bucket: every file is uploaded (large ones in parts); nothing is committed until all of them are in. */
async function uploadAll(store: ObjectStorage, outDir: string, prefix: string) {
  const queue = await filesIn(outDir);
  const upload = async () => {
    for (let f = queue.shift(); f !== undefined; f = queue.shift()) {
      await store.putFile(prefix + f, path.join(outDir, ...f.split("/")), { contentType: CONTENT_TYPES[path.extname(f).toLowerCase()] ?? "application/octet-stream" });
    }
  };
  // Every upload settles before a failure is reported, so the undo that follows finds all that was put.
  const results = await Promise.allSettled(Array.from({ length: PARALLEL_UPLOADS }, async () => {
    try {
      await upload();
    } catch (err) {
      queue.length = 0;
      throw err;
    }
  }));
  const failed = results.find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
}

/**
 * Puts a finished run's files where the version's objects live, before its row is committed; returns the undo for
 * a commit that failed. A failed upload removes what it had put, so nothing is left that no row names.
 */
export async function placeVersionFiles({ store, outDir, assetId, versionId }: { store: ObjectStorage; outDir: string; assetId: string; versionId: string }) {
  const prefix = versionPrefix({ assetId, versionId });
  const undo = async () => {
    await store.deletePrefix(prefix);
  };
  try {
    if (store instanceof LocalStorage) await moveIntoPlace(store, outDir, prefix);
    else await uploadAll(store, outDir, prefix);
  } catch (err) {
    await undo().catch(() => {}); // the orphan sweep removes what this could not
    throw err;
  }
  return { undo };
}
