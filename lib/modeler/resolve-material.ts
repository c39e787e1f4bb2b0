import type { PlanMaterial } from "@/lib/validations/plan";
import type { RoleDef, SubjectSpec } from "./types";
import { colorRgb } from "./vocabulary/colors";
import { applyFinish } from "./vocabulary/finishes";
import { MATERIALS } from "./vocabulary/materials";

/** Styles swap a role's default material when the prompt named none (a medieval house is stone, not plaster). */
const STYLE_SWAPS: Record<string, Record<string, string>> = {
  rustic: { wood: "walnut", metal: "iron", plaster: "stone", plastic: "wood" },
  medieval: { wood: "walnut", metal: "iron", plaster: "stone", plastic: "wood", tile: "stone" },
  futuristic: { wood: "plastic", plaster: "aluminum", metal: "chrome", fabric: "plastic", tile: "aluminum", brick: "aluminum" },
  industrial: { wood: "walnut", metal: "iron", plaster: "concrete", fabric: "leather" },
  modern: { tile: "concrete" },
};

/** Which material, colour and finish keys a role ends up with: role override, then subject-wide words, then style and defaults. */
export function roleMaterialKeys(
  role: string, def: RoleDef, spec: SubjectSpec, style: string | null, tint?: string,
): { material: string; color: string | null; finish: string | null } {
  const override = spec.roles[role] ?? {};
  const explicitMaterial = override.material ?? (def.body ? spec.material : undefined);
  const material = explicitMaterial ?? STYLE_SWAPS[style ?? ""]?.[def.material] ?? def.material;
  const explicitColor = override.color !== undefined ? override.color : def.body || def.tint ? spec.color : undefined;
  // A named material keeps its own colour unless a colour was asked for; otherwise the part's or role's default holds.
  const color = explicitColor === null ? null : explicitColor ?? (explicitMaterial ? null : tint ?? spec.palette?.[role] ?? def.color ?? null);
  const finish = override.finish ?? (def.body ? spec.finish : undefined) ?? null;
  return { material, color, finish };
}

/**
 * A plan material; the name carries any asked-for or role colour and finish ("red_wood", "red_glossy_wood") so each
 * look gets one Blender material.
 */
export function buildMaterial(materialKey: string, colorKey: string | null, finish: string | null = null): PlanMaterial {
  const preset = applyFinish(MATERIALS[materialKey] ?? MATERIALS.plastic, finish);
  const colorName = colorKey ?? preset.color;
  const name = [colorKey, finish, materialKey].filter(Boolean).join("_").replace(/ /g, "_");
  return {
    name,
    color_name: colorName,
    base_color: colorRgb(colorName),
    metallic: preset.metallic,
    roughness: preset.roughness,
    transmission: preset.transmission ?? 0,
    emission: preset.emission ?? 0,
    kind: materialKey in MATERIALS ? materialKey : "plastic",
    finish: finish || null,
  };
}
