// The Dockerfile builds and its images run, proved without a container engine: its stages are replayed in temp
// folders from a clean export of the committed tree (git archive HEAD), then the web image's files serve
// /api/v1/health and the worker image's files apply the migrations. Opt-in (npm ci and next build in a clean tree
// take minutes): LL3M_TEST_DOCKER_REPLAY=1. The worker stage's apt-get line is skipped: the machine has those packages.
import { execSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/lib/embedded-db";
import { parseDockerfile, replayStage } from "../helpers/dockerfile";
import { createTestDatabase } from "../helpers/test-db";

const enabled = process.env.LL3M_TEST_DOCKER_REPLAY === "1";
const work = await mkdtemp(path.join(os.tmpdir(), "ll3m-docker-replay-"));
afterAll(() => rm(work, { recursive: true, force: true }));

describe.skipIf(!enabled)("the Dockerfile, replayed", () => {
  const roots: Record<string, string> = {};
  const log = (s: string) => console.log(`[replay] ${s.slice(0, 160)}`);

  it("builds: every RUN and COPY of the build stage succeeds in a clean tree", { timeout: 900_000 }, async () => {
    const context = path.join(work, "context");
    execSync(`mkdir -p ${context} && git archive HEAD | tar -x -C ${context}`, { stdio: "inherit" });
    const stages = parseDockerfile(await readFile(path.join(context, "Dockerfile"), "utf8"));
    expect(stages.map((s) => s.name)).toEqual(["build", "web", "worker"]);
    for (const stage of stages) {
      roots[stage.name] = path.join(work, stage.name);
      await replayStage({ stage, root: roots[stage.name], context, stages: roots, skipRun: /apt-get/, log });
    }
    // The web image carries no dev tools and no Blender-side code.
    const webModules = path.join(roots.web, "app", "node_modules");
    expect(execSync(`ls ${webModules}`).toString()).toContain("next");
    expect(() => execSync(`ls ${webModules}/typescript ${webModules}/vitest`, { stdio: "ignore" })).toThrow();
    expect(() => execSync(`ls ${path.join(roots.worker, "app", "node_modules", "vitest")}`, { stdio: "ignore" })).toThrow();
  });

  it("runs: the worker image migrates a database and the web image answers health", { timeout: 180_000 }, async () => {
    const database = await createTestDatabase({ prefix: "ll3m_replay", migrate: false });
    const env = { PATH: process.env.PATH!, DATABASE_URL: database.url, AUTH_SECRET: randomBytes(32).toString("hex"), NODE_ENV: "production" as const, LL3M_DATA_DIR: path.join(work, "data") };
    try {
      execSync("node --import tsx scripts/migrate.ts", { cwd: path.join(roots.worker, "app"), env, stdio: "inherit" });
      const port = await freePort();
      const web = spawn("node", ["scripts/serve-web.mjs"], { cwd: path.join(roots.web, "app"), env: { ...env, PORT: String(port) }, stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      web.stdout.on("data", (d) => (out += d));
      web.stderr.on("data", (d) => (out += d));
      try {
        let answer: Response | undefined;
        for (let i = 0; i < 300 && !answer && web.exitCode === null; i++) {
          answer = await fetch(`http://localhost:${port}/api/v1/health`).catch(() => undefined);
          if (!answer) await new Promise((r) => setTimeout(r, 200));
        }
        expect(answer, out).toBeDefined();
        // 503 until a worker beats; what matters is a real answer from the database-backed handler.
        const health = (await answer!.json()) as { dependencies: { database: string; storage: string } };
        expect(health.dependencies).toMatchObject({ database: "ok", storage: "ok" });
      } finally {
        web.kill("SIGTERM");
      }
    } finally {
      await database.drop();
    }
  });
});
