import { chmod, chown, copyFile, cp, lstat, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BlenderJob } from "./types";

/** The Python harness files, copied into every job dir so the sandbox needs no other host path. */
export const HARNESS_DIR = fileURLToPath(new URL("./harness/", import.meta.url));
const HARNESS_FILES = ["harness.py", "static_check.py", "allowed_imports.json", "scene_stats.py", "exporters.py", "importers.py", "preview.py", "ll3m_materials.py", "ll3m_patterns.py", "ll3m_uv.py"];

export interface JobDirs {
  root: string;
  jobDir: string;
  outDir: string;
}

/** Create root/{job,out} in the system temp dir; out is owned by `uid` when given so a dropped Blender can write. */
export async function createJobDirs(uid?: number): Promise<JobDirs> {
  const root = await mkdtemp(join(tmpdir(), "ll3m-blender-"));
  // mkdtemp gives 0700; the unprivileged Blender must traverse it (but not list it).
  await chmod(root, 0o711);
  const jobDir = join(root, "job");
  const outDir = join(root, "out");
  await mkdir(jobDir, { mode: 0o755 });
  await mkdir(outDir, { mode: 0o700 });
  if (uid !== undefined) await chown(outDir, uid, uid);
  await Promise.all(HARNESS_FILES.map((f) => copyFile(join(HARNESS_DIR, f), join(jobDir, f))));
  return { root, jobDir, outDir };
}

/** Write the user's code and the job options the harness reads. */
export async function writeJob(dirs: JobDirs, job: BlenderJob, skipStaticCheck = false): Promise<void> {
  // The uploaded model (and a zip's companions) go under job/input, read-only inside the sandbox like the rest.
  const original = job.original ? { file: `input/${job.original.file}`, format: job.original.format } : null;
  if (job.original) await cp(job.original.dir, join(dirs.jobDir, "input"), { recursive: true });
  const options = { formats: job.formats, previewSize: job.previewSize ?? 0, views: job.views ?? 0, quality: job.quality ?? "standard", skipStaticCheck, original, maxTriangles: job.maxTriangles ?? null };
  await writeFile(join(dirs.jobDir, "script.py"), job.code, { mode: 0o644 });
  await writeFile(join(dirs.jobDir, "job.json"), JSON.stringify(options), { mode: 0o644 });
}

/** Top-level regular files of dir, plus the entry count and byte total of the whole tree (for the output caps). */
export async function listOutput(dir: string): Promise<{ files: string[]; entries: number; bytes: number }> {
  const files: string[] = [];
  let entries = 0;
  let bytes = 0;
  const walk = async (current: string, top: boolean): Promise<void> => {
    for (const name of await readdir(current)) {
      const info = await lstat(join(current, name));
      entries += 1;
      bytes += info.size;
      if (info.isDirectory()) await walk(join(current, name), false);
      else if (info.isFile() && top) files.push(name);
    }
  };
  await walk(dir, true);
  return { files, entries, bytes };
}

/** Copy the named files into the caller's out dir (copies, so they belong to the worker's user). */
export async function deliver(from: string, to: string, names: string[]): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const name of names) await copyFile(join(from, name), join(to, name));
}

/** Remove the whole temp tree. */
export async function removeJobDirs(dirs: JobDirs): Promise<void> {
  await rm(dirs.root, { recursive: true, force: true });
}
