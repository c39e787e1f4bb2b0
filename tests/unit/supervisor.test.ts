import { describe, expect, it } from "vitest";
import { Supervisor } from "@/scripts/lib/supervisor";

// Real child processes (node -e) under the launcher's supervisor, with delays shrunk to milliseconds.
const node = (code: string) => [process.execPath, ["-e", code]] as const;

function supervise(opts: { maxCrashes?: number; windowMs?: number } = {}) {
  const lines: string[] = [];
  const restarts: Array<{ name: string; exit: string; restarts: Record<string, number> }> = [];
  let gaveUp: (name: string) => void = () => {};
  const givenUp = new Promise<string>((r) => (gaveUp = r));
  const sup = new Supervisor({ log: (m) => lines.push(m), onGiveUp: (n) => gaveUp(n), onRestart: (e) => restarts.push(e), baseDelayMs: 20, maxDelayMs: 80, maxCrashes: 5, windowMs: 60_000, ...opts });
  return { sup, lines, restarts, givenUp };
}

describe("the launcher's supervisor", () => {
  it("restarts a crashing child with doubling, capped delays, then gives up after too many crashes", async () => {
    const { sup, lines, restarts, givenUp } = supervise();
    const [cmd, args] = node("process.exit(3)");
    sup.spawn("worker", cmd, [...args], {});
    expect(await givenUp).toBe("worker");
    expect(restarts.map((r) => r.restarts.worker)).toEqual([1, 2, 3, 4]);
    expect(restarts.every((r) => r.exit === "code 3")).toBe(true);
    expect(lines.filter((l) => l.includes("restarting")).map((l) => /in ([\d.]+) s/.exec(l)![1])).toEqual(["0.02", "0.04", "0.08", "0.08"]);
    expect(lines.at(-1)).toMatch(/worker exited \(code 3\); it crashed 5 times within 60 s: giving up/);
    await sup.stop();
  });

  it("keeps the other children running while one restarts, and stop ends them all", async () => {
    const { sup, restarts } = supervise();
    const [cmd, args] = node("setInterval(() => {}, 1000)");
    sup.spawn("web", cmd, [...args], {});
    sup.spawn("worker", cmd, [...args], {});
    const firstPid = sup.pid("worker")!;
    const webPid = sup.pid("web");
    process.kill(firstPid, "SIGKILL");
    await expect.poll(() => sup.pid("worker") !== undefined && sup.pid("worker") !== firstPid, { timeout: 10_000 }).toBe(true);
    expect(sup.pid("web")).toBe(webPid);
    expect(restarts).toEqual([{ name: "worker", exit: "signal SIGKILL", restarts: { web: 0, worker: 1 } }]);
    const pids = [sup.pid("web")!, sup.pid("worker")!];
    await sup.stop();
    const alive = pids.filter((pid) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    });
    expect(alive).toEqual([]);
    expect(sup.restarts()).toEqual({ web: 0, worker: 1 });
  });

  it("counts only crashes within the window toward giving up", async () => {
    const { sup, restarts, lines } = supervise({ maxCrashes: 2, windowMs: 1 });
    const [cmd, args] = node("setTimeout(() => process.exit(1), 30)");
    sup.spawn("web", cmd, [...args], {});
    await expect.poll(() => restarts.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    await sup.stop();
    expect(lines.some((l) => l.includes("giving up"))).toBe(false);
  });
});
