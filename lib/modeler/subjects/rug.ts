import type { PartSpec, SubjectDef } from "../types";
import { part, spread } from "./kit";

/** A flat woven rug: the field, a border laid round it, a centre medallion and a counted fringe at both ends. */
export const rug: SubjectDef = {
  name: "rug",
  synonyms: ["carpet", "area rug", "mat", "floor mat", "persian rug", "rug runner"],
  variants: { doormat: { scale: [0.4, 0.45, 1], features: { fringe: false, medallion: false } } },
  category: "household",
  roles: {
    field: { words: ["field", "base", "pile"], material: "fabric", color: "maroon", body: true },
    border: { words: ["border", "edge", "trim"], material: "fabric", color: "cream", optional: "on" },
    medallion: { words: ["medallion", "motif", "pattern"], material: "fabric", color: "navy", optional: "on" },
    fringe: { words: ["fringe", "tassel"], material: "wool", color: "cream", optional: "on" },
  },
  groups: { fringe: { role: "fringe", unit: "tassel", default: 16, min: 0, max: 40 } },
  build(p) {
    const w = 2, d = 1.4, t = 0.012, b = 0.1, z = t + 0.002;
    const parts: PartSpec[] = [part("field", "box", [w, d, t], [0, 0, t / 2], "field")];
    if (p.has("border")) {
      // Laid on top of the field: two long strips and two short ones between them.
      for (const s of [-1, 1]) parts.push(part(`border_${s < 0 ? "front" : "back"}`, "box", [w, b, 0.004], [0, s * (d / 2 - b / 2), z], "border"));
      for (const s of [-1, 1]) parts.push(part(`border_${s < 0 ? "left" : "right"}`, "box", [b, d - 2 * b, 0.004], [s * (w / 2 - b / 2), 0, z], "border"));
    }
    if (p.has("medallion")) parts.push(part("medallion", "cylinder", [0.7, 0.5, 0.004], [0, 0, z], "medallion"));
    // The fringe hangs off both short ends, shared out between them.
    const n = p.count("fringe"), left = Math.ceil(n / 2);
    [left, n - left].forEach((count, end) => {
      if (count === 0) return;
      spread(count, d - 0.2).forEach((y, i) => {
        const k = end === 0 ? i + 1 : left + i + 1;
        parts.push(part(`tassel_${k}`, "box", [0.09, 0.018, 0.005], [(end === 0 ? -1 : 1) * (w / 2 + 0.04), y, 0.0025], "fringe", { group: "fringe" }));
      });
    });
    return parts;
  },
};
