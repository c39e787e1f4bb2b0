#!/usr/bin/env node
// Entry for `npm start` / `npm test` on any machine: makes sure npm dependencies are there (this file needs
// none), then hands over to the TypeScript launcher.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const command = process.argv[2] ?? "start";

function depsCurrent() {
  const marker = path.join(root, "node_modules", ".package-lock.json");
  if (!existsSync(marker) || !existsSync(path.join(root, "node_modules", "tsx"))) return false;
  return statSync(marker).mtimeMs >= statSync(path.join(root, "package-lock.json")).mtimeMs - 1000;
}

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`LL3M Studio needs Node.js 20.19 or newer; this is ${process.versions.node}.`);
  process.exit(1);
}

if (!depsCurrent()) {
  console.log("[ll3m] installing npm dependencies (npm ci)...");
  const res = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
  if (res.status !== 0) {
    console.error("[ll3m] npm ci failed; see the output above.");
    process.exit(res.status ?? 1);
  }
}

const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
process.env.npm_package_version ??= pkg.version;
const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "launcher.ts"), command, ...process.argv.slice(3)], {
  cwd: root,
  stdio: ["inherit", "inherit", "inherit", "ipc"],
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
// Forward signals so that `kill <pid of npm start>` stops everything, not just this wrapper. npm passes its signals
// to the script's shell, which would die without passing them on: package.json `exec`s this file in its place.
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(sig, () => child.kill(sig));
// Whatever started us (npm) gone without a signal (SIGKILL): stop everything as on SIGTERM rather than run orphaned.
const parent = process.ppid;
const orphanCheck = setInterval(() => {
  if (process.ppid === parent) return;
  clearInterval(orphanCheck);
  child.kill("SIGTERM");
}, 1000);
orphanCheck.unref();
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
