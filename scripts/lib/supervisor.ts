import { spawn, type ChildProcess } from "node:child_process";

export interface SupervisorOptions {
  log: (m: string) => void;
  /** A child crashed too often: the launcher stops everything (one crash-looping process is an outage anyway). */
  onGiveUp: (name: string) => void;
  /** After each restart is scheduled, with every child's restart count so far (for the health record). */
  onRestart?: (event: { name: string; exit: string; restarts: Record<string, number> }) => void;
  /** Delay before the first restart, doubled for each crash within `windowMs`, at most `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Give up when one child crashes this many times within `windowMs`. */
  maxCrashes?: number;
  windowMs?: number;
}

interface Child {
  name: string;
  start: () => ChildProcess;
  proc: ChildProcess | null;
  crashes: number[];
  restarts: number;
  timer: NodeJS.Timeout | null;
}

/**
 * The launcher's children (web server, worker), restarted when they exit on their own: after 1 s, 2 s, 4 s… (capped)
 * while crashes keep coming, until one child has crashed `maxCrashes` times within `windowMs`. `stop` ends them all.
 */
export class Supervisor {
  private children: Child[] = [];
  private stopping = false;
  private readonly o: Required<Omit<SupervisorOptions, "onRestart">> & Pick<SupervisorOptions, "onRestart">;

  constructor(options: SupervisorOptions) {
    this.o = { baseDelayMs: 1000, maxDelayMs: 30_000, maxCrashes: 5, windowMs: 60_000, ...options };
  }

  /** Starts `cmd` as `name` and keeps it running. */
  spawn(name: string, cmd: string, args: string[], env: Record<string, string>) {
    // The IPC channel lets each child notice when the launcher dies, however it dies.
    const start = () => spawn(cmd, args, { stdio: ["inherit", "inherit", "inherit", "ipc"], env: { ...process.env, ...env } });
    const child: Child = { name, start, proc: null, crashes: [], restarts: 0, timer: null };
    this.children.push(child);
    this.run(child);
  }

  /** The process id of `name` now (undefined while it waits to be restarted). */
  pid(name: string): number | undefined {
    return this.children.find((c) => c.name === name)?.proc?.pid;
  }

  /** Restarts so far, per child. */
  restarts(): Record<string, number> {
    return Object.fromEntries(this.children.map((c) => [c.name, c.restarts]));
  }

  private run(child: Child) {
    const proc = child.start();
    child.proc = proc;
    proc.on("exit", (code, signal) => {
      child.proc = null;
      if (!this.stopping) this.crashed(child, signal ? `signal ${signal}` : `code ${code}`);
    });
  }

  private crashed(child: Child, exit: string) {
    const now = Date.now();
    child.crashes = [...child.crashes.filter((t) => now - t < this.o.windowMs), now];
    if (child.crashes.length >= this.o.maxCrashes) {
      this.o.log(`${child.name} exited (${exit}); it crashed ${child.crashes.length} times within ${this.o.windowMs / 1000} s: giving up`);
      this.o.onGiveUp(child.name);
      return;
    }
    const delay = Math.min(this.o.maxDelayMs, this.o.baseDelayMs * 2 ** (child.crashes.length - 1));
    child.restarts++;
    this.o.log(`${child.name} exited (${exit}); restarting it in ${delay / 1000} s (restart ${child.restarts})`);
    this.o.onRestart?.({ name: child.name, exit, restarts: this.restarts() });
    child.timer = setTimeout(() => {
      child.timer = null;
      if (!this.stopping) this.run(child);
    }, delay);
  }

  /** SIGTERM to every child, SIGKILL after `graceMs`; resolves when all have exited. A second call kills at once. */
  async stop(graceMs = 25_000) {
    const live = () => this.children.flatMap((c) => (c.proc ? [c.proc] : []));
    if (this.stopping) {
      for (const p of live()) p.kill("SIGKILL");
      return;
    }
    this.stopping = true;
    for (const c of this.children) if (c.timer) clearTimeout(c.timer);
    const procs = live();
    const waits = procs.map((p) => new Promise<void>((r) => (p.exitCode !== null || p.signalCode !== null ? r() : p.once("exit", () => r()))));
    for (const p of procs) p.kill("SIGTERM");
    const timer = setTimeout(() => procs.forEach((p) => p.kill("SIGKILL")), graceMs);
    await Promise.all(waits);
    clearTimeout(timer);
  }
}
