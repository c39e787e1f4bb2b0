import { readdirSync, readFileSync } from "node:fs";
import { pidsWithCmdline } from "./processes";

const RUN_TAG = /ll3m-run=(ll3m-blender-[A-Za-z0-9]+)/;

/** Run ids (`ll3m-run=...`) of the Blender processes a worker process started and still has as children. */
export function blenderRunsOf(workerPid: number): string[] {
  const runs = new Set<string>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const run = RUN_TAG.exec(readFileSync(`/proc/${entry}/cmdline`, "utf8").replaceAll("\0", " "))?.[1];
      if (ppid === workerPid && run) runs.add(run);
    } catch {
      // it ended while we looked
    }
  }
  return [...runs];
}

/** Live processes (sandbox wrappers and Blender itself) of the given runs. */
export function pidsOfRuns(runs: string[]): number[] {
  return runs.flatMap((run) => pidsWithCmdline(`ll3m-run=${run}`));
}
