"""One exporter per format; each writes model.<ext> into the out dir and returns the files it wrote.

Textures travel with every format: GLB/glTF and FBX embed the packed PNGs, the .blend keeps them packed, and the
OBJ's .mtl names PNG files written beside it (the worker zips them with the .obj and .mtl).
"""
import os
import re

import bpy

FILE_NAMES = {"glb": "model.glb", "gltf": "model.gltf", "obj": "model.obj", "stl": "model.stl",
              "fbx": "model.fbx", "blend": "model.blend"}


def _gltf(path, fmt):
    return bpy.ops.export_scene.gltf(filepath=path, export_format=fmt, use_selection=False, export_apply=True)


def _obj(path):
    return bpy.ops.export_scene.obj(filepath=path, use_selection=False, use_mesh_modifiers=True,
                             use_materials=True, use_triangles=False, path_mode="STRIP")


def _stl(path):
    return bpy.ops.export_mesh.stl(filepath=path, use_selection=False, use_mesh_modifiers=True)


def _fbx(path):
    return bpy.ops.export_scene.fbx(filepath=path, use_selection=False, use_mesh_modifiers=True, path_mode="COPY",
                                    embed_textures=True)


def _blend(path):
    try:
        bpy.ops.file.pack_all()  # images a script loaded or made travel inside the file
    except RuntimeError:
        pass
    return bpy.ops.wm.save_as_mainfile(filepath=path, copy=True, compress=False)


EXPORTERS = {
    "glb": lambda p: _gltf(p, "GLB"),
    "gltf": lambda p: _gltf(p, "GLTF_EMBEDDED"),
    "obj": _obj,
    "stl": _stl,
    "fbx": _fbx,
    "blend": _blend,
}


def write_texture_files(out_dir):
    """Write each packed image as a PNG in out_dir and point the image at it (the OBJ's .mtl names these)."""
    names = []
    for image in bpy.data.images:
        if image.packed_file is None:
            continue
        stem = "tex_" + (re.sub(r"[^A-Za-z0-9_-]+", "_", image.name).strip("_")[:80] or "image")
        name = stem + ".png"
        for k in range(2, 1000):
            if name not in names:
                break
            name = "%s_%d.png" % (stem, k)
        with open(os.path.join(out_dir, name), "wb") as f:
            f.write(image.packed_file.data)
        image.filepath_raw = os.path.join(out_dir, name)
        names.append(name)
    return names


def export_all(formats, out_dir):
    """Export each format; returns (files: {fmt: name}, extra: [names]). Raises on the first failure."""
    files, extra = {}, []
    textures = write_texture_files(out_dir) if "obj" in formats or "fbx" in formats else []
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
    if "obj" in formats:
        extra.extend(textures)
    else:
        for name in textures:  # FBX embedded them; only the OBJ needs them as files
            os.remove(os.path.join(out_dir, name))
    return files, extra
