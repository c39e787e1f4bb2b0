import { readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

// worker/blender/launch.ts puts `ll3m-run=<name of the run's temp dir>` on every Blender command line.
const RUN_TAG = /ll3m-run=(ll3m-blender-[A-Za-z0-9]+)/;
// A run's temp dir exists a moment (milliseconds) before its process does; younger dirs are left alone.
const DIR_MIN_AGE_MS = 15_000;

async function runProcesses(): Promise<{ pid: number; ppid: number; runId: string }[]> {
  const found: { pid: number; ppid: number; runId: string }[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const runId = RUN_TAG.exec((await readFile(`/proc/${entry}/cmdline`, "utf8")).replaceAll("\0", " "))?.[1];
      const stat = await readFile(`/proc/${entry}/stat`, "utf8");
      const [state, ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (runId && state !== "Z") found.push({ pid: Number(entry), ppid: Number(ppid), runId });
    } catch {
      // it ended while we looked
    }
  }
  return found;
}

/**
 * On this machine: kills Blender runs whose worker died (kill -9 leaves them re-parented to init, running until
 * their timeout), then removes run temp dirs no live process uses. Runs of live workers, on this machine or
 * others, are never touched. Returns the run ids killed and the dirs removed.
 */
export async function sweepBlenderRuns(): Promise<{ killed: string[]; removed: string[] }> {
  // When a worker itself is init (a container started straight into it), re-parenting says nothing: skip killing.
  const initIsNode = /node|tsx/.test(await readFile("/proc/1/cmdline", "utf8").catch(() => "node"));
  let procs = await runProcesses();
  const orphaned = initIsNode ? [] : [...new Set(procs.filter((p) => p.ppid === 1).map((p) => p.runId))];
  for (const p of procs.filter((x) => orphaned.includes(x.runId))) {
    try {
      process.kill(p.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  if (orphaned.length) {
    await new Promise((r) => setTimeout(r, 500));
    procs = await runProcesses();
  }
  const live = new Set(procs.map((p) => p.runId));
  const removed: string[] = [];
  for (const name of await readdir(tmpdir()).catch(() => [] as string[])) {
    if (!name.startsWith("ll3m-blender-") || live.has(name)) continue;
    const dir = path.join(tmpdir(), name);
    const info = await stat(dir).catch(() => null);
    if (!info?.isDirectory() || (!orphaned.includes(name) && Date.now() - info.mtimeMs < DIR_MIN_AGE_MS)) continue;
    await rm(dir, { recursive: true, force: true });
    removed.push(dir);
  }
  return { killed: orphaned, removed };
}
