import { readFileSync } from "node:fs";
import { colorRgb } from "@/lib/modeler/vocabulary/colors";
import { seenBaseColor, splitGlb } from "./gltf-textures";

/** One sample prompt and what its model must show (tests/fixtures/modeler-prompts.json). */
export interface ModelerCase {
  prompt: string;
  subject: string;
  colors: string[];
  counts: Record<string, number>;
  /** Group → object-name prefix, so `legs: 4` means four nodes named leg_<n>. */
  units: Record<string, string>;
  /** Surfaces the prompt's finish words ask for: the material of `color` is glossy, matte or glowing in the GLB. */
  finishes?: { color: string; roughness_max?: number; roughness_min?: number; emissive?: boolean }[];
}

/** The sample prompt set. */
export function loadModelerCases(file = "tests/fixtures/modeler-prompts.json"): ModelerCase[] {
  return JSON.parse(readFileSync(file, "utf8")) as ModelerCase[];
}

export interface GltfJson {
  nodes?: { name?: string; mesh?: number; translation?: number[]; scale?: number[] }[];
  meshes?: { primitives: { attributes: { POSITION?: number }; material?: number }[] }[];
  accessors?: { min?: number[]; max?: number[] }[];
  materials?: { name?: string; pbrMetallicRoughness?: { baseColorFactor?: number[]; metallicFactor?: number; roughnessFactor?: number }; emissiveFactor?: number[] }[];
}

/** One node of a GLB as a part: its colour, metallic, size and place in Blender's axes (Z up; glTF is Y up). */
export interface GlbPart {
  color: number[] | null;
  metallic: number | null;
  size: [number, number, number];
  at: [number, number, number];
}

/** Every named mesh node of a GLB, with what a viewer would see of it (the first primitive's material). */
export function glbParts(gltf: GltfJson): Map<string, GlbPart> {
  const out = new Map<string, GlbPart>();
  for (const node of gltf.nodes ?? []) {
    if (node.mesh === undefined || !node.name) continue;
    const prim = gltf.meshes?.[node.mesh]?.primitives[0];
    const acc = prim?.attributes.POSITION !== undefined ? gltf.accessors?.[prim.attributes.POSITION] : undefined;
    const [lo, hi, s, t] = [acc?.min ?? [0, 0, 0], acc?.max ?? [0, 0, 0], node.scale ?? [1, 1, 1], node.translation ?? [0, 0, 0]];
    const d = [0, 1, 2].map((i) => (hi[i] - lo[i]) * Math.abs(s[i]));
    const mat = prim?.material !== undefined ? gltf.materials?.[prim.material] : undefined;
    out.set(node.name, {
      color: mat ? (mat.pbrMetallicRoughness?.baseColorFactor ?? [1, 1, 1, 1]).slice(0, 3) : null,
      metallic: mat ? (mat.pbrMetallicRoughness?.metallicFactor ?? 1) : null,
      size: [d[0], d[2], d[1]],
      at: [t[0], -t[2], t[1]],
    });
  }
  return out;
}

/** The JSON chunk of a binary glTF (header: magic, version, length; then chunk length, type "JSON", bytes). */
export function readGlbJson(glb: Buffer): GltfJson {
  if (glb.readUInt32LE(0) !== 0x46546c67) throw new Error("not a GLB (bad magic)");
  if (glb.readUInt32LE(16) !== 0x4e4f534a) throw new Error("the GLB's first chunk is not JSON");
  return JSON.parse(glb.subarray(20, 20 + glb.readUInt32LE(12)).toString("utf8")) as GltfJson;
}

// Blender writes the base colour it was given, and a texture averages to it; beyond that noise is another colour.
const COLOR_TOLERANCE = 0.01;

/**
 * What a built model gets wrong against its case: subject, colours in the GLB's materials, counted node names.
 * Given the GLB's bytes, a textured material's colour is what it shows on average (factor times texture mean).
 */
export function modelProblems({ c, subject, gltf, glb }: { c: ModelerCase; subject: string; gltf: GltfJson; glb?: Buffer }): string[] {
  const problems: string[] = [];
  if (subject !== c.subject) problems.push(`subject ${subject}, expected ${c.subject}`);
  const materials = gltf.materials ?? [];
  const split = glb ? splitGlb(glb) : null;
  const factors = materials.map((m, k) => (split ? seenBaseColor(split, k) : m.pbrMetallicRoughness?.baseColorFactor ?? [1, 1, 1, 1]));
  const ofColor = (name: string) => {
    const want = colorRgb(name);
    return materials.filter((_, k) => want.every((v, i) => Math.abs(v - factors[k][i]) <= COLOR_TOLERANCE));
  };
  for (const name of c.colors) {
    if (!ofColor(name).length) problems.push(`no ${name} material (${JSON.stringify(colorRgb(name))}) among ${JSON.stringify(factors.map((f) => f.slice(0, 3)))}`);
  }
  for (const f of c.finishes ?? []) {
    // glTF's defaults: roughness 1 and no emission when the exporter leaves the field out.
    const found = ofColor(f.color).map((m) => ({ roughness: m.pbrMetallicRoughness?.roughnessFactor ?? 1, glow: Math.max(0, ...(m.emissiveFactor ?? [])) }));
    const fits = found.some((m) => (f.roughness_max === undefined || m.roughness <= f.roughness_max) && (f.roughness_min === undefined || m.roughness >= f.roughness_min) && (!f.emissive || m.glow > 0));
    if (!fits) problems.push(`no ${f.color} material with ${JSON.stringify(f)}; ${f.color} materials: ${JSON.stringify(found)}`);
  }
  const names = (gltf.nodes ?? []).map((n) => n.name ?? "");
  for (const [group, expected] of Object.entries(c.counts)) {
    const unit = new RegExp(`^${c.units[group]}_\\d+$`);
    const found = names.filter((n) => unit.test(n)).length;
    if (found !== expected) problems.push(`${found} ${group} (${c.units[group]}_<n>), expected ${expected}`);
  }
  return problems;
}
