import { renameSync, writeFileSync } from "node:fs";
import type { LauncherState } from "@/lib/health/read-launcher-state";

/** Replaces the launcher's state file in one step (so the web server never reads half of it); synchronous, so two
 * restarts at once cannot interleave their writes. */
export function writeLauncherState(file: string, state: LauncherState) {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(state));
  renameSync(tmp, file);
}
