import type { PartSpec, SubjectDef } from "../types";
import { circlePoints, FACING, part, rod, spread } from "./kit";


/** An acoustic guitar standing upright: two-bout body, sound hole, neck, headstock, counted strings. */
export const guitar: SubjectDef = {
  name: "guitar",
  synonyms: ["acoustic guitar", "electric guitar", "ukulele", "bass guitar"],
  category: "toy",
  roles: {
    body: { words: ["body", "top", "bout"], material: "wood", color: "tan", body: true },
    neck: { words: ["neck", "fretboard", "fingerboard", "headstock", "head"], material: "walnut" },
    strings: { words: ["string"], material: "steel" },
    hole: { words: ["hole", "soundhole", "rosette"], material: "paint", color: "black" },
    bridge: { words: ["bridge", "saddle", "peg", "tuner"], material: "walnut" },
  },
  groups: { strings: { role: "strings", unit: "string", default: 6, min: 1, max: 12 } },
  build(p) {
    const t = 0.1, parts: PartSpec[] = [
      part("lower_bout", "cylinder", [0.38, 0.38, t], [0, 0, 0.2], "body", { rot: FACING }),
      part("upper_bout", "cylinder", [0.29, 0.29, t], [0, 0, 0.42], "body", { rot: FACING }),
      part("sound_hole", "cylinder", [0.09, 0.09, 0.004], [0, -t / 2, 0.38], "hole", { rot: FACING }),
      part("bridge", "box", [0.15, 0.01, 0.025], [0, -t / 2 - 0.005, 0.17], "bridge"),
      part("neck", "box", [0.05, 0.03, 0.48], [0, -0.01, 0.54 + 0.24], "neck"),
      part("headstock", "rounded_box", [0.08, 0.02, 0.18], [0, -0.005, 1.02 + 0.09], "neck", { rot: [0.15, 0, 0] }),
    ];
    const n = p.count("strings");
    spread(n, 0.036).forEach((x, i) => parts.push(part(`string_${i + 1}`, "box", [0.0015, 0.0015, 0.87], [x, -t / 2 - 0.012, 0.17 + 0.435], "strings", { group: "strings" })));
    return parts;
  },
};

/** A snare drum: shell, batter head, two hoops, counted lugs, a pair of sticks on top. */
export const drum: SubjectDef = {
  name: "drum",
  synonyms: ["snare", "snare drum", "bass drum", "tom", "bongo", "tambour"],
  category: "toy",
  roles: {
    shell: { words: ["shell", "body", "side"], material: "paint", color: "red", body: true },
    head: { words: ["head", "skin", "top", "membrane"], material: "fabric", color: "ivory" },
    hoops: { words: ["hoop", "rim", "ring"], material: "chrome" },
    lugs: { words: ["lug", "tension", "bolt"], material: "chrome" },
    sticks: { words: ["stick", "drumstick"], material: "wood", color: "beige", optional: "on" },
  },
  groups: { lugs: { role: "lugs", unit: "lug", default: 8, min: 0, max: 16 } },
  build(p) {
    const d = 0.36, h = 0.2, parts: PartSpec[] = [
      part("shell", "cylinder", [d, d, h], [0, 0, h / 2 + 0.01], "shell"),
      part("head", "cylinder", [d - 0.005, d - 0.005, 0.004], [0, 0, h + 0.013], "head"),
      part("top_hoop", "torus", [d + 0.02, d + 0.02, 0.02], [0, 0, h + 0.01], "hoops"),
      part("bottom_hoop", "torus", [d + 0.02, d + 0.02, 0.02], [0, 0, 0.01], "hoops"),
    ];
    circlePoints(p.count("lugs"), d / 2 + 0.01).forEach(([x, y], i) => parts.push(part(`lug_${i + 1}`, "capsule", [0.025, 0.02, 0.06], [x, y, h / 2 + 0.01], "lugs", { group: "lugs", rot: [0, 0, Math.atan2(y, x)] })));
    if (p.has("sticks")) for (const [i, s] of [-1, 1].entries()) parts.push(rod(`stick_${i + 1}`, [s * 0.06 - 0.15, -0.12, h + 0.03], [s * 0.02 + 0.2, 0.1, h + 0.03], 0.014, "sticks"));
    return parts;
  },
};

/** An upright piano: case, lid, key bed, white key block, counted black keys, pedals; optional bench. */
export const piano: SubjectDef = {
  name: "piano",
  synonyms: ["upright piano", "grand piano"],
  category: "toy",
  roles: {
    case: { words: ["case", "body", "cabinet", "lid", "side"], material: "paint", color: "black", body: true },
    white_keys: { words: ["key", "keyboard", "ivory"], material: "plastic", color: "white" },
    black_keys: { words: ["sharp", "flat"], material: "plastic", color: "black" },
    pedals: { words: ["pedal"], material: "brass" },
    bench: { words: ["bench", "stool", "seat"], material: "paint", color: "black", optional: "off" },
  },
  groups: { black_keys: { role: "black_keys", unit: "black_key", default: 25, min: 0, max: 36 } },
  build(p) {
    const w = 1.5, d = 0.6, h = 1.25, parts: PartSpec[] = [
      part("case", "box", [w, d * 0.6, h], [0, d * 0.2, h / 2], "case"),
      part("lid", "rounded_box", [w + 0.04, d * 0.65, 0.04], [0, d * 0.2, h + 0.02], "case"),
      part("key_bed", "box", [w, d * 0.45, 0.06], [0, -d * 0.2, 0.7], "case"),
      part("white_keys", "box", [w - 0.1, 0.15, 0.025], [0, -d * 0.3 - 0.02, 0.745], "white_keys"),
    ];
    // Black keys follow the real 2-3 grouping: skip the gaps after E and B.
    const n = p.count("black_keys"), slots: number[] = [];
    for (let k = 0; slots.length < n && k < 60; k++) if (![2, 6].includes(k % 7)) slots.push(k);
    const step = (w - 0.12) / Math.max(1, (slots.at(-1) ?? 0) + 1);
    slots.forEach((k, i) => parts.push(part(`black_key_${i + 1}`, "box", [step * 0.55, 0.09, 0.02], [-w / 2 + 0.06 + (k + 1) * step, -d * 0.3 + 0.01, 0.765], "black_keys", { group: "black_keys" })));
    for (const [i, x] of [-0.06, 0, 0.06].entries()) parts.push(part(`pedal_${i + 1}`, "box", [0.03, 0.1, 0.015], [x, -d * 0.15, 0.04], "pedals"));
    for (const [i, x] of [-1, 1].entries()) parts.push(part(`leg_${i + 1}`, "box", [0.06, 0.06, 0.67], [x * (w / 2 - 0.05), -d * 0.35, 0.335], "case"));
    if (p.has("bench")) parts.push(part("bench", "rounded_box", [0.8, 0.35, 0.5], [0, -d - 0.25, 0.25], "bench"));
    return parts;
  },
};
