import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = process.cwd();

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const e of readdirSync(p)) if (e !== "node_modules" && e !== "generated") max = Math.max(max, newestMtime(path.join(p, e)));
  return max;
}

function run(cmd: string, args: string[], env: Record<string, string> = {}) {
  const res = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (exit ${res.status})`);
}

/** Generates the Prisma client when the schema changed; offline, so the schema engine is pointed at a stub. */
export function ensurePrismaClient(log: (m: string) => void) {
  const out = path.join(root, "lib/generated/prisma/client.ts");
  if (existsSync(out) && statSync(out).mtimeMs >= statSync(path.join(root, "prisma/schema.prisma")).mtimeMs) return;
  log("generating the Prisma client");
  run(process.execPath, ["node_modules/prisma/build/index.js", "generate"], { PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/true", PRISMA_HIDE_UPDATE_MESSAGE: "1" });
}

/** Runs `next build` when there is no build or a source file is newer than it. */
export function ensureNextBuild(log: (m: string) => void, force = false) {
  const marker = path.join(root, ".next/BUILD_ID");
  const built = existsSync(marker) ? statSync(marker).mtimeMs : 0;
  const sources = ["app", "components", "lib", "public", "next.config.mjs", "package.json", "proxy.ts", "instrumentation.ts", "instrumentation-client.ts", "postcss.config.mjs"];
  const newest = Math.max(...sources.map((s) => newestMtime(path.join(root, s))));
  if (!force && built && built >= newest) return;
  log("building the web app (next build)");
  run(process.execPath, ["node_modules/next/dist/bin/next", "build"], { NEXT_TELEMETRY_DISABLED: "1" });
}
