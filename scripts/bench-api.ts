// Load test of the read endpoints: its own database and built server, a few hundred seeded assets, then autocannon
// at 50 connections with an API key, ~10 s per endpoint, and the same load on a bare node:http + pg server answering
// the same queries (scripts/lib/bare-api-server.ts), the floor. Usage: npm run bench:api (the last stdout line is JSON).
import { spawn } from "node:child_process";
import { once } from "node:events";
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

/** Starts scripts/lib/bare-api-server.ts on `databaseUrl`; resolves once it listens. */
async function startBareServer(databaseUrl: string) {
  const proc = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "lib", "bare-api-server.ts"), databaseUrl], { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  proc.stdout.on("data", (d: Buffer) => (out += d.toString()));
  while (!/listening (\d+)/.test(out)) {
    if (proc.exitCode !== null) throw new Error(`the bare server exited (${proc.exitCode})`);
    await once(proc.stdout, "data");
  }
  const port = /listening (\d+)/.exec(out)![1];
  return { baseUrl: `http://127.0.0.1:${port}`, pid: proc.pid!, stop: () => (proc.kill("SIGTERM"), once(proc, "exit")) };
}

type Figures = { rps: number; p50: number; p90: number; p99: number; max: number; requests: number; errors: number; cpuPerRequest: number };

const requestsFor = (pathFor: (n: number) => string) => {
  let n = 0;
  return [{ setupRequest: (r: autocannon.Request) => ({ ...r, path: pathFor(n++) }) }];
};

/** Load at 10 connections for `seconds` (JIT, prepared statements, pools, heap), not measured. */
async function warmUp(baseUrl: string, headers: Record<string, string>, pathFor: (n: number) => string, seconds: number) {
  await autocannon({ url: baseUrl, connections: 10, duration: seconds, headers, requests: requestsFor(pathFor) });
}

/** Warms `baseUrl` up, then measures it at CONNECTIONS for SECONDS; `pid`'s CPU over the run is charged per request. */
async function measure(baseUrl: string, pid: number, headers: Record<string, string>, pathFor: (n: number) => string): Promise<Figures> {
  const requests = requestsFor(pathFor);
  await warmUp(baseUrl, headers, pathFor, 2);
  const cpuBefore = cpuMs(pid);
  const r = await autocannon({ url: baseUrl, connections: CONNECTIONS, duration: SECONDS, headers, requests });
  // CPU per request of the web server is the figure that does not depend on what else the machine is doing.
  const cpuPerRequest = (cpuMs(pid) - cpuBefore) / Math.max(1, r.requests.total);
  return { rps: r.requests.average, p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max, requests: r.requests.total, errors: r.errors + r.timeouts + r.non2xx, cpuPerRequest };
}

const describe = (f: Figures) => `${f.requests} requests, ${f.rps} req/s, latency p50 ${f.p50} ms, p90 ${f.p90} ms, p99 ${f.p99} ms, max ${f.max} ms, errors ${f.errors}, CPU ${f.cpuPerRequest.toFixed(2)} ms/request`;
const ratio = (a: number, b: number) => Math.round((a / Math.max(b, 1e-9)) * 100) / 100;

async function main() {
  // The web build and Prisma client are made first by `npm run bench:api` (scripts/lib/run-bench.ts).
  // A PostgreSQL to make the database on: the test server's when given, else an embedded one for this run.
  const tmp = await mkdtemp(path.join(tmpdir(), "ll3m-bench-api-"));
  const embedded = process.env.LL3M_TEST_ADMIN_URL ? null : await startEmbeddedDb({ dir: path.join(tmp, "pg"), password: randomBytes(12).toString("hex"), log });
  if (embedded) process.env.LL3M_TEST_ADMIN_URL = embedded.url("postgres");

  const { startAppServer } = await import("../tests/helpers/app-server");
  // The per-key budget is raised so the load is measured, not refused; the limiter still counts every request.
  // BENCH_CPU_PROF=<dir> writes the web server's V8 CPU profile there when it stops (open it in Chrome's DevTools).
  const nodeArgs = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`] : [];
  const server = await startAppServer({ prefix: "ll3m_bench", env: { LL3M_RATE_API_KEY_PER_MINUTE: "100000000" }, nodeArgs });
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
    const bare = await startBareServer(server.databaseUrl);
    const endpoints = [];
    // Every endpoint first, on both servers: measured alone, the first endpoint also paid for the JIT compiling the
    // code all of them share (its CPU per request came out twice the same endpoint's measured again at the end).
    for (const t of targets) for (const s of [server, bare]) await warmUp(s.baseUrl, headers, t.path, 3);
    try {
      for (const t of targets) {
        // The app, then the floor under the same load, one after the other so neither competes with the other.
        const app = await measure(server.baseUrl, server.pid, headers, t.path);
        log(`${t.name}: ${describe(app)}`);
        const floor = await measure(bare.baseUrl, bare.pid, headers, t.path);
        log(`${t.name} (bare node:http + pg): ${describe(floor)}`);
        endpoints.push({
          name: t.name, rps: app.rps, p50_ms: app.p50, p99_ms: app.p99, requests: app.requests, errors: app.errors, cpu_ms_per_request: Math.round(app.cpuPerRequest * 100) / 100,
          bare: { rps: floor.rps, p50_ms: floor.p50, p99_ms: floor.p99, errors: floor.errors, cpu_ms_per_request: Math.round(floor.cpuPerRequest * 100) / 100 },
          p99_ratio_to_bare: ratio(app.p99, floor.p99),
          throughput_ratio_to_bare: ratio(app.rps, floor.rps),
        });
      }
    } finally {
      await bare.stop();
    }
    // The summary is the worst endpoint's percentiles and the totals; the ratios to bare are the list's (the headline).
    console.log(JSON.stringify({
      p50_ms: Math.max(...endpoints.map((e) => e.p50_ms)),
      p99_ms: Math.max(...endpoints.map((e) => e.p99_ms)),
      requests: endpoints.reduce((s, e) => s + e.requests, 0),
      errors: endpoints.reduce((s, e) => s + e.errors, 0),
      p99_ratio_to_bare: endpoints[0].p99_ratio_to_bare,
      throughput_ratio_to_bare: endpoints[0].throughput_ratio_to_bare,
      endpoints,
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
