import type { PartSpec, SubjectDef } from "../types";
import { defineKind } from "./define-kind";
import { circlePoints, lathe, part, rod, seeded, taper } from "./kit";

/** A flat leaf or frond (a flattened ellipsoid) leaving (x, y, z) outward at angle `turn`, tilted `lift` radians above level. */
function blade(name: string, from: [number, number, number], turn: number, lift: number, size: [number, number, number], role: string, group?: string): PartSpec {
  const h = size[0] / 2;
  const at: [number, number, number] = [from[0] + Math.cos(turn) * Math.cos(lift) * h, from[1] + Math.sin(turn) * Math.cos(lift) * h, from[2] + Math.sin(lift) * h];
  return part(name, "sphere", size, at, role, { rot: [0, -lift, turn], ...(group ? { group } : {}) });
}

const bamboo = defineKind({
  name: "bamboo",
  synonyms: ["bamboo plant", "bamboo stalks", "bamboo grove", "bamboo cane"],
  category: "nature",
  roles: {
    stalks: { words: ["stalk", "stem", "cane", "culm", "pole"], material: "bamboo", color: "olive", body: true },
    nodes: { words: ["node", "joint", "ring"], material: "bamboo", color: "khaki" },
    leaves: { words: ["leaf", "leaves", "foliage"], material: "foliage", color: "green" },
  },
  groups: { stalks: { role: "stalks", unit: "stalk", default: 5, min: 1, max: 12 } },
  parts: (p) => {
    const rnd = seeded(7), n = p.count("stalks");
    return circlePoints(n, n === 1 ? 0 : 0.08 + 0.03 * n).flatMap(([x, y], i) => {
      const h = 2.4 + rnd() * 1.2, d = 0.05;
      return [
        part(`stalk_${i + 1}`, "cylinder", [d, d, h], [x, y, h / 2], "stalks", { group: "stalks" }),
        ...[0.3, 0.55, 0.8].map((f, k) => part(`node_${i + 1}_${k + 1}`, "cylinder", [d * 1.3, d * 1.3, 0.03], [x, y, h * f], "nodes")),
        blade(`leaf_${i + 1}_1`, [x, y, h * 0.8], rnd() * 6.28, -0.4, [0.36, 0.07, 0.01], "leaves"),
        blade(`leaf_${i + 1}_2`, [x, y, h * 0.96], rnd() * 6.28, -0.3, [0.38, 0.07, 0.01], "leaves"),
      ];
    });
  },
});

const fern = defineKind({
  name: "fern",
  synonyms: ["fern plant", "bracken", "boston fern"],
  category: "nature",
  roles: {
    fronds: { words: ["frond", "leaf", "leaves"], material: "foliage", color: "green", body: true },
    crown: { words: ["crown", "base", "root"], material: "soil", color: "brown" },
  },
  groups: { fronds: { role: "fronds", unit: "frond", default: 12, min: 4, max: 20 } },
  parts: (p) => {
    const n = p.count("fronds");
    return [
      part("crown", "hemisphere", [0.16, 0.16, 0.08], [0, 0, 0.04], "crown"),
      // Fronds arch out from the crown; alternate ones stand steeper, as a fern's young fronds do.
      ...Array.from({ length: n }, (_, i) => blade(`frond_${i + 1}`, [0, 0, 0.05], (2 * Math.PI * i) / n, i % 2 ? 0.3 : 0.6, [0.75, 0.11, 0.012], "fronds", "fronds")),
    ];
  },
});

const bonsai = defineKind({
  name: "bonsai",
  synonyms: ["bonsai tree", "miniature tree"],
  category: "nature",
  roles: {
    pot: { words: ["pot", "tray", "dish"], material: "ceramic", color: "navy" },
    soil: { words: ["soil", "moss", "earth"], material: "soil", color: "brown" },
    trunk: { words: ["trunk", "branch", "stem"], material: "bark", color: "brown", body: true },
    foliage: { words: ["foliage", "leaf", "leaves", "canopy", "pad"], material: "foliage", color: "green", body: true },
  },
  parts: [
    part("pot", lathe([[0.15, 0], [0.18, 0.07], [0.17, 0.07], [0.14, 0.01], [0, 0.01]]), [0.36, 0.36, 0.07], [0, 0, 0.035], "pot"),
    part("soil", "cylinder", [0.32, 0.32, 0.01], [0, 0, 0.062], "soil"),
    // A trunk that leans and comes back, carrying flat pads of foliage, the shape bonsai are trained into.
    rod("trunk", [0, 0, 0.06], [0.06, 0, 0.2], 0.05, "trunk"),
    rod("trunk_upper", [0.06, 0, 0.2], [-0.02, 0, 0.34], 0.035, "trunk"),
    rod("branch_1", [0.05, 0, 0.2], [0.17, 0.02, 0.25], 0.02, "trunk"),
    rod("branch_2", [0.0, 0, 0.3], [-0.13, -0.02, 0.32], 0.018, "trunk"),
    part("pad_top", "sphere", [0.2, 0.18, 0.09], [-0.02, 0, 0.37], "foliage"),
    part("pad_right", "sphere", [0.17, 0.15, 0.07], [0.18, 0.02, 0.27], "foliage"),
    part("pad_left", "sphere", [0.15, 0.13, 0.06], [-0.15, -0.02, 0.33], "foliage"),
  ],
});

const treeStump = defineKind({
  name: "tree stump",
  synonyms: ["stump", "tree trunk stump"],
  category: "nature",
  roles: {
    bark: { words: ["bark", "stump", "trunk", "side"], material: "bark", color: "brown", body: true },
    top: { words: ["top", "ring", "rings", "cut", "wood"], material: "wood", color: "tan" },
    roots: { words: ["root"], material: "bark", color: "brown", body: true },
  },
  groups: { roots: { role: "roots", unit: "root", default: 4, min: 0, max: 7 } },
  parts: (p) => [
    part("stump", taper(0.8), [0.6, 0.6, 0.45], [0, 0, 0.225], "bark"),
    part("top", "cylinder", [0.46, 0.46, 0.02], [0, 0, 0.455], "top"),
    part("ring", "torus", [0.3, 0.3, 0.012], [0, 0, 0.466], "bark"),
    ...circlePoints(p.count("roots"), 0.3, 0.4).map(([x, y], i) => rod(`root_${i + 1}`, [x * 0.6, y * 0.6, 0.15], [x * 1.6, y * 1.6, 0.03], 0.1, "roots", { group: "roots" })),
  ],
});

const log = defineKind({
  name: "log",
  synonyms: ["wood log", "firewood log", "fallen log", "felled log", "timber log"],
  category: "nature",
  roles: {
    bark: { words: ["bark", "log", "trunk", "side"], material: "bark", color: "brown", body: true },
    ends: { words: ["end", "ring", "rings", "cut"], material: "wood", color: "tan" },
    knots: { words: ["knot", "branch", "stub"], material: "bark", color: "brown", body: true },
  },
  parts: [
    // Lying along X on the ground, cut clean at both ends.
    part("log", "cylinder", [0.35, 0.35, 1.4], [0, 0, 0.175], "bark", { rot: [0, Math.PI / 2, 0] }),
    part("end_left", "cylinder", [0.31, 0.31, 0.02], [-0.705, 0, 0.175], "ends", { rot: [0, Math.PI / 2, 0] }),
    part("end_right", "cylinder", [0.31, 0.31, 0.02], [0.705, 0, 0.175], "ends", { rot: [0, Math.PI / 2, 0] }),
    rod("stub", [0.2, 0, 0.3], [0.32, -0.05, 0.45], 0.06, "knots"),
  ],
});

const pumpkin = defineKind({
  name: "pumpkin",
  synonyms: ["field pumpkin"],
  category: "food",
  roles: {
    body: { words: ["body", "rib", "skin", "pumpkin"], material: "wax", color: "orange", body: true },
    stem: { words: ["stem", "stalk"], material: "wood", color: "olive" },
    leaf: { words: ["leaf", "vine"], material: "foliage", color: "green", optional: "on" },
  },
  groups: { ribs: { role: "body", unit: "rib", default: 8, min: 5, max: 12 } },
  parts: (p) => {
    const n = p.count("ribs");
    return [
      part("core", "sphere", [0.34, 0.34, 0.26], [0, 0, 0.13], "body"),
      // Ribs are squat ellipsoids round the core, each turned to face out, so the furrows show between them.
      ...circlePoints(n, 0.07).map(([x, y], i) => part(`rib_${i + 1}`, "sphere", [0.22, 0.16, 0.27], [x, y, 0.135], "body", { rot: [0, 0, Math.atan2(y, x)], group: "ribs" })),
      part("stem", taper(0.7), [0.045, 0.045, 0.09], [0, 0, 0.3], "stem"),
      blade("leaf", [0.02, 0, 0.27], 0.5, -0.2, [0.14, 0.1, 0.006], "leaf"),
    ];
  },
});

/** Plants and wood (bamboo, fern, bonsai, tree stump, log, pumpkin), as declarative kinds. */
export const PLANT_KINDS: SubjectDef[] = [bamboo, fern, bonsai, treeStump, log, pumpkin];
