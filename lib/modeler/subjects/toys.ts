import type { PartSpec, SubjectDef, Vec3 } from "../types";
import { HALF_PI, part, taper } from "./kit";

/** A ball with two crossing seams; basketball and beach ball variants only change colours. */
export const ball: SubjectDef = {
  name: "ball",
  synonyms: ["football", "soccer ball", "basketball", "beach ball", "tennis ball", "volleyball", "sphere", "orb"],
  category: "toy",
  roles: {
    ball: { words: ["ball", "body", "surface"], material: "rubber", color: "orange", body: true },
    seams: { words: ["seam", "stripe", "line", "band"], material: "rubber", color: "black" },
  },
  build: () => [
    part("ball", "sphere", [0.24, 0.24, 0.24], [0, 0, 0.12], "ball"),
    part("seam_1", "torus", [0.243, 0.243, 0.006], [0, 0, 0.12], "seams", { rot: [HALF_PI, 0, 0] }),
    part("seam_2", "torus", [0.243, 0.243, 0.006], [0, 0, 0.12], "seams", { rot: [0, HALF_PI, 0] }),
  ],
};

/** A sitting teddy bear: body, head, ears, snout, nose, eyes, arms, legs. */
export const teddyBear: SubjectDef = {
  name: "teddy bear",
  synonyms: ["teddy", "plush bear", "stuffed bear", "stuffed animal", "plushie"],
  category: "toy",
  roles: {
    fur: { words: ["body", "fur", "head", "arm", "leg", "ear", "belly"], material: "wool", color: "brown", body: true },
    snout: { words: ["snout", "muzzle", "paw", "pad"], material: "wool", color: "tan" },
    eyes: { words: ["eye", "nose"], material: "plastic", color: "black" },
    bow: { words: ["bow", "ribbon", "tie"], material: "fabric", color: "red", optional: "off" },
  },
  build(p) {
    const parts: PartSpec[] = [
      part("body", "sphere", [0.26, 0.22, 0.3], [0, 0, 0.16], "fur"),
      part("head", "sphere", [0.22, 0.2, 0.2], [0, -0.01, 0.38], "fur"),
      part("snout", "sphere", [0.09, 0.07, 0.07], [0, -0.1, 0.36], "snout"),
      part("nose", "sphere", [0.035, 0.025, 0.025], [0, -0.135, 0.375], "eyes"),
    ];
    for (const [i, x] of [-1, 1].entries()) {
      parts.push(part(`ear_${i + 1}`, "sphere", [0.07, 0.04, 0.07], [x * 0.08, 0, 0.48], "fur"));
      parts.push(part(`eye_${i + 1}`, "sphere", [0.025, 0.02, 0.025], [x * 0.045, -0.095, 0.41], "eyes"));
      parts.push(part(`arm_${i + 1}`, "capsule", [0.07, 0.07, 0.18], [x * 0.14, -0.04, 0.2], "fur", { rot: [0.5, x * 0.5, 0] }));
      parts.push(part(`leg_${i + 1}`, "capsule", [0.09, 0.09, 0.18], [x * 0.08, -0.1, 0.045], "fur", { rot: [HALF_PI, 0, 0] }));
      parts.push(part(`paw_${i + 1}`, "cylinder", [0.07, 0.07, 0.01], [x * 0.08, -0.19, 0.045], "snout", { rot: [HALF_PI, 0, 0] }));
    }
    if (p.has("bow")) parts.push(part("bow", "torus", [0.16, 0.16, 0.03], [0, 0, 0.29], "bow"));
    return parts;
  },
};

/** A six-sided die with the usual pips (opposite faces sum to seven). */
export const dice: SubjectDef = {
  name: "dice",
  synonyms: ["die", "d6"],
  category: "toy",
  roles: {
    cube: { words: ["cube", "body", "face", "side"], material: "plastic", color: "white", body: true },
    pips: { words: ["pip", "dot", "spot", "number"], material: "plastic", color: "black" },
  },
  build() {
    const s = 0.05, c = s / 2, o = s * 0.25, parts: PartSpec[] = [part("cube", "rounded_box", [s, s, s], [0, 0, c], "cube")];
    // Pip layouts on a 3×3 grid per face, then placed on each face by its outward axis.
    const layouts: Record<number, Array<[number, number]>> = {
      1: [[0, 0]], 2: [[-1, -1], [1, 1]], 3: [[-1, -1], [0, 0], [1, 1]], 4: [[-1, -1], [1, -1], [-1, 1], [1, 1]],
      5: [[-1, -1], [1, -1], [0, 0], [-1, 1], [1, 1]], 6: [[-1, -1], [-1, 0], [-1, 1], [1, -1], [1, 0], [1, 1]],
    };
    const faces: Array<[number, (u: number, v: number) => Vec3, Vec3]> = [
      [1, (u, v) => [u, v, s + 0.0005], [0, 0, 0]], [6, (u, v) => [u, v, -0.0005], [0, 0, 0]],
      [2, (u, v) => [u, -c - 0.0005, c + v], [HALF_PI, 0, 0]], [5, (u, v) => [u, c + 0.0005, c + v], [HALF_PI, 0, 0]],
      [3, (u, v) => [c + 0.0005, u, c + v], [0, HALF_PI, 0]], [4, (u, v) => [-c - 0.0005, u, c + v], [0, HALF_PI, 0]],
    ];
    let n = 0;
    for (const [value, at, rot] of faces) {
      if (value === 6) continue; // The bottom face rests on the ground and cannot be seen.
      for (const [u, v] of layouts[value]) parts.push(part(`pip_${++n}`, "cylinder", [s * 0.16, s * 0.16, 0.002], at(u * o, v * o), "pips", { rot }));
    }
    return parts;
  },
};

/** A chess pawn: base disc, collar rings, tapered body and a round head. */
export const chessPawn: SubjectDef = {
  name: "chess pawn",
  synonyms: ["pawn", "chess piece", "chessman"],
  category: "toy",
  roles: { piece: { words: ["piece", "body", "head", "base", "collar"], material: "plastic", color: "ivory", body: true } },
  build: () => [
    part("base", taper(0.85), [0.04, 0.04, 0.008], [0, 0, 0.004], "piece"),
    part("base_ring", "torus", [0.036, 0.036, 0.008], [0, 0, 0.01], "piece"),
    part("body", taper(0.45), [0.028, 0.028, 0.03], [0, 0, 0.028], "piece"),
    part("collar", "torus", [0.022, 0.022, 0.005], [0, 0, 0.044], "piece"),
    part("head", "sphere", [0.02, 0.02, 0.02], [0, 0, 0.054], "piece"),
  ],
};
