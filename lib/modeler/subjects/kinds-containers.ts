import type { PartSpec, SubjectDef, Vec3 } from "../types";
import { defineKind } from "./define-kind";
import { circlePoints, FACING, HALF_PI, lathe, part, rod } from "./kit";

/** A pirate's treasure chest, closed: a wooden box with a rounded lid, iron bands, a gold lock, side handles; coins optional. */
const treasureChest = defineKind({
  name: "treasure chest",
  synonyms: ["pirate chest", "toy chest", "storage chest", "treasure box", "pirate treasure chest", "wooden chest"],
  category: "container",
  roles: {
    body: { words: ["body", "box", "base", "side", "chest"], material: "wood", color: "brown", body: true },
    lid: { words: ["lid", "top", "cover"], material: "wood", color: "brown", body: true },
    bands: { words: ["band", "strap", "trim", "banding", "hoop"], material: "iron" },
    lock: { words: ["lock", "latch", "clasp", "keyhole", "padlock"], material: "gold", color: "gold" },
    handles: { words: ["handle", "ring"], material: "iron", optional: "on" },
    coins: { words: ["coin", "treasure", "gold coin", "doubloon"], material: "gold", color: "gold", optional: "off" },
  },
  parts: [
    part("body", "box", [0.6, 0.4, 0.3], [0, 0, 0.15], "body"),
    // The lid is a half-buried elliptic cylinder lying along X: its top half makes the curved lid.
    part("lid", "cylinder", [0.26, 0.4, 0.6], [0, 0, 0.3], "lid", { rot: [0, HALF_PI, 0] }),
    ...[-0.2, 0.2].map((x, i) => part(`band_${i + 1}`, "box", [0.04, 0.412, 0.304], [x, 0, 0.152], "bands")),
    ...[-0.2, 0.2].map((x, i) => part(`lid_band_${i + 1}`, "cylinder", [0.272, 0.412, 0.04], [x, 0, 0.3], "bands", { rot: [0, HALF_PI, 0] })),
    part("lock", "box", [0.07, 0.02, 0.09], [0, -0.205, 0.29], "lock"),
    part("keyhole", "box", [0.012, 0.006, 0.025], [0, -0.216, 0.28], "bands"),
    ...[-1, 1].map((s, i) => part(`handle_${i + 1}`, "torus", [0.08, 0.06, 0.012], [s * 0.306, 0, 0.2], "handles", { rot: [HALF_PI, 0, HALF_PI] })),
    ...[[-0.12, -0.3], [-0.08, -0.33], [0.1, -0.31], [0.14, -0.28], [0.02, -0.34]].map(([x, y], i) =>
      part(`coin_${i + 1}`, "cylinder", [0.035, 0.035, 0.005], [x, y, 0.0025], "coins")),
  ],
});

/** A slatted wooden crate: a plank box framed by corner posts, top and bottom rails and a diagonal brace on the front and back. */
const crate = defineKind({
  name: "crate",
  synonyms: ["wooden crate", "shipping crate", "packing crate", "wood crate", "fruit crate"],
  category: "container",
  roles: {
    planks: { words: ["plank", "panel", "side", "body", "board", "crate"], material: "pine", color: "tan", body: true },
    frame: { words: ["frame", "post", "corner", "rail", "edge", "brace", "slat", "batten"], material: "wood", color: "bronze", body: true },
  },
  parts: () => {
    const [hx, hy, h] = [0.3, 0.25, 0.5];
    const brace = Math.atan2(h - 0.12, 2 * hx - 0.12);
    return [
      part("body", "box", [2 * hx - 0.02, 2 * hy - 0.02, h - 0.01], [0, 0, h / 2], "planks"),
      // Posts stop just short of the rails top and bottom, so their end faces do not flicker against the rails.
      ...[[-1, -1], [1, -1], [1, 1], [-1, 1]].map(([sx, sy], i) => part(`post_${i + 1}`, "box", [0.06, 0.06, h - 0.006], [sx * (hx - 0.025), sy * (hy - 0.025), h / 2], "frame")),
      ...[0.03, h - 0.03].flatMap((z, k) => [
        ...[-1, 1].map((s, i) => part(`rail_${k * 4 + i + 1}`, "box", [2 * hx, 0.02, 0.06], [0, s * hy, z], "frame")),
        ...[-1, 1].map((s, i) => part(`rail_${k * 4 + i + 3}`, "box", [0.02, 2 * hy, 0.06], [s * hx, 0, z], "frame")),
      ]),
      ...[-1, 1].map((s, i) => part(`brace_${i + 1}`, "box", [Math.hypot(h - 0.12, 2 * hx - 0.12), 0.02, 0.06], [0, s * hy, h / 2], "frame", { rot: [0, -s * brace, 0] })),
    ];
  },
});

/** A wooden barrel standing on end: a bulging stave body, four iron hoops and a round head; a tap optional. */
const barrel = defineKind({
  name: "barrel",
  synonyms: ["wine barrel", "wooden barrel", "keg", "beer barrel", "whiskey barrel", "cask", "oak barrel"],
  category: "container",
  roles: {
    body: { words: ["body", "stave", "side", "barrel"], material: "wood", color: "bronze", body: true },
    hoops: { words: ["hoop", "band", "ring", "strap"], material: "iron", optional: "on" },
    head: { words: ["head", "top", "lid", "end"], material: "wood", color: "brown" },
    tap: { words: ["tap", "spigot", "faucet", "spout"], material: "brass", color: "gold", optional: "off" },
  },
  parts: () => {
    // Radius along the height, from the profile below: hoops hug the bulge where they sit.
    const profile: Array<[number, number]> = [[0, 0], [0.25, 0], [0.29, 0.2], [0.305, 0.45], [0.29, 0.7], [0.25, 0.9], [0, 0.9]];
    const radius = (z: number) => {
      for (let k = 1; k < profile.length; k++) {
        const [r0, z0] = profile[k - 1], [r1, z1] = profile[k];
        if (z <= z1) return r0 + ((r1 - r0) * (z - z0)) / (z1 - z0);
      }
      return profile.at(-1)![0];
    };
    return [
      part("body", lathe(profile), [0.61, 0.61, 0.9], [0, 0, 0.45], "body"),
      ...[0.07, 0.27, 0.63, 0.83].map((z, i) => part(`hoop_${i + 1}`, "cylinder", [2 * radius(z) + 0.012, 2 * radius(z) + 0.012, 0.04], [0, 0, z], "hoops")),
      part("head", "cylinder", [0.47, 0.47, 0.012], [0, 0, 0.903], "head"),
      rod("tap", [0, -radius(0.2) + 0.01, 0.2], [0, -radius(0.2) - 0.07, 0.2], 0.025, "tap"),
      rod("tap_spout", [0, -radius(0.2) - 0.06, 0.2], [0, -radius(0.2) - 0.06, 0.16], 0.018, "tap"),
    ];
  },
});

/** A woven oval basket with an arched handle from end to end; fruit or a picnic cloth inside optional. */
const basket = defineKind({
  name: "basket",
  synonyms: ["wicker basket", "woven basket", "straw basket", "fruit basket"],
  variants: { "picnic basket": { features: { cloth: true } } },
  category: "container",
  roles: {
    body: { words: ["body", "side", "wicker", "weave", "basket"], material: "bamboo", color: "tan", body: true },
    rim: { words: ["rim", "edge", "band", "ring"], material: "bamboo", color: "bronze", body: true },
    handle: { words: ["handle", "arch", "grip"], material: "bamboo", color: "bronze", body: true, optional: "on" },
    fruit: { words: ["fruit", "apple", "contents"], material: "wax", color: "red", optional: "off" },
    cloth: { words: ["cloth", "napkin", "towel", "blanket", "lining"], material: "fabric", color: "red", optional: "off" },
  },
  parts: () => {
    const [w, d, h] = [0.4, 0.3, 0.2];
    // An oval is a round profile stretched to w × d; each band is a ring of that oval at its height.
    const ring = (name: string, z: number, tube: number, role: string) => {
      const k = 0.82 + 0.18 * (z / h);
      return part(name, "torus", [w * k + tube, d * k + tube, tube], [0, 0, z], role);
    };
    const arch = Array.from({ length: 7 }, (_, i): Vec3 => [(w / 2) * Math.cos((Math.PI * i) / 6), 0, h + (w / 2) * 0.9 * Math.sin((Math.PI * i) / 6)]);
    return [
      part("body", lathe([[0, 0], [0.82, 0], [1, 1], [0.96, 1], [0.79, 0.04], [0, 0.04]]), [w, d, h], [0, 0, h / 2], "body"),
      ring("weave_1", 0.06, 0.01, "body"),
      ring("weave_2", 0.13, 0.01, "body"),
      ring("rim", h, 0.022, "rim"),
      ...arch.slice(1).map((b, i) => rod(`handle_${i + 1}`, arch[i], b, 0.022, "handle")),
      ...[[-0.07, 0.02], [0.06, -0.03], [0.01, 0.05]].map(([x, y], i) => part(`fruit_${i + 1}`, "sphere", [0.085, 0.085, 0.08], [x, y, h - 0.03], "fruit")),
      part("cloth", "hemisphere", [w * 0.9, d * 0.9, 0.05], [0, 0, h - 0.005], "cloth"),
    ];
  },
});

/** A wrapped present: a papered box and lid tied with a crossed ribbon and a bow on top; a tag optional. */
const giftBox = defineKind({
  name: "gift box",
  synonyms: ["gift", "present", "wrapped present", "wrapped gift", "giftbox", "christmas present", "birthday present"],
  category: "container",
  roles: {
    box: { words: ["box", "body", "paper", "wrapping", "wrapper", "side"], material: "paper", color: "red", body: true },
    lid: { words: ["lid", "top", "cover"], material: "paper", color: "red", body: true },
    ribbon: { words: ["ribbon", "band", "tape", "string"], material: "fabric", color: "gold" },
    bow: { words: ["bow", "knot", "loop"], material: "fabric", color: "gold", optional: "on" },
    tag: { words: ["tag", "label", "card"], material: "paper", color: "white", optional: "off" },
  },
  parts: [
    part("box", "box", [0.3, 0.3, 0.22], [0, 0, 0.11], "box"),
    part("lid", "box", [0.316, 0.316, 0.06], [0, 0, 0.225], "lid"),
    part("ribbon", "box", [0.322, 0.04, 0.258], [0, 0, 0.129], "ribbon"),
    part("ribbon_2", "box", [0.04, 0.322, 0.258], [0, 0, 0.129], "ribbon"),
    ...[-1, 1].map((s, i) => part(`bow_${i + 1}`, "torus", [0.085, 0.055, 0.018], [s * 0.042, 0, 0.28], "bow", { rot: [HALF_PI, s * 0.35, 0] })),
    part("knot", "sphere", [0.032, 0.032, 0.028], [0, 0, 0.265], "bow"),
    part("tag", "box", [0.06, 0.004, 0.04], [0.1, -0.161, 0.18], "tag", { rot: [0, 0.3, 0] }),
  ],
});

/** A galvanised trash can with raised ribs, a domed lid with a grip and two side handles; a wastebasket is smaller and open. */
const trashCan = defineKind({
  name: "trash can",
  synonyms: ["garbage can", "trash bin", "garbage bin", "bin", "dustbin", "rubbish bin", "waste bin", "litter bin", "trashcan", "garbage pail"],
  variants: {
    wastebasket: { features: { lid: false }, scale: [0.65, 0.65, 0.55] },
    "waste basket": { features: { lid: false }, scale: [0.65, 0.65, 0.55] },
    "wastepaper basket": { features: { lid: false }, scale: [0.65, 0.65, 0.55] },
  },
  category: "container",
  roles: {
    body: { words: ["body", "can", "bin", "side", "rib"], material: "metal", body: true },
    lid: { words: ["lid", "cover", "top"], material: "metal", body: true, optional: "on" },
    handles: { words: ["handle", "grip"], material: "metal", color: "gray" },
  },
  parts: (p) => {
    const r = (z: number) => 0.2 + (0.03 * z) / 0.65;
    const out: PartSpec[] = [
      part("body", lathe([[0, 0], [0.2, 0], [0.23, 0.65], [0.223, 0.65], [0.193, 0.01], [0, 0.01]]), [0.46, 0.46, 0.65], [0, 0, 0.325], "body"),
      ...[0.2, 0.45].map((z, i) => part(`rib_${i + 1}`, "torus", [2 * r(z) + 0.012, 2 * r(z) + 0.012, 0.014], [0, 0, z], "body")),
      part("rim", "torus", [0.475, 0.475, 0.016], [0, 0, 0.65], "body"),
      part("lid", "cylinder", [0.49, 0.49, 0.03], [0, 0, 0.665], "lid"),
      part("lid_dome", "hemisphere", [0.47, 0.47, 0.045], [0, 0, 0.7025], "lid"),
      ...[-1, 1].map((s, i) => part(`handle_${i + 1}`, "torus", [0.1, 0.05, 0.014], [s * 0.235, 0, 0.55], "handles", { rot: [HALF_PI, 0, HALF_PI] })),
    ];
    // The grip rides on the lid, so it leaves with it ("a trash can without a lid").
    if (p.has("lid")) out.push(part("lid_grip", "torus", [0.1, 0.05, 0.016], [0, 0, 0.735], "handles", { rot: FACING }));
    return out;
  },
});

/** A terracotta flower pot on its saucer: a tapered pot with a rolled rim, filled with soil; a young plant optional. */
const flowerPot = defineKind({
  name: "flower pot",
  synonyms: ["flowerpot", "plant pot", "planter", "terracotta pot", "garden pot", "plantpot"],
  category: "container",
  roles: {
    pot: { words: ["pot", "body", "side"], material: "clay", color: "copper", body: true },
    rim: { words: ["rim", "lip", "edge", "band"], material: "clay", color: "copper", body: true },
    saucer: { words: ["saucer", "dish", "tray", "plate"], material: "clay", color: "copper", body: true, optional: "on" },
    soil: { words: ["soil", "dirt", "earth", "compost"], material: "soil", color: "brown" },
    plant: { words: ["plant", "sprout", "seedling", "leaf", "leaves", "herb", "stem"], material: "foliage", color: "green", optional: "off" },
  },
  parts: (p) => {
    const z = p.has("saucer") ? 0.015 : 0;
    const leaves = [[0.03, 0, 0.27, 0.5], [-0.028, 0.01, 0.25, -0.5], [0.005, -0.028, 0.3, 0.4]];
    return [
      part("saucer", "cylinder", [0.22, 0.22, 0.015], [0, 0, 0.0075], "saucer"),
      part("pot", lathe([[0, 0], [0.075, 0], [0.1, 0.17], [0.093, 0.17], [0.07, 0.008], [0, 0.008]]), [0.2, 0.2, 0.17], [0, 0, z + 0.085], "pot"),
      part("rim", "torus", [0.222, 0.222, 0.035], [0, 0, z + 0.158], "rim"),
      part("soil", "cylinder", [0.18, 0.18, 0.012], [0, 0, z + 0.145], "soil"),
      ...circlePoints(3, 0.045, 0.4).map(([x, y], i) => part(`clod_${i + 1}`, "hemisphere", [0.03, 0.026, 0.01], [x, y, z + 0.155], "soil")),
      rod("stem", [0, 0, z + 0.15], [0, 0, z + 0.3], 0.008, "plant"),
      ...leaves.map(([x, y, lz, tilt], i) => part(`leaf_${i + 1}`, "sphere", [0.06, 0.028, 0.006], [x, y, z + lz], "plant", { rot: [0, tilt, Math.atan2(y, x)] })),
    ];
  },
});

/** A stemmed wine glass: a round foot, a thin stem and a tulip bowl of clear glass; wine inside optional; a champagne glass is a tall flute. */
const wineGlass = defineKind({
  name: "wine glass",
  synonyms: ["wineglass", "white wine glass", "stemmed glass"],
  variants: {
    "red wine glass": { features: { wine: true } },
    "glass of wine": { features: { wine: true } },
    "champagne glass": { scale: [0.7, 0.7, 1.2], palette: { wine: "gold" } },
    "champagne flute": { scale: [0.7, 0.7, 1.2], palette: { wine: "gold" } },
  },
  category: "kitchenware",
  roles: {
    bowl: { words: ["bowl", "cup", "glass", "body"], material: "glass", body: true },
    stem: { words: ["stem", "neck"], material: "glass", body: true },
    foot: { words: ["foot", "base"], material: "glass", body: true },
    wine: { words: ["wine", "drink", "liquid", "champagne"], material: "liquid", color: "maroon", optional: "off" },
  },
  parts: [
    part("foot", "cylinder", [0.075, 0.075, 0.004], [0, 0, 0.002], "foot"),
    part("stem", "cylinder", [0.008, 0.008, 0.092], [0, 0, 0.048], "stem"),
    part("collar", "sphere", [0.014, 0.014, 0.01], [0, 0, 0.092], "stem"),
    part("foot_edge", "torus", [0.076, 0.076, 0.004], [0, 0, 0.003], "foot"),
    // Up the outside of the bowl and back down the inside, so it is an open glass.
    part("bowl", lathe([[0, 0], [0.02, 0.005], [0.038, 0.03], [0.042, 0.06], [0.036, 0.1], [0.034, 0.1], [0.04, 0.06], [0.036, 0.031], [0.019, 0.008], [0, 0.004]]), [0.084, 0.084, 0.1], [0, 0, 0.144], "bowl"),
    part("wine", lathe([[0, 0], [0.019, 0.004], [0.036, 0.027], [0.039, 0.045], [0, 0.045]]), [0.078, 0.078, 0.041], [0, 0, 0.119], "wine"),
  ],
});

/** Food and sweets, and everyday containers (chests, crates, barrels, baskets, bins), as declarative kinds (see define-kind.ts). */

/** Containers (chests, crates, barrels, baskets, bins, pots) and stemmed glasses, as declarative kinds (see define-kind.ts). */
export const CONTAINER_KINDS: SubjectDef[] = [treasureChest, crate, barrel, basket, giftBox, trashCan, flowerPot, wineGlass];
