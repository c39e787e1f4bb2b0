import { readFile } from "node:fs/promises";
import { getEnv } from "@/lib/env";

/** What the `npm start` launcher records about the processes it supervises (scripts/lib/supervisor.ts writes it). */
export interface LauncherState {
  restarts: { web: number; worker: number };
  last_restart: { process: string; at: string; exit: string } | null;
}

/** The launcher's record when this server runs under it (LL3M_LAUNCHER_STATE), else null. */
export async function readLauncherState(): Promise<LauncherState | null> {
  const file = getEnv().LL3M_LAUNCHER_STATE;
  if (!file) return null;
  try {
    // eslint-disable-next-line security/detect-non-literal-fs-filename -- the path is the operator's LL3M_LAUNCHER_STATE setting, not request input
    const state = JSON.parse(await readFile(file, "utf8")) as LauncherState;
    return { restarts: { web: state.restarts?.web ?? 0, worker: state.restarts?.worker ?? 0 }, last_restart: state.last_restart ?? null };
  } catch {
    return null; // not written yet, or the launcher is gone
  }
}
