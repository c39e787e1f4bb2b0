import type { PartSpec, SubjectDef } from "../types";
import { circlePoints, HALF_PI, part, rod, spread, taper } from "./kit";

/** A Dutch windmill: tapered body, cap, hub and counted sails facing front (-Y), a door. */
export const windmill: SubjectDef = {
  name: "windmill",
  synonyms: ["wind mill", "mill"],
  category: "building",
  roles: {
    body: { words: ["body", "tower", "wall", "base"], material: "plaster", color: "white", body: true },
    cap: { words: ["cap", "roof", "top"], material: "tile", color: "charcoal" },
    blades: { words: ["blade", "sail", "vane", "arm", "wing"], material: "wood", color: "tan" },
    hub: { words: ["hub", "axle", "shaft"], material: "iron" },
    door: { words: ["door"], material: "wood", color: "brown" },
  },
  groups: { blades: { role: "blades", unit: "blade", default: 4, min: 2, max: 8 } },
  build(p) {
    const h = 8, d = 4, hubZ = h + 0.8, hubY = -d * 0.35 - 0.6;
    const parts: PartSpec[] = [
      part("body", taper(0.6), [d, d, h], [0, 0, h / 2], "body"),
      part("cap", "hemisphere", [d * 0.75, d * 0.75, 1.6], [0, 0, h + 0.8], "cap"),
      part("hub", "cylinder", [0.5, 0.5, 1.0], [0, hubY + 0.3, hubZ], "hub", { rot: [HALF_PI, 0, 0] }),
      part("door", "box", [1.1, 0.2, 2], [0, -d / 2 + 0.05, 1], "door"),
    ];
    // Blades radiate in the XZ plane in front of the hub; the first points straight up.
    circlePoints(p.count("blades"), 2.1, HALF_PI + 0.3).forEach(([x, z], i) => {
      parts.push(part(`blade_${i + 1}`, "box", [0.9, 0.06, 3.6], [x, hubY, hubZ + z], "blades", { group: "blades", rot: [0, -Math.atan2(z, x) + HALF_PI, 0] }));
    });
    return parts;
  },
};

/** A street lamp: base, tall pole, curved arm and a lantern head with a glowing bulb. */
export const streetLamp: SubjectDef = {
  name: "street lamp",
  synonyms: ["lamppost", "lamp post", "streetlamp", "streetlight", "street light", "lamp pole", "lantern post"],
  category: "building",
  roles: {
    pole: { words: ["pole", "post", "column", "body", "base"], material: "iron", color: "black", body: true },
    arm: { words: ["arm", "bracket"], material: "iron", color: "black", body: true },
    head: { words: ["head", "lantern", "housing", "hood", "shade"], material: "iron", color: "black", body: true },
    bulb: { words: ["bulb", "light", "glass"], material: "bulb", color: "yellow" },
  },
  build() {
    const h = 4.2;
    return [
      part("base", taper(0.6), [0.4, 0.4, 0.5], [0, 0, 0.25], "pole"),
      part("pole", taper(0.7), [0.14, 0.14, h], [0, 0, h / 2], "pole"),
      rod("arm", [0, 0, h - 0.1], [0.9, 0, h + 0.1], 0.07, "arm"),
      part("head", "pyramid", [0.5, 0.5, 0.35], [0.95, 0, h + 0.05], "head"),
      part("bulb", "sphere", [0.22, 0.22, 0.22], [0.95, 0, h - 0.18], "bulb"),
    ];
  },
};

/** A wooden fence: counted posts with two or more rails; picket variant adds pointed boards. */
export const fence: SubjectDef = {
  name: "fence",
  synonyms: ["railing", "fencing", "paling"],
  variants: { "picket fence": { features: { pickets: true } } },
  category: "building",
  roles: {
    posts: { words: ["post", "pole", "stake"], material: "wood", body: true },
    rails: { words: ["rail", "bar", "board", "plank"], material: "wood", body: true },
    pickets: { words: ["picket", "paling"], material: "wood", body: true, optional: "off" },
  },
  groups: { posts: { role: "posts", unit: "post", default: 5, min: 2, max: 20 }, rails: { role: "rails", unit: "rail", default: 2, min: 1, max: 4 } },
  build(p) {
    const gap = 1.8, n = p.count("posts"), len = (n - 1) * gap, h = 1.1;
    const parts: PartSpec[] = [];
    spread(n, len).forEach((x, i) => {
      parts.push(part(`post_${i + 1}`, "box", [0.1, 0.1, h], [x, 0, h / 2], "posts", { group: "posts" }));
      parts.push(part(`post_cap_${i + 1}`, "pyramid", [0.12, 0.12, 0.08], [x, 0, h + 0.04], "posts"));
    });
    spread(p.count("rails"), 0.55).forEach((z, i) => parts.push(part(`rail_${i + 1}`, "box", [len + 0.1, 0.04, 0.1], [0, 0.07, 0.6 + z], "rails", { group: "rails" })));
    if (p.has("pickets")) {
      const k = Math.floor(len / 0.2);
      spread(k, len - 0.2).forEach((x, i) => parts.push(part(`picket_${i + 1}`, "box", [0.09, 0.02, 0.95], [x, 0.1, 0.5], "pickets")));
    }
    return parts;
  },
};

/** A wishing well: stone ring, water, two posts, a little gable roof, crank and bucket. */
export const well: SubjectDef = {
  name: "well",
  synonyms: ["wishing well", "water well"],
  category: "building",
  roles: {
    wall: { words: ["wall", "ring", "base", "stone"], material: "stone", body: true },
    water: { words: ["water"], material: "liquid", color: "navy" },
    posts: { words: ["post", "beam", "support"], material: "wood" },
    roof: { words: ["roof", "top"], material: "tile" },
    bucket: { words: ["bucket", "pail", "rope", "crank"], material: "wood", color: "tan" },
  },
  build() {
    const d = 1.6, h = 0.8;
    return [
      part("wall", "cylinder", [d, d, h], [0, 0, h / 2], "wall"),
      part("rim", "torus", [d + 0.05, d + 0.05, 0.2], [0, 0, h], "wall"),
      part("water", "cylinder", [d - 0.3, d - 0.3, 0.02], [0, 0, h - 0.15], "water"),
      part("post_1", "box", [0.12, 0.12, 2], [-d / 2 + 0.05, 0, 1], "posts"),
      part("post_2", "box", [0.12, 0.12, 2], [d / 2 - 0.05, 0, 1], "posts"),
      part("roof", "wedge", [d + 0.6, d + 0.3, 0.8], [0, 0, 2.35], "roof"),
      part("crank", "cylinder", [0.08, 0.08, d], [0, 0, 1.7], "posts", { rot: [0, HALF_PI, 0] }),
      part("rope", "cylinder", [0.02, 0.02, 0.5], [0, 0, 1.42], "bucket"),
      part("bucket", taper(1.2), [0.25, 0.25, 0.25], [0, 0, 1.05], "bucket"),
    ];
  },
};

/** A beam bridge: deck on counted pillars, with railings and posts along both sides. */
export const bridge: SubjectDef = {
  name: "bridge",
  synonyms: ["footbridge", "foot bridge", "viaduct", "overpass"],
  category: "building",
  roles: {
    deck: { words: ["deck", "road", "walkway", "floor", "path"], material: "wood", body: true },
    pillars: { words: ["pillar", "pier", "support", "column", "leg"], material: "stone", body: true },
    railings: { words: ["railing", "rail", "handrail", "post", "balustrade"], material: "wood", body: true },
  },
  groups: { pillars: { role: "pillars", unit: "pillar", default: 2, min: 1, max: 6 } },
  build(p) {
    const l = 12, w = 3, z = 2.2, t = 0.3;
    const parts: PartSpec[] = [part("deck", "box", [l, w, t], [0, 0, z], "deck")];
    spread(p.count("pillars"), l * 0.55).forEach((x, i) => parts.push(part(`pillar_${i + 1}`, "box", [0.8, w - 0.4, z - t / 2], [x, 0, (z - t / 2) / 2], "pillars", { group: "pillars" })));
    for (const [s, y] of [-1, 1].entries()) {
      parts.push(part(`railing_${s + 1}`, "box", [l, 0.08, 0.08], [0, y * (w / 2 - 0.05), z + 1.0], "railings"));
      spread(7, l - 0.2).forEach((x, i) => parts.push(part(`railing_${s + 1}_post_${i + 1}`, "box", [0.1, 0.1, 0.9], [x, y * (w / 2 - 0.05), z + 0.6], "railings")));
    }
    // Abutments at each end carry the deck onto the banks.
    for (const [i, x] of [-1, 1].entries()) parts.push(part(`abutment_${i + 1}`, "box", [1, w + 0.4, z - t / 2], [x * (l / 2 - 0.5), 0, (z - t / 2) / 2], "pillars"));
    return parts;
  },
};
