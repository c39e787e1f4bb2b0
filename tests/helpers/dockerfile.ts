import { spawn } from "node:child_process";
import { cp, mkdir, stat } from "node:fs/promises";
import path from "node:path";

export interface Instruction {
  op: string;
  args: string;
}

export interface Stage {
  name: string;
  instructions: Instruction[];
}

/** The stages of a Dockerfile with their instructions (continuation lines joined, comments dropped). */
export function parseDockerfile(text: string): Stage[] {
  const logical = text.replace(/\\\r?\n/g, " ").split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  const stages: Stage[] = [];
  for (const line of logical) {
    const [, op, args] = /^(\S+)\s+(.*)$/.exec(line) ?? [];
    if (!op) continue;
    if (op.toUpperCase() === "FROM") stages.push({ name: /\sAS\s+(\S+)/i.exec(args)?.[1] ?? String(stages.length), instructions: [] });
    else stages.at(-1)?.instructions.push({ op: op.toUpperCase(), args });
  }
  return stages;
}

/** ENV lines in either form: `ENV A=1 B=2` or `ENV A 1`. */
function parseEnv(args: string): Record<string, string> {
  if (!args.includes("=")) {
    const [k, ...v] = args.split(/\s+/);
    return { [k]: v.join(" ") };
  }
  return Object.fromEntries([...args.matchAll(/(\w+)=("[^"]*"|\S+)/g)].map((m) => [m[1], m[2].replace(/^"|"$/g, "")]));
}

function run(command: string, cwd: string, env: Record<string, string>, log: (s: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn("sh", ["-c", command], { cwd, env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? "/root", ...env } as unknown as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    proc.stdout.on("data", (d) => (out += d));
    proc.stderr.on("data", (d) => (out += d));
    proc.on("exit", (code) => {
      log(`RUN ${command} → ${code}`);
      if (code === 0) resolve();
      else reject(new Error(`RUN ${command} failed (${code}):\n${out.slice(-4000)}`));
    });
  });
}

/**
 * Replays one stage without a container engine: its root is `root` (WORKDIR is taken inside it), COPY reads from
 * `context` (or, with --from, from an earlier stage's root), ENV applies to later RUNs, RUN runs with sh. RUN lines
 * matching `skipRun` (system packages the machine already has) are left out. Returns the stage's final env.
 */
export async function replayStage({ stage, root, context, stages, skipRun, log }: {
  stage: Stage;
  root: string;
  context: string;
  stages: Record<string, string>;
  skipRun?: RegExp;
  log: (s: string) => void;
}): Promise<{ env: Record<string, string>; workdir: string }> {
  let workdir = root;
  const env: Record<string, string> = {};
  for (const { op, args } of stage.instructions) {
    if (op === "WORKDIR") {
      workdir = path.join(root, args);
      await mkdir(workdir, { recursive: true });
    } else if (op === "ENV") Object.assign(env, parseEnv(args));
    else if (op === "COPY") {
      const words = args.split(/\s+/);
      const from = words.find((w) => w.startsWith("--from="))?.slice("--from=".length);
      const paths = words.filter((w) => !w.startsWith("--"));
      const dest = paths.pop()!;
      const source = from ? stages[from] : context;
      if (!source) throw new Error(`COPY --from=${from}: no such stage replayed`);
      const target = path.resolve(workdir, dest.startsWith("/") ? path.join(root, dest) : dest);
      for (const p of paths) {
        // An absolute --from source lies inside that stage's root.
        const src = path.join(source, p);
        // Docker copies a folder's contents into the destination, and a file into it when it names a folder.
        const isDir = (await stat(src)).isDirectory();
        const into = isDir || !(dest.endsWith("/") || paths.length > 1) ? target : path.join(target, path.basename(p));
        await mkdir(isDir ? into : path.dirname(into), { recursive: true });
        await cp(src, into, { recursive: true, verbatimSymlinks: true });
      }
    } else if (op === "RUN") {
      if (skipRun?.test(args)) log(`RUN ${args.slice(0, 60)}… skipped`);
      else await run(args, workdir, env, log);
    }
    // FROM, USER, EXPOSE, VOLUME, HEALTHCHECK and CMD shape the image, not its files.
  }
  return { env, workdir };
}
