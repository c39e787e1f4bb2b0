import { readdir, readFile } from "node:fs/promises";

/** Pids of live (non-zombie) processes whose real uid is `uid`. */
async function pidsOfUid(uid: number): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = await readFile(`/proc/${entry}/status`, "utf8");
      const realUid = /^Uid:\s+(\d+)/m.exec(status)?.[1];
      const state = /^State:\s+(\S)/m.exec(status)?.[1];
      if (Number(realUid) === uid && state !== "Z") pids.push(Number(entry));
    } catch {
      // it ended while we looked
    }
  }
  return pids;
}

/** SIGKILL every process of a run's private uid until none is left, so nothing of the run outlives it. */
export async function reapUid(uid: number, timeoutMs = 10_000): Promise<boolean> {
  // The sandbox's pid namespace dies with Blender, but the kernel tears it down asynchronously.
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pids = await pidsOfUid(uid);
    if (pids.length === 0) return true;
    if (Date.now() > deadline) return false;
    for (const pid of pids) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}
