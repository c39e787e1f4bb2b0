import type { PartSpec, SubjectDef } from "../types";
import { circlePoints, part, rectanglePoints, rod, spread } from "./kit";

/** A three-seat sofa: upholstered base, counted seat cushions, backrest, arms, short wooden feet. */
export const sofa: SubjectDef = {
  name: "sofa",
  synonyms: ["couch", "settee", "loveseat", "love seat", "divan", "chesterfield", "sectional", "futon"],
  category: "furniture",
  roles: {
    base: { words: ["base", "frame", "body"], material: "fabric", color: "gray", body: true },
    cushions: { words: ["cushion", "seat", "pillow"], material: "fabric", color: "gray", body: true },
    backrest: { words: ["backrest", "back"], material: "fabric", color: "gray", body: true },
    armrests: { words: ["armrest", "arm"], material: "fabric", color: "gray", body: true, optional: "on" },
    legs: { words: ["leg", "foot"], material: "walnut" },
  },
  groups: { cushions: { role: "cushions", unit: "cushion", default: 3, min: 1, max: 5 }, legs: { role: "legs", unit: "leg", default: 4, min: 4, max: 8 } },
  build(p) {
    const n = p.count("cushions"), cw = 0.62, w = n * cw + 0.4, d = 0.9, legH = 0.1;
    const parts: PartSpec[] = [part("base", "rounded_box", [w, d, 0.3], [0, 0, legH + 0.15], "base")];
    spread(n, (n - 1) * cw).forEach((x, i) => {
      parts.push(part(`cushion_${i + 1}`, "rounded_box", [cw - 0.02, d - 0.22, 0.16], [x, -0.09, legH + 0.38], "cushions", { group: "cushions" }));
    });
    // A hair narrower than the arms: end faces in one plane would shade black where they overlap.
    parts.push(part("backrest", "rounded_box", [w - 0.02, 0.22, 0.5], [0, d / 2 - 0.11, legH + 0.55], "backrest"));
    if (p.has("armrests")) {
      for (const [i, x] of [-1, 1].entries()) parts.push(part(`armrest_${i + 1}`, "rounded_box", [0.2, d, 0.3], [x * (w / 2 - 0.1), 0, legH + 0.45], "armrests"));
    }
    rectanglePoints(p.count("legs"), w / 2 - 0.08, d / 2 - 0.08).forEach(([x, y], i) => {
      parts.push(part(`leg_${i + 1}`, "tapered_cylinder:0.7", [0.05, 0.05, legH], [x, y, legH / 2], "legs", { group: "legs" }));
    });
    return parts;
  },
};

/** A bar stool: round seat, counted legs, a footrest ring. */
export const stool: SubjectDef = {
  name: "stool",
  synonyms: ["bar stool", "barstool", "kitchen stool", "step stool"],
  variants: { footstool: { scale: [1.1, 1.1, 0.55], features: { footrest: false } }, "milking stool": { scale: [1, 1, 0.5], counts: { legs: 3 } } },
  category: "furniture",
  roles: {
    seat: { words: ["seat", "top", "cushion"], material: "wood", body: true },
    legs: { words: ["leg", "foot"], material: "wood", body: true },
    footrest: { words: ["footrest", "ring", "rest"], material: "metal", optional: "on" },
  },
  groups: { legs: { role: "legs", unit: "leg", default: 4, min: 3, max: 6 } },
  build(p) {
    const h = 0.66, r = 0.17;
    const parts: PartSpec[] = [part("seat", "cylinder", [2 * r, 2 * r, 0.04], [0, 0, h - 0.02], "seat")];
    // Legs splay outward toward the floor, which is what keeps a tall stool from tipping.
    circlePoints(p.count("legs"), r - 0.04, Math.PI / 4).forEach(([x, y], i) => {
      parts.push(rod(`leg_${i + 1}`, [x, y, h - 0.04], [x * 1.6, y * 1.6, 0], 0.035, "legs", { group: "legs" }));
    });
    if (p.has("footrest")) parts.push(part("footrest", "torus", [2 * r * 1.3, 2 * r * 1.3, 0.02], [0, 0, 0.24], "footrest"));
    return parts;
  },
};

/** A park bench: seat slats, side frames as legs, and a slatted backrest. */
export const bench: SubjectDef = {
  name: "bench",
  synonyms: ["park bench", "garden bench", "pew", "picnic bench"],
  category: "furniture",
  roles: {
    slats: { words: ["slat", "seat", "plank", "board"], material: "wood", body: true },
    legs: { words: ["leg", "frame", "side", "support"], material: "iron", color: "black" },
    backrest: { words: ["backrest", "back"], material: "wood", body: true, optional: "on" },
    armrests: { words: ["armrest", "arm"], material: "iron", color: "black", optional: "off" },
  },
  groups: { slats: { role: "slats", unit: "slat", default: 4, min: 2, max: 8 }, legs: { role: "legs", unit: "leg", default: 2, min: 2, max: 5 } },
  build(p) {
    const w = 1.6, d = 0.45, h = 0.45, n = p.count("slats");
    const parts: PartSpec[] = [];
    const slatD = d / n - 0.015;
    spread(n, d - slatD).forEach((y, i) => parts.push(part(`slat_${i + 1}`, "rounded_box", [w, slatD, 0.035], [0, y, h], "slats", { group: "slats" })));
    spread(p.count("legs"), w - 0.2).forEach((x, i) => {
      parts.push(part(`leg_${i + 1}`, "box", [0.05, d + 0.05, h - 0.02], [x, 0, (h - 0.02) / 2], "legs", { group: "legs" }));
    });
    if (p.has("backrest")) {
      for (const [i, z] of [0.18, 0.34].entries()) {
        parts.push(part(`back_slat_${i + 1}`, "rounded_box", [w, 0.035, 0.1], [0, d / 2 + 0.03, h + z], "backrest", { rot: [-0.2, 0, 0] }));
      }
      for (const [i, x] of [-1, 1].entries()) parts.push(part(`back_post_${i + 1}`, "box", [0.05, 0.04, 0.45], [x * (w / 2 - 0.1), d / 2 + 0.02, h + 0.2], "legs"));
    }
    if (p.has("armrests")) {
      for (const [i, x] of [-1, 1].entries()) parts.push(part(`armrest_${i + 1}`, "rounded_box", [0.05, d, 0.04], [x * (w / 2 - 0.02), 0, h + 0.22], "armrests"));
    }
    return parts;
  },
};
