import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateBytes } from "gltf-validator";
import { afterAll, describe, expect, it, onTestFinished, vi } from "vitest";
import { runBlender } from "@/worker/blender/run-blender";
import { spareReady, stopSpare } from "@/worker/blender/prestart";
import { sandboxStatus } from "@/worker/blender/sandbox";
import { decodePng, pixelStdDev } from "@/tests/helpers/png";
import { ourBlenderRuns, pidsWithCmdline, runIdsOf, waitForProcess } from "@/tests/helpers/processes";

const fixture = (name: string) => readFile(join(import.meta.dirname, "../fixtures", name), "utf8");
const outDirs: string[] = [];
const newOutDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), "ll3m-test-out-"));
  outDirs.push(dir);
  return dir;
};
const INFINITE_LOOP = "import bpy\nwhile True:\n    pass\n";

/** The JSON chunk of a GLB file. */
function glbJson(buf: Buffer): { materials?: { pbrMetallicRoughness?: { baseColorFactor?: number[] } }[] } {
  const length = buf.readUInt32LE(12);
  return JSON.parse(buf.toString("utf8", 20, 20 + length));
}

describe("runBlender (real Blender)", () => {
  afterAll(async () => {
    await stopSpare();
    await Promise.all(outDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it("has a working bubblewrap sandbox on this machine", async () => {
    expect(await sandboxStatus()).toEqual({ available: true });
  });

  it("builds, exports every format and renders a lit preview, sandboxed", async () => {
    const outDir = await newOutDir();
    const result = await runBlender({
      code: await fixture("blender-two-red-cubes.py"),
      formats: ["glb", "obj", "stl", "fbx", "blend"],
      outDir, previewSize: 256, views: 2, untrusted: true,
    });
    expect(result.error).toBeUndefined();
    expect(result).toMatchObject({ ok: true, sandboxed: true, preview: "preview.png", views: ["view_0.png", "view_1.png"] });
    expect(result.files).toEqual({ glb: "model.glb", obj: "model.obj", stl: "model.stl", fbx: "model.fbx", blend: "model.blend" });
    expect(result.extraFiles).toEqual(["model.mtl"]);
    expect((await readdir(outDir)).sort()).toEqual(
      ["model.blend", "model.fbx", "model.glb", "model.mtl", "model.obj", "model.stl", "preview.png", "report.json", "view_0.png", "view_1.png"],
    );
    expect(result.stats).toMatchObject({ objects: 2, meshes: 2, bbox: { size: [5, 2, 2] } });
    expect(result.stats?.triangles).toBeGreaterThan(24); // the bevel modifier adds faces: evaluated geometry
    expect(result.stats?.materials[0]).toMatchObject({ name: "Red", base_color: [1, 0, 0, 1], roughness: 0.4 });
    expect(result.timings.total_ms).toBeGreaterThan(0);

    const glb = await readFile(join(outDir, "model.glb"));
    const validation = await validateBytes(new Uint8Array(glb));
    expect(validation.issues.numErrors, JSON.stringify(validation.issues.messages)).toBe(0);
    expect(glbJson(glb).materials?.[0]?.pbrMetallicRoughness?.baseColorFactor).toEqual([1, 0, 0, 1]);

    const png = decodePng(await readFile(join(outDir, "preview.png")));
    expect(png).toMatchObject({ width: 256, height: 256 });
    expect(pixelStdDev(png)).toBeGreaterThan(20);
    let red = 0;
    for (let i = 0; i < png.data.length; i += png.channels) {
      if (png.data[i] > 150 && png.data[i + 1] < 90 && png.data[i + 2] < 90) red++;
    }
    expect(red / (png.width * png.height)).toBeGreaterThan(0.1); // the red cubes fill a good part of the frame
    const corner = [png.data[0], png.data[1], png.data[2]];
    for (const v of corner) expect(v).toBeGreaterThan(150); // light-grey backdrop, not black or transparent
  });

  it("reports a Python error with the user's line number and a trimmed traceback", async () => {
    const result = await runBlender({ code: await fixture("blender-python-error.py"), formats: ["glb"], outDir: await newOutDir() });
    expect(result.ok).toBe(false);
    expect(result.error).toMatchObject({ kind: "python_error", line: 6, message: "NameError: name 'foo' is not defined (line 6)" });
    expect(result.error?.traceback).toContain('File "script.py", line 9, in <module>');
    expect(result.error?.traceback).not.toContain("harness.py");
    expect(result.files).toEqual({});
  });

  it("reports a syntax error with its line", async () => {
    const result = await runBlender({ code: "import bpy\n\ndef f(:\n  pass\n", formats: ["glb"], outDir: await newOutDir() });
    expect(result.error).toMatchObject({ kind: "python_error", line: 3 });
  });

  it("names every forbidden construct and its line in a static-check failure", async () => {
    const outDir = await newOutDir();
    const result = await runBlender({ code: await fixture("blender-forbidden.py"), formats: ["glb"], outDir, untrusted: true });
    expect(result.error?.kind).toBe("static_check");
    expect(result.error?.line).toBe(2);
    const message = result.error?.message ?? "";
    for (const expected of [
      "line 2: import of 'os' is not allowed (allowed: bpy, bmesh, mathutils, bpy_extras, math, random",
      "line 3: call to 'open()' is not allowed",
      "line 4: call to 'eval()' is not allowed",
      "line 5: call to '__import__()' is not allowed",
      "line 6: access to attribute '__bases__' is not allowed",
      "line 7: bpy.ops.script.reload is not allowed",
      "line 8: bpy.ops.wm.open_mainfile is not allowed",
      "line 9: bpy.ops.preferences.addon_enable is not allowed",
    ]) expect(message).toContain(expected);
    expect(await readdir(outDir)).toEqual(["report.json"]); // nothing that looks like a result
  });

  it("runs trusted code unsandboxed when LL3M_SANDBOX=off", async () => {
    vi.stubEnv("LL3M_SANDBOX", "off");
    onTestFinished(() => void vi.unstubAllEnvs());
    const outDir = await newOutDir();
    const result = await runBlender({ code: await fixture("blender-two-red-cubes.py"), formats: ["stl"], outDir });
    expect(result).toMatchObject({ ok: true, sandboxed: false, files: { stl: "model.stl" } });
    expect((await readdir(outDir)).sort()).toEqual(["model.stl", "report.json"]);
  });

  it("hands each job to a fresh pre-started Blender that already paid the start-up", async () => {
    const code = await fixture("blender-two-red-cubes.py");
    const first = await runBlender({ code, formats: ["glb"], outDir: await newOutDir(), untrusted: true });
    expect(await spareReady()).toBe(true);
    const spareIds = runIdsOf(ourBlenderRuns());
    const second = await runBlender({ code, formats: ["glb"], outDir: await newOutDir(), untrusted: true });
    expect(second).toMatchObject({ ok: true, sandboxed: true });
    expect(second.runId).not.toBe(first.runId); // one process per run, never reused
    expect(spareIds.has(second.runId ?? "")).toBe(true); // a Blender that had loaded before the run asked
  });

  it("reports an empty scene", async () => {
    const result = await runBlender({ code: "import bpy\nx = 1\n", formats: ["glb"], outDir: await newOutDir() });
    expect(result.error?.kind).toBe("empty_scene");
  });

  it("refuses output beyond the file-count cap", async () => {
    const outDir = await newOutDir();
    const result = await runBlender({ code: await fixture("blender-many-files.py"), formats: ["glb"], outDir, untrusted: true, skipStaticCheck: true });
    expect(result.error?.kind).toBe("limit_exceeded");
    expect(await readdir(outDir)).toEqual([]);
  });

  it("stops an endless loop at the timeout and leaves no Blender behind", async () => {
    const outDir = await newOutDir();
    const result = await runBlender({ code: INFINITE_LOOP, formats: ["glb"], outDir, timeoutMs: 4000, untrusted: true });
    expect(result.error?.kind).toBe("timeout");
    expect(result.timings.total_ms).toBeLessThan(10_000);
    expect(result.runId).toBeTruthy();
    expect(pidsWithCmdline(`ll3m-run=${result.runId}`)).toEqual([]);
  });

  it("kills Blender and reports canceled when the signal aborts", async () => {
    vi.stubEnv("LL3M_BLENDER_PRESTART", "0"); // a cold start carries the out dir on its command line, to wait for
    onTestFinished(() => void vi.unstubAllEnvs());
    const outDir = await newOutDir();
    const controller = new AbortController();
    const running = runBlender({ code: INFINITE_LOOP, formats: ["glb"], outDir, signal: controller.signal, untrusted: true });
    await waitForProcess(`ll3m-out=${outDir}`);
    controller.abort();
    const result = await running;
    expect(result.error?.kind).toBe("canceled");
    expect(pidsWithCmdline(`ll3m-out=${outDir}`)).toEqual([]);
  });
});
