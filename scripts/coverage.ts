// `npm run coverage [vitest file filters]`: the unit and integration suites under V8 coverage, the test processes
// measured by vitest and every process they start (web server, workers, CLI, launcher) through NODE_V8_COVERAGE,
// merged into one report: coverage/index.html, a table per top folder, and a last line of JSON.
// Needs LL3M_TEST_ADMIN_URL and a web build; `npm run coverage` (scripts/run.mjs coverage) sets both up.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import libCoverage, { type CoverageMapData } from "istanbul-lib-coverage";
import libReport from "istanbul-lib-report";
import reports from "istanbul-reports";
import { convertNextChunks } from "./lib/coverage/convert-next-chunks";
import { mergeCoverage } from "./lib/coverage/merge-coverage";
import { readRawCoverage } from "./lib/coverage/read-raw-coverage";
import { FOLDERS, summarizeFolders } from "./lib/coverage/summarize-folders";

const root = process.cwd();
const EXT = "{ts,tsx,js,mjs}";
const INCLUDE = FOLDERS.map((f) => `${f}/**/*.${EXT}`);
const EXCLUDE = ["lib/generated/**", "**/*.d.ts", "**/*.d.mts"];
const isSource = (file: string) => {
  const rel = path.relative(root, file);
  return FOLDERS.some((f) => rel.startsWith(`${f}/`)) && !rel.startsWith("lib/generated/") && /\.(ts|tsx|js|mjs)$/.test(rel) && !/\.d\.m?ts$/.test(rel) && existsSync(file);
};

function run(args: string[], env: Record<string, string> = {}): number {
  return spawnSync(process.execPath, args, { stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;
}

const tmp = await mkdtemp(path.join(os.tmpdir(), "ll3m-coverage-"));
const dirs = { raw: path.join(tmp, "raw"), c8In: path.join(tmp, "c8-in"), c8Out: path.join(tmp, "c8"), vitest: path.join(tmp, "vitest") };
for (const d of Object.values(dirs)) await mkdir(d, { recursive: true });
const filters = process.argv.slice(2);
const projects = filters.length ? [] : ["--project", "unit", "--project", "integration"];
const coverageArgs = ["--coverage.enabled", "--coverage.provider=v8", "--coverage.reporter=json", `--coverage.reportsDirectory=${dirs.vitest}`, "--coverage.reportOnFailure", ...INCLUDE.map((g) => `--coverage.include=${g}`), ...EXCLUDE.map((g) => `--coverage.exclude=${g}`)];
// vitest.config.ts hands this to the test processes as NODE_V8_COVERAGE, which reaches only what they start.
const tests = run(["node_modules/vitest/vitest.mjs", "run", ...projects, ...coverageArgs, ...filters], { LL3M_CHILD_V8_COVERAGE: dirs.raw });

const { chunks, processes } = await readRawCoverage({ rawDir: dirs.raw, c8Dir: dirs.c8In, root });
console.log(`[coverage] ${processes} child processes wrote coverage; converting`);
const nextMap = await convertNextChunks({ chunks, isSource });
const c8 = ["node_modules/c8/bin/c8.js", "report", "--temp-directory", dirs.c8In, "--reports-dir", dirs.c8Out, "--reporter", "json", "--exclude-after-remap", ...INCLUDE.flatMap((g) => ["--include", g]), ...EXCLUDE.flatMap((g) => ["--exclude", g])];
if (run(c8) !== 0) console.error("[coverage] c8 report failed; the children's tsx and .mjs files are missing from the report");
const load = (file: string) => libCoverage.createCoverageMap(existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as CoverageMapData) : {});
const vitestMap = load(path.join(dirs.vitest, "coverage-final.json"));
const c8Map = load(path.join(dirs.c8Out, "coverage-final.json"));
c8Map.filter(isSource);
const map = mergeCoverage([vitestMap, c8Map, nextMap]);

const outDir = path.join(root, "coverage");
await rm(outDir, { recursive: true, force: true });
const context = libReport.createContext({ dir: outDir, coverageMap: map, defaultSummarizer: "nested" });
for (const name of ["html", "json", "json-summary"] as const) reports.create(name).execute(context);
await rm(tmp, { recursive: true, force: true });

const { table, json } = summarizeFolders({ map, root });
console.log(["", ...table, "", `HTML report: ${path.relative(root, outDir)}/index.html`].join("\n"));
if (tests !== 0) console.log(`[coverage] the tests failed (exit ${tests}): coverage above is of the run as it went`);
console.log(JSON.stringify(json));
process.exit(tests === 0 ? 0 : 1);
