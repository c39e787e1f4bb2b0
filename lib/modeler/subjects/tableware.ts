import type { PartSpec, SubjectDef } from "../types";
import { circlePoints, HALF_PI, part, rod, taper } from "./kit";

/** A teacup on an optional saucer. */
export const cup: SubjectDef = {
  name: "cup",
  synonyms: ["teacup", "tea cup", "coffee cup", "espresso cup"],
  category: "household",
  roles: {
    body: { words: ["body", "cup", "side"], material: "porcelain", body: true },
    handle: { words: ["handle"], material: "porcelain", body: true },
    inside: { words: ["inside", "interior", "tea", "coffee", "drink"], material: "liquid", color: "brown" },
    saucer: { words: ["saucer", "plate"], material: "porcelain", body: true, optional: "on" },
  },
  build(p) {
    const saucer = p.has("saucer"), z0 = saucer ? 0.012 : 0, d = 0.085, h = 0.065;
    const parts: PartSpec[] = [];
    if (saucer) parts.push(part("saucer", taper(1.2), [0.13, 0.13, 0.012], [0, 0, 0.006], "saucer"));
    parts.push(part("body", taper(1.3), [d, d, h], [0, 0, z0 + h / 2], "body"));
    parts.push(part("handle", "torus", [0.04, 0.04, 0.01], [d / 2 + 0.012, 0, z0 + h * 0.55], "handle", { rot: [HALF_PI, 0, 0] }));
    parts.push(part("inside", "cylinder", [d * 1.15, d * 1.15, 0.003], [0, 0, z0 + h - 0.006], "inside"));
    return parts;
  },
};

/** A round bowl, optionally filled with fruit. */
export const bowl: SubjectDef = {
  name: "bowl",
  synonyms: ["soup bowl", "salad bowl", "cereal bowl", "fruit bowl"],
  variants: { "bowl of fruit": { features: { fruit: true } }, "fruit bowl": { features: { fruit: true } } },
  category: "household",
  roles: {
    body: { words: ["body", "side", "outside"], material: "ceramic", body: true },
    inside: { words: ["inside", "interior", "soup"], material: "ceramic", color: "ivory" },
    foot: { words: ["foot", "base", "ring"], material: "ceramic", body: true },
    fruit: { words: ["fruit", "apple", "orange"], material: "wax", color: "red", optional: "off" },
  },
  groups: { fruit: { role: "fruit", unit: "fruit", default: 5, min: 1, max: 9 } },
  build(p) {
    const d = 0.2, h = 0.09;
    const parts: PartSpec[] = [
      part("foot", "cylinder", [0.09, 0.09, 0.01], [0, 0, 0.005], "foot"),
      // A dome turned upside down: the flat cut becomes the rim.
      part("body", "hemisphere", [d, d, h], [0, 0, 0.005 + h / 2], "body", { rot: [Math.PI, 0, 0] }),
      part("inside", "cylinder", [d - 0.012, d - 0.012, 0.003], [0, 0, h + 0.004], "inside"),
    ];
    if (p.has("fruit")) {
      const tints = ["red", "orange", "lime", "yellow"];
      const n = p.count("fruit");
      circlePoints(n, n > 1 ? 0.045 : 0, 0.4).forEach(([x, y], i) => {
        parts.push(part(`fruit_${i + 1}`, "sphere", [0.07, 0.07, 0.07], [x, y, h + 0.03], "fruit", { group: "fruit", tint: tints[i % tints.length] }));
      });
    }
    return parts;
  },
};

/** A dinner plate with a raised rim. */
export const plate: SubjectDef = {
  name: "plate",
  synonyms: ["dinner plate", "dish", "saucer", "platter"],
  category: "household",
  roles: {
    body: { words: ["body", "base"], material: "porcelain", body: true },
    rim: { words: ["rim", "edge", "border"], material: "porcelain", body: true },
    band: { words: ["band", "stripe", "ring", "pattern", "trim"], material: "porcelain", color: "navy", optional: "on" },
    food: { words: ["food", "meal", "cake"], material: "clay", color: "tan", optional: "off" },
  },
  build(p) {
    const d = 0.27;
    const parts: PartSpec[] = [
      part("body", taper(1.25), [d * 0.8, d * 0.8, 0.015], [0, 0, 0.0075], "body"),
      part("rim", "torus", [d, d, 0.014], [0, 0, 0.015], "rim"),
    ];
    // A painted ring on the flat of the plate, the classic dinnerware trim.
    if (p.has("band")) parts.push(part("band", "torus", [d * 0.74, d * 0.74, 0.004], [0, 0, 0.0152], "band"));
    if (p.has("food")) parts.push(part("food", "hemisphere", [0.12, 0.12, 0.05], [0, 0, 0.04], "food"));
    return parts;
  },
};

/** A vase: foot, bulging belly, neck and lip; optional flowers. */
export const vase: SubjectDef = {
  name: "vase",
  synonyms: ["urn", "amphora", "flower vase"],
  category: "household",
  roles: {
    body: { words: ["body", "belly", "base", "foot"], material: "ceramic", color: "teal", body: true },
    neck: { words: ["neck", "lip", "rim", "mouth"], material: "ceramic", color: "teal", body: true },
    stems: { words: ["stem"], material: "foliage", optional: "off" },
    flowers: { words: ["flower", "blossom", "bloom", "tulip", "daisy"], material: "fabric", color: "pink", optional: "off" },
  },
  groups: { flowers: { role: "flowers", unit: "flower", default: 3, min: 1, max: 9 } },
  build(p) {
    const parts: PartSpec[] = [
      part("foot", taper(1.4), [0.1, 0.1, 0.03], [0, 0, 0.015], "body"),
      part("belly", "sphere", [0.2, 0.2, 0.22], [0, 0, 0.13], "body"),
      part("neck", taper(1.35), [0.08, 0.08, 0.12], [0, 0, 0.27], "neck"),
      part("lip", "torus", [0.11, 0.11, 0.018], [0, 0, 0.33], "neck"),
    ];
    if (p.has("flowers") || p.has("stems")) {
      const n = p.count("flowers");
      circlePoints(n, n > 1 ? 0.1 : 0, 0.5).forEach(([x, y], i) => {
        const top: [number, number, number] = [x, y, 0.55 + (i % 3) * 0.05];
        parts.push(rod(`stem_${i + 1}`, [0, 0, 0.25], top, 0.008, "stems"));
        parts.push(part(`flower_${i + 1}`, "ico_sphere", [0.07, 0.07, 0.05], top, "flowers", { group: "flowers" }));
      });
    }
    return parts;
  },
};

/** A glass bottle with shoulder, neck, cap and label. */
export const bottle: SubjectDef = {
  name: "bottle",
  synonyms: ["wine bottle", "beer bottle", "water bottle", "flask", "potion"],
  category: "household",
  roles: {
    body: { words: ["body", "glass", "shoulder", "neck"], material: "glass", color: "green", body: true },
    cap: { words: ["cap", "cork", "lid", "stopper", "top"], material: "metal", color: "gold" },
    label: { words: ["label", "sticker"], material: "paper", color: "cream", optional: "on" },
  },
  build(p) {
    const d = 0.075, h = 0.2;
    const parts: PartSpec[] = [
      part("body", "cylinder", [d, d, h], [0, 0, h / 2], "body"),
      part("shoulder", "hemisphere", [d, d, 0.04], [0, 0, h + 0.02], "body"),
      part("neck", "cylinder", [0.028, 0.028, 0.09], [0, 0, h + 0.07], "body"),
      part("cap", "cylinder", [0.032, 0.032, 0.025], [0, 0, h + 0.125], "cap"),
    ];
    if (p.has("label")) parts.push(part("label", "cylinder", [d + 0.002, d + 0.002, 0.08], [0, 0, h * 0.5], "label"));
    return parts;
  },
};
