import { execFile } from "node:child_process";
import { randomInt } from "node:crypto";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Where the sandbox sees the job's files. */
export const SANDBOX_JOB_DIR = "/job";
export const SANDBOX_OUT_DIR = "/out";
// Each run gets its own unused uid (not nobody): RLIMIT_NPROC counts per uid, so one run's fork bomb
// cannot starve a concurrent run, and runs cannot signal each other.
const UID_BASE = 200_000;
const UID_RANGE = 100_000;
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
const MAX_ADDRESS_SPACE = 4_000_000_000;
const MAX_PROCESSES = 256;
const TMPFS_BYTES = 256 * 1024 * 1024;

export interface SandboxSpec {
  /** Host directory bound read-only at /job. */
  jobDir: string;
  /** Host directory bound read-write at /out. */
  outDir: string;
  timeoutMs: number;
  /** The command to run inside, e.g. ["/usr/bin/blender", "-b", ...]. */
  command: string[];
  /** Uid/gid to drop to when the worker is root (see sandboxUid). */
  uid?: number;
  /** Host directories bound read-only at the same path (a Blender installed outside /usr). */
  extraRoBinds?: string[];
}

/** A fresh unprivileged uid for one run when this process is root (it must drop privileges itself), else undefined. */
export function sandboxUid(): number | undefined {
  return process.getuid?.() === 0 ? UID_BASE + randomInt(UID_RANGE) : undefined;
}

/** The full command line (file + args) that runs spec.command inside bubblewrap with rlimits and a wall timeout. */
export function sandboxCommand(spec: SandboxSpec): { file: string; args: string[] } {
  const seconds = Math.max(1, Math.ceil(spec.timeoutMs / 1000));
  // Cycles uses every core, so CPU seconds grow faster than wall seconds; the wall timeout is the real limit.
  const cpuSeconds = seconds * 4 + 10;
  const drop = spec.uid !== undefined
    ? ["setpriv", `--reuid=${spec.uid}`, `--regid=${spec.uid}`, "--clear-groups", "--"]
    : [];
  const args = [
    "-i", "PATH=/usr/bin",
    "timeout", "-k", "5", String(seconds + 5),
    "prlimit", `--cpu=${cpuSeconds}`, `--as=${MAX_ADDRESS_SPACE}`, `--fsize=${MAX_FILE_BYTES}`,
    `--nproc=${MAX_PROCESSES}`, "--",
    ...drop,
    "bwrap", "--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL",
    "--ro-bind", "/usr", "/usr", "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64",
    "--symlink", "usr/bin", "/bin", "--ro-bind", "/etc/alternatives", "/etc/alternatives",
    "--ro-bind", "/etc/ld.so.cache", "/etc/ld.so.cache", "--ro-bind-try", "/etc/fonts", "/etc/fonts",
    "--symlink", "/proc/self/mounts", "/etc/mtab", "--proc", "/proc", "--dev", "/dev",
    "--size", String(TMPFS_BYTES), "--tmpfs", "/tmp",
    ...(spec.extraRoBinds ?? []).flatMap((dir) => ["--ro-bind", dir, dir]),
    "--ro-bind", spec.jobDir, SANDBOX_JOB_DIR, "--bind", spec.outDir, SANDBOX_OUT_DIR,
    "--remount-ro", "/", "--clearenv", "--setenv", "HOME", "/tmp", "--setenv", "PATH", "/usr/bin",
    "--chdir", "/tmp",
    ...spec.command,
  ];
  return { file: "/usr/bin/env", args };
}

let cached: Promise<{ available: boolean; reason?: string }> | undefined;

/** Whether bubblewrap works here (probed once by running /usr/bin/true inside the real sandbox command). */
export function sandboxStatus(): Promise<{ available: boolean; reason?: string }> {
  if (process.env.LL3M_SANDBOX === "off") return Promise.resolve({ available: false, reason: "disabled by LL3M_SANDBOX=off" });
  cached ??= (async () => {
    const probe = { jobDir: "/usr", outDir: "/tmp", timeoutMs: 10_000, command: ["/usr/bin/true"], uid: sandboxUid() };
    const { file, args } = sandboxCommand(probe);
    try {
      await run(file, args, { env: {} as NodeJS.ProcessEnv, timeout: 15_000 }); // empty on purpose
      return { available: true };
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr?.trim();
      return { available: false, reason: `bubblewrap sandbox does not start: ${stderr || (error as Error).message}` };
    }
  })();
  return cached;
}

let warned = false;

/** Decide how to run: sandboxed when bwrap works; trusted code may fall back with a warning; untrusted is refused. */
export async function chooseSandbox(untrusted: boolean): Promise<{ ok: true; sandboxed: boolean } | { ok: false; reason: string }> {
  const status = await sandboxStatus();
  if (status.available) return { ok: true, sandboxed: true };
  const forced = process.env.LL3M_SANDBOX === "off";
  if (untrusted && !forced && process.env.LL3M_ALLOW_UNSANDBOXED !== "1") {
    return { ok: false, reason: `Refusing to run untrusted code without a sandbox: ${status.reason}. Install bubblewrap or set LL3M_ALLOW_UNSANDBOXED=1.` };
  }
  if (!warned) {
    warned = true;
    console.warn(`[blender] running Blender WITHOUT a sandbox: ${status.reason}`);
  }
  return { ok: true, sandboxed: false };
}
