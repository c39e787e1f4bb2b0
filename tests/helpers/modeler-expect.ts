import { readFileSync } from "node:fs";
import { colorRgb } from "@/worker/modeler/vocabulary/colors";

/** One sample prompt and what its model must show (tests/fixtures/modeler-prompts.json). */
export interface ModelerCase {
  prompt: string;
  subject: string;
  colors: string[];
  counts: Record<string, number>;
  /** Group → object-name prefix, so `legs: 4` means four nodes named leg_<n>. */
  units: Record<string, string>;
}

/** The sample prompt set. */
export function loadModelerCases(file = "tests/fixtures/modeler-prompts.json"): ModelerCase[] {
  return JSON.parse(readFileSync(file, "utf8")) as ModelerCase[];
}

export interface GltfJson {
  nodes?: { name?: string; mesh?: number; translation?: number[]; scale?: number[] }[];
  meshes?: { primitives: { attributes: { POSITION?: number }; material?: number }[] }[];
  accessors?: { min?: number[]; max?: number[] }[];
  materials?: { name?: string; pbrMetallicRoughness?: { baseColorFactor?: number[]; metallicFactor?: number } }[];
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
    const d = [0, 1, 2].map((i) => (hi[i]! - lo[i]!) * Math.abs(s[i]!));
    const mat = prim?.material !== undefined ? gltf.materials?.[prim.material] : undefined;
    out.set(node.name, {
      color: mat ? (mat.pbrMetallicRoughness?.baseColorFactor ?? [1, 1, 1, 1]).slice(0, 3) : null,
      metallic: mat ? (mat.pbrMetallicRoughness?.metallicFactor ?? 1) : null,
      size: [d[0]!, d[2]!, d[1]!],
      at: [t[0]!, -t[2]!, t[1]!],
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

// Blender writes the base colour it was given; anything beyond float noise means another colour.
const COLOR_TOLERANCE = 0.01;

/** What a built model gets wrong against its case: subject, colours in the GLB's materials, counted node names. */
export function modelProblems({ c, subject, gltf }: { c: ModelerCase; subject: string; gltf: GltfJson }): string[] {
  const problems: string[] = [];
  if (subject !== c.subject) problems.push(`subject ${subject}, expected ${c.subject}`);
  const factors = (gltf.materials ?? []).map((m) => m.pbrMetallicRoughness?.baseColorFactor ?? [1, 1, 1, 1]);
  for (const name of c.colors) {
    const want = colorRgb(name);
    const hit = factors.some((f) => want.every((v, i) => Math.abs(v - f[i]!) <= COLOR_TOLERANCE));
    if (!hit) problems.push(`no ${name} material (${JSON.stringify(want)}) among ${JSON.stringify(factors.map((f) => f.slice(0, 3)))}`);
  }
  const names = (gltf.nodes ?? []).map((n) => n.name ?? "");
  for (const [group, expected] of Object.entries(c.counts)) {
    const unit = new RegExp(`^${c.units[group]}_\\d+$`);
    const found = names.filter((n) => unit.test(n)).length;
    if (found !== expected) problems.push(`${found} ${group} (${c.units[group]}_<n>), expected ${expected}`);
  }
  return problems;
}
