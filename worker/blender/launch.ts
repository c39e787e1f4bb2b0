import { basename, dirname, join } from "node:path";
import { blenderPath } from "./find-blender";
import { createJobDirs, removeJobDirs, type JobDirs } from "./job-dir";
import { SANDBOX_JOB_DIR, SANDBOX_OUT_DIR, sandboxCommand, sandboxUid } from "./sandbox";
import { startInGroup, type GroupProcess } from "./spawn-process";

/** One started Blender, waiting on stdin for the go line of its single job. */
export interface Launched {
  dirs: JobDirs;
  proc: GroupProcess;
  /** The temp dir's name; it is on Blender's command line as ll3m-run=<runId>. */
  runId: string;
  /** The private uid the sandboxed Blender runs as (when the worker is root). */
  uid?: number;
  sandboxed: boolean;
}

export interface LaunchOptions {
  sandboxed: boolean;
  /** Backstop wall limit (`timeout -k`) and CPU limit for the whole process life, idle time included. */
  lifetimeMs: number;
  /** Called with the fresh dirs before Blender starts (a cold run writes its job here). */
  prepare?: (dirs: JobDirs) => Promise<void>;
  /** Extra tag for the command line, so the process of a given out dir can be found. */
  outTag?: string;
  /** Start at this niceness (sandboxed only): a spare loads while jobs run and must not slow them. */
  niceness?: number;
}

/** Create the job dirs and start Blender with the harness in --wait mode (sandboxed or bare). */
export async function launchBlender(opts: LaunchOptions): Promise<Launched> {
  const uid = opts.sandboxed ? sandboxUid() : undefined;
  const dirs = await createJobDirs(uid);
  try {
    await opts.prepare?.(dirs);
    const runId = basename(dirs.root);
    const blender = blenderPath();
    const jobDir = opts.sandboxed ? SANDBOX_JOB_DIR : dirs.jobDir;
    const outDir = opts.sandboxed ? SANDBOX_OUT_DIR : dirs.outDir;
    // The trailing tags are never read; they let an operator (and the tests) find a run's process.
    // -Y (--disable-autoexec): a .blend the job opens never runs its own scripts or driver expressions.
    const argv = [blender, "-b", "--factory-startup", "-Y", "-noaudio", "--python-exit-code", "1",
      "-P", join(jobDir, "harness.py"), "--", "--wait", jobDir, outDir, `ll3m-run=${runId}`,
      ...(opts.outTag ? [`ll3m-out=${opts.outTag}`] : [])];
    if (!opts.sandboxed) {
      const proc = startInGroup(blender, argv.slice(1), { PATH: "/usr/bin:/bin", HOME: dirs.root });
      return { dirs, proc, runId, sandboxed: false };
    }
    const extraRoBinds = blender.startsWith("/usr/") ? [] : [dirname(blender)];
    const spec = { jobDir: dirs.jobDir, outDir: dirs.outDir, timeoutMs: opts.lifetimeMs, command: argv, extraRoBinds, uid };
    const { file, args } = sandboxCommand(spec);
    // nice goes outside everything, so timeout, setpriv, bwrap and Blender's threads all inherit it.
    const proc = opts.niceness
      ? startInGroup("/usr/bin/nice", ["-n", String(opts.niceness), file, ...args], {})
      : startInGroup(file, args, {});
    return { dirs, proc, runId, uid, sandboxed: true };
  } catch (error) {
    await removeJobDirs(dirs);
    throw error;
  }
}
