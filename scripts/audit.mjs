#!/usr/bin/env node
// `npm run audit`: npm's advisory check of package-lock.json. Fails on high or critical findings; when the
// registry does not answer the advisory endpoint (an offline mirror answers 405 or 404), says it was skipped and
// exits 0. Needs no installed dependencies. Extra arguments go to `npm audit` (e.g. --omit=dev).
import { spawnSync } from "node:child_process";
import { judgeAudit } from "./lib/judge-audit.mjs";

const res = spawnSync("npm", ["audit", "--json", ...process.argv.slice(2)], { encoding: "utf8", timeout: 120_000 });
const verdict = judgeAudit({ status: res.status, stdout: res.stdout ?? "", stderr: res.stderr ?? "", timedOut: res.error?.code === "ETIMEDOUT" });
console.log(verdict.message);
process.exit(verdict.code);
