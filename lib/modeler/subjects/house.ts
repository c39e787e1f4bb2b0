import type { PartSpec, SubjectDef, Vec3 } from "../types";
import { part } from "./kit";

/** A gabled house: walls per floor, roof, door, counted windows and an optional chimney. */
export const house: SubjectDef = {
  name: "house",
  synonyms: ["home", "cottage", "cabin", "hut", "building", "bungalow", "villa", "farmhouse", "barn", "shed", "shack", "chalet", "lodge", "mansion", "townhouse", "cabin house"],
  category: "building",
  roles: {
    walls: { words: ["wall", "facade", "side"], material: "plaster", body: true },
    roof: { words: ["roof", "rooftop", "tile"], material: "tile" },
    door: { words: ["door", "entrance", "doorway"], material: "wood", color: "brown" },
    windows: { words: ["window", "pane"], material: "glass", color: "sky" },
    chimney: { words: ["chimney", "smokestack"], material: "brick", optional: "on" },
  },
  groups: {
    windows: { role: "windows", unit: "window", default: 4, min: 0, max: 16 },
    floors: { role: "walls", unit: "floor", default: 1, min: 1, max: 3 },
  },
  build(p) {
    const w = 7, d = 6, floorH = 2.8, floors = p.count("floors"), wallH = floorH * floors;
    const roofH = 2.2;
    const parts: PartSpec[] = [
      // One box per storey, so floors can be counted and edited one by one.
      ...Array.from({ length: floors }, (_, f) => part(`floor_${f + 1}`, "box", [w, d, floorH], [0, 0, f * floorH + floorH / 2], "walls", { group: "floors" })),
      // The roof overhangs the walls on every side, like real eaves.
      part("roof", "wedge", [w + 0.6, d + 0.8, roofH], [0, 0, wallH + roofH / 2], "roof"),
      part("door", "box", [1, 0.1, 2.1], [0, -d / 2 - 0.03, 1.05], "door"),
    ];
    // Window slots: front beside the door first, then the sides and back, floor by floor.
    const slots: Array<{ at: Vec3; side: boolean }> = [];
    const fy = -d / 2 - 0.03, by = d / 2 + 0.03, sx = w / 2 + 0.03;
    for (let f = 0; f < floors; f++) {
      const z = f * floorH + 1.5;
      const front = f === 0 ? [-w / 4 - 0.3, w / 4 + 0.3] : [-w / 4 - 0.3, 0, w / 4 + 0.3];
      slots.push(...front.map((x) => ({ at: [x, fy, z] as Vec3, side: false })));
      slots.push({ at: [-sx, -d / 5, z], side: true }, { at: [sx, -d / 5, z], side: true });
      slots.push({ at: [-w / 4, by, z], side: false }, { at: [w / 4, by, z], side: false });
      slots.push({ at: [-sx, d / 5, z], side: true }, { at: [sx, d / 5, z], side: true });
    }
    slots.slice(0, p.count("windows")).forEach(({ at, side }, i) => {
      const size: Vec3 = side ? [0.1, 1.1, 1.2] : [1.1, 0.1, 1.2];
      parts.push(part(`window_${i + 1}`, "box", size, at, "windows", { group: "windows" }));
    });
    if (p.has("chimney")) parts.push(part("chimney", "box", [0.6, 0.6, 1.8], [w / 4, d / 5, wallH + 1.4], "chimney"));
    return parts;
  },
};
