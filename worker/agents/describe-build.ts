import type { ObjectStat, SceneStats } from "@/worker/blender/types";
import { groupRepeatedParts, type PartGroup } from "./group-parts";

/** Parts listed one per line before repeated parts are summarised as groups. */
export const LIST_ALL_UP_TO = 40;

const f2 = (v: number) => v.toFixed(2);
const span = (lo: number, hi: number) => `${f2(lo)}..${f2(hi)}`;
const worldBox = (lo: number[], hi: number[]) => `x ${span(lo[0], hi[0])}, y ${span(lo[1], hi[1])}, z ${span(lo[2], hi[2])}`;
const size = (d: number[]) => d.map(f2).join(" x ");
const turned = (r: number[] | undefined) => (r && r.some((v) => Math.abs(v) > 1e-3) ? `, rotation (${r.map(f2).join(", ")}) rad` : "");
const ownSize = (p: ObjectStat) => size(p.dimensions ?? p.bbox_max.map((v, i) => v - p.bbox_min[i]));
const mats = (list: string[]) => list.join(", ") || "none";

function partLine(p: ObjectStat): string {
  return `- ${p.name} (${p.type}): own ${ownSize(p)} m${turned(p.rotation)}; world box ${worldBox(p.bbox_min, p.bbox_max)}; materials ${mats(p.materials)}`;
}

function groupLine(g: PartGroup): string {
  const each = g.sizeMin.every((v, i) => Math.abs(v - g.sizeMax[i]) < 0.005) ? `each own ${size(g.sizeMax)} m` : `own sizes ${size(g.sizeMin)} to ${size(g.sizeMax)} m`;
  const spacing = g.spacing ? `; centres ${f2(g.spacing.step)} m apart along ${g.spacing.axis}${g.spacing.regular ? "" : " (uneven)"}` : "";
  return `- ${g.stem}* x${g.parts.length} (${g.first} … ${g.last}): ${each}${turned(g.rotation)}; together ${worldBox(g.min, g.max)}${spacing}; materials ${mats(g.materials)}`;
}

/**
 * The built scene for the critic and the verifier: every part's own size and rotation beside its world box. Past
 * LIST_ALL_UP_TO parts, runs of parts sharing a name stem are summarised as groups (count, extent, spacing) and the
 * report says so; every part is accounted for, none is dropped.
 */
export function describeStats(stats: SceneStats): string {
  const head = `${stats.meshes} objects with geometry, ${stats.triangles} triangles, overall ${size(stats.bbox.size)} m (${worldBox(stats.bbox.min, stats.bbox.max)}).
Per part: own size (in its own frame, before rotation), rotation if turned, world box (after rotation), materials.`;
  if (stats.parts.length <= LIST_ALL_UP_TO) return `${head}\n${stats.parts.map(partLine).join("\n")}`;
  const { groups, singles } = groupRepeatedParts(stats.parts);
  const grouped = groups.reduce((n, g) => n + g.parts.length, 0);
  const note = groups.length
    ? `Summarised: ${grouped} of the ${stats.parts.length} parts are shown as ${groups.length} group(s) of repeated parts (name stem*, count, extent, spacing); the other ${singles.length} are listed one by one. Nothing is left out.`
    : `All ${stats.parts.length} parts are listed; none repeat a name stem.`;
  return `${head}\n${note}\n${[...groups.map(groupLine), ...singles.map(partLine)].join("\n")}`;
}
