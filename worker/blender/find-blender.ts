import { execFile } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The Blender binary: BLENDER_PATH, else /usr/bin/blender, else the first `blender` on PATH. */
export function blenderPath(): string {
  if (process.env.BLENDER_PATH) return process.env.BLENDER_PATH;
  const candidates = ["/usr/bin/blender", ...(process.env.PATH ?? "").split(delimiter).map((d) => join(d, "blender"))];
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; try the next one
    }
  }
  return "blender";
}

let cached: Promise<{ path: string; version: string } | null> | undefined;

/** Path and version of the Blender binary (from `blender --version`), cached; null when it does not run. */
export function blenderInfo(): Promise<{ path: string; version: string } | null> {
  cached ??= (async () => {
    const path = blenderPath();
    try {
      const { stdout } = await run(path, ["--version"], { timeout: 30_000 });
      // eslint-disable-next-line security/detect-unsafe-regex -- linear: the optional group needs a "." that \d+ cannot match; input is Blender's own --version line
      const match = /Blender (\d+\.\d+(?:\.\d+)?)/.exec(stdout);
      return match ? { path, version: match[1] } : null;
    } catch {
      return null;
    }
  })();
  const result = cached;
  // A missing Blender may be installed later; only a working one is cached for good.
  void result.then((info) => {
    if (!info && cached === result) cached = undefined;
  });
  return result;
}
