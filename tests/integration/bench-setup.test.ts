import { execFileSync, spawn } from "node:child_process";
import { existsSync, realpathSync, statSync, utimesSync } from "node:fs";
import { cp, mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// `npm run bench:api` on a checkout with no Prisma client and no web build: it makes both, as `npm test` would,
// then measures. The checkout is a copy of this one's files with the same installed packages (hard-linked).
const clone = await mkdtemp(path.join(os.tmpdir(), "ll3m-bench-clone-"));
afterAll(() => rm(clone, { recursive: true, force: true }));

async function copyTrackedFiles() {
  // Tracked and new files; a worktree's links to shared node_modules and lib/generated are not part of it.
  const listed = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { encoding: "utf8" }).split("\0");
  const files = listed.filter((f) => f && existsSync(f) && !/^(node_modules|lib\/generated)(\/|$)/.test(f));
  for (const f of files) {
    await mkdir(path.join(clone, path.dirname(f)), { recursive: true });
    await cp(f, path.join(clone, f), { verbatimSymlinks: true });
  }
  // Hard links, not a symlink: Turbopack refuses packages that resolve outside the project's folder.
  const modules = realpathSync("node_modules");
  execFileSync("cp", ["-al", modules, path.join(clone, "node_modules")]);
  // The copy's lock file is new; date it like the installed one so scripts/run.mjs sees the install as current.
  const installed = statSync(path.join(modules, ".package-lock.json")).mtime;
  utimesSync(path.join(clone, "package-lock.json"), installed, installed);
}

function npmRun(script: string, env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const proc = spawn("npm", ["run", "--silent", script], { cwd: clone, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    proc.stdout.on("data", (d) => (out += d));
    proc.stderr.on("data", (d) => (out += d));
    proc.on("close", (code) => resolve({ code, out }));
  });
}

describe("npm run bench:api on a fresh checkout", () => {
  it("generates the Prisma client, builds the app, then reports its figures", async () => {
    await copyTrackedFiles();
    expect(existsSync(path.join(clone, "lib/generated"))).toBe(false);
    expect(existsSync(path.join(clone, ".next"))).toBe(false);
    const { code, out } = await npmRun("bench:api", { BENCH_SECONDS: "1" });
    expect(code, out.slice(-3000)).toBe(0);
    expect(out).toContain("generating the Prisma client");
    expect(out).toContain("building the web app");
    const summary = JSON.parse(out.trim().split("\n").at(-1)!) as { requests: number; errors: number };
    expect(summary.requests).toBeGreaterThan(0);
    expect(summary.errors).toBe(0);
  }, 600_000);
});
