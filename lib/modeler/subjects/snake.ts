import type { PartSpec, SubjectDef, Vec3 } from "../types";
import { eyePair, GLINTS, limb, patchAt, scaly } from "./animal-kit";
import { part, rod } from "./kit";


/** A snake lying in an S on the ground: a body of segments thickening from the tail, markings along its back, a raised head with a forked tongue. */
export const snake: SubjectDef = {
  name: "snake",
  synonyms: ["serpent", "viper", "cobra", "boa", "rattlesnake", "grass snake", "snek", "adder", "asp"],
  variants: { python: { scale: [1.6, 1.6, 1.6], palette: { body: "tan", head: "tan", markings: "brown" } } },
  category: "animal",
  roles: {
    body: scaly(["body", "skin", "scale", "coil", "tail"], "green"),
    head: scaly(["head", "face", "neck"], "green"),
    markings: scaly(["marking", "spot", "stripe", "pattern", "band", "diamond"], "yellow", { accent: true, optional: "on", host: "body" }),
    tongue: { words: ["tongue"], material: "skin", color: "red", optional: "on", host: "head" },
    eyes: { words: ["eye"], material: "eye", color: "black", host: "head" },
    glints: GLINTS,
  },
  build(p) {
    // Segment i runs from point i to i+1 and rests on the ground, so its centre line sits its own radius up.
    const n = 10;
    const diameter = (i: number) => 0.024 + 0.046 * Math.min(1, (i + 0.5) / (n * 0.45));
    const xy = (i: number): [number, number] => [-0.55 + (0.85 * i) / n, 0.11 * Math.sin((i / n) * 2.5 * Math.PI)];
    const parts: PartSpec[] = [];
    for (let i = 0; i < n; i++) {
      const [d, a, b] = [diameter(i), xy(i), xy(i + 1)];
      parts.push(limb(`body_${i + 1}`, [a[0], a[1], d / 2], [b[0], b[1], d / 2], d, "body"));
      if (p.has("markings") && i > 0) parts.push(patchAt(`marking_${i}`, [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, d * 0.97], [0, 0, 1], [d * 0.85, d * 0.6], 0.012, "markings"));
    }
    // The neck lifts the head a little off the ground, as a snake looks about; it starts high in the last segment so its slanted box stays above the ground.
    const [ex, ey] = xy(n);
    const d = diameter(n - 1);
    const top: Vec3 = [ex + 0.08, ey, 0.08];
    const head = part("head", "sphere", [0.11, 0.085, 0.06], [top[0] + 0.04, ey, top[2] + 0.005], "head");
    parts.push(limb("neck", [ex - 0.02, ey, d * 0.9], top, d * 0.9, "head"), head, ...eyePair(head, 0.6, 0.35, 0.022));
    if (p.has("tongue")) {
      const from: Vec3 = [head.at[0] + 0.05, ey, head.at[2] - 0.01];
      for (const [i, side] of [-1, 1].entries()) parts.push(rod(`tongue_${i + 1}`, from, [from[0] + 0.05, ey + side * 0.012, from[2]], 0.006, "tongue"));
    }
    return parts;
  },
};
