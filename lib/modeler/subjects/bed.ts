import type { PartSpec, SubjectDef } from "../types";
import { part, rectanglePoints, spread } from "./kit";

/** A double bed: frame on legs, mattress, headboard, counted pillows, a blanket and optional footboard. */
export const bed: SubjectDef = {
  name: "bed",
  synonyms: ["double bed", "single bed", "queen bed", "king bed", "king size bed", "queen size bed", "king sized bed", "queen sized bed", "cot", "bunk", "daybed"],
  variants: { "bunk bed": { features: { footboard: true } }, "single bed": { scale: [0.6, 1, 1], counts: { pillows: 1 } } },
  category: "furniture",
  roles: {
    frame: { words: ["frame", "base"], material: "wood", body: true },
    legs: { words: ["leg", "foot"], material: "wood", body: true },
    headboard: { words: ["headboard", "head"], material: "wood", body: true },
    footboard: { words: ["footboard"], material: "wood", body: true, optional: "off" },
    mattress: { words: ["mattress"], material: "fabric", color: "white" },
    pillows: { words: ["pillow", "cushion"], material: "fabric", color: "ivory" },
    blanket: { words: ["blanket", "duvet", "quilt", "sheet", "cover", "bedspread"], material: "fabric", color: "navy", tint: true, optional: "on" },
  },
  groups: { pillows: { role: "pillows", unit: "pillow", default: 2, min: 0, max: 4 }, legs: { role: "legs", unit: "leg", default: 4, min: 4, max: 6 } },
  build(p) {
    const w = 1.6, l = 2.1, legH = 0.15, frameH = 0.25, top = legH + frameH;
    const parts: PartSpec[] = [part("frame", "box", [w, l, frameH], [0, 0, legH + frameH / 2], "frame")];
    rectanglePoints(p.count("legs"), w / 2 - 0.05, l / 2 - 0.05).forEach(([x, y], i) => {
      parts.push(part(`leg_${i + 1}`, "box", [0.07, 0.07, legH], [x, y, legH / 2], "legs", { group: "legs" }));
    });
    parts.push(part("mattress", "rounded_box", [w - 0.06, l - 0.1, 0.22], [0, -0.03, top + 0.11], "mattress"));
    parts.push(part("headboard", "rounded_box", [w + 0.04, 0.08, 1.05], [0, l / 2 + 0.02, 0.525], "headboard"));
    if (p.has("footboard")) parts.push(part("footboard", "rounded_box", [w + 0.04, 0.08, 0.65], [0, -l / 2 - 0.02, 0.325], "footboard"));
    spread(p.count("pillows"), w * 0.45).forEach((x, i) => {
      parts.push(part(`pillow_${i + 1}`, "rounded_box", [p.count("pillows") === 1 ? 0.9 : 0.6, 0.4, 0.14], [x, l / 2 - 0.33, top + 0.28], "pillows", { group: "pillows" }));
    });
    // The blanket covers the lower two-thirds and drapes a little over the sides.
    if (p.has("blanket")) parts.push(part("blanket", "rounded_box", [w + 0.02, l * 0.62, 0.05], [0, -l * 0.19 - 0.03, top + 0.215], "blanket"));
    return parts;
  },
};
