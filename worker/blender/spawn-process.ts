import { spawn } from "node:child_process";

const LOG_BYTES = 4096;

export interface ProcessOutcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  canceled: boolean;
  /** The last ~4 KB of stdout and stderr, interleaved. */
  log: string;
  /** Spawn failure (e.g. missing binary). */
  spawnError?: Error;
}

export interface GroupProcess {
  /** Arm the wall timeout and abort signal, then send stdinText (or close stdin); resolves when the process ended. */
  supervise(opts: { timeoutMs: number; signal?: AbortSignal; stdinText?: string }): Promise<ProcessOutcome>;
  /** SIGKILL the whole process group. */
  kill(): void;
  /** False once the process exited. */
  alive(): boolean;
  /** Whether this process (and its pipes) keeps Node's event loop alive; an idle spare must not. */
  setRef(on: boolean): void;
  /** Resolves true once `text` appeared in the output, false if the process ended first. */
  sawOutput(text: string): Promise<boolean>;
}

const live = new Set<() => void>();
let exitHookInstalled = false;

/** Kill every process group still running when the worker exits (kill is synchronous, so 'exit' can do it). */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const kill of live) kill();
  });
}

/** Start a command in its own process group with a fully specified environment; stdin stays open until supervised. */
export function startInGroup(file: string, args: string[], env: Record<string, string>): GroupProcess {
  let tail = "";
  let timedOut = false;
  let canceled = false;
  let exited = false;
  const watchers = new Set<() => void>();
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString("utf8")).slice(-LOG_BYTES * 4);
    for (const watch of watchers) watch();
  };
  const child = spawn(file, args, {
    env: env as NodeJS.ProcessEnv, // the project's ProcessEnv typing demands NODE_ENV; a bare env is intended
    detached: true, // own process group, so one kill reaches every descendant that stayed in it
    stdio: ["pipe", "pipe", "pipe"],
  });
  const kill = () => {
    try {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    } catch {
      // the group is already gone
    }
  };
  installExitHook();
  live.add(kill);
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  child.stdin?.on("error", () => {}); // a child that exits early must not crash us with EPIPE
  const ended = new Promise<Omit<ProcessOutcome, "timedOut" | "canceled" | "log">>((resolve) => {
    child.on("error", (spawnError) => {
      exited = true;
      live.delete(kill);
      resolve({ code: null, signal: null, spawnError });
    });
    child.on("close", (code, signal) => resolve({ code, signal }));
    child.on("exit", (code, signal) => {
      exited = true;
      kill(); // reap anything the command left behind in its group
      live.delete(kill);
      // A descendant outside the group could hold the pipes open forever; do not wait on it for long.
      setTimeout(() => resolve({ code, signal }), 2000).unref();
    });
  });
  const supervise: GroupProcess["supervise"] = async ({ timeoutMs, signal, stdinText }) => {
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, timeoutMs);
    const onAbort = () => {
      canceled = true;
      kill();
    };
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort, { once: true });
    if (stdinText) child.stdin?.write(stdinText);
    child.stdin?.end();
    const outcome = await ended;
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
    kill();
    return { ...outcome, timedOut, canceled, log: tail.slice(-LOG_BYTES) };
  };
  const sawOutput = (text: string) =>
    new Promise<boolean>((resolve) => {
      const watch = () => {
        if (!tail.includes(text)) return;
        watchers.delete(watch);
        resolve(true);
      };
      watchers.add(watch);
      watch();
      void ended.then(() => resolve(tail.includes(text)));
    });
  const setRef = (on: boolean) => {
    for (const handle of [child, child.stdin, child.stdout, child.stderr] as unknown as ({ ref?(): void; unref?(): void } | null)[]) {
      if (on) handle?.ref?.();
      else handle?.unref?.();
    }
  };
  return { supervise, kill, sawOutput, setRef, alive: () => !exited && child.exitCode === null && child.signalCode === null };
}
