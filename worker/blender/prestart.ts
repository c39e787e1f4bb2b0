import { execFile } from "node:child_process";
import { rmSync } from "node:fs";
import { getPriority } from "node:os";
import { promisify } from "node:util";
import { blenderPath } from "./find-blender";
import { removeJobDirs } from "./job-dir";
import { launchBlender, type Launched } from "./launch";
import { reapUid } from "./reap";

const run = promisify(execFile);
// A spare may wait this long for a job, and then run a job of at most SPARE_JOB_MS; its backstop covers both.
const SPARE_IDLE_MS = 5 * 60_000;
export const SPARE_JOB_MS = 10 * 60_000;
/** The harness prints this when it is loaded and waits for its job. */
const READY_LINE = "LL3M_READY";
// Each spare holds a loaded Blender (hundreds of MB), so even a wide worker keeps only a few.
const MAX_SPARES = 4;
/** Spares load at this niceness, so they only take CPU the running jobs leave over. */
export const SPARE_NICENESS = 10;

interface Spare {
  launched: Promise<Launched>;
  /** Set once started, so the synchronous exit hook can remove its dirs. */
  ready?: Launched;
  /** Set once Blender printed READY_LINE. */
  loaded: boolean;
  blender: string;
  startedAt: number;
  retire?: NodeJS.Timeout;
}

const spares: Spare[] = [];
let exitHookInstalled = false;

/** Spares to keep: LL3M_BLENDER_SPARES, else LL3M_WORKER_CONCURRENCY (one per task slot), capped; 0 when LL3M_BLENDER_PRESTART=0. */
export function spareCount(): number {
  if (process.env.LL3M_BLENDER_PRESTART === "0") return 0;
  const n = Number(process.env.LL3M_BLENDER_SPARES || process.env.LL3M_WORKER_CONCURRENCY || 1);
  return Number.isFinite(n) ? Math.max(0, Math.min(MAX_SPARES, Math.floor(n))) : 1;
}

/** Take a waiting sandboxed Blender (a loaded one first) if it can serve a job of timeoutMs; the caller refills the pool. */
export async function takeSpare(timeoutMs: number): Promise<Launched | undefined> {
  if (timeoutMs > SPARE_JOB_MS || spareCount() === 0) return undefined;
  const usable = spares.filter((s) => s.blender === blenderPath());
  // A spare still loading is ahead of a cold start, so it beats none.
  const entry = usable.find((s) => s.loaded) ?? usable[0];
  if (!entry) return undefined;
  spares.splice(spares.indexOf(entry), 1); // synchronously, so a concurrent run cannot take it too
  clearTimeout(entry.retire);
  const launched = await entry.launched.catch(() => undefined);
  if (launched?.proc.alive() && Date.now() - entry.startedAt < SPARE_IDLE_MS) {
    launched.proc.setRef(true);
    // Not awaited: the job may start a few ms niced, and renice still reaches every thread it has by then.
    void unnice(launched);
    return launched;
  }
  if (launched) await discard(launched);
  return undefined;
}

/** Start spares (niced) until spareCount() are waiting; retire those of another Blender binary or beyond the count. */
export function fillSpares(): void {
  const want = spareCount();
  for (const stale of spares.filter((s) => s.blender !== blenderPath())) void retire(stale);
  while (spares.length > want) void retire(spares[spares.length - 1]);
  while (spares.length < want) spares.push(startOne());
}

function startOne(): Spare {
  installExitHook();
  const launched = launchBlender({ sandboxed: true, lifetimeMs: SPARE_IDLE_MS + SPARE_JOB_MS, niceness: SPARE_NICENESS });
  const entry: Spare = { launched, loaded: false, blender: blenderPath(), startedAt: Date.now() };
  entry.retire = setTimeout(() => void retire(entry), SPARE_IDLE_MS);
  entry.retire.unref(); // an idle spare must not keep the worker alive
  launched.then((l) => {
    entry.ready = l;
    l.proc.setRef(false); // a CLI that ran one job must still exit on its own
    void l.proc.sawOutput(READY_LINE).then((seen) => (entry.loaded = seen));
  }, () => undefined);
  return entry;
}

/** Resolves true once every spare in the pool has loaded Blender and blocks on its job (false: none, or one died). */
export async function spareReady(): Promise<boolean> {
  const current = [...spares];
  const ready = await Promise.all(current.map(async (entry) => {
    const launched = await entry.launched.catch(() => undefined);
    if (!launched) return false;
    launched.proc.setRef(true); // someone waits on it, so Node must too
    const seen = await launched.proc.sawOutput(READY_LINE);
    if (spares.includes(entry)) launched.proc.setRef(false);
    return seen;
  }));
  return current.length > 0 && ready.every(Boolean);
}

/** Kill every waiting spare (shutdown, tests). */
export async function stopSpares(): Promise<void> {
  await Promise.all([...spares].map(retire));
}
/** Old name, still called by worker/main.ts. */
export const stopSpare = stopSpares;

async function retire(entry: Spare): Promise<void> {
  const index = spares.indexOf(entry);
  if (index >= 0) spares.splice(index, 1);
  clearTimeout(entry.retire);
  const launched = await entry.launched.catch(() => undefined);
  if (launched) await discard(launched);
}

/**
 * Give a taken spare the worker's own priority back, so its job is not starved by other jobs. Lowering niceness
 * needs root; PRIO_USER reaches every thread of the run's private uid, which exists only when we are root. Elsewhere
 * the job keeps niceness 10, which costs little: its competitors are mostly other niced spares and jobs.
 */
async function unnice(launched: Launched): Promise<void> {
  if (launched.uid === undefined) return;
  const args = ["--priority", String(getPriority()), "-u", String(launched.uid)];
  await run("renice", args).catch(() => undefined);
}

async function discard(launched: Launched): Promise<void> {
  launched.proc.kill();
  await launched.proc.supervise({ timeoutMs: 5000 }).catch(() => undefined);
  if (launched.uid !== undefined) await reapUid(launched.uid);
  await removeJobDirs(launched.dirs);
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // spawn-process kills every live Blender on exit; the spares' temp dirs go too (rmSync works inside 'exit').
  process.on("exit", () => {
    for (const entry of spares) if (entry.ready) rmSync(entry.ready.dirs.root, { recursive: true, force: true });
  });
}
