// Load test of the read endpoints: its own database and built server, a few hundred seeded assets, then autocannon
// at 50 connections with an API key, ~10 s per endpoint. Usage: npm run bench:api (the last stdout line is JSON).
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { startEmbeddedDb } from "./lib/embedded-db";

const ASSETS = 300;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const log = (m: string) => console.log(`[bench] ${m}`);

/** CPU milliseconds used so far by a process and its descendants (from /proc; Linux clock ticks are 10 ms). */
function cpuMs(root: number): number {
  const stats = readdirSync("/proc").filter((d) => /^\d+$/.test(d)).flatMap((pid) => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      return [{ pid: Number(pid), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) }];
    } catch {
      return [];
    }
  });
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of stats) {
      if (tree.has(s.ppid) && !tree.has(s.pid)) {
        tree.add(s.pid);
        grew = true;
      }
    }
  }
  return stats.filter((s) => tree.has(s.pid)).reduce((sum, s) => sum + s.ticks * 10, 0);
}

async function main() {
  // The web build and Prisma client are made first by `npm run bench:api` (scripts/lib/run-bench.ts).
  // A PostgreSQL to make the database on: the test server's when given, else an embedded one for this run.
  const tmp = await mkdtemp(path.join(tmpdir(), "ll3m-bench-api-"));
  const embedded = process.env.LL3M_TEST_ADMIN_URL ? null : await startEmbeddedDb({ dir: path.join(tmp, "pg"), password: randomBytes(12).toString("hex"), log });
  if (embedded) process.env.LL3M_TEST_ADMIN_URL = embedded.url("postgres");

  const { startAppServer } = await import("../tests/helpers/app-server");
  // The per-key budget is raised so the load is measured, not refused; the limiter still counts every request.
  const server = await startAppServer({ prefix: "ll3m_bench", env: { LL3M_RATE_API_KEY_PER_MINUTE: "100000000" } });
  try {
    const { db } = await import("@/lib/db");
    const { registerUser } = await import("@/lib/users/register-user");
    const { createApiKey } = await import("@/lib/auth/api-keys");
    const { seedAsset } = await import("../tests/helpers/seed-assets");
    const user = await registerUser({ email: `bench-${randomBytes(4).toString("hex")}@example.test`, password: "bench-password" });
    const { key } = await createApiKey({ userId: user.id, name: "bench" });
    const ids: string[] = [];
    const colors = ["red", "blue", "green", "black", "white"];
    const subjects = ["chair", "table", "lamp", "mug", "shelf", "stool"];
    for (let i = 0; i < ASSETS; i++) {
      const subject = subjects[i % subjects.length];
      const color = colors[i % colors.length];
      const { assetId } = await seedAsset({ userId: user.id, name: `${color} ${subject} ${i}`, prompt: `a ${color} wooden ${subject}`, tags: [color, subject], scores: [Math.round((i % 100) / 10) / 10], withFiles: i < 20 });
      ids.push(assetId);
    }
    log(`seeded ${ASSETS} assets`);
    await db.$disconnect();

    const headers = { authorization: `Bearer ${key}` };
    const targets = [
      { name: "GET /api/v1/assets?limit=20", path: () => "/api/v1/assets?limit=20" },
      { name: "GET /api/v1/assets?tags=red&q=chair&sort=-quality_score", path: () => "/api/v1/assets?tags=red&q=chair&sort=-quality_score" },
      { name: "GET /api/v1/assets/{id}", path: (n: number) => `/api/v1/assets/${ids[n % ids.length]}` },
    ];
    const results = [];
    for (const t of targets) {
      let n = 0;
      // Warm up (JIT, prepared statements, pools) so the figures describe the steady state.
      await autocannon({ url: server.baseUrl, connections: 10, duration: 2, headers, requests: [{ setupRequest: (r) => ({ ...r, path: t.path(n++) }) }] });
      const cpuBefore = cpuMs(server.pid);
      const r = await autocannon({ url: server.baseUrl, connections: CONNECTIONS, duration: SECONDS, headers, requests: [{ setupRequest: (req) => ({ ...req, path: t.path(n++) }) }] });
      // CPU per request of the web server is the figure that does not depend on what else the machine is doing.
      const cpuPerRequest = (cpuMs(server.pid) - cpuBefore) / Math.max(1, r.requests.total);
      const errors = r.errors + r.timeouts + r.non2xx;
      log(`${t.name}: ${r.requests.total} requests, ${r.requests.average} req/s, latency p50 ${r.latency.p50} ms, p90 ${r.latency.p90} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms, errors ${errors}, web server CPU ${cpuPerRequest.toFixed(2)} ms/request`);
      results.push({ p50: r.latency.p50, p99: r.latency.p99, requests: r.requests.total, errors });
    }
    // The summary is the worst endpoint's percentiles and the totals.
    console.log(JSON.stringify({
      p50_ms: Math.max(...results.map((r) => r.p50)),
      p99_ms: Math.max(...results.map((r) => r.p99)),
      requests: results.reduce((s, r) => s + r.requests, 0),
      errors: results.reduce((s, r) => s + r.errors, 0),
    }));
  } finally {
    await server.stop();
    await embedded?.stop();
    await rm(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
