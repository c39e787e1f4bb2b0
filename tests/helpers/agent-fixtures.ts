/** Answers real models give, for the scripted-provider tests: prose around JSON, wrong types, bad imports, other names, a 100-part scene. */
import { TABLE_PLAN, tableCode } from "./agent-script";

/** The plan wrapped in chatty prose and a code fence, as many models answer even in JSON mode. */
export const planInProse = () => `Sure! Here is the plan for your table:\n\n\`\`\`json\n${JSON.stringify(TABLE_PLAN, null, 2)}\n\`\`\`\n\nLet me know if you want changes.`;

/** The plan with a wrong field type: dimensions as a string, the kind of slip a weaker model makes. */
export const planWithWrongType = () => ({ ...TABLE_PLAN, parts: TABLE_PLAN.parts.map((p, i) => (i === 0 ? { ...p, dimensions: "1.2 x 0.8 x 0.04" } : p)) });

/** Working table code that also imports a module the lint refuses. */
export const codeImportingOs = () => `import os\n${tableCode()}print(os.getcwd())\n`;

/** Working table code whose objects are named otherwise than the plan ("Tabletop", "Leg.001"...). */
export const codeWithOtherNames = () => tableCode().replace('top.name = "Top"', 'top.name = "Tabletop"').replace('leg.name = "Leg_%d" % (i + 1)', 'leg.name = "Support"');

const plastic = { name: "KeyCap", color_name: "black", base_color: [0.02, 0.02, 0.02], metallic: 0, roughness: 0.4, transmission: 0, emission: 0 };
const KEY_ROWS = 5;
const KEY_COLS = 20;

/** A keyboard: a base and 100 keys in a 20 x 5 grid (101 parts), as a typewriter-like plan. */
export const KEYBOARD_PLAN = {
  subject: "keyboard", name: "Keyboard", style: null, size: null, counts: { keys: KEY_ROWS * KEY_COLS }, colors: ["black"], materials: ["plastic"],
  parts: [
    { name: "Base", shape: "box", dimensions: [0.64, 0.2, 0.02], position: [0, 0, 0.01], rotation: [0, 0, 0], group: null, material: plastic },
    ...Array.from({ length: KEY_ROWS * KEY_COLS }, (_, i) => ({
      name: `Key_${i + 1}`, shape: "box", dimensions: [0.025, 0.025, 0.01], position: [-0.285 + (i % KEY_COLS) * 0.03, -0.06 + Math.floor(i / KEY_COLS) * 0.03, 0.025], rotation: [0, 0, 0], group: "keys", material: plastic,
    })),
  ],
  notes: [],
};

/** The script that builds KEYBOARD_PLAN with one object per key. */
export const keyboardCode = () => `import bpy

mat = bpy.data.materials.new("KeyCap")
mat.use_nodes = True
mat.node_tree.nodes["Principled BSDF"].inputs["Base Color"].default_value = (0.02, 0.02, 0.02, 1.0)
bpy.ops.mesh.primitive_cube_add(size=1.0, location=(0, 0, 0.01))
base = bpy.context.active_object
base.name = "Base"
base.scale = (0.64, 0.2, 0.02)
base.data.materials.append(mat)
for i in range(${KEY_ROWS * KEY_COLS}):
    bpy.ops.mesh.primitive_cube_add(size=1.0, location=(-0.285 + (i % ${KEY_COLS}) * 0.03, -0.06 + (i // ${KEY_COLS}) * 0.03, 0.025))
    key = bpy.context.active_object
    key.name = "Key_%d" % (i + 1)
    key.scale = (0.025, 0.025, 0.01)
    key.data.materials.append(mat)
`;
