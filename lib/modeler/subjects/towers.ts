import type { PartSpec, SubjectDef } from "../types";
import { circlePoints, HALF_PI, part, rectanglePoints, spread, taper, wallBetween } from "./kit";

/** Battlements around a circle: the merlons a tower or castle keep wears. */
function merlons(prefix: string, count: number, radius: number, z: number, role: string, group?: string): PartSpec[] {
  return circlePoints(count, radius).map(([x, y], i) =>
    part(`${prefix}_${i + 1}`, "box", [0.45, 0.45, 0.6], [x, y, z + 0.3], role, { rot: [0, 0, Math.atan2(y, x)], group }),
  );
}

/** A round stone tower: body, battlements, counted windows, door, optional conical roof. */
export const tower: SubjectDef = {
  name: "tower",
  synonyms: ["watchtower", "watch tower", "turret", "keep", "bell tower", "clock tower", "spire"],
  category: "building",
  roles: {
    body: { words: ["body", "wall", "base"], material: "stone", body: true },
    battlements: { words: ["battlement", "merlon", "crenellation", "parapet"], material: "stone", body: true },
    windows: { words: ["window", "slit"], material: "glass", color: "navy" },
    door: { words: ["door", "gate", "entrance"], material: "wood", color: "brown" },
    roof: { words: ["roof", "spire", "cone", "top"], material: "tile", optional: "off" },
  },
  groups: {
    windows: { role: "windows", unit: "window", default: 3, min: 0, max: 10 },
    battlements: { role: "battlements", unit: "merlon", default: 8, min: 0, max: 16 },
  },
  build(p) {
    const d = 3, h = 10;
    const parts: PartSpec[] = [part("body", "cylinder", [d, d, h], [0, 0, h / 2], "body")];
    if (p.has("roof")) parts.push(part("roof", "cone", [d + 0.6, d + 0.6, 3.5], [0, 0, h + 1.75], "roof"));
    else parts.push(...merlons("merlon", p.count("battlements"), d / 2 - 0.2, h, "battlements", "battlements"));
    parts.push(part("door", "box", [1.1, 0.2, 2], [0, -d / 2 + 0.05, 1], "door"));
    const n = p.count("windows");
    spread(n, h - 5).forEach((z, i) => {
      const a = -HALF_PI + (i % 2 ? 0.6 : -0.6);
      parts.push(part(`window_${i + 1}`, "box", [0.35, 0.2, 0.9], [Math.cos(a) * (d / 2), Math.sin(a) * (d / 2), 5.5 + z], "windows", { group: "windows", rot: [0, 0, a + HALF_PI] }));
    });
    return parts;
  },
};

/** A castle: counted corner towers with roofs, curtain walls between them, a keep and a gate. */
export const castle: SubjectDef = {
  name: "castle",
  synonyms: ["fortress", "fort", "citadel", "palace", "stronghold"],
  category: "building",
  roles: {
    walls: { words: ["wall", "curtain", "rampart"], material: "stone", body: true },
    towers: { words: ["tower", "turret"], material: "stone", body: true },
    roofs: { words: ["roof", "spire", "cone"], material: "tile", color: "navy" },
    keep: { words: ["keep", "donjon", "hall"], material: "stone", body: true },
    gate: { words: ["gate", "door", "entrance", "portcullis"], material: "wood", color: "brown" },
    flags: { words: ["flag", "banner", "pennant"], material: "fabric", color: "red", optional: "on" },
  },
  groups: { towers: { role: "towers", unit: "tower", default: 4, min: 3, max: 8 } },
  build(p) {
    const half = 7, wallH = 5, towerH = 8, td = 2.6;
    const n = p.count("towers");
    const pts = n === 4 ? rectanglePoints(4, half, half) : circlePoints(n, half * 1.3, -HALF_PI / 2);
    const parts: PartSpec[] = [];
    pts.forEach(([x, y], i) => {
      parts.push(part(`tower_${i + 1}`, "cylinder", [td, td, towerH], [x, y, towerH / 2], "towers", { group: "towers" }));
      parts.push(part(`tower_roof_${i + 1}`, "cone", [td + 0.5, td + 0.5, 2.8], [x, y, towerH + 1.4], "roofs"));
      if (p.has("flags")) {
        // A pole from inside the roof's tip up past the flag, so the flag hangs from something.
        parts.push(part(`flag_pole_${i + 1}`, "cylinder", [0.06, 0.06, 1.4], [x, y, towerH + 2.75], "roofs"));
        parts.push(part(`flag_${i + 1}`, "box", [0.7, 0.04, 0.45], [x + 0.38, y, towerH + 3.2], "flags"));
      }
      const [nx, ny] = pts[(i + 1) % pts.length];
      parts.push(wallBetween(`wall_${i + 1}`, [x, y], [nx, ny], wallH, 1, "walls"));
    });
    parts.push(part("keep", "box", [5, 5, 9], [0, 1, 4.5], "keep"));
    parts.push(part("keep_roof", "pyramid", [5.6, 5.6, 3], [0, 1, 10.5], "roofs"));
    const front = Math.min(...pts.map(([, y]) => y));
    parts.push(part("gate", "box", [2.2, 1.2, 3.2], [0, front, 1.6], "gate"));
    return parts;
  },
};

/** A lighthouse: tapered striped tower, gallery, glass lantern room with a light, red cap. */
export const lighthouse: SubjectDef = {
  name: "lighthouse",
  synonyms: ["light house", "beacon"],
  category: "building",
  roles: {
    tower: { words: ["tower", "body", "wall"], material: "plaster", color: "white", body: true },
    stripes: { words: ["stripe", "band", "ring"], material: "paint", color: "red" },
    gallery: { words: ["gallery", "balcony", "platform", "railing"], material: "iron", color: "charcoal" },
    lantern: { words: ["lantern", "glass", "window"], material: "glass", color: "white" },
    light: { words: ["light", "lamp", "bulb", "beacon"], material: "bulb", color: "yellow" },
    roof: { words: ["roof", "cap", "dome", "top"], material: "paint", color: "red" },
    door: { words: ["door"], material: "wood", color: "navy" },
  },
  groups: { stripes: { role: "stripes", unit: "stripe", default: 3, min: 0, max: 6 } },
  build(p) {
    const h = 12, d0 = 3.2, ratio = 0.6;
    const parts: PartSpec[] = [part("tower", taper(ratio), [d0, d0, h], [0, 0, h / 2], "tower")];
    const n = p.count("stripes");
    for (let i = 0; i < n; i++) {
      // Each band hugs the tower at its own height, so its radius follows the taper.
      const z = ((i + 0.75) * h) / (n + 0.5), dz = d0 * (1 - (1 - ratio) * (z / h)) + 0.06;
      parts.push(part(`stripe_${i + 1}`, "cylinder", [dz, dz, 1.2], [0, 0, z], "stripes", { group: "stripes" }));
    }
    const top = d0 * ratio;
    parts.push(part("gallery", "cylinder", [top + 1, top + 1, 0.2], [0, 0, h + 0.1], "gallery"));
    parts.push(part("railing", "torus", [top + 0.9, top + 0.9, 0.08], [0, 0, h + 1], "gallery"));
    parts.push(part("lantern", "cylinder", [top - 0.2, top - 0.2, 1.6], [0, 0, h + 1], "lantern"));
    parts.push(part("light", "sphere", [0.8, 0.8, 0.8], [0, 0, h + 1], "light"));
    parts.push(part("roof", "cone", [top + 0.3, top + 0.3, 1.2], [0, 0, h + 2.4], "roof"));
    parts.push(part("door", "box", [0.9, 0.2, 1.9], [0, -d0 / 2 + 0.05, 0.95], "door"));
    return parts;
  },
};
