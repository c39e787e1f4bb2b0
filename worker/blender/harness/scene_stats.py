"""Scene statistics from the evaluated depsgraph, so modifiers count as the exported geometry does."""
import bpy
import numpy as np

GEOMETRY_TYPES = {"MESH", "CURVE", "SURFACE", "META", "FONT"}


def _material_stat(mat):
    color, metallic, roughness = list(mat.diffuse_color), float(mat.metallic), float(mat.roughness)
    if mat.use_nodes and mat.node_tree:
        bsdf = next((n for n in mat.node_tree.nodes if n.type == "BSDF_PRINCIPLED"), None)
        if bsdf is not None:
            color = list(bsdf.inputs["Base Color"].default_value)
            metallic = float(bsdf.inputs["Metallic"].default_value)
            roughness = float(bsdf.inputs["Roughness"].default_value)
    return {"name": mat.name, "base_color": [round(c, 4) for c in color],
            "metallic": round(metallic, 4), "roughness": round(roughness, 4)}


def _object_geometry(obj, depsgraph):
    """World-space vertex array, own-frame size and triangle count of the evaluated object (empty for non-geometry).

    The own-frame size is the box of the vertices in the object's local axes times its world scale: what a plan's
    "dimensions" mean for a rotated part, where the world box of a tilted part is bigger than the part.
    """
    if obj.type not in GEOMETRY_TYPES:
        return np.zeros((0, 3)), [0.0, 0.0, 0.0], 0
    evaluated = obj.evaluated_get(depsgraph)
    mesh = evaluated.to_mesh()
    try:
        count = len(mesh.vertices)
        co = np.empty(count * 3, dtype=np.float64)
        mesh.vertices.foreach_get("co", co)
        co = co.reshape(-1, 3)
        mat = np.array(evaluated.matrix_world)
        world = co @ mat[:3, :3].T + mat[:3, 3]
        scale = np.array(evaluated.matrix_world.to_scale())
        own = ((co.max(axis=0) - co.min(axis=0)) * np.abs(scale)).tolist() if count else [0.0, 0.0, 0.0]
        mesh.calc_loop_triangles()
        return world, own, len(mesh.loop_triangles)
    finally:
        evaluated.to_mesh_clear()


def collect(scene):
    """Return the stats dict for the scene (see SceneStats in types.ts)."""
    depsgraph = bpy.context.evaluated_depsgraph_get()
    parts, all_points, used_materials = [], [], {}
    vertices = triangles = meshes = 0
    for obj in scene.objects:
        points, own, tris = _object_geometry(obj, depsgraph)
        if len(points):
            meshes += 1
            all_points.append(points)
        vertices += len(points)
        triangles += tris
        names = [slot.material.name for slot in obj.material_slots if slot.material]
        for slot in obj.material_slots:
            if slot.material:
                used_materials[slot.material.name] = slot.material
        lo = points.min(axis=0).tolist() if len(points) else list(obj.matrix_world.translation)
        hi = points.max(axis=0).tolist() if len(points) else list(obj.matrix_world.translation)
        parts.append({"name": obj.name, "type": obj.type, "vertices": len(points), "triangles": tris,
                      "bbox_min": [round(v, 5) for v in lo], "bbox_max": [round(v, 5) for v in hi],
                      "dimensions": [round(v, 5) for v in own],
                      "rotation": [round(v, 5) for v in obj.matrix_world.to_euler("XYZ")],
                      "materials": names})
    if all_points:
        stacked = np.concatenate(all_points)
        lo, hi = stacked.min(axis=0), stacked.max(axis=0)
    else:
        lo = hi = np.zeros(3)
    bbox = {"min": [round(float(v), 5) for v in lo], "max": [round(float(v), 5) for v in hi],
            "size": [round(float(v), 5) for v in hi - lo]}
    return {"objects": len(scene.objects), "meshes": meshes, "vertices": vertices, "triangles": triangles,
            "materials": [_material_stat(m) for m in used_materials.values()], "bbox": bbox, "parts": parts}
