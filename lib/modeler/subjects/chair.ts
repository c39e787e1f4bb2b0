import type { PartSpec, SubjectDef } from "../types";
import { part, rectanglePoints, rockerArc, spread } from "./kit";

/** A dining chair: seat, counted legs, a backrest (panel, or slats when counted), optional armrests and rockers. */
export const chair: SubjectDef = {
  name: "chair",
  synonyms: ["dining chair", "kitchen chair", "side chair", "office chair", "desk chair"],
  variants: {
    armchair: { features: { armrests: true } }, "arm chair": { features: { armrests: true } }, recliner: { features: { armrests: true } },
    "rocking chair": { features: { rockers: true } },
    throne: { features: { armrests: true }, scale: [1.2, 1.2, 1.3] }, "high chair": { scale: [0.8, 0.8, 1.4] },
  },
  category: "furniture",
  roles: {
    seat: { words: ["seat", "cushion"], material: "wood", body: true },
    legs: { words: ["leg", "foot"], material: "wood", body: true },
    backrest: { words: ["backrest", "back", "slat", "post", "rail"], material: "wood", body: true, optional: "on" },
    armrests: { words: ["armrest", "arm"], material: "wood", body: true, optional: "off" },
    rockers: { words: ["rocker", "runner"], material: "wood", body: true, optional: "off" },
  },
  groups: {
    legs: { role: "legs", unit: "leg", default: 4, min: 3, max: 8 },
    slats: { role: "backrest", unit: "slat", default: 0, min: 0, max: 9 },
  },
  build(p) {
    const w = 0.45, d = 0.45, seatZ = 0.45, seatT = 0.05;
    const round = p.style === "modern";
    const legW = p.style === "rustic" ? 0.055 : round ? 0.03 : 0.04;
    // On a rocking chair the legs stand on two curved runners, front to back under each side.
    const rockers = p.has("rockers"), rockerR = 1.2, rockerT = 0.04;
    const legBase = (y: number) => (rockers ? rockerR - Math.sqrt(rockerR * rockerR - y * y) + rockerT / 2 : 0);
    const parts: PartSpec[] = [part("seat", "rounded_box", [w, d, seatT], [0, 0, seatZ], "seat")];
    rectanglePoints(p.count("legs"), w / 2 - legW, d / 2 - legW).forEach(([x, y], i) => {
      const shape = round ? "cylinder" : "box";
      const base = legBase(y), legH = seatZ - seatT / 2 - base;
      parts.push(part(`leg_${i + 1}`, shape, [legW, legW, legH], [x, y, base + legH / 2], "legs", { group: "legs" }));
    });
    if (rockers) {
      for (const [i, x] of [-1, 1].entries()) {
        parts.push(...rockerArc(`rocker_${i ? "right" : "left"}`, { along: "y", offset: x * (w / 2 - legW), radius: rockerR, span: d + 0.12, width: 0.04, thick: rockerT }, "rockers"));
      }
    }
    const top = seatZ + seatT / 2;
    if (p.has("backrest")) {
      const backH = 0.45, y = d / 2 - 0.025;
      const slats = p.count("slats");
      if (slats === 0) {
        parts.push(part("backrest", "rounded_box", [w, 0.04, backH], [0, y, top + backH / 2], "backrest"));
      } else {
        // Posts and a top rail frame the slats, as on a real spindle-back chair.
        for (const [i, x] of [-1, 1].entries()) {
          parts.push(part(`back_post_${i + 1}`, "box", [0.04, 0.04, backH], [x * (w / 2 - 0.02), y, top + backH / 2], "backrest"));
        }
        parts.push(part("back_rail", "rounded_box", [w, 0.045, 0.07], [0, y, top + backH - 0.035], "backrest"));
        spread(slats, w - 0.16).forEach((x, i) => {
          parts.push(part(`slat_${i + 1}`, "box", [0.03, 0.02, backH - 0.07], [x, y, top + (backH - 0.07) / 2], "backrest", { group: "slats" }));
        });
      }
    }
    if (p.has("armrests")) {
      for (const [i, x] of [-1, 1].entries()) {
        const ax = x * (w / 2 - 0.02);
        parts.push(part(`arm_support_${i + 1}`, "box", [0.035, 0.035, 0.2], [ax, -d / 2 + 0.05, top + 0.1], "armrests"));
        parts.push(part(`armrest_${i + 1}`, "rounded_box", [0.06, d, 0.035], [ax, 0, top + 0.215], "armrests"));
      }
    }
    return parts;
  },
};
