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
