import type { Plan, PlanPart } from "@/lib/validations/plan";
import { buildMaterial, roleMaterialKeys } from "./resolve-material";
import { getSubject } from "./subjects";
import { describeScene } from "./describe-scene";
import { layoutScene } from "./layout-scene";
import { instancePrefixes } from "./name-instances";
import { bounds, lengthwise, moveParts, scaleParts, scaleRole, tidy } from "./transform";
import type { BuildParams, PartSpec, SceneSpec, SubjectDef, SubjectSpec } from "./types";

/** Whether an optional role (or a shape word such as "round") is switched on for this instance. */
export function hasFeature(def: SubjectDef, spec: SubjectSpec, feature: string): boolean {
  return spec.features[feature] ?? def.roles[feature]?.optional === "on";
}

/** Counts after defaults and the group's allowed range; a group whose optional role is off counts 0. */
export function resolveCounts(def: SubjectDef, spec: SubjectSpec): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [g, gd] of Object.entries(def.groups ?? {})) {
    const off = def.roles[gd.role]?.optional && !hasFeature(def, spec, gd.role);
    out[g] = off ? 0 : Math.min(gd.max, Math.max(gd.min, Math.round(spec.counts[g] ?? gd.default)));
  }
  return out;
}

/** Build one subject instance's parts: builder, then role and subject scales, then back onto the ground. */
export function buildInstance(spec: SubjectSpec, scene: SceneSpec): PartSpec[] {
  const def = getSubject(spec.subject);
  const counts = resolveCounts(def, spec);
  const params: BuildParams = {
    count: (g) => counts[g] ?? 0,
    has: (f) => hasFeature(def, spec, f),
    style: scene.style,
    quality: scene.quality,
  };
  let parts = def.build(params);
  const hosts = Object.fromEntries(Object.entries(def.roles).flatMap(([r, d]) => (d.host ? [[r, d.host]] : [])));
  for (const [role, o] of Object.entries(spec.roles)) if (o.scale) parts = scaleRole(parts, role, lengthwise(parts, role, o.scale), hosts);
  parts = scaleParts(parts, spec.scale);
  const minZ = bounds(parts).min[2];
  return Math.abs(minZ) > 1e-6 ? moveParts(parts, [0, 0, -minZ]) : parts;
}

function toPlanPart(p: PartSpec, spec: SubjectSpec, scene: SceneSpec, prefix: string): PlanPart {
  const def = getSubject(spec.subject);
  const roleDef = def.roles[p.role] ?? { words: [], material: "plastic" };
  const { material, color, finish } = roleMaterialKeys(p.role, roleDef, spec, scene.style, p.tint);
  return {
    name: prefix + p.name,
    shape: p.shape,
    dimensions: p.size.map(tidy) as PlanPart["dimensions"],
    position: p.at.map(tidy) as PlanPart["position"],
    rotation: (p.rot ?? [0, 0, 0]).map(tidy) as PlanPart["rotation"],
    material: buildMaterial(material, color, finish),
    group: p.group ? prefix + p.group : null,
  };
}

/** Turn a scene spec into a full plan; companions stand where the prompt put them, else in a row to the right (+X). */
export function assemblePlan(scene: SceneSpec): Plan {
  const parts: PlanPart[] = [];
  const placed = layoutScene(scene.instances.map((spec) => buildInstance(spec, scene)), scene.instances);
  // Companion parts are prefixed ("chair2_leg_1") so the main subject's group names stay countable.
  const prefixes = instancePrefixes(scene.instances);
  scene.instances.forEach((spec, i) => parts.push(...placed[i].map((p) => toPlanPart(p, spec, scene, prefixes[i]))));
  const main = scene.instances[0];
  return {
    subject: main.subject,
    recognized: true,
    name: describeScene(scene),
    style: scene.style,
    size: scene.sizeWords.length ? scene.sizeWords.join(" ") : null,
    counts: resolveCounts(getSubject(main.subject), main),
    colors: unique(scene.instances.flatMap((s) => [s.color, ...Object.values(s.roles).map((r) => r.color ?? undefined)])),
    materials: unique(scene.instances.flatMap((s) => [s.material, ...Object.values(s.roles).map((r) => r.material)])),
    parts,
    unknown_words: [],
    interpretation: null,
    notes: [],
    params: scene as unknown as Record<string, unknown>,
  };
}

/** Read back the scene spec a modeler plan carries, or null for plans from elsewhere (an LLM planner). */
export function readSceneSpec(plan: Plan): SceneSpec | null {
  const spec = plan.params as unknown as SceneSpec | null;
  return spec && Array.isArray(spec.instances) ? spec : null;
}

function unique(values: Array<string | undefined>): string[] {
  return [...new Set(values.filter((v): v is string => !!v))];
}
