import { spawn, type ChildProcess } from "node:child_process";

/** Child processes started by the launcher, stopped together; a second signal kills them at once. */
export class ProcessGroup {
  private children: { name: string; proc: ChildProcess }[] = [];
  private stopping = false;

  spawn(name: string, cmd: string, args: string[], env: Record<string, string>, onExit: (code: number | null) => void) {
    // The IPC channel lets each child notice when the launcher dies, however it dies.
    const proc = spawn(cmd, args, { stdio: ["inherit", "inherit", "inherit", "ipc"], env: { ...process.env, ...env } });
    this.children.push({ name, proc });
    proc.on("exit", (code, signal) => {
      this.children = this.children.filter((c) => c.proc !== proc);
      if (!this.stopping) onExit(code ?? (signal ? 1 : 0));
    });
    return proc;
  }

  /** SIGTERM to every child, SIGKILL after `graceMs`; resolves when all have exited. */
  async stop(graceMs = 25_000) {
    if (this.stopping) {
      for (const c of this.children) c.proc.kill("SIGKILL");
      return;
    }
    this.stopping = true;
    const waits = this.children.map((c) => new Promise<void>((r) => (c.proc.exitCode !== null ? r() : c.proc.once("exit", () => r()))));
    for (const c of this.children) c.proc.kill("SIGTERM");
    const timer = setTimeout(() => this.children.forEach((c) => c.proc.kill("SIGKILL")), graceMs);
    await Promise.all(waits);
    clearTimeout(timer);
  }
}

/** Polls a URL until it answers 200 or the time runs out. */
export async function waitForHttp(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return true;
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}
