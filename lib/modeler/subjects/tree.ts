import type { PartSpec, SubjectDef } from "../types";
import { circlePoints, part, seeded, taper } from "./kit";

/** A broadleaf tree: tapered trunk, a few branches and a counted cluster of foliage blobs. */
export const tree: SubjectDef = {
  name: "tree",
  synonyms: ["oak tree", "maple", "maple tree", "apple tree", "birch", "deciduous tree", "sapling", "willow", "elm", "beech", "poplar", "cherry tree", "ash tree", "chestnut tree"],
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
    const blobs = circlePoints(n - 1, 1.05, 0.3).map(([x, y], i) => {
      const s = 1.4 + rand() * 0.5;
      const blob = part(`foliage_${i + 2}`, shape, [s, s, s * 0.9], [x, y, crownZ + rand() * 0.5 - 0.1], "foliage", { group: "foliage" });
      parts.push(blob);
      return blob;
    });
    if (p.has("fruit")) {
      // Each fruit hangs on the outside of a blob, a little below its middle, so it shows and touches leaves.
      const hosts = blobs.length ? blobs : [parts.find((q) => q.name === "foliage_1")!];
      for (let i = 0; i < 6; i++) {
        const host = hosts[i % hosts.length];
        const a = Math.atan2(host.at[1], host.at[0]) + (i < hosts.length ? 0.35 : -0.35);
        const r = host.size[0] / 2 - 0.02;
        const at: [number, number, number] = [host.at[0] + Math.cos(a) * r * 0.9, host.at[1] + Math.sin(a) * r * 0.9, host.at[2] - r * 0.4];
        parts.push(part(`fruit_${i + 1}`, "sphere", [0.14, 0.14, 0.14], at, "fruit"));
      }
    }
    return parts;
  },
};
