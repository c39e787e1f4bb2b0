import { performance } from "node:perf_hooks";
import { deliver, listOutput, removeJobDirs, writeJob, type JobDirs } from "./job-dir";
import { launchBlender, type Launched } from "./launch";
import { fillSpares, takeSpare } from "./prestart";
import { reapUid } from "./reap";
import { readReport } from "./read-report";
import { chooseSandbox, MAX_FILE_BYTES } from "./sandbox";
import type { ProcessOutcome } from "./spawn-process";
import type { BlenderError, BlenderJob, BlenderResult } from "./types";

export const DEFAULT_TIMEOUT_MS = 120_000;
/** Caps on what one run may leave in its out dir (bytes, entries). */
export const MAX_OUTPUT_BYTES = 200 * 1024 * 1024;
export const MAX_OUTPUT_FILES = 64;
// Exit statuses `timeout`/bwrap report for a child killed by a signal: 128 + signal number.
const EXIT_TIMEOUT = 124;
const EXIT_SIGXCPU = 128 + 24;
const EXIT_SIGXFSZ = 128 + 25;

/** Run one job in one fresh (sandboxed when possible) Blender process and return what it produced. */
export async function runBlender(job: BlenderJob): Promise<BlenderResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const fail = (error: BlenderError, sandboxed: boolean): BlenderResult => ({
    ok: false, error, files: {}, views: [], timings: { total_ms: elapsed() }, sandboxed, log: "",
  });
  const mode = await chooseSandbox(Boolean(job.untrusted));
  if (!mode.ok) return fail({ kind: "sandbox_unavailable", message: mode.reason }, false);
  if (job.signal?.aborted) return fail({ kind: "canceled", message: "The run was canceled before it started." }, mode.sandboxed);
  const timeoutMs = job.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const skipStaticCheck = job.skipStaticCheck === true && process.env.NODE_ENV === "test";
  // A pre-started spare already loaded Blender; otherwise start one now (with the job written first).
  const spare = mode.sandboxed ? await takeSpare(timeoutMs) : undefined;
  const launched: Launched =
    spare ?? (await launchBlender({ sandboxed: mode.sandboxed, lifetimeMs: timeoutMs, outTag: job.outDir, prepare: (d) => writeJob(d, job, skipStaticCheck) }));
  try {
    if (spare) await writeJob(spare.dirs, job, skipStaticCheck);
    const running = launched.proc.supervise({ timeoutMs, signal: job.signal, stdinText: "go\n" });
    // Refill only once this job has its go: spawning the (niced) replacements blocks the event loop a little.
    if (mode.sandboxed) fillSpares();
    const outcome = await running;
    const result = await collect(launched.dirs, job, outcome, timeoutMs);
    return { ...result, sandboxed: launched.sandboxed, runId: launched.runId, timings: { ...result.timings, total_ms: elapsed() } };
  } finally {
    launched.proc.kill();
    if (launched.uid !== undefined) await reapUid(launched.uid);
    await removeJobDirs(launched.dirs);
  }
}

type Collected = Omit<BlenderResult, "sandboxed">;

async function collect(dirs: JobDirs, job: BlenderJob, outcome: ProcessOutcome, timeoutMs: number): Promise<Collected> {
  const base = { files: {}, views: [], timings: { total_ms: 0 }, log: outcome.log };
  const failed = (error: BlenderError): Collected => ({ ...base, ok: false, error });
  if (outcome.canceled) return failed({ kind: "canceled", message: "The run was canceled and Blender was stopped." });
  if (outcome.timedOut || outcome.code === EXIT_TIMEOUT || outcome.code === EXIT_SIGXCPU) {
    return failed({ kind: "timeout", message: `Blender ran longer than ${Math.round(timeoutMs / 1000)} s and was stopped; make the script do less work (fewer objects, lower subdivision levels, no endless loops).` });
  }
  const output = await listOutput(dirs.outDir);
  if (outcome.code === EXIT_SIGXFSZ || output.bytes > MAX_OUTPUT_BYTES || output.entries > MAX_OUTPUT_FILES) {
    return failed({ kind: "limit_exceeded", message: `The run's output exceeded the limits (${MAX_OUTPUT_FILES} files, ${MAX_OUTPUT_BYTES >> 20} MB in total, ${MAX_FILE_BYTES >> 20} MB per file).` });
  }
  const report = await readReport(dirs.outDir);
  if (!report) {
    const why = outcome.spawnError ? `could not start (${outcome.spawnError.message})` : `exited (code ${outcome.code ?? outcome.signal}) without a report`;
    return failed({ kind: "crashed", message: `Blender ${why}; see the log.` });
  }
  const timings = { ...numbersOnly(report.timings), total_ms: 0 };
  if (!report.ok || report.error) {
    await deliver(dirs.outDir, job.outDir, ["report.json"]);
    const e = report.error ?? { kind: "crashed" as const, message: "The harness reported failure without a reason." };
    return { ...failed({ kind: e.kind, message: e.message, line: e.line ?? undefined, traceback: e.traceback ?? undefined }), stats: report.stats ?? undefined, timings };
  }
  const claimed = [...Object.values(report.files), ...report.extra_files, ...(report.preview ? [report.preview] : []), ...report.views];
  // Only names readdir returned count, so a forged report cannot make us copy "../" paths or links.
  const missing = claimed.filter((name) => !output.files.includes(name));
  if (missing.length > 0) return failed({ kind: "crashed", message: `The harness claimed files it did not write: ${missing.join(", ")}.` });
  await deliver(dirs.outDir, job.outDir, [...claimed, "report.json"]);
  return {
    ...base, ok: true, stats: report.stats ?? undefined, files: report.files, extraFiles: report.extra_files,
    preview: report.preview ?? undefined, views: report.views, timings,
  };
}

function numbersOnly<T extends Record<string, number | null | undefined>>(o: T): { [K in keyof T]?: number } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => typeof v === "number")) as { [K in keyof T]?: number };
}
