import { spawn, type ChildProcess } from "node:child_process";

export interface WorkerHandle {
  proc: ChildProcess;
  output: () => string;
  /** Resolves with the exit code once the process has exited, however that came about (null: killed by a signal). */
  exited: Promise<number | null>;
  /** Sends `signal` (SIGTERM) unless the process already exited, then resolves with its exit code. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

/** Starts the real worker (`worker/main.ts`) as its own process with the test env plus `env`. */
export function startWorker(env: Record<string, string> = {}): WorkerHandle {
  let out = "";
  const proc = spawn(process.execPath, ["--import", "tsx", "worker/main.ts"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  proc.stdout.on("data", (d) => (out += d));
  proc.stderr.on("data", (d) => (out += d));
  // "close", not "exit": it comes after the output pipes are drained, so output() is complete once this resolves.
  const exited = new Promise<number | null>((r) => proc.once("close", (code) => r(code)));
  return {
    proc,
    output: () => out,
    exited,
    stop: async (signal = "SIGTERM") => {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      return exited;
    },
  };
}

/** Polls `check` until it returns a value (not undefined) or the time runs out. */
export async function waitFor<T>(check: () => Promise<T | undefined>, { timeoutMs = 60_000, what = "condition" } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
