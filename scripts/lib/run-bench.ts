import { spawn } from "node:child_process";
import path from "node:path";
import { ensureNextBuild, ensurePrismaClient } from "./prepare-build";
import { ensureSystemPackages, type NEEDS } from "./system-packages";

type SystemName = keyof typeof NEEDS;
const BLENDER: SystemName[] = ["blender", "numpy", "bubblewrap"];

/** What each `npm run bench:<name>` needs before it starts; each makes its own database (scripts/lib/bench-database.ts). */
export const BENCHES: Record<string, { system: SystemName[]; build: boolean }> = {
  api: { system: [], build: true },
  worker: { system: BLENDER, build: false },
  modeler: { system: BLENDER, build: false },
  sandbox: { system: BLENDER, build: false },
  agents: { system: BLENDER, build: false },
};

/**
 * `bench <name> [args]`: the setup `npm test` does (system packages, Prisma client, web build when served), then
 * scripts/bench-<name>.ts in a process of its own, since that file imports the Prisma client this step generates.
 */
export async function runBench(args: string[], log: (m: string) => void): Promise<number> {
  const [name = "", ...rest] = args;
  const bench = BENCHES[name];
  if (!bench) {
    console.error(`unknown benchmark '${name}'; use one of: ${Object.keys(BENCHES).join(", ")}`);
    return 2;
  }
  if (ensureSystemPackages(bench.system, log).length) return 1;
  ensurePrismaClient(log);
  if (bench.build) ensureNextBuild(log);
  const child = spawn(process.execPath, ["--import", "tsx", path.join("scripts", `bench-${name}.ts`), ...rest], { stdio: "inherit" });
  // A signal to npm reaches this launcher through scripts/run.mjs: pass it on so the bench cleans up its database.
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}
