import type { PartSpec, SubjectDef } from "../types";
import { part } from "./kit";

/** A writing desk: top, two legs on the left and a drawer pedestal on the right (four legs when drawers are 0). */
export const desk: SubjectDef = {
  name: "desk",
  synonyms: ["writing desk", "office desk", "computer desk", "workbench", "work desk", "study desk", "school desk", "writing table"],
  category: "furniture",
  roles: {
    top: { words: ["top", "desktop", "surface"], material: "oak", body: true },
    legs: { words: ["leg", "foot"], material: "oak", body: true },
    pedestal: { words: ["pedestal", "cabinet", "side"], material: "oak", body: true },
    drawers: { words: ["drawer"], material: "oak", body: true },
    handles: { words: ["handle", "knob", "pull"], material: "steel" },
  },
  groups: { drawers: { role: "drawers", unit: "drawer", default: 3, min: 0, max: 5 } },
  build(p) {
    const w = 1.4, d = 0.7, h = 0.75, t = 0.03, legH = h - t, nd = p.count("drawers");
    const parts: PartSpec[] = [part("top", "rounded_box", [w, d, t], [0, 0, h - t / 2], "top")];
    const legXs = nd > 0 ? [-w / 2 + 0.05] : [-w / 2 + 0.05, w / 2 - 0.05];
    let leg = 0;
    for (const x of legXs) for (const y of [-d / 2 + 0.05, d / 2 - 0.05]) {
      parts.push(part(`leg_${++leg}`, "box", [0.05, 0.05, legH], [x, y, legH / 2], "legs", { group: "legs" }));
    }
    if (nd > 0) {
      const pw = 0.42, px = w / 2 - pw / 2 - 0.02;
      parts.push(part("pedestal", "box", [pw, d - 0.06, legH], [px, 0, legH / 2], "pedestal"));
      const dh = (legH - 0.06) / nd;
      for (let i = 0; i < nd; i++) {
        const z = legH - 0.03 - dh * (i + 0.5);
        parts.push(part(`drawer_${i + 1}`, "rounded_box", [pw - 0.04, 0.02, dh - 0.02], [px, -d / 2 + 0.02, z], "drawers", { group: "drawers" }));
        parts.push(part(`handle_${i + 1}`, "box", [0.12, 0.02, 0.02], [px, -d / 2, z], "handles"));
      }
    }
    return parts;
  },
};
