/** Scripted LLM answers for the agent tests: a table plan, code that builds it, code that fails on a known line. */

const wood = { name: "Wood", color_name: "brown", base_color: [0.35, 0.18, 0.08], metallic: 0, roughness: 0.6, transmission: 0, emission: 0 };

/** A plan the planner "returns": a table top on four legs. */
export const TABLE_PLAN = {
  subject: "table",
  name: "Small wooden table",
  style: null,
  size: "small",
  counts: { legs: 4 },
  colors: ["brown"],
  materials: ["wood"],
  parts: [
    { name: "Top", shape: "box", dimensions: [1.2, 0.8, 0.04], position: [0, 0, 0.73], rotation: [0, 0, 0], group: null, material: wood },
    ...[[-0.5, -0.3], [0.5, -0.3], [-0.5, 0.3], [0.5, 0.3]].map(([x, y], i) => ({
      name: `Leg_${i + 1}`, shape: "cylinder", dimensions: [0.06, 0.06, 0.71], position: [x, y, 0.355], rotation: [0, 0, 0], group: "legs", material: wood,
    })),
  ],
  notes: [],
};

/** A working script for TABLE_PLAN with the given top colour. */
export function tableCode(topRgb = "0.35, 0.18, 0.08", { colourKey = "Base Color" } = {}): string {
  return `import bpy


def material(name, rgb):
    mat = bpy.data.materials.new(name)
    mat.use_nodes = True
    bsdf = mat.node_tree.nodes["Principled BSDF"]
    bsdf.inputs["${colourKey}"].default_value = (rgb[0], rgb[1], rgb[2], 1.0)
    return mat


wood = material("Wood", (0.35, 0.18, 0.08))
top_mat = material("TopPaint", (${topRgb}))
bpy.ops.mesh.primitive_cube_add(size=1.0, location=(0, 0, 0.73))
top = bpy.context.active_object
top.name = "Top"
top.scale = (1.2, 0.8, 0.04)
top.data.materials.append(top_mat)
for i, (x, y) in enumerate([(-0.5, -0.3), (0.5, -0.3), (-0.5, 0.3), (0.5, 0.3)]):
    bpy.ops.mesh.primitive_cylinder_add(vertices=12, radius=0.03, depth=0.71, location=(x, y, 0.355))
    leg = bpy.context.active_object
    leg.name = "Leg_%d" % (i + 1)
    leg.data.materials.append(wood)
`;
}

/** Fenced, as a coder replies. */
export const fenced = (code: string) => `Here is the script:\n\`\`\`python\n${code}\`\`\`\n`;

/** The line of tableCode that sets the colour (where a wrong socket name fails). */
export const COLOUR_LINE = 8;

/** A scripted provider for whole runs (benchmark, eval --scripted): every role answers for the table, after `delayMs`. */
export function tableReplies(delayMs = 0) {
  return (req: { body: { model: string; messages: { role: string; content: unknown }[] } }) => {
    const content = req.body.messages.find((m) => m.role === "system")?.content;
    const system = typeof content === "string" ? content : content === undefined ? "" : JSON.stringify(content);
    const reply = { delayMs };
    if (req.body.model === "planner") return { ...reply, json: TABLE_PLAN };
    if (req.body.model === "coder") return { ...reply, content: fenced(tableCode()) };
    if (system.startsWith("You verify")) return { ...reply, json: { checks: [], score: 8, reasons: ["table with four legs"] } };
    return { ...reply, json: { problems: [], summary: "matches the plan" } };
  };
}
