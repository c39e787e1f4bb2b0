"""Runs one job inside Blender: reset, lint, exec user code, stats, export, render, report.json.

Usage: blender -b --factory-startup -noaudio --python-exit-code 1 -P harness.py -- [--wait] <jobdir> <outdir> [tag]
With --wait the harness blocks on one stdin line first, so a pre-started Blender can take the job late.
"""
import json
import os
import sys
import time
import traceback

sys.dont_write_bytecode = True  # the job dir is read-only in the sandbox and thrown away after
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import bpy  # noqa: E402

import exporters  # noqa: E402
import ll3m_materials  # noqa: E402 -- loaded before the job starts, so a pre-started spare has numpy ready too
import importers  # noqa: E402
import preview  # noqa: E402
import scene_stats  # noqa: E402
import static_check  # noqa: E402


class JobError(Exception):
    def __init__(self, kind, message, line=None, tb=None):
        super().__init__(message)
        self.kind, self.message, self.line, self.tb = kind, message, line, tb


def ms_since(start):
    return int((time.monotonic() - start) * 1000)


def process_age_ms():
    """Milliseconds since this process started (Blender's own load time), from /proc."""
    try:
        with open("/proc/self/stat") as f:
            start_ticks = int(f.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as f:
            uptime = float(f.read().split()[0])
        return max(0, int((uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000))
    except (OSError, ValueError, IndexError):
        return None


def reset_scene():
    """Remove the factory cube, camera and light and purge their data so the code starts empty."""
    for obj in list(bpy.data.objects):
        bpy.data.objects.remove(obj, do_unlink=True)
    for coll in (bpy.data.meshes, bpy.data.materials, bpy.data.cameras, bpy.data.lights, bpy.data.images):
        for block in list(coll):
            coll.remove(block)


def original_importer(job_dir, original):
    """import_original() for the job's script: Blender's importer on the uploaded file the job came with."""
    def import_original():
        if not original:
            raise RuntimeError("this job has no original file to import")
        return importers.import_into_scene(job_dir, original)
    return import_original


def run_user_code(path, skip_static_check=False, extra_globals=None):
    with open(path, encoding="utf-8") as f:
        source = f.read()
    try:
        tree, violations = static_check.check(source, path)
    except SyntaxError as e:
        raise JobError("python_error", "SyntaxError: %s (line %s)" % (e.msg, e.lineno), e.lineno)
    if violations and not skip_static_check:
        text = "; ".join("line %d: %s" % v for v in violations)
        raise JobError("static_check", text, violations[0][0])
    code = compile(tree, path, "exec")
    try:
        exec(code, {"__name__": "__main__", "__file__": "script.py", **(extra_globals or {})})
    except importers.ImportFailed as e:
        raise JobError(e.kind, e.message)
    except BaseException as e:  # noqa: B902 -- SystemExit from the user's code is an error too
        frames = [f for f in traceback.extract_tb(e.__traceback__) if f.filename == path]
        line = frames[-1].lineno if frames else None
        lines = ["Traceback (script.py):"]
        for f in frames:
            lines.append('  File "script.py", line %d, in %s' % (f.lineno, f.name))
            if f.line:
                lines.append("    " + f.line)
        lines.append("%s: %s" % (type(e).__name__, e))
        where = " (line %d)" % line if line else ""
        raise JobError("python_error", "%s: %s%s" % (type(e).__name__, e, where), line, "\n".join(lines))


def add_missing_uvs(scene):
    """Meshes with a library texture but no UVs (built vertex by vertex) get the library's projection."""
    for obj in scene.objects:
        if obj.type == "MESH" and not obj.data.uv_layers and any(
                slot.material is not None and "ll3m_tile" in slot.material for slot in obj.material_slots):
            ll3m_materials.apply_uvs(obj)


def run(job_dir, out_dir, report):
    with open(os.path.join(job_dir, "job.json")) as f:
        job = json.load(f)
    ll3m_materials.DEFAULT_QUALITY = job.get("quality") or "standard"
    start = time.monotonic()
    helpers = {"import_original": original_importer(job_dir, job.get("original"))}
    run_user_code(os.path.join(job_dir, "script.py"), bool(job.get("skipStaticCheck")), helpers)
    report["timings"]["exec_ms"] = ms_since(start)
    scene = bpy.context.scene
    add_missing_uvs(scene)
    report["timings"]["texture_ms"] = int(ll3m_materials.STATS["texture_ms"])
    stats = scene_stats.collect(scene)
    report["stats"] = stats
    limit = job.get("maxTriangles")
    if limit and stats["triangles"] > limit:
        raise JobError("too_many_triangles", "The scene has %d triangles; at most %d are accepted (LL3M_IMPORT_MAX_TRIANGLES). "
                       "Decimate the model or split it and upload the parts." % (stats["triangles"], limit))
    if stats["meshes"] == 0:
        raise JobError("empty_scene", "The script ran but created no mesh objects with geometry; "
                       "add objects to the scene (e.g. bpy.ops.mesh.primitive_cube_add()).")
    start = time.monotonic()
    try:
        report["files"], report["extra_files"] = exporters.export_all(job.get("formats") or ["glb"], out_dir)
    except Exception as e:
        raise JobError("export_failed", "Export failed: %s: %s" % (type(e).__name__, e))
    report["timings"]["export_ms"] = ms_since(start)
    size, views = int(job.get("previewSize") or 0), int(job.get("views") or 0)
    if size or views:
        start = time.monotonic()
        try:
            camera, center, radius = preview.setup(scene, stats["bbox"], size or 384)
            if size:
                preview.frame(camera, center, radius, 35)
                preview.render_to(scene, os.path.join(out_dir, "preview.png"))
                report["preview"] = "preview.png"
            for i in range(views):
                preview.frame(camera, center, radius, 360.0 * i / views)  # view_0 is straight from the front
                preview.render_to(scene, os.path.join(out_dir, "view_%d.png" % i))
                report["views"].append("view_%d.png" % i)
        except Exception as e:
            raise JobError("export_failed", "Preview render failed: %s: %s" % (type(e).__name__, e))
        report["timings"]["render_ms"] = ms_since(start)
    report["ok"] = True


def remove_outputs(out_dir):
    """A failed job must not leave files that look like a result."""
    for name in os.listdir(out_dir):
        path = os.path.join(out_dir, name)
        if os.path.isfile(path) and name != "report.json":
            os.remove(path)


def main():
    argv = sys.argv[sys.argv.index("--") + 1:] if "--" in sys.argv else []
    report = {"ok": False, "error": None, "stats": None, "files": {}, "extra_files": [], "preview": None,
              "views": [], "timings": {}}
    reset_scene()
    # load_ms is Blender's start-up cost, whether this run paid it or a pre-started spare did.
    report["timings"]["load_ms"] = process_age_ms()
    if argv and argv[0] == "--wait":
        argv = argv[1:]
        print("LL3M_READY", flush=True)
        sys.stdin.readline()
    job_dir, out_dir = argv[0], argv[1]
    try:
        run(job_dir, out_dir, report)
    except JobError as e:
        report["error"] = {"kind": e.kind, "message": e.message, "line": e.line, "traceback": e.tb}
    except Exception as e:
        report["error"] = {"kind": "crashed", "message": "Harness failure: %s: %s" % (type(e).__name__, e),
                           "traceback": traceback.format_exc()[-2000:]}
    if not report["ok"]:
        report.update(files={}, extra_files=[], preview=None, views=[])
        remove_outputs(out_dir)
    tmp = os.path.join(out_dir, "report.json.tmp")
    with open(tmp, "w") as f:
        json.dump(report, f)
    os.replace(tmp, os.path.join(out_dir, "report.json"))
    sys.stdout.flush()


main()
