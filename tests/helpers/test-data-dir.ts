import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/**
 * Points this test file's process (and the workers it starts) at a data directory of its own; call at the top of
 * the file, before anything reads the env. Returns the function that removes it.
 */
export async function useOwnDataDir(prefix = "ll3m-data-") {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  process.env.LL3M_DATA_DIR = dir;
  return () => rm(dir, { recursive: true, force: true });
}

/** Every file under `dir`, as absolute paths (none when it does not exist). */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** Folders directly under `dir` (none when it does not exist). */
export async function foldersIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory()).map((e) => e.name);
}
