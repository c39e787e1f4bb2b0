import { readdirSync, readFileSync } from "node:fs";

/** Pids of live processes whose command line contains `text` (read from /proc, so sandboxed ones count too). */
export function pidsWithCmdline(text: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8").replaceAll("\0", " ");
      const state = readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]?.[0];
      if (cmdline.includes(text) && state !== "Z") pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

/** Resolve once some process's command line contains `text` (polls /proc; rejects after timeoutMs). */
export async function waitForProcess(text: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (pidsWithCmdline(text).length === 0) {
    if (Date.now() > deadline) throw new Error(`no process with "${text}" appeared`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Fields of /proc/<pid>/stat after the command name (index 0 is field 3, the state); empty once it ended. */
export function statOf(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  } catch {
    return [];
  }
}

/** Blender processes this test process started (other tests on the machine may run a worker with spares of its own). */
export function ourBlenderRuns(): number[] {
  return pidsWithCmdline("ll3m-run=").filter((pid) => {
    for (let p = pid; p > 1; p = Number(statOf(p)[1])) if (p === process.pid) return true;
    return false;
  });
}

/** The run ids on those processes' command lines (launch puts `ll3m-run=<runId>` there). */
export function runIdsOf(pids: number[]): Set<string> {
  return new Set(pids.flatMap((pid) => {
    try {
      return [...readFileSync(`/proc/${pid}/cmdline`, "utf8").matchAll(/ll3m-run=([^\0]+)/g)].map((m) => m[1]);
    } catch {
      return []; // it ended while we looked
    }
  }));
}

/** Live processes below `root` in the process tree (children, their children…), read from /proc. */
export function descendantsOf(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statOf(Number(entry));
    if (fields.length && fields[0] !== "Z") parents.set(Number(entry), Number(fields[1]));
  }
  const found = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parents) if (found.has(ppid) && !found.has(pid)) {
      found.add(pid);
      grew = true;
    }
  }
  found.delete(root);
  return [...found];
}

/** Whether `pid` is still a live (not zombie) process. */
export function isAlive(pid: number): boolean {
  const fields = statOf(pid);
  return fields.length > 0 && fields[0] !== "Z";
}

/** The command line of `pid` ("" once it ended). */
export function cmdlineOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}
