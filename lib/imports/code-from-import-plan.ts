import type { Plan, PlanPart } from "@/lib/validations/plan";
import { FORMAT_LABELS } from "./formats";
import { readImportParams, type ImportParams } from "./import-plan";

const py = (v: unknown) => JSON.stringify(v);
const num = (v: number) => String(Math.round(v * 1e6) / 1e6);
const vec = (v: readonly number[]) => `(${v.map(num).join(", ")})`;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The formats that carry no unit, whose size normalisation may have to guess. */
const UNITLESS = new Set(["obj", "stl", "ply"]);

function normalisation(params: ImportParams): string {
  if (!params.normalize) return "";
  const guess = UNITLESS.has(params.model)
    ? `# ${FORMAT_LABELS[params.model]} files carry no unit: a model over 10 units across is taken to be in millimetres.
unit = 0.001 if max(size) > 10 else 1.0`
    : `unit = 1.0  # ${FORMAT_LABELS[params.model]} is in metres once imported`;
  return `
# Normalise: metres, origin at the centre of the base, ground at z = 0. The importers already turn the file's
# axes into Blender's (Z up, front -Y).
lo, hi = bounds(objects)
size = [hi[i] - lo[i] for i in range(3)]
${guess}
base = Vector(((lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2, lo[2]))
to_ground = Matrix.Scale(unit, 4) @ Matrix.Translation(-base)
for obj in objects:
    if obj.parent is None:
        obj.matrix_world = to_ground @ obj.matrix_world
bpy.context.view_layer.update()
`;
}

/** A part's change in size or place: its box (centre c0, size d0) becomes (c1, d1). */
function placement(before: PlanPart, after: PlanPart): string | null {
  if (same(before.dimensions, after.dimensions) && same(before.position, after.position)) return null;
  const factor = after.dimensions.map((d, i) => (before.dimensions[i] > 1e-9 ? d / before.dimensions[i] : 1));
  return `reshape(${py(before.name)}, ${vec(before.position)}, ${vec(factor)}, ${vec(after.position)})`;
}

function look(before: PlanPart, after: PlanPart): string | null {
  if (same(before.material, after.material)) return null;
  const m = after.material;
  return `paint(${py(before.name)}, make_material(${py(m.name)}, ${vec(m.base_color)}, metallic=${num(m.metallic)}, roughness=${num(m.roughness)}, transmission=${num(m.transmission)}, emission=${num(m.emission)}))`;
}

const EDIT_HELPERS = `

def set_input(node, names, value):
    """Set the first input that exists (Blender 4 renamed some Principled BSDF sockets)."""
    for name in names:
        if name in node.inputs:
            node.inputs[name].default_value = value
            return


def make_material(name, rgb, metallic=0.0, roughness=0.5, transmission=0.0, emission=0.0):
    mat = bpy.data.materials.new(name)
    mat.use_nodes = True
    bsdf = mat.node_tree.nodes.get("Principled BSDF")
    color = (rgb[0], rgb[1], rgb[2], 1.0)
    set_input(bsdf, ["Base Color"], color)
    set_input(bsdf, ["Metallic"], metallic)
    set_input(bsdf, ["Roughness"], roughness)
    set_input(bsdf, ["Transmission", "Transmission Weight"], transmission)
    if emission > 0:
        set_input(bsdf, ["Emission", "Emission Color"], color)
        set_input(bsdf, ["Emission Strength"], emission)
    mat.diffuse_color = color
    return mat


def paint(part, mat):
    """Give every material slot of the part's object this material (per object, so shared meshes keep theirs)."""
    obj = bpy.data.objects[PARTS[part]]
    if not obj.material_slots:
        obj.data.materials.append(None)
    for slot in obj.material_slots:
        slot.link = "OBJECT"
        slot.material = mat


# New world matrices are gathered first and set parents first, so a moved parent does not carry its children.
targets = {}


def reshape(part, centre, factor, new_centre):
    obj = bpy.data.objects[PARTS[part]]
    move = Matrix.Translation(Vector(new_centre)) @ Matrix.Diagonal((*factor, 1.0)) @ Matrix.Translation(-Vector(centre))
    targets[obj.name] = move @ obj.matrix_world


def apply_reshapes():
    depth = lambda o: 0 if o.parent is None else 1 + depth(o.parent)
    fixed = {o.name: o.matrix_world.copy() for o in bpy.context.scene.objects}
    for obj in sorted(bpy.context.scene.objects, key=depth):
        obj.matrix_world = targets.get(obj.name, fixed[obj.name])
`;

/**
 * The Blender program of an imported version: import the stored original (the harness provides import_original()),
 * normalise when asked, then apply the refinements the plan holds (each part's look, size and place against the
 * part as imported). An LLM refining the asset edits this program.
 */
export function codeFromImportPlan({ plan }: { plan: Plan }): string {
  const params = readImportParams(plan);
  if (!params) throw new Error("codeFromImportPlan needs a plan made by an import");
  const byName = new Map(params.imported.map((p) => [p.name, p]));
  const changes = plan.parts.flatMap((after) => {
    const before = byName.get(after.name);
    return before ? [look(before, after), placement(before, after)].filter((c): c is string => c !== null) : [];
  });
  const reshaped = changes.some((c) => c.startsWith("reshape("));
  const source = params.entry ? `${params.original} (${params.entry} inside)` : params.original;
  const edits = changes.length
    ? `
# Parts by the names feedback uses, and the Blender objects the import made.
PARTS = ${py(params.objects)}
${EDIT_HELPERS}

# Refinements, against each part as imported.
${changes.join("\n")}
${reshaped ? "apply_reshapes()\n" : ""}`
    : "";
  return `import bpy
from mathutils import Matrix, Vector

# Rebuilds "${plan.name.replace(/"/g, "'")}" from its stored original, ${source}: import_original() (provided by the
# harness) runs Blender's own ${FORMAT_LABELS[params.model]} importer on it and returns the objects it made.
objects = import_original()


def bounds(objs):
    """World-space bounding box of the objects' meshes."""
    points = [o.matrix_world @ Vector(c) for o in objs if o.type == "MESH" for c in o.bound_box]
    return [min(p[i] for p in points) for i in range(3)], [max(p[i] for p in points) for i in range(3)]

${normalisation(params)}${edits}`;
}
