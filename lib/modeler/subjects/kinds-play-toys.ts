import type { PartSpec, SubjectDef, Vec3 } from "../types";
import { defineKind } from "./define-kind";
import { FACING, HALF_PI, lathe, part, rockerArc, rod, spread } from "./kit";


/** A capsule between two points (a horse's neck or head), built on kit.rod. */
const limb = (name: string, a: Vec3, b: Vec3, d: number, role: string): PartSpec => ({ ...rod(name, a, b, d, role), shape: "capsule" });

/** A painted wooden rocking horse facing +X as animals do: a horse on four legs standing on two curved rockers. */
const rockingHorse = defineKind({
  name: "rocking horse",
  synonyms: ["rocking pony", "rocker horse"],
  category: "toy",
  roles: {
    body: { words: ["body", "horse", "head", "neck", "leg", "ear"], material: "paint", color: "white", body: true },
    mane: { words: ["mane", "tail", "hair"], material: "wool", color: "charcoal" },
    saddle: { words: ["saddle", "seat"], material: "leather", color: "red" },
    rockers: { words: ["rocker", "runner", "base", "stand"], material: "wood", color: "brown" },
    handles: { words: ["handle", "peg", "handlebar", "grip"], material: "wood", color: "brown" },
    eyes: { words: ["eye"], material: "eye", color: "black" },
  },
  parts: () => {
    const r = 1.2, foot = (x: number) => r - Math.sqrt(r * r - x * x) + 0.04;
    return [
      ...rockerArc("rocker_left", { along: "x", offset: -0.16, radius: r, span: 0.88 }, "rockers"),
      ...rockerArc("rocker_right", { along: "x", offset: 0.16, radius: r, span: 0.88 }, "rockers"),
      ...[-0.3, 0.3].map((x, i) => rod(`stretcher_${i + 1}`, [x, -0.16, foot(x) - 0.015], [x, 0.16, foot(x) - 0.015], 0.03, "rockers")),
      ...[[1, -1], [1, 1], [-1, -1], [-1, 1]].map(([sx, sy], i) =>
        rod(`leg_${i + 1}`, [sx * 0.22, sy * 0.07, 0.52], [sx * 0.34, sy * 0.16, foot(sx * 0.34)], 0.05, "body")),
      part("body", "capsule", [0.2, 0.2, 0.6], [0, 0, 0.58], "body", { rot: [0, HALF_PI, 0] }),
      limb("neck", [0.2, 0, 0.62], [0.34, 0, 0.86], 0.13, "body"),
      limb("head", [0.32, 0, 0.9], [0.5, 0, 0.8], 0.11, "body"),
      ...[-1, 1].map((s, i) => part(`ear_${i + 1}`, "cone", [0.03, 0.03, 0.06], [0.3, s * 0.03, 0.97], "body")),
      ...[-1, 1].map((s, i) => part(`eye_${i + 1}`, "sphere", [0.02, 0.02, 0.02], [0.41, s * 0.05, 0.88], "eyes")),
      { ...rod("mane", [0.17, 0, 0.66], [0.3, 0, 0.93], 0.05, "mane"), shape: "rounded_box", size: [0.04, 0.03, 0.3] as Vec3 },
      limb("tail", [-0.3, 0, 0.62], [-0.42, 0, 0.42], 0.05, "mane"),
      part("saddle", "rounded_box", [0.2, 0.22, 0.03], [-0.02, 0, 0.685], "saddle"),
      rod("handle", [0.37, -0.1, 0.86], [0.37, 0.1, 0.86], 0.02, "handles"),
    ];
  },
});

/** A hobby horse facing +X: a horse's head on a stick that stands on two small wheels. */
const hobbyHorse = defineKind({
  name: "hobby horse",
  synonyms: ["stick horse", "horse on a stick", "hobbyhorse"],
  category: "toy",
  roles: {
    head: { words: ["head", "neck", "horse", "ear", "muzzle"], material: "fabric", color: "brown", body: true },
    mane: { words: ["mane", "hair"], material: "wool", color: "charcoal" },
    stick: { words: ["stick", "pole", "shaft"], material: "wood", color: "tan" },
    bridle: { words: ["bridle", "rein", "harness", "handle"], material: "leather", color: "red" },
    eyes: { words: ["eye"], material: "eye", color: "black" },
    wheels: { words: ["wheel"], material: "plastic", color: "red", optional: "on" },
  },
  parts: [
    part("stick", "cylinder", [0.025, 0.025, 0.86], [0, 0, 0.47], "stick"),
    ...[-1, 1].map((s, i) => part(`wheel_${i + 1}`, "cylinder", [0.08, 0.08, 0.02], [0, s * 0.03, 0.04], "wheels", { rot: FACING })),
    limb("neck", [0, 0, 0.86], [0.05, 0, 1.0], 0.1, "head"),
    limb("head", [0.04, 0, 1.02], [0.2, 0, 0.95], 0.085, "head"),
    ...[-1, 1].map((s, i) => part(`ear_${i + 1}`, "cone", [0.025, 0.025, 0.05], [0.03, s * 0.025, 1.08], "head")),
    ...[-1, 1].map((s, i) => part(`eye_${i + 1}`, "sphere", [0.018, 0.018, 0.018], [0.1, s * 0.038, 1.01], "eyes")),
    { ...rod("mane", [-0.045, 0, 0.86], [0.0, 0, 1.05], 0.04, "mane"), shape: "rounded_box", size: [0.035, 0.025, 0.2] as Vec3 },
    part("bridle", "torus", [0.1, 0.1, 0.012], [0.15, 0, 0.965], "bridle", { rot: [0, HALF_PI - 0.4, 0] }),
    rod("handle", [0.03, -0.09, 0.9], [0.03, 0.09, 0.9], 0.018, "bridle"),
  ],
});

/** A diamond kite standing on its lower tip, facing the front: two sail panels on a cross of spars, its tail of bows on the ground. */
const kite = defineKind({
  name: "kite",
  synonyms: ["diamond kite", "paper kite", "flying kite"],
  category: "toy",
  roles: {
    sail: { words: ["sail", "body", "kite", "bottom"], material: "fabric", color: "red", body: true },
    panel: { words: ["panel", "top", "upper"], material: "fabric", color: "yellow", body: true },
    spars: { words: ["spar", "stick", "frame", "cross"], material: "wood", color: "tan" },
    tail: { words: ["tail", "bow", "ribbon", "streamer"], material: "fabric", color: "blue", optional: "on" },
  },
  groups: { bows: { role: "tail", unit: "bow", default: 3, min: 1, max: 6 } },
  parts: (p) => {
    const n = p.count("bows");
    // The tail zigzags along the ground to +X from the lower tip; a bow sits at each bend.
    const pts: Vec3[] = [[0, 0, 0.004], ...Array.from({ length: n }, (_, i): Vec3 => [0.22 * (i + 1), i % 2 === 0 ? -0.06 : 0.06, 0.004])];
    return [
      part("sail", "wedge", [0.006, 0.6, 0.6], [0, 0, 0.3], "sail", { rot: [Math.PI, 0, HALF_PI] }),
      part("panel", "wedge", [0.006, 0.6, 0.3], [0, 0, 0.75], "panel", { rot: [0, 0, HALF_PI] }),
      rod("spine", [0, -0.006, 0.01], [0, -0.006, 0.9], 0.008, "spars"),
      rod("cross_spar", [-0.29, -0.006, 0.6], [0.29, -0.006, 0.6], 0.008, "spars"),
      ...pts.slice(1).map((b, i) => rod(`tail_${i + 1}`, pts[i], b, 0.006, "tail")),
      ...pts.slice(1).map(([x, y], i) => part(`bow_${i + 1}`, "box", [0.06, 0.1, 0.01], [x, y, 0.005], "tail", { rot: [0, 0, 0.3], group: "bows" })),
    ];
  },
});

/** A yo-yo standing on its rim, facing the front: two round halves on an axle, rimmed, with its string run out on the ground. */
const yoyo = defineKind({
  name: "yo-yo",
  synonyms: ["yoyo"],
  category: "toy",
  roles: {
    halves: { words: ["half", "side", "disc", "disk", "body"], material: "plastic", color: "red", body: true },
    rims: { words: ["rim", "edge", "ring"], material: "plastic", color: "red", body: true },
    hubs: { words: ["hub", "center", "centre", "logo"], material: "plastic", color: "white" },
    string: { words: ["string", "cord", "loop"], material: "fabric", color: "white", optional: "on" },
  },
  parts: [
    ...[-1, 1].flatMap((s, i) => [
      part(`half_${i + 1}`, "cylinder", [0.056, 0.056, 0.016], [0, s * 0.011, 0.03], "halves", { rot: FACING }),
      part(`rim_${i + 1}`, "torus", [0.06, 0.06, 0.016], [0, s * 0.011, 0.03], "rims", { rot: FACING }),
      part(`hub_${i + 1}`, "cylinder", [0.024, 0.024, 0.003], [0, s * 0.0205, 0.03], "hubs", { rot: FACING }),
    ]),
    part("axle", "cylinder", [0.012, 0.012, 0.008], [0, 0, 0.03], "hubs", { rot: FACING }),
    rod("string", [0, 0, 0.028], [0.2, -0.02, 0.002], 0.002, "string"),
    part("loop", "torus", [0.03, 0.03, 0.003], [0.215, -0.02, 0.0015], "string"),
  ],
});

/** A spinning top on its point: a turned wooden body banded in colour, a metal tip below and a stem to twirl on top. */
const spinningTop = defineKind({
  name: "spinning top",
  synonyms: ["toy top", "spin top", "spintop", "peg top", "humming top"],
  category: "toy",
  roles: {
    body: { words: ["body", "disc", "disk", "cone"], material: "wood", color: "red", body: true },
    stripes: { words: ["stripe", "band", "ring"], material: "paint", color: "yellow", accent: true },
    stem: { words: ["stem", "handle", "knob", "spindle"], material: "wood", color: "tan" },
    tip: { words: ["tip", "point", "peg"], material: "metal", color: "silver" },
  },
  parts: [
    part("tip", "cone", [0.01, 0.01, 0.012], [0, 0, 0.006], "tip", { rot: [Math.PI, 0, 0] }),
    part("body", lathe([[0, 0], [0.02, 0.012], [0.034, 0.024], [0.036, 0.03], [0.03, 0.037], [0.008, 0.042], [0, 0.042]]), [0.072, 0.072, 0.042], [0, 0, 0.029], "body"),
    part("stripe_1", "torus", [0.074, 0.074, 0.005], [0, 0, 0.038], "stripes"),
    part("stripe_2", "torus", [0.06, 0.06, 0.004], [0, 0, 0.027], "stripes"),
    part("stem", "cylinder", [0.008, 0.008, 0.032], [0, 0, 0.064], "stem"),
    part("knob", "sphere", [0.013, 0.013, 0.013], [0, 0, 0.082], "stem"),
  ],
});

/** Bright colours the blocks of a set take in turn. */
const BLOCK_TINTS = ["red", "yellow", "blue", "green", "orange", "purple"];

/** Toy building blocks stacked in a pyramid (3, 2, 1...), each block its own colour, with a triangle roof block on top. */
const buildingBlocks = defineKind({
  name: "building blocks",
  synonyms: ["toy blocks", "stacking blocks", "alphabet blocks", "abc blocks", "block tower", "tower of blocks", "stack of blocks", "play blocks"],
  category: "toy",
  roles: {
    blocks: { words: ["block", "cube", "brick"], material: "wood", body: true },
    roof: { words: ["roof", "triangle", "wedge"], material: "wood", color: "red", optional: "on" },
  },
  groups: { blocks: { role: "blocks", unit: "block", default: 6, min: 1, max: 15 } },
  parts: (p) => {
    const n = p.count("blocks"), s = 0.06, rows: number[] = [];
    for (let left = n, k = Math.ceil((Math.sqrt(8 * n + 1) - 1) / 2); left > 0; k--) {
      rows.push(Math.min(k, left));
      left -= Math.min(k, left);
    }
    let i = 0;
    const blocks = rows.flatMap((count, row) => spread(count, s * (count - 1)).map((x) => {
      i++;
      return part(`block_${i}`, "box", [s, s, s], [x, 0, s * row + s / 2], "blocks", { group: "blocks", tint: BLOCK_TINTS[(i - 1) % BLOCK_TINTS.length] });
    }));
    const topWidth = s * rows[rows.length - 1];
    return [...blocks, part("roof", "wedge", [topWidth, s, s * 0.75], [0, 0, s * rows.length + s * 0.375], "roof")];
  },
});

/** A jack-in-the-box: a clown on a spring popped out of a cube whose lid stands open behind, a crank on the side. */
const jackInTheBox = defineKind({
  name: "jack in the box",
  synonyms: ["jack in a box", "jack box"],
  category: "toy",
  roles: {
    box: { words: ["box", "case", "body", "side"], material: "paint", color: "red", body: true },
    lid: { words: ["lid", "cover"], material: "paint", color: "red", body: true },
    spring: { words: ["spring", "coil", "crank", "handle"], material: "metal", color: "silver" },
    clown: { words: ["clown", "jack", "head", "face"], material: "skin", color: "cream" },
    costume: { words: ["hat", "collar", "ruff", "pompom"], material: "fabric", color: "blue" },
    eyes: { words: ["eye"], material: "eye", color: "black" },
    nose: { words: ["nose"], material: "plastic", color: "red" },
  },
  parts: [
    part("box", "box", [0.15, 0.15, 0.15], [0, 0, 0.075], "box"),
    // The lid swings up on its back hinge and leans a little past upright.
    part("lid", "box", [0.15, 0.15, 0.012], [0, 0.09, 0.2235], "lid", { rot: [HALF_PI - 0.2, 0, 0] }),
    part("spring", "cylinder", [0.015, 0.015, 0.15], [0, 0, 0.215], "spring"),
    ...[0.165, 0.19, 0.215, 0.24, 0.265].map((z, i) => part(`coil_${i + 1}`, "torus", [0.055, 0.055, 0.008], [0, 0, z], "spring")),
    part("collar", "torus", [0.11, 0.11, 0.035], [0, 0, 0.295], "costume"),
    part("head", "sphere", [0.09, 0.09, 0.09], [0, 0, 0.345], "clown"),
    ...[-1, 1].map((s, i) => part(`eye_${i + 1}`, "sphere", [0.014, 0.01, 0.014], [s * 0.018, -0.04, 0.355], "eyes")),
    part("nose", "sphere", [0.022, 0.022, 0.022], [0, -0.045, 0.338], "nose"),
    part("hat", "cone", [0.07, 0.07, 0.08], [0, 0, 0.42], "costume"),
    part("pompom", "sphere", [0.022, 0.022, 0.022], [0, 0, 0.462], "costume"),
    rod("crank", [0.075, 0, 0.09], [0.105, 0, 0.09], 0.01, "spring"),
    rod("crank_arm", [0.105, 0, 0.09], [0.105, -0.04, 0.09], 0.008, "spring"),
    rod("crank_knob", [0.1, -0.04, 0.09], [0.13, -0.04, 0.09], 0.014, "spring"),
  ],
});

/** A dollhouse open at the front so its rooms show: a storey per floor, side windows, a gable roof and a chimney. */
const dollhouse = defineKind({
  name: "dollhouse",
  // "doll's house" reaches the tagger as "doll 's house"; typed with a loose apostrophe it is "doll s house".
  synonyms: ["doll house", "dolls house", "doll 's house", "doll s house"],
  category: "toy",
  roles: {
    walls: { words: ["wall", "side", "partition", "body"], material: "paint", color: "cream", body: true },
    floors: { words: ["floor", "storey", "story", "level", "base"], material: "wood", color: "tan" },
    roof: { words: ["roof"], material: "paint", color: "pink", body: true },
    windows: { words: ["window"], material: "glass", color: "sky" },
    chimney: { words: ["chimney"], material: "paint", color: "pink", optional: "on" },
  },
  groups: { floors: { role: "floors", unit: "floor", default: 2, min: 1, max: 3 } },
  parts: (p) => {
    const n = p.count("floors"), w = 0.8, d = 0.35, h = 0.32, t = 0.02, base = 0.03, top = base + n * h;
    const storeys = Array.from({ length: n }, (_, k) => base + k * h);
    return [
      ...storeys.map((z, k) => k === 0
        ? part("floor_1", "box", [w + 0.04, d + 0.04, base], [0, 0, base / 2], "floors", { group: "floors" })
        : part(`floor_${k + 1}`, "box", [w - 2 * t, d - t, 0.02], [0, -t / 2, z], "floors", { group: "floors" })),
      part("ceiling", "box", [w, d, 0.02], [0, 0, top], "floors"),
      part("back_wall", "box", [w, t, n * h], [0, d / 2 - t / 2, base + (n * h) / 2], "walls"),
      ...[-1, 1].map((s, i) => part(`side_wall_${i + 1}`, "box", [t, d, n * h], [s * (w / 2 - t / 2), 0, base + (n * h) / 2], "walls")),
      ...storeys.map((z, k) => part(`partition_${k + 1}`, "box", [t, d - t, h - 0.02], [k % 2 === 0 ? 0.08 : -0.08, -t / 2, z + h / 2], "walls")),
      ...storeys.flatMap((z, k) => [-1, 1].map((s, i) => part(`window_${2 * k + i + 1}`, "box", [0.006, 0.12, 0.13], [s * (w / 2 + 0.002), 0, z + h * 0.55], "windows"))),
      part("roof", "wedge", [w + 0.08, d + 0.06, 0.3], [0, 0, top + 0.16], "roof"),
      part("chimney", "box", [0.06, 0.06, 0.18], [0.24, 0.08, top + 0.2], "chimney"),
    ];
  },
});

/** A 3×3 puzzle cube: a black core with nine coloured stickers on each face (the yellow bottom is on the ground). */
const rubiksCube = defineKind({
  name: "rubik's cube",
  // "rubik's cube" reaches the tagger as "rubik 's cube" (see the dollhouse).
  synonyms: ["rubik 's cube", "rubik s cube", "rubiks cube", "rubik cube", "puzzle cube", "magic cube", "speed cube"],
  category: "toy",
  roles: {
    cube: { words: ["cube", "body", "core", "frame"], material: "plastic", color: "black", body: true },
    stickers: { words: ["sticker", "tile", "square", "face"], material: "plastic", color: "white" },
  },
  parts: () => {
    const s = 0.057, c = s / 2, g = 0.019, out = c + 0.0005;
    // Each visible face: where a sticker at grid (u, v) sits, how it is turned, and the face's colour.
    const faces: Array<[string, (u: number, v: number) => Vec3, Vec3, Vec3]> = [
      ["white", (u, v) => [u, v, s + 0.0005], [0.016, 0.016, 0.001], [0, 0, 0]],
      ["green", (u, v) => [u, -out, c + v], [0.016, 0.001, 0.016], [0, 0, 0]],
      ["blue", (u, v) => [u, out, c + v], [0.016, 0.001, 0.016], [0, 0, 0]],
      ["red", (u, v) => [out, u, c + v], [0.001, 0.016, 0.016], [0, 0, 0]],
      ["orange", (u, v) => [-out, u, c + v], [0.001, 0.016, 0.016], [0, 0, 0]],
    ];
    let n = 0;
    const stickers = faces.flatMap(([tint, at, size]) =>
      [-1, 0, 1].flatMap((u) => [-1, 0, 1].map((v) => part(`sticker_${++n}`, "box", size, at(u * g, v * g), "stickers", { tint }))));
    return [part("cube", "rounded_box", [s, s, s], [0, 0, c], "cube"), ...stickers];
  },
});

/** Toys and games (rocking horse, hobby horse, kite, yo-yo, spinning top, building blocks, jack-in-the-box, dollhouse, puzzle cube). */
export const PLAY_TOY_KINDS: SubjectDef[] = [rockingHorse, hobbyHorse, kite, yoyo, spinningTop, buildingBlocks, jackInTheBox, dollhouse, rubiksCube];
