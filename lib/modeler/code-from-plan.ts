import type { QualityLevel } from "@/lib/assets/formats";
import type { Plan, PlanMaterial, PlanPart } from "@/lib/validations/plan";
import { pythonHelpers, QUALITY_SETTINGS } from "./python-helpers";

/** Python number literal, trimmed so the script stays readable. */
function num(v: number): string {
  const r = Math.round(v * 10000) / 10000;
  return Number.isInteger(r) ? r.toFixed(1) : String(r);
}

const tuple = (v: readonly number[]) => `(${v.map(num).join(", ")})`;
/** A Python string literal; names from an LLM plan are reduced to safe characters so no lint pattern can hide in them. */
const str = (s: string) => JSON.stringify(s.replace(/[^A-Za-z0-9_ -]/g, "_").slice(0, 60));
/** Shapes keep their ":" parameter and decimal point ("tapered_cylinder:0.6", "lathe:0.0_100.0_90.100"). */
const shapeStr = (s: string) => JSON.stringify(s.replace(/[^A-Za-z0-9_:.]/g, "_").slice(0, 240));
/** One comment line, reduced to words so nothing in a prompt can end the comment or look like code. */
const comment = (s: string) => s.replace(/[^A-Za-z0-9 ,'-]+/g, " ").replace(/ +/g, " ").trim().slice(0, 160);

/** Bevel width in metres for a part: rounded boxes always, plain boxes only at high quality. */
function bevelFor(part: PlanPart, quality: QualityLevel): number {
  const kind = part.shape.split(":")[0];
  const thinnest = Math.min(...part.dimensions);
  if (kind === "rounded_box") return Math.min(0.05, thinnest * 0.3);
  if (quality === "high" && (kind === "box" || kind === "wedge")) return Math.min(0.01, thinnest * 0.1);
  return 0;
}

/** The library kind of a material: its own, or (for plans stored before kinds) the last word of its name. */
function kindOf(m: PlanMaterial): string {
  return m.kind ?? m.name.split("_").pop()!.toLowerCase();
}

function materialLine(m: PlanMaterial): string {
  const extra = [m.transmission ? `transmission=${num(m.transmission)}` : "", m.emission ? `emission=${num(m.emission)}` : "", m.finish ? `finish=${str(m.finish)}` : ""].filter(Boolean);
  const args = [str(m.name), str(kindOf(m)), tuple(m.base_color), `metallic=${num(m.metallic)}`, `roughness=${num(m.roughness)}`, ...extra, "quality=TEXTURES"];
  return `    ${str(m.name)}: pbr_material(${args.join(", ")}),`;
}

const TEXTURE_NOTE: Record<QualityLevel, string> = {
  draft: "flat colours, no textures",
  standard: "512 px colour and roughness maps",
  high: "512 px colour and roughness maps, 1024 px normal maps",
};

function partLine(part: PlanPart, quality: QualityLevel): string {
  const args = [str(part.name), shapeStr(part.shape), `size=${tuple(part.dimensions)}`, `location=${tuple(part.position)}`];
  if (part.rotation.some((r) => r !== 0)) args.push(`rotation=${tuple(part.rotation)}`);
  args.push(`material=materials[${str(part.material.name)}]`);
  if (part.group) args.push(`group=${str(part.group)}`);
  const bevel = bevelFor(part, quality);
  if (bevel > 0) args.push(`bevel=${num(bevel)}`);
  return `add_part(${args.join(", ")})`;
}

/** Emit readable, self-contained Blender Python that builds every plan part as its own named, textured object. */
export function codeFromPlan(args: { plan: Plan; quality: QualityLevel }): string {
  const { plan, quality } = args;
  if (plan.parts.length === 0) throw new Error("codeFromPlan needs a plan with at least one part");
  const settings = plan.style === "low-poly" ? QUALITY_SETTINGS["low-poly"] : QUALITY_SETTINGS[quality];
  // One Blender material per distinct name; later parts reuse the first definition of a name.
  const materials = new Map<string, PlanMaterial>();
  for (const p of plan.parts) if (!materials.has(p.material.name)) materials.set(p.material.name, p.material);
  const blocks: string[] = [];
  let lastGroup: string | null = null;
  for (const p of plan.parts) {
    if (p.group && p.group === lastGroup) {
      blocks[blocks.length - 1] += "\n" + partLine(p, quality);
      continue;
    }
    const count = p.group ? plan.parts.filter((q) => q.group === p.group).length : 0;
    const title = p.group ? `${comment(p.group)} (${count})` : comment(p.name);
    blocks.push(`# --- ${title} ---\n${partLine(p, quality)}`);
    lastGroup = p.group;
  }
  const header = [
    `# ${comment(plan.name)}`,
    `# Built by the LL3M Studio built-in modeler. Subject: ${comment(plan.subject)}; style: ${comment(plan.style ?? "default")}; quality: ${quality}.`,
    "# Sizes are in metres, Z is up and the model stands on the ground at z = 0.",
    "# Each part is its own object with its own material: change a number below and run the script again.",
  ].join("\n");
  const materialBlock = [`TEXTURES = "${quality}"  # ${TEXTURE_NOTE[quality]}; draft, standard or high`, "materials = {", ...[...materials.values()].map(materialLine), "}"].join("\n");
  return [header, pythonHelpers(settings), "# Materials (library kind, linear RGB colour, PBR values)", materialBlock, "", "# Parts", ...blocks, ""].join("\n\n").replace(/\n{4,}/g, "\n\n\n");
}
