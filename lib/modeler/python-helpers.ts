/** Segment counts and bevels per quality; low-poly style always uses the faceted row. */
export const QUALITY_SETTINGS = {
  "low-poly": { segments: 8, rings: 6, ico: 1, tube: 6, bevelSegments: 0, smooth: false },
  draft: { segments: 12, rings: 8, ico: 1, tube: 8, bevelSegments: 0, smooth: true },
  standard: { segments: 32, rings: 16, ico: 2, tube: 12, bevelSegments: 2, smooth: true },
  high: { segments: 64, rings: 32, ico: 3, tube: 20, bevelSegments: 4, smooth: true },
} as const;

export type QualitySettings = (typeof QUALITY_SETTINGS)[keyof typeof QUALITY_SETTINGS];

/** The helper section of every generated script: one primitive builder per shape (materials come from ll3m_materials). */
export function pythonHelpers(q: QualitySettings): string {
  return `import math

import bmesh
import bpy
from mathutils import Matrix

# LL3M's material library, shipped beside its Blender harness: textured PBR materials and UVs in metres.
from ll3m_materials import apply_uvs, pbr_material

# Detail settings: raise them for smoother curves, lower them for a lighter mesh.
SEGMENTS = ${q.segments}  # around cylinders, cones, spheres and tori
RINGS = ${q.rings}  # from pole to pole on spheres
ICO_SUBDIVISIONS = ${q.ico}
TUBE_SEGMENTS = ${q.tube}  # around the tube of a torus
BEVEL_SEGMENTS = ${q.bevelSegments}  # 0 turns bevels off
SMOOTH = ${q.smooth ? "True" : "False"}
# Round shapes are unrolled around their axis for textures; everything else is box-projected.
ROUND_SHAPES = ("cylinder", "tapered_cylinder", "cone", "lathe", "capsule")


def build_torus(bm, size):
    """A ring lying flat in XY: outer diameter size[0] x size[1], tube thickness size[2]."""
    minor = size[2] / 2
    rings = []
    for i in range(SEGMENTS):
        a = 2 * math.pi * i / SEGMENTS
        ring = []
        for j in range(TUBE_SEGMENTS):
            b = 2 * math.pi * j / TUBE_SEGMENTS
            x = (size[0] / 2 - minor + minor * math.cos(b)) * math.cos(a)
            y = (size[1] / 2 - minor + minor * math.cos(b)) * math.sin(a)
            ring.append(bm.verts.new((x, y, minor * math.sin(b))))
        rings.append(ring)
    for i in range(SEGMENTS):
        for j in range(TUBE_SEGMENTS):
            a, b = rings[i], rings[(i + 1) % SEGMENTS]
            k = (j + 1) % TUBE_SEGMENTS
            bm.faces.new((a[j], b[j], b[k], a[k]))


def build_wedge(bm, size):
    """A gable-roof prism: rectangular base, ridge along X at the top."""
    hx, hy, hz = size[0] / 2, size[1] / 2, size[2] / 2
    v = [bm.verts.new(c) for c in ((-hx, -hy, -hz), (hx, -hy, -hz), (hx, hy, -hz), (-hx, hy, -hz), (-hx, 0, hz), (hx, 0, hz))]
    for face in ((v[0], v[3], v[2], v[1]), (v[0], v[1], v[5], v[4]), (v[2], v[3], v[4], v[5]), (v[3], v[0], v[4]), (v[1], v[2], v[5])):
        bm.faces.new(face)


def build_lathe(bm, arg, size):
    """A profile turned about Z: arg is "r.z_r.z_..." in percent of the half-width and of the height, bottom first.

    A profile that climbs the outside and comes back down the inside makes a hollow vessel (a cup, a bucket);
    points on the axis (r = 0) close the shape there.
    """
    points = [(int(r) / 200.0, int(z) / 100.0 - 0.5) for r, z in (p.split(".") for p in arg.split("_") if "." in p)]
    rings = []
    for r, z in points:
        if r <= 1e-6:
            rings.append([bm.verts.new((0.0, 0.0, z))])
        else:
            rings.append([bm.verts.new((r * math.cos(2 * math.pi * i / SEGMENTS), r * math.sin(2 * math.pi * i / SEGMENTS), z)) for i in range(SEGMENTS)])
    for a, b in zip(rings, rings[1:]):
        if len(a) == 1 and len(b) == 1:
            continue
        for i in range(SEGMENTS):
            j = (i + 1) % SEGMENTS
            if len(a) == 1:
                bm.faces.new((a[0], b[i], b[j]))
            elif len(b) == 1:
                bm.faces.new((a[i], b[0], a[j]))
            else:
                bm.faces.new((a[i], b[i], b[j], a[j]))
    # Open ends (a profile that starts or stops off the axis) are closed flat, like the base of a jar.
    for ring in (rings[0], rings[-1]):
        if len(ring) > 2:
            bm.faces.new(ring)
    bmesh.ops.scale(bm, vec=size, verts=bm.verts)


def fit_to_size(bm, size):
    """Scale and centre the mesh so its bounding box is exactly size (a coarse icosphere falls short of its radius)."""
    for axis in range(3):
        lo = min(v.co[axis] for v in bm.verts)
        hi = max(v.co[axis] for v in bm.verts)
        span = max(hi - lo, 1e-9)
        for v in bm.verts:
            v.co[axis] = (v.co[axis] - (lo + hi) / 2) / span * size[axis]


def build_shape(bm, kind, arg, size):
    """Fill bm with one primitive whose bounding box is size, centred on the origin."""
    if kind in ("cylinder", "tapered_cylinder", "cone"):
        ratio = 0.0 if kind == "cone" else (float(arg) if arg else 1.0)
        # The wider end fills the size, whichever end it is (a cup widens upward, a lamp shade narrows).
        bottom = 0.5 / max(1.0, ratio)
        bmesh.ops.create_cone(bm, cap_ends=True, cap_tris=False, segments=SEGMENTS, radius1=bottom, radius2=bottom * ratio, depth=1.0)
        bmesh.ops.scale(bm, vec=size, verts=bm.verts)
    elif kind in ("sphere", "uv_sphere", "hemisphere"):
        bmesh.ops.create_uvsphere(bm, u_segments=SEGMENTS, v_segments=RINGS, radius=0.5)
        if kind == "hemisphere":
            # Cut the sphere at its equator, close the cut, and centre the dome on its own height.
            bmesh.ops.bisect_plane(bm, geom=bm.verts[:] + bm.edges[:] + bm.faces[:], plane_co=(0, 0, 0), plane_no=(0, 0, 1), clear_inner=True)
            bmesh.ops.holes_fill(bm, edges=bm.edges[:], sides=0)
            bmesh.ops.translate(bm, vec=(0, 0, -0.25), verts=bm.verts)
            size = (size[0], size[1], size[2] * 2)
        bmesh.ops.scale(bm, vec=size, verts=bm.verts)
    elif kind == "ico_sphere":
        bmesh.ops.create_icosphere(bm, subdivisions=ICO_SUBDIVISIONS, radius=0.5)
        fit_to_size(bm, size)
    elif kind == "capsule":
        radius = size[0] / 2
        bmesh.ops.create_uvsphere(bm, u_segments=SEGMENTS, v_segments=RINGS + RINGS % 2, radius=radius)
        stretch = max(0.0, size[2] / 2 - radius)
        for vert in bm.verts:
            vert.co.z += stretch if vert.co.z > 1e-6 else (-stretch if vert.co.z < -1e-6 else 0.0)
            vert.co.y *= size[1] / size[0]
    elif kind == "torus":
        build_torus(bm, size)
    elif kind == "wedge":
        build_wedge(bm, size)
    elif kind == "lathe":
        build_lathe(bm, arg, size)
    elif kind == "pyramid":
        bmesh.ops.create_cone(bm, cap_ends=True, cap_tris=False, segments=4, radius1=math.sqrt(0.5), radius2=0.0, depth=1.0)
        bmesh.ops.rotate(bm, cent=(0, 0, 0), matrix=Matrix.Rotation(math.pi / 4, 3, "Z"), verts=bm.verts)
        bmesh.ops.scale(bm, vec=size, verts=bm.verts)
    else:
        # Boxes, and any shape this script does not know, are cubes scaled to size.
        bmesh.ops.create_cube(bm, size=1.0)
        bmesh.ops.scale(bm, vec=size, verts=bm.verts)


def add_part(name, shape, size, location, rotation=(0, 0, 0), material=None, group=None, bevel=0.0):
    """Build one named part as its own mesh object, with its material and an optional bevel."""
    kind, _, arg = shape.partition(":")
    bm = bmesh.new()
    build_shape(bm, kind, arg, size)
    bmesh.ops.remove_doubles(bm, verts=bm.verts, dist=1e-6)
    bmesh.ops.recalc_face_normals(bm, faces=bm.faces)
    mesh = bpy.data.meshes.new(name)
    bm.to_mesh(mesh)
    bm.free()
    curved = kind not in ("box", "rounded_box", "wedge", "pyramid")
    for poly in mesh.polygons:
        poly.use_smooth = SMOOTH and curved
    if SMOOTH and curved and hasattr(mesh, "use_auto_smooth"):
        # Auto smooth keeps flat caps crisp while the curved sides shade smoothly.
        mesh.use_auto_smooth = True
        mesh.auto_smooth_angle = math.radians(40)
    obj = bpy.data.objects.new(name, mesh)
    bpy.context.scene.collection.objects.link(obj)
    obj.location = location
    obj.rotation_euler = rotation
    if material is not None:
        obj.data.materials.append(material)
        if "ll3m_tile" in material:  # textured: lay the texture out in metres, grain along the longest side
            apply_uvs(obj, material, round_part=kind in ROUND_SHAPES)
    if group:
        obj["group"] = group
    if bevel > 0 and BEVEL_SEGMENTS > 0:
        mod = obj.modifiers.new("Bevel", "BEVEL")
        mod.width = bevel
        mod.segments = BEVEL_SEGMENTS
        mod.limit_method = "ANGLE"
    return obj
`;
}
