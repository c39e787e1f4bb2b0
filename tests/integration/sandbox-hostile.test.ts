import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stopSpare } from "@/worker/blender/prestart";
import { runBlender } from "@/worker/blender/run-blender";
import type { BlenderResult } from "@/worker/blender/types";
import { pidsWithCmdline } from "@/tests/helpers/processes";

// Hostile code runs with the AST lint skipped, so the sandbox itself is the boundary under test.
const SECRET = `ll3m-secret-${randomBytes(8).toString("hex")}`;
const HOST_MARKER = join(tmpdir(), `ll3m-hostile-${randomBytes(4).toString("hex")}`);
const CUBE = "import bpy\nbpy.ops.mesh.primitive_cube_add()\n";
const outDirs: string[] = [];
const newOutDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), "ll3m-hostile-out-"));
  outDirs.push(dir);
  return dir;
};

async function hostile(code: string, timeoutMs = 30_000): Promise<BlenderResult & { outDir: string }> {
  const outDir = await newOutDir();
  const result = await runBlender({ code: CUBE + code, formats: ["glb"], outDir, untrusted: true, skipStaticCheck: true, timeoutMs });
  expect(pidsWithCmdline(`ll3m-run=${result.runId}`)).toEqual([]); // nothing of the run survives it
  return { ...result, outDir };
}

/** Python that tries `attempt` and fails the job with what happened, so the test can read the reason. */
const report = (attempt: string) =>
  `try:\n${attempt.replace(/^/gm, "    ")}\n    raise RuntimeError("ESCAPED")\nexcept OSError as e:\n    raise RuntimeError("BLOCKED %s" % e)\n`;

describe("sandbox against hostile code (untrusted, lint skipped)", () => {
  beforeAll(() => {
    process.env.LL3M_HOSTILE_SECRET = SECRET;
  });
  afterAll(async () => {
    delete process.env.LL3M_HOSTILE_SECRET;
    await stopSpare();
    await Promise.all(outDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it.each([
    ["TCP to the internet", "import socket\nsocket.create_connection(('1.1.1.1', 80), timeout=5)", /BLOCKED .*Network is unreachable/],
    ["TCP to the host's Postgres", "import socket\nsocket.create_connection(('127.0.0.1', 5432), timeout=5)", /BLOCKED .*Connection refused/],
    ["DNS lookup", "import socket\nsocket.getaddrinfo('example.com', 80)", /BLOCKED .*(Temporary failure|Name or service not known|No address)/],
    ["reading /etc/shadow", "open('/etc/shadow').read()", /BLOCKED .*No such file or directory/],
    ["writing into the read-only job dir", "open('/job/evil.py', 'w').write('x')", /BLOCKED .*Read-only file system/],
    ["writing into /usr", "open('/usr/bin/evil', 'w').write('x')", /BLOCKED .*Read-only file system/],
    ["writing the host's /etc", "open('/etc/cron.d/evil', 'w').write('x')", /BLOCKED .*(No such file|Read-only)/],
    ["allocating 10 GB", "bytearray(10 * 1024 ** 3)", /MemoryError/],
    // Several files, since one file stops at the 200 MB file-size limit before the 256 MB tmpfs is full.
    ["filling /tmp", "for i in range(100):\n    with open('/tmp/fill%d' % i, 'wb') as f:\n        for _ in range(100):\n            f.write(b'x' * (1 << 20))", /BLOCKED .*No space left on device/],
  ])("blocks %s", async (_name, attempt, reason) => {
    const result = await hostile(report(attempt));
    expect(result.ok).toBe(false);
    expect(result.error?.message).toMatch(reason);
    expect(result.error?.message).not.toContain("ESCAPED");
  });

  it("writing to a host path only touches the sandbox's private /tmp", async () => {
    const result = await hostile(`open('${HOST_MARKER}', 'w').write('x')\n`);
    expect(result.ok).toBe(true); // the write lands on the sandbox's tmpfs...
    expect(existsSync(HOST_MARKER)).toBe(false); // ...never on the host
  });

  it("hides the worker's environment, also through /proc/*/environ", async () => {
    const code = "import glob, os\nseen = []\nfor p in glob.glob('/proc/*/environ'):\n    try:\n        seen.append(open(p, 'rb').read().decode('latin1'))\n    except OSError as e:\n        seen.append(str(e))\nraise RuntimeError('ENV ' + repr(dict(os.environ)) + ' ' + ' | '.join(seen))\n";
    const result = await hostile(code);
    expect(result.error?.message).toMatch(/^RuntimeError: ENV/);
    expect(result.error?.message).not.toContain(SECRET);
    expect(result.error?.message).not.toContain("DATABASE_URL");
  });

  it("runs subprocesses only as an unprivileged user without the host's files", async () => {
    const code = "import subprocess\nout = subprocess.run(['/bin/sh', '-c', 'id -u; ls /root /home /work 2>&1; cat /etc/shadow 2>&1'], capture_output=True, text=True).stdout\nraise RuntimeError('CHILD ' + out.replace(chr(10), ' / '))\n";
    const result = await hostile(code);
    expect(result.error?.message).toMatch(/CHILD \d+ \//);
    const uid = Number(/CHILD (\d+)/.exec(result.error?.message ?? "")?.[1]);
    expect(uid).toBeGreaterThan(0);
    expect(result.error?.message).toMatch(/No such file or directory/);
    expect(result.error?.message).not.toMatch(/root:/);
  });

  it("stops a fork bomb at the process limit", async () => {
    const code = report("import os, time\norigin = os.getpid()\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        if os.getpid() != origin:\n            time.sleep(600)\n            os._exit(0)\n        raise");
    const result = await hostile(code, 60_000);
    expect(result.error?.kind === "timeout" || /BLOCKED .*Resource temporarily unavailable/.test(result.error?.message ?? "")).toBe(true);
  });

  it("stops an endless loop at the timeout", async () => {
    const result = await hostile("while True:\n    pass\n", 3000);
    expect(result.error?.kind).toBe("timeout");
  });

  it("stops a 1 GB file at the file-size limit and delivers nothing", async () => {
    const result = await hostile(report("f = open('/out/big.bin', 'wb')\nfor _ in range(1024):\n    f.write(b'x' * (1 << 20))\nf.close()"));
    expect(result.ok).toBe(false);
    expect(result.error?.kind === "limit_exceeded" || /BLOCKED .*File too large/.test(result.error?.message ?? "")).toBe(true);
    expect(await readdir(result.outDir)).not.toContain("big.bin");
  });

  it("kills a detached child left behind by the script", async () => {
    const code = "import subprocess\nsubprocess.Popen(['/usr/bin/sleep', '3137'], start_new_session=True)\n";
    const result = await hostile(code);
    expect(result.ok).toBe(true);
    expect(pidsWithCmdline("sleep 3137")).toEqual([]);
  });

  it.each([
    ["import os", "import of 'os'"],
    ["f = open('/etc/passwd')", "call to 'open()'"],
    ["eval('1')", "call to 'eval()'"],
    ["__import__('os')", "call to '__import__()'"],
    ["b = bpy.context.object.__class__.__bases__", "access to attribute '__class__'"],
    ["bpy.ops.script.reload()", "bpy.ops.script.reload"],
    ["bpy.ops.wm.open_mainfile(filepath='/x.blend')", "bpy.ops.wm.open_mainfile"],
    ["bpy.ops.preferences.addon_enable(module='x')", "bpy.ops.preferences.addon_enable"],
  ])("the lint names `%s`", async (line, construct) => {
    const outDir = await newOutDir();
    const result = await runBlender({ code: `${CUBE}${line}\n`, formats: ["glb"], outDir, untrusted: true });
    expect(result.error?.kind).toBe("static_check");
    expect(result.error?.message).toContain(`line 3: ${construct}`);
  });

  it("still exports and renders a normal script in the sandbox", async () => {
    const outDir = await newOutDir();
    const result = await runBlender({ code: CUBE, formats: ["glb"], outDir, previewSize: 96, untrusted: true });
    expect(result).toMatchObject({ ok: true, sandboxed: true, files: { glb: "model.glb" }, preview: "preview.png" });
  });
});
