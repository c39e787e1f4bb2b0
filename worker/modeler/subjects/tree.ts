import type { PartSpec, SubjectDef } from "../types";
import { circlePoints, part, seeded, taper } from "./kit";

/** A broadleaf tree: tapered trunk, a few branches and a counted cluster of foliage blobs. */
export const tree: SubjectDef = {
  name: "tree",
  synonyms: ["oak tree", "maple", "maple tree", "apple tree", "birch", "deciduous tree", "sapling"],
  variants: { bush: { scale: [0.5, 0.5, 0.3] }, shrub: { scale: [0.5, 0.5, 0.3] } },
  category: "nature",
  roles: {
    trunk: { words: ["trunk", "bark", "stem", "branch"], material: "bark" },
    foliage: { words: ["foliage", "leaf", "crown", "canopy", "blob", "top"], material: "foliage", body: true },
    fruit: { words: ["fruit", "apple"], material: "plastic", color: "red", optional: "off" },
  },
  groups: { foliage: { role: "foliage", unit: "foliage", default: 5, min: 1, max: 12 } },
  build(p) {
    const trunkH = 2.6, crownZ = trunkH + 0.7;
    const rand = seeded(7);
    const parts: PartSpec[] = [part("trunk", taper(0.55), [0.38, 0.38, trunkH], [0, 0, trunkH / 2], "trunk")];
    for (const [i, a] of [0.4, 2.6, 4.4].entries()) {
      // Branches lean outward from the upper trunk toward the crown so it doesn't float.
      const x = Math.cos(a) * 0.35, y = Math.sin(a) * 0.35;
      parts.push(part(`branch_${i + 1}`, "cylinder", [0.09, 0.09, 1.1], [x, y, trunkH - 0.2], "trunk", { rot: [-Math.sin(a) * 0.7, Math.cos(a) * 0.7, 0] }));
    }
    const n = p.count("foliage");
    const shape = p.style === "low-poly" ? "ico_sphere" : "sphere";
    parts.push(part("foliage_1", shape, [2.4, 2.4, 2.1], [0, 0, crownZ + 0.4], "foliage", { group: "foliage" }));
    circlePoints(n - 1, 1.05, 0.3).forEach(([x, y], i) => {
      const s = 1.4 + rand() * 0.5;
      parts.push(part(`foliage_${i + 2}`, shape, [s, s, s * 0.9], [x, y, crownZ + rand() * 0.5 - 0.1], "foliage", { group: "foliage" }));
    });
    if (p.has("fruit")) {
      circlePoints(6, 1.1, 0.1).forEach(([x, y], i) => {
        parts.push(part(`fruit_${i + 1}`, "sphere", [0.12, 0.12, 0.12], [x * 1.1, y * 1.1, crownZ - 0.3 + (i % 2) * 0.4], "fruit"));
      });
    }
    return parts;
  },
};
