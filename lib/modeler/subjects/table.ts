import type { PartSpec, SubjectDef } from "../types";
import { circlePoints, part, rectanglePoints } from "./kit";

/** A dining table: a top (rectangular, or round when asked), counted legs, an optional apron. */
export const table: SubjectDef = {
  name: "table",
  synonyms: ["dining table", "kitchen table", "picnic table", "end table", "console table", "bistro table"],
  variants: {
    "coffee table": { scale: [0.75, 0.75, 0.6] },
    "side table": { scale: [0.4, 0.5, 0.8] }, "round table": { features: { round: true } }, "pedestal table": { counts: { legs: 1 } } },
  category: "furniture",
  roles: {
    top: { words: ["top", "tabletop", "surface", "board"], material: "wood", body: true },
    legs: { words: ["leg", "foot", "pedestal"], material: "wood", body: true },
    apron: { words: ["apron", "rail", "frame", "skirt"], material: "wood", body: true, optional: "off" },
  },
  groups: { legs: { role: "legs", unit: "leg", default: 4, min: 1, max: 8 } },
  build(p) {
    const round = p.has("round");
    const w = round ? 1.1 : 1.6, d = round ? 1.1 : 0.9, h = 0.75, t = 0.04;
    const legW = p.style === "modern" ? 0.04 : 0.07;
    const legH = h - t;
    const parts: PartSpec[] = [part("top", round ? "cylinder" : "rounded_box", [w, d, t], [0, 0, h - t / 2], "top")];
    const n = p.count("legs");
    if (n === 1) {
      // One leg means a pedestal table: a centre column on a wide foot so it would really stand.
      parts.push(part("leg_1", "cylinder", [0.12, 0.12, legH], [0, 0, legH / 2], "legs", { group: "legs" }));
      parts.push(part("foot", "cylinder", [0.55, 0.55, 0.04], [0, 0, 0.02], "legs"));
    } else {
      const pts = round ? circlePoints(n, w / 2 - 0.12, Math.PI / 4) : rectanglePoints(n, w / 2 - 0.08, d / 2 - 0.08);
      pts.forEach(([x, y], i) => {
        const shape = p.style === "modern" || round ? "cylinder" : "box";
        parts.push(part(`leg_${i + 1}`, shape, [legW, legW, legH], [x, y, legH / 2], "legs", { group: "legs" }));
      });
    }
    if (p.has("apron") && !round) {
      const z = legH - 0.05;
      parts.push(part("apron_front", "box", [w - 0.2, 0.025, 0.08], [0, -(d / 2 - 0.08), z], "apron"));
      parts.push(part("apron_back", "box", [w - 0.2, 0.025, 0.08], [0, d / 2 - 0.08, z], "apron"));
    }
    return parts;
  },
};
