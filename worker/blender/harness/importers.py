"""Blender's own importers for an uploaded model; the job's script reaches them only through import_original()."""
import os

import warnings

import bpy
import numpy

# Blender 3.4's glTF importer still uses numpy.bool, which numpy 1.24 removed; the alias is the builtin it meant.
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    if not hasattr(numpy, "bool"):
        numpy.bool = bool


class ImportFailed(Exception):
    """The importer could not read the file (kind: import_failed), or the file runs scripts (import_has_scripts)."""

    def __init__(self, kind, message):
        super().__init__(message)
        self.kind, self.message = kind, message


def _blend(path):
    """Append the first scene's objects; text blocks are read only to refuse files that would run them on open."""
    with bpy.data.libraries.load(path, link=False) as (src, dst):
        dst.scenes = src.scenes[:1]
        dst.texts = list(src.texts)
    scripts = [t.name for t in dst.texts if t is not None and t.use_module]
    if scripts:
        raise ImportFailed("import_has_scripts", "This .blend has Python scripts set to run when it opens (%s); "
                           "LL3M never runs a file's scripts, so it refuses the file. Untick 'Register' on those texts "
                           "(or delete them) and upload it again." % ", ".join(sorted(scripts)[:5]))
    for text in [t for t in dst.texts if t is not None]:
        bpy.data.texts.remove(text)
    if not dst.scenes or dst.scenes[0] is None:
        raise ImportFailed("import_failed", "The .blend has no scene to import.")
    loaded = dst.scenes[0]
    target = bpy.context.scene.collection
    for obj in loaded.objects:
        if obj.name not in target.objects:
            target.objects.link(obj)
    bpy.data.scenes.remove(loaded)


IMPORTERS = {
    "glb": lambda p: bpy.ops.import_scene.gltf(filepath=p),
    "gltf": lambda p: bpy.ops.import_scene.gltf(filepath=p),
    # The C++ OBJ importer (Blender 3.3+) reads the .mtl beside the file; -Z forward, Y up by default.
    "obj": lambda p: bpy.ops.wm.obj_import(filepath=p),
    "stl": lambda p: bpy.ops.import_mesh.stl(filepath=p),
    "ply": lambda p: bpy.ops.import_mesh.ply(filepath=p),
    "fbx": lambda p: bpy.ops.import_scene.fbx(filepath=p),
    "blend": _blend,
}

LABELS = {"glb": "glTF", "gltf": "glTF", "obj": "OBJ", "stl": "STL", "ply": "PLY", "fbx": "FBX", "blend": ".blend"}


def import_into_scene(job_dir, original):
    """Run the importer for the job's original ({file, format}) and return the objects it added."""
    path = os.path.join(job_dir, original["file"])
    fmt = original["format"]
    before = set(bpy.data.objects)
    try:
        result = IMPORTERS[fmt](path)
    except ImportFailed:
        raise
    except Exception as e:  # the importers raise anything from RuntimeError to struct.error on a bad file
        lines = [line for line in str(e).strip().splitlines() if line.strip()]
        detail = lines[-1].replace("Error: ", "", 1).strip() if lines else type(e).__name__
        raise ImportFailed("import_failed", "Blender's %s importer could not read the file: %s" % (LABELS[fmt], detail[:300]))
    if result is not None and "FINISHED" not in result:
        raise ImportFailed("import_failed", "Blender's %s importer could not read the file (it returned %s)." % (LABELS[fmt], sorted(result)))
    added = [o for o in bpy.data.objects if o not in before]
    if not any(o.type == "MESH" and o.data and len(o.data.polygons) for o in added):
        raise ImportFailed("import_failed", "Blender's %s importer read the file but found no mesh with faces in it." % LABELS[fmt])
    return added
