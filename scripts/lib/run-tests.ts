import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";
import { startEmbeddedDb } from "./embedded-db";
import { ensureNextBuild, ensurePrismaClient } from "./prepare-build";

function run(cmd: string, args: string[], env: Record<string, string>): number {
  const res = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return res.status ?? 1;
}

/**
 * Every suite against one throwaway PostgreSQL (or TEST_DATABASE_ADMIN_URL's server): each suite makes and
 * drops its own databases from the admin URL. Returns the exit code: non-zero when any suite failed.
 */
export async function runTests(args: string[], log: (m: string) => void): Promise<number> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), "ll3m-test-"));
  let adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
  const embedded = adminUrl ? null : await startEmbeddedDb({ dir: path.join(tmp, "pg"), password: randomBytes(12).toString("hex"), log });
  adminUrl ??= embedded!.url("postgres");
  const env = { LL3M_TEST_ADMIN_URL: adminUrl, NEXT_TELEMETRY_DISABLED: "1" };
  // Ctrl-C reaches the test runners too; stay alive until they exit so the finally below stops the database.
  let interrupted = false;
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => (interrupted = true));
  const only = args[0];
  const results: Record<string, number> = {};
  try {
    // Lint first and cheaply: any finding fails the run (its output is ESLint's own); it needs the Prisma types.
    if (!only || only === "lint") {
      ensurePrismaClient(log);
      log("linting (eslint)");
      results.lint = run(process.execPath, ["node_modules/eslint/bin/eslint.js", ".", "--max-warnings", "0"], env);
    }
    // The launcher's integration test and the browser tests serve the built app.
    if (only !== "unit" && only !== "lint") ensureNextBuild(log);
    if (!only || only === "unit" || only === "integration") {
      const projects = only ? ["--project", only] : [];
      log("running unit and integration tests (vitest)");
      const report = ["--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json"];
      results.vitest = run(process.execPath, ["node_modules/vitest/vitest.mjs", "run", ...projects, ...report], env);
    }
    if ((!only || only === "e2e") && !interrupted) {
      log("running browser tests (playwright, Chromium)");
      results.e2e = run(process.execPath, ["node_modules/@playwright/test/cli.js", "test"], env);
    }
  } finally {
    await embedded?.stop();
    await rm(tmp, { recursive: true, force: true });
  }
  const counts = await countTests(Object.keys(results));
  const failed = Object.entries(results).filter(([, code]) => code !== 0);
  // CI keeps only the tail of the output: name each failure again here, after everything else.
  for (const line of await listFailures(Object.keys(results))) console.log(line);
  log(failed.length ? `FAILED: ${failed.map(([k]) => k).join(", ")}` : `all suites passed (${Object.keys(results).join(", ")})`);
  // One plain closing line, the same whatever runner ran, so CI and people read the outcome at a glance.
  console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  return failed.length || counts.failed ? 1 : 0;
}

/** The fields read from vitest's JSON reporter output. */
interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests?: number;
  numTodoTests?: number;
  testResults?: { name: string; status: string; message?: string; assertionResults?: { status: string; fullName: string; failureMessages?: string[] }[] }[];
}
type PlaywrightSuite = { file?: string; specs?: PlaywrightSpec[]; suites?: PlaywrightSuite[] };
type PlaywrightSpec = { title: string; file: string; line: number; tests: { status: string; results: { errors?: { message?: string }[] }[] }[] };
/** The fields read from Playwright's JSON reporter output. */
interface PlaywrightReport {
  suites?: PlaywrightSuite[];
  stats: { expected?: number; unexpected: number; flaky?: number; skipped?: number };
}

/** A runner's JSON report, or null when it is missing or unreadable (the runner crashed before writing it). */
const readReport = <T>(f: string) => readFile(f, "utf8").then((t) => JSON.parse(t) as T, () => null);

/** One line per failed test (file, name, the first line of its error) from the runners' JSON reports. */
export async function listFailures(suites: string[]): Promise<string[]> {
  const out: string[] = [];
  const firstLine = (m?: string) => stripVTControlCharacters(m ?? "").split("\n").find((l) => l.trim())?.trim().slice(0, 300) ?? "";
  const rel = (f: string) => path.relative(process.cwd(), f);
  if (suites.includes("vitest")) {
    const v = await readReport<VitestReport>("test-results/vitest.json");
    for (const file of v?.testResults ?? []) {
      const failedTests = (file.assertionResults ?? []).filter((t) => t.status === "failed");
      for (const t of failedTests) out.push(`FAIL ${rel(file.name)} > ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`);
      if (file.status === "failed" && !failedTests.length) out.push(`FAIL ${rel(file.name)}: ${firstLine(file.message)}`);
    }
  }
  if (suites.includes("e2e")) {
    const e = await readReport<PlaywrightReport>("test-results/e2e.json");
    const walk = (s: PlaywrightSuite) => {
      for (const spec of s.specs ?? [])
        for (const t of spec.tests)
          if (t.status === "unexpected" || t.status === "flaky")
            out.push(`${t.status === "flaky" ? "FLAKY" : "FAIL"} ${spec.file}:${spec.line} > ${spec.title}: ${firstLine(t.results.at(-1)?.errors?.[0]?.message)}`);
      for (const child of s.suites ?? []) walk(child);
    };
    for (const s of e?.suites ?? []) walk(s);
  }
  return out;
}

/** Totals from the runners' JSON reports (vitest's and Playwright's). */
async function countTests(suites: string[]) {
  const total = { passed: 0, failed: 0, skipped: 0 };
  if (suites.includes("vitest")) {
    const v = await readReport<VitestReport>("test-results/vitest.json");
    total.passed += v?.numPassedTests ?? 0;
    total.failed += v ? v.numFailedTests : 1;
    total.skipped += (v?.numPendingTests ?? 0) + (v?.numTodoTests ?? 0);
  }
  if (suites.includes("e2e")) {
    const e = await readReport<PlaywrightReport>("test-results/e2e.json");
    total.passed += e?.stats?.expected ?? 0;
    total.failed += e ? e.stats.unexpected + (e.stats.flaky ?? 0) : 1;
    total.skipped += e?.stats?.skipped ?? 0;
  }
  return total;
}
