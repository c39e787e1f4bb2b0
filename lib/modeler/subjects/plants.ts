import type { PartSpec, SubjectDef } from "../types";
import { circlePoints, HALF_PI, part, rod, seeded, taper } from "./kit";

/** A conifer: trunk and counted cone layers, narrowing upward; a Christmas tree adds a star and baubles. */
export const pineTree: SubjectDef = {
  name: "pine tree",
  synonyms: ["pine", "fir", "fir tree", "spruce", "conifer", "evergreen", "cedar"],
  variants: { "christmas tree": { features: { star: true, ornaments: true } }, "xmas tree": { features: { star: true, ornaments: true } } },
  category: "nature",
  roles: {
    trunk: { words: ["trunk", "stem", "bark"], material: "bark" },
    layers: { words: ["layer", "tier", "branch", "needle", "foliage", "leaf"], material: "foliage", color: "emerald", body: true },
    star: { words: ["star", "topper"], material: "gold", optional: "off" },
    ornaments: { words: ["ornament", "bauble", "ball", "decoration"], material: "paint", color: "red", optional: "off" },
  },
  groups: { layers: { role: "layers", unit: "layer", default: 4, min: 2, max: 7 } },
  build(p) {
    const n = p.count("layers"), trunkH = 1, d0 = 2.8, layerH = 1.7;
    const parts: PartSpec[] = [part("trunk", "cylinder", [0.3, 0.3, trunkH + 0.4], [0, 0, (trunkH + 0.4) / 2], "trunk")];
    let top = 0;
    for (let i = 0; i < n; i++) {
      // Each layer is narrower and overlaps the one below by 40%, the usual stacked-cone conifer.
      const f = 1 - i / (n + 0.5), z = trunkH + i * layerH * 0.6 + layerH / 2;
      parts.push(part(`layer_${i + 1}`, "cone", [d0 * f, d0 * f, layerH], [0, 0, z], "layers", { group: "layers" }));
      top = z + layerH / 2;
    }
    if (p.has("star")) parts.push(part("star", "ico_sphere", [0.35, 0.1, 0.35], [0, 0, top + 0.1], "star"));
    if (p.has("ornaments")) {
      const rand = seeded(3);
      for (let i = 0; i < 10; i++) {
        const z = trunkH + 0.3 + rand() * (top - trunkH - 1.2), r = (d0 / 2) * (1 - (z - trunkH) / (top - trunkH)) * 0.85, a = rand() * 6.28;
        parts.push(part(`ornament_${i + 1}`, "sphere", [0.16, 0.16, 0.16], [Math.cos(a) * r, Math.sin(a) * r, z], "ornaments", { tint: ["red", "gold", "blue"][i % 3] }));
      }
    }
    return parts;
  },
};

/** A palm tree: leaning segmented trunk, counted drooping fronds, coconuts. */
export const palmTree: SubjectDef = {
  name: "palm tree",
  synonyms: ["palm", "coconut tree", "coconut palm"],
  category: "nature",
  roles: {
    trunk: { words: ["trunk", "stem", "bark", "segment"], material: "bark", color: "tan" },
    fronds: { words: ["frond", "leaf", "foliage"], material: "foliage", body: true },
    coconuts: { words: ["coconut", "nut", "fruit"], material: "wood", color: "brown", optional: "on" },
  },
  groups: { fronds: { role: "fronds", unit: "frond", default: 7, min: 3, max: 12 } },
  build(p) {
    const segs = 7, segH = 0.75, parts: PartSpec[] = [];
    let x = 0;
    for (let i = 0; i < segs; i++) {
      // The trunk bends more toward the top, as palms lean into the light.
      const dx = 0.04 * i;
      parts.push(rod(`trunk_${i + 1}`, [x, 0, i * segH], [x + dx, 0, (i + 1) * segH + 0.05], 0.42 - i * 0.025, "trunk"));
      x += dx;
    }
    const top: [number, number, number] = [x, 0, segs * segH];
    circlePoints(p.count("fronds"), 1.3, 0.2).forEach(([fx, fy], i) => {
      const a = Math.atan2(fy, fx);
      parts.push(part(`frond_${i + 1}`, "sphere", [2.8, 0.6, 0.12], [top[0] + fx, top[1] + fy, top[2] - 0.25], "fronds", { group: "fronds", rot: [0, 0.35, a] }));
    });
    if (p.has("coconuts")) {
      circlePoints(3, 0.25, 0.5).forEach(([cx, cy], i) => parts.push(part(`coconut_${i + 1}`, "sphere", [0.25, 0.25, 0.28], [top[0] + cx, top[1] + cy, top[2] - 0.3], "coconuts")));
    }
    return parts;
  },
};

/** A boulder built from a few overlapping faceted lumps; counted so "a pile of five rocks" works. */
export const rock: SubjectDef = {
  name: "rock",
  synonyms: ["boulder", "stones", "pebble", "crag", "rocks", "stone"],
  category: "nature",
  roles: { rocks: { words: ["rock", "stone", "lump", "chunk", "boulder"], material: "stone", body: true }, moss: { words: ["moss"], material: "foliage", optional: "off" } },
  groups: { rocks: { role: "rocks", unit: "rock", default: 3, min: 1, max: 9 } },
  build(p) {
    const rand = seeded(11), n = p.count("rocks");
    const parts: PartSpec[] = [];
    circlePoints(n, n > 1 ? 0.55 : 0, 0.4).forEach(([x, y], i) => {
      const s = i === 0 ? 1.3 : 0.6 + rand() * 0.5, h = s * (0.55 + rand() * 0.25);
      parts.push(part(`rock_${i + 1}`, "ico_sphere", [s, s * (0.8 + rand() * 0.3), h], [i === 0 ? 0 : x, i === 0 ? 0 : y, h / 2 - 0.05], "rocks", { group: "rocks", rot: [0, 0, rand() * 3] }));
    });
    if (p.has("moss")) parts.push(part("moss", "hemisphere", [0.9, 0.8, 0.25], [0, 0, parts[0].size[2] - 0.12], "moss"));
    return parts;
  },
};

/** A single flower: stem, leaves, counted petals round a centre, optional pot. */
export const flower: SubjectDef = {
  name: "flower",
  synonyms: ["daisy", "tulip", "sunflower", "blossom", "lily", "poppy", "rose", "orchid", "daffodil", "lotus", "carnation", "dandelion", "bloom"],
  variants: {
    "potted flower": { features: { pot: true } }, "potted plant": { features: { pot: true } }, "pot plant": { features: { pot: true } },
    plant: { features: { pot: true } }, houseplant: { features: { pot: true } }, "house plant": { features: { pot: true } },
  },
  category: "nature",
  roles: {
    petals: { words: ["petal", "bloom", "head"], material: "fabric", color: "pink", body: true },
    center: { words: ["center", "centre", "middle", "core", "eye"], material: "fabric", color: "yellow" },
    stem: { words: ["stem", "stalk"], material: "foliage" },
    leaves: { words: ["leaf", "leave"], material: "foliage" },
    pot: { words: ["pot", "planter", "vase"], material: "clay", optional: "off" },
  },
  groups: { petals: { role: "petals", unit: "petal", default: 8, min: 3, max: 16 } },
  build(p) {
    const z0 = p.has("pot") ? 0.18 : 0, h = 0.45, parts: PartSpec[] = [];
    if (z0) parts.push(part("pot", taper(1.3), [0.16, 0.16, z0], [0, 0, z0 / 2], "pot"), part("soil", "cylinder", [0.19, 0.19, 0.01], [0, 0, z0 - 0.01], "stem"));
    parts.push(part("stem", "cylinder", [0.012, 0.012, h], [0, 0, z0 + h / 2], "stem"));
    for (const [i, s] of [-1, 1].entries()) parts.push(part(`leaf_${i + 1}`, "sphere", [0.12, 0.04, 0.012], [s * 0.06, 0, z0 + h * (0.35 + i * 0.15)], "leaves", { rot: [0, -s * 0.5, 0] }));
    const cz = z0 + h + 0.01, n = p.count("petals");
    parts.push(part("center", "sphere", [0.05, 0.05, 0.03], [0, -0.005, cz], "center"));
    // Petals lie around the centre facing forward-up, like a flower turned to the viewer.
    circlePoints(n, 0.045, HALF_PI).forEach(([x, z], i) => {
      parts.push(part(`petal_${i + 1}`, "sphere", [0.02, 0.008, 0.065], [x, 0, cz + z], "petals", { group: "petals", rot: [0, Math.atan2(x, z), 0] }));
    });
    return parts;
  },
};

/** A toadstool: tapered stem, domed cap with counted spots, a gill disc. */
export const mushroom: SubjectDef = {
  name: "mushroom",
  synonyms: ["toadstool", "fungus", "shroom"],
  category: "nature",
  roles: {
    cap: { words: ["cap", "top", "head", "hat"], material: "clay", color: "red", body: true },
    stem: { words: ["stem", "stalk", "stipe"], material: "clay", color: "ivory" },
    spots: { words: ["spot", "dot"], material: "clay", color: "white" },
    gills: { words: ["gill", "underside"], material: "clay", color: "beige" },
  },
  groups: { spots: { role: "spots", unit: "spot", default: 7, min: 0, max: 16 } },
  build(p) {
    const h = 0.12, cd = 0.2, ch = 0.09, parts: PartSpec[] = [part("stem", taper(0.8), [0.06, 0.06, h], [0, 0, h / 2], "stem")];
    parts.push(part("gills", "cylinder", [cd - 0.01, cd - 0.01, 0.006], [0, 0, h - 0.003], "gills"));
    parts.push(part("cap", "hemisphere", [cd, cd, ch], [0, 0, h + ch / 2], "cap"));
    const n = p.count("spots"), rand = seeded(5);
    for (let i = 0; i < n; i++) {
      // Spots sit on the dome surface: pick a direction, then place on the ellipsoid.
      const a = rand() * 6.283, tilt = i === 0 ? 0 : 0.35 + rand() * 0.8;
      const x = Math.sin(tilt) * Math.cos(a) * (cd / 2), y = Math.sin(tilt) * Math.sin(a) * (cd / 2), z = h + Math.cos(tilt) * ch;
      parts.push(part(`spot_${i + 1}`, "sphere", [0.03, 0.03, 0.012], [x, y, z], "spots", { group: "spots", rot: [-Math.sin(a) * tilt, Math.cos(a) * tilt, 0] }));
    }
    return parts;
  },
};

/** A saguaro cactus in a pot: capsule body and counted arms. */
export const cactus: SubjectDef = {
  name: "cactus",
  synonyms: ["saguaro", "succulent", "cacti"],
  category: "nature",
  roles: {
    body: { words: ["body", "stem", "trunk"], material: "foliage", color: "olive", body: true },
    arms: { words: ["arm", "branch"], material: "foliage", color: "olive", body: true },
    pot: { words: ["pot", "planter"], material: "clay", optional: "on" },
    flower: { words: ["flower", "bloom", "blossom"], material: "fabric", color: "pink", optional: "off" },
  },
  groups: { arms: { role: "arms", unit: "arm", default: 2, min: 0, max: 4 } },
  build(p) {
    const z0 = p.has("pot") ? 0.3 : 0, h = 1.2, parts: PartSpec[] = [];
    if (z0) parts.push(part("pot", taper(1.25), [0.45, 0.45, z0], [0, 0, z0 / 2], "pot"));
    parts.push(part("body", "capsule", [0.3, 0.3, h], [0, 0, z0 + h / 2 - 0.05], "body"));
    for (let i = 0; i < p.count("arms"); i++) {
      const side = i % 2 === 0 ? 1 : -1, a = side > 0 ? 0 : Math.PI, tier = Math.floor(i / 2);
      const dx = Math.cos(a + tier * 1.2), dy = Math.sin(a + tier * 1.2), z = z0 + 0.45 + tier * 0.2 + (side > 0 ? 0 : 0.12);
      parts.push(rod(`arm_${i + 1}_elbow`, [dx * 0.1, dy * 0.1, z], [dx * 0.32, dy * 0.32, z], 0.16, "arms"));
      parts.push(part(`arm_${i + 1}`, "capsule", [0.16, 0.16, 0.45], [dx * 0.32, dy * 0.32, z + 0.2], "arms", { group: "arms" }));
    }
    if (p.has("flower")) parts.push(part("flower", "ico_sphere", [0.12, 0.12, 0.07], [0, 0, z0 + h - 0.05], "flower"));
    return parts;
  },
};
