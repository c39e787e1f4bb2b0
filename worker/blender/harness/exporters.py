"""One exporter per format; each writes model.<ext> into the out dir and returns the files it wrote."""
import os

import bpy

FILE_NAMES = {"glb": "model.glb", "gltf": "model.gltf", "obj": "model.obj", "stl": "model.stl",
              "fbx": "model.fbx", "blend": "model.blend"}


def _gltf(path, fmt):
    return bpy.ops.export_scene.gltf(filepath=path, export_format=fmt, use_selection=False, export_apply=True)


def _obj(path):
    return bpy.ops.export_scene.obj(filepath=path, use_selection=False, use_mesh_modifiers=True,
                             use_materials=True, use_triangles=False, path_mode="AUTO")


def _stl(path):
    return bpy.ops.export_mesh.stl(filepath=path, use_selection=False, use_mesh_modifiers=True)


def _fbx(path):
    return bpy.ops.export_scene.fbx(filepath=path, use_selection=False, use_mesh_modifiers=True, path_mode="AUTO")


def _blend(path):
    return bpy.ops.wm.save_as_mainfile(filepath=path, copy=True, compress=False)


EXPORTERS = {
    "glb": lambda p: _gltf(p, "GLB"),
    "gltf": lambda p: _gltf(p, "GLTF_EMBEDDED"),
    "obj": _obj,
    "stl": _stl,
    "fbx": _fbx,
    "blend": _blend,
}


def export_all(formats, out_dir):
    """Export each format; returns (files: {fmt: name}, extra: [names]). Raises on the first failure."""
    files, extra = {}, []
    for fmt in formats:
        name = FILE_NAMES[fmt]
        path = os.path.join(out_dir, name)
        result = EXPORTERS[fmt](path)
        if result is not None and "FINISHED" not in result:
            raise RuntimeError("%s exporter returned %s" % (fmt, sorted(result)))
        if not os.path.isfile(path) or os.path.getsize(path) == 0:
            raise RuntimeError("%s exporter wrote no file" % fmt)
        files[fmt] = name
        if fmt == "obj" and os.path.isfile(os.path.join(out_dir, "model.mtl")):
            extra.append("model.mtl")
    return files, extra
