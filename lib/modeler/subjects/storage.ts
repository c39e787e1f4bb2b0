import type { PartSpec, SubjectDef, Vec3 } from "../types";
import { part, spread } from "./kit";

/** Bookshelf: two sides, top and bottom, counted shelves, a back panel and counted books spread over the levels. */
export const bookshelf: SubjectDef = {
  name: "bookshelf",
  synonyms: ["bookcase", "book shelf", "book case", "shelving unit", "shelf unit", "shelf", "shelving", "bookshelves"],
  category: "furniture",
  roles: {
    frame: { words: ["side", "frame", "panel", "top", "bottom"], material: "wood", body: true },
    shelves: { words: ["shelf", "level", "tier"], material: "wood", body: true },
    back: { words: ["back", "backing"], material: "wood", body: true, optional: "on" },
    books: { words: ["book", "novel", "volume"], material: "paper", color: "maroon" },
  },
  groups: {
    shelves: { role: "shelves", unit: "shelf", default: 4, min: 1, max: 10 },
    books: { role: "books", unit: "book", default: 12, min: 0, max: 60 },
  },
  build(p) {
    const w = 0.8, d = 0.3, h = 1.8, t = 0.02, n = p.count("shelves");
    const parts: PartSpec[] = [];
    for (const [i, x] of [-1, 1].entries()) parts.push(part(`side_${i + 1}`, "box", [t, d, h], [x * (w / 2 - t / 2), 0, h / 2], "frame"));
    parts.push(part("top", "box", [w, d, t], [0, 0, h - t / 2], "frame"), part("bottom", "box", [w, d, t], [0, 0, 0.05], "frame"));
    if (p.has("back")) parts.push(part("back", "box", [w, 0.01, h], [0, d / 2 - 0.005, h / 2], "back"));
    // Shelves split the height evenly; each level is the gap above a board, and books fill levels left to right.
    const floor = 0.06, step = (h - t - floor) / (n + 1);
    const boardTops = [floor, ...Array.from({ length: n }, (_, i) => floor + (i + 1) * step + t / 2)];
    boardTops.slice(1).forEach((z, i) => parts.push(part(`shelf_${i + 1}`, "box", [w - 2 * t, d - 0.01, t], [0, -0.005, z - t / 2], "shelves", { group: "shelves" })));
    const levels = boardTops.map((z) => ({ z, height: step - t }));
    const tints = ["maroon", "navy", "olive", "tan", "teal", "charcoal"];
    const total = p.count("books"), perLevel = Math.max(1, Math.ceil(total / levels.length));
    for (let b = 0; b < total; b++) {
      const level = levels[Math.floor(b / perLevel) % levels.length], k = b % perLevel;
      const bh = Math.min(level.height - 0.02, 0.2 + ((b * 37) % 7) * 0.012);
      const at: Vec3 = [-w / 2 + t + 0.03 + k * 0.045, 0, level.z + bh / 2];
      parts.push(part(`book_${b + 1}`, "box", [0.035, 0.2, bh], at, "books", { group: "books", tint: tints[b % tints.length] }));
    }
    return parts;
  },
};

/** One family for closed furniture: carcass, counted doors or drawers, handles, feet. */
function cabinetLike(name: string, synonyms: string[], size: Vec3, doors: number, drawers: number): SubjectDef {
  return {
    name,
    synonyms,
    variants: name === "cabinet" ? { dresser: { counts: { doors: 0, drawers: 4 } }, "chest of drawers": { counts: { doors: 0, drawers: 4 } }, nightstand: { counts: { doors: 0, drawers: 2 } }, "night stand": { counts: { doors: 0, drawers: 2 } } } : undefined,
    category: "furniture",
    roles: {
      body: { words: ["body", "carcass", "frame", "side", "top"], material: "wood", body: true },
      doors: { words: ["door", "front"], material: "wood", body: true },
      drawers: { words: ["drawer"], material: "wood", body: true },
      handles: { words: ["handle", "knob", "pull"], material: "brass" },
      legs: { words: ["leg", "foot"], material: "wood", body: true, optional: "on" },
    },
    groups: {
      doors: { role: "doors", unit: "door", default: doors, min: 0, max: 4 },
      drawers: { role: "drawers", unit: "drawer", default: drawers, min: 0, max: 6 },
    },
    build(p) {
      const [w, d, h] = size, legH = p.has("legs") ? 0.08 : 0, bodyH = h - legH;
      const parts: PartSpec[] = [part("body", "box", [w, d, bodyH], [0, 0, legH + bodyH / 2], "body")];
      if (legH) {
        const corners: Array<[number, number]> = [[-1, -1], [1, -1], [1, 1], [-1, 1]];
        corners.forEach(([sx, sy], i) => parts.push(part(`foot_${i + 1}`, "box", [0.05, 0.05, legH], [sx * (w / 2 - 0.05), sy * (d / 2 - 0.05), legH / 2], "legs")));
      }
      const nd = p.count("drawers"), ndoor = p.count("doors");
      // Drawers stack at the top (a third of the height when doors share the front), doors fill the rest.
      const drawerZone = ndoor === 0 ? bodyH - 0.04 : nd > 0 ? bodyH * 0.3 : 0;
      const fy = -d / 2 - 0.01;
      for (let i = 0; i < nd; i++) {
        const dh = drawerZone / nd, z = legH + bodyH - 0.02 - dh * (i + 0.5);
        parts.push(part(`drawer_${i + 1}`, "rounded_box", [w - 0.04, 0.02, dh - 0.015], [0, fy, z], "drawers", { group: "drawers" }));
        parts.push(part(`drawer_handle_${i + 1}`, "box", [0.12, 0.025, 0.02], [0, fy - 0.02, z], "handles"));
      }
      const doorH = bodyH - drawerZone - 0.04, doorZ = legH + 0.02 + doorH / 2;
      const pitch = (w - 0.04) / Math.max(1, ndoor);
      (ndoor > 0 ? spread(ndoor, (ndoor - 1) * pitch) : []).forEach((x, i) => {
        const dw = pitch - 0.01;
        parts.push(part(`door_${i + 1}`, "rounded_box", [dw, 0.02, doorH], [x, fy, doorZ], "doors", { group: "doors" }));
        // Handles sit on the edge nearest the neighbouring door, so a pair meets in the middle.
        const hx = x + (i % 2 === 0 ? 1 : -1) * (dw / 2 - 0.05);
        parts.push(part(`door_handle_${i + 1}`, "box", [0.02, 0.025, Math.min(0.25, doorH * 0.2)], [hx, fy - 0.02, doorZ], "handles"));
      });
      return parts;
    },
  };
}

/** Kitchen or living-room cabinet; "dresser" and "chest of drawers" are drawer-only variants. */
export const cabinet = cabinetLike("cabinet", ["cupboard", "sideboard", "bedside table", "drawers", "kitchen cabinet", "credenza", "filing cabinet", "commode", "bureau"], [0.9, 0.45, 0.9], 2, 0);
/** A tall two-door wardrobe. */
export const wardrobe = cabinetLike("wardrobe", ["closet", "armoire", "clothes cabinet"], [1.2, 0.6, 2.0], 2, 0);
