"""UVs for textured parts, in metres (object scale included): one texture repeat covers the material's tile size.

Flat faces are projected along their main axis (a box projection); the sides of round parts (cylinders, cones,
lathe profiles) are unrolled around their Z axis, so they do not stretch. On every face the texture's u runs
along the part's longer side, which is where wood grain, brushing and bark furrows should run.
"""
import numpy as np

ROUND_SIDE = 0.75  # |normal.z| below this on a round part is its side, above it a cap


def _loops(mesh):
    """Per loop: its vertex's local position and its face's index; per face: its normal."""
    n_loops, n_faces = len(mesh.loops), len(mesh.polygons)
    vi = np.empty(n_loops, np.int32)
    mesh.loops.foreach_get("vertex_index", vi)
    co = np.empty(len(mesh.vertices) * 3, np.float32)
    mesh.vertices.foreach_get("co", co)
    normals = np.empty(n_faces * 3, np.float32)
    mesh.polygons.foreach_get("normal", normals)
    totals = np.empty(n_faces, np.int32)
    mesh.polygons.foreach_get("loop_total", totals)
    return co.reshape(-1, 3)[vi], np.repeat(np.arange(n_faces), totals), normals.reshape(-1, 3), totals


def project_mesh(mesh, tile=1.0, round_part=False, scale=(1.0, 1.0, 1.0)):
    """Write the "UVMap" layer of a mesh (replacing it), `tile` metres per texture repeat; `scale` is its object's."""
    if not mesh.polygons:
        return
    co, face, normals, totals = _loops(mesh)
    # A cube scaled into a plank is measured in metres as it shows, not in its own units.
    scale = np.asarray(scale, np.float32)
    co = co * scale
    normals = normals / np.where(np.abs(scale) > 1e-9, scale, 1e-9)
    extent = co.max(0) - co.min(0)
    axis = np.abs(normals).argmax(1)[face]
    # For a face facing X the candidates are Y and Z, and so on; u takes the one the part is longer along.
    first = np.array([1, 0, 0])[axis]
    second = np.array([2, 2, 1])[axis]
    swap = extent[second] > extent[first]
    u_axis, v_axis = np.where(swap, second, first), np.where(swap, first, second)
    rows = np.arange(len(co))
    uv = np.stack([co[rows, u_axis], co[rows, v_axis]], 1)
    if round_part:
        side = np.abs(normals[:, 2])[face] < ROUND_SIDE
        angle = np.arctan2(co[:, 1], co[:, 0])
        # Unwrap each face's angles around its own centre so no face straddles the -pi/pi seam.
        centre = np.arctan2(np.add.reduceat(co[:, 1], np.cumsum(totals) - totals),
                            np.add.reduceat(co[:, 0], np.cumsum(totals) - totals))[face]
        angle = centre + (angle - centre + np.pi) % (2 * np.pi) - np.pi
        around = angle * np.hypot(co[:, 0], co[:, 1])
        along_z = extent[2] >= np.pi * max(extent[0], extent[1])
        unrolled = np.stack([co[:, 2], around], 1) if along_z else np.stack([around, co[:, 2]], 1)
        uv[side] = unrolled[side]
    layer = mesh.uv_layers.get("UVMap") or mesh.uv_layers.new(name="UVMap")
    layer.data.foreach_set("uv", (uv / max(tile, 1e-6)).astype(np.float32).ravel())


def apply_uvs(obj, material=None, round_part=None):
    """Give a mesh object UVs sized for its (or the given) library material; round parts are guessed from shape."""
    if obj.type != "MESH":
        return
    mat = material or (obj.active_material if obj.material_slots else None)
    tile = float(mat.get("ll3m_tile", 1.0)) if mat is not None else 1.0
    if round_part is None:
        normals = np.empty(len(obj.data.polygons) * 3, np.float32)
        obj.data.polygons.foreach_get("normal", normals)
        # Many faces whose normals lean neither along an axis: a surface of revolution, not a box.
        leaning = np.abs(normals.reshape(-1, 3)).max(1) < 0.97
        round_part = bool(leaning.mean() > 0.3) if len(leaning) else False
    project_mesh(obj.data, tile, round_part, tuple(obj.scale))
