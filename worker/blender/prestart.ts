import { rmSync } from "node:fs";
import { blenderPath } from "./find-blender";
import { removeJobDirs } from "./job-dir";
import { launchBlender, type Launched } from "./launch";
import { reapUid } from "./reap";

// A spare may wait this long for a job, and then run a job of at most SPARE_JOB_MS; its backstop covers both.
const SPARE_IDLE_MS = 5 * 60_000;
export const SPARE_JOB_MS = 10 * 60_000;
/** The harness prints this when it is loaded and waits for its job. */
const READY_LINE = "LL3M_READY";

interface Spare {
  launched: Promise<Launched>;
  /** Set once started, so the synchronous exit hook can kill it. */
  ready?: Launched;
  blender: string;
  startedAt: number;
  retire: NodeJS.Timeout;
}

let spare: Spare | undefined;
let exitHookInstalled = false;

/** Pre-starting is on unless LL3M_BLENDER_PRESTART=0. */
export function prestartEnabled(): boolean {
  return process.env.LL3M_BLENDER_PRESTART !== "0";
}

/** Take the waiting sandboxed Blender if it can serve a job of timeoutMs, and start the next spare behind it. */
export async function takeSpare(timeoutMs: number): Promise<Launched | undefined> {
  const current = spare;
  if (!current || !prestartEnabled() || timeoutMs > SPARE_JOB_MS || current.blender !== blenderPath()) return undefined;
  spare = undefined;
  clearTimeout(current.retire);
  const launched = await current.launched.catch(() => undefined);
  startSpare();
  if (launched?.proc.alive() && Date.now() - current.startedAt < SPARE_IDLE_MS) {
    launched.proc.setRef(true);
    return launched;
  }
  if (launched) await discard(launched);
  return undefined;
}

/** Start a spare sandboxed Blender (if none is waiting) that blocks until it is handed one job. */
export function startSpare(): void {
  if (spare || !prestartEnabled()) return;
  installExitHook();
  const launched = launchBlender({ sandboxed: true, lifetimeMs: SPARE_IDLE_MS + SPARE_JOB_MS });
  const retire = setTimeout(() => void stopSpare(), SPARE_IDLE_MS);
  retire.unref(); // an idle spare must not keep the worker alive
  const entry: Spare = { launched, blender: blenderPath(), startedAt: Date.now(), retire };
  launched.then((l) => {
    entry.ready = l;
    l.proc.setRef(false); // a CLI that ran one job must still exit on its own
  }, () => undefined);
  spare = entry;
}

/** Resolves true once the waiting spare has loaded Blender and blocks on its job (false: no usable spare). */
export async function spareReady(): Promise<boolean> {
  const current = spare;
  const launched = await current?.launched.catch(() => undefined);
  if (!launched) return false;
  launched.proc.setRef(true); // someone waits on it, so Node must too
  const ready = await launched.proc.sawOutput(READY_LINE);
  if (spare === current) launched.proc.setRef(false);
  return ready;
}

/** Kill the waiting spare, if any (shutdown, tests). */
export async function stopSpare(): Promise<void> {
  const current = spare;
  spare = undefined;
  if (!current) return;
  clearTimeout(current.retire);
  const launched = await current.launched.catch(() => undefined);
  if (launched) await discard(launched);
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
  // spawn-process kills every live Blender on exit; the spare's temp dir goes too (rmSync works inside 'exit').
  process.on("exit", () => {
    if (spare?.ready) rmSync(spare.ready.dirs.root, { recursive: true, force: true });
  });
}
