import type { PartSpec, SubjectDef } from "../types";
import { HALF_PI, part, rod, spread } from "./kit";

/** A snowman: counted stacked balls, coal eyes and buttons, carrot nose, stick arms, top hat, optional scarf. */
export const snowman: SubjectDef = {
  name: "snowman",
  synonyms: ["snow man", "snowwoman", "frosty"],
  category: "character",
  roles: {
    balls: { words: ["ball", "body", "snowball", "head"], material: "snow", body: true },
    eyes: { words: ["eye", "coal"], material: "stone", color: "black" },
    buttons: { words: ["button"], material: "stone", color: "black" },
    nose: { words: ["nose", "carrot"], material: "clay", color: "orange" },
    arms: { words: ["arm", "stick", "branch"], material: "bark" },
    hat: { words: ["hat", "tophat"], material: "fabric", color: "black", optional: "on" },
    scarf: { words: ["scarf"], material: "wool", color: "red", optional: "off" },
  },
  groups: { balls: { role: "balls", unit: "ball", default: 3, min: 2, max: 4 }, buttons: { role: "buttons", unit: "button", default: 3, min: 0, max: 6 } },
  build(p) {
    const n = p.count("balls"), parts: PartSpec[] = [];
    let z = 0, d = 0.9;
    const centres: number[] = [];
    for (let i = 0; i < n; i++) {
      // Each ball sinks into the one below by 15% so the stack looks packed.
      parts.push(part(`ball_${i + 1}`, "sphere", [d, d, d], [0, 0, z + d / 2], "balls", { group: "balls" }));
      centres.push(z + d / 2);
      z += d * 0.85;
      if (i < n - 1) d *= 0.72;
    }
    const head = centres.at(-1)!, hr = d / 2, body = centres.at(-2)!, br = (d / 0.72) / 2;
    for (const [i, x] of [-1, 1].entries()) parts.push(part(`eye_${i + 1}`, "sphere", [0.05, 0.05, 0.05], [x * hr * 0.35, -hr * 0.9, head + hr * 0.25], "eyes"));
    parts.push(part("nose", "cone", [0.06, 0.06, 0.25], [0, -hr - 0.1, head], "nose", { rot: [HALF_PI, 0, 0] }));
    spread(p.count("buttons"), br * 0.9).forEach((dz, i) => {
      const zz = body - dz * 0.9, off = Math.sqrt(Math.max(0, br * br - (zz - body) ** 2));
      parts.push(part(`button_${i + 1}`, "sphere", [0.06, 0.03, 0.06], [0, -off, zz], "buttons", { group: "buttons" }));
    });
    for (const [i, x] of [-1, 1].entries()) parts.push(rod(`arm_${i + 1}`, [x * br * 0.8, 0, body + 0.1], [x * (br + 0.55), 0, body + 0.45], 0.035, "arms"));
    if (p.has("hat")) {
      parts.push(part("hat_brim", "cylinder", [hr * 1.9, hr * 1.9, 0.03], [0, 0, head + hr * 0.85], "hat"));
      parts.push(part("hat", "cylinder", [hr * 1.2, hr * 1.2, hr * 1.1], [0, 0, head + hr * 0.85 + hr * 0.55], "hat"));
    }
    if (p.has("scarf")) parts.push(part("scarf", "torus", [hr * 2.1, hr * 2.1, 0.1], [0, 0, head - hr * 0.8], "scarf"));
    return parts;
  },
};

/** A boxy robot: torso, head with glowing eyes and antenna, arms, legs, feet. */
export const robot: SubjectDef = {
  name: "robot",
  synonyms: ["android", "droid", "bot", "mech", "automaton", "cyborg"],
  category: "character",
  roles: {
    body: { words: ["body", "torso", "chest", "head"], material: "steel", body: true },
    limbs: { words: ["arm", "leg", "limb", "hand", "foot"], material: "aluminum", body: true },
    eyes: { words: ["eye", "visor"], material: "bulb", color: "cyan" },
    antenna: { words: ["antenna", "antennae"], material: "paint", color: "red", optional: "on" },
    panel: { words: ["panel", "screen", "button", "light"], material: "bulb", color: "lime" },
  },
  build(p) {
    const parts: PartSpec[] = [];
    for (const [i, x] of [-1, 1].entries()) {
      parts.push(part(`foot_${i + 1}`, "rounded_box", [0.22, 0.32, 0.1], [x * 0.16, -0.04, 0.05], "limbs"));
      parts.push(part(`leg_${i + 1}`, "cylinder", [0.12, 0.12, 0.55], [x * 0.16, 0, 0.1 + 0.275], "limbs"));
      parts.push(rod(`arm_${i + 1}`, [x * 0.33, 0, 1.15], [x * 0.45, -0.1, 0.7], 0.1, "limbs"));
      parts.push(part(`hand_${i + 1}`, "sphere", [0.14, 0.14, 0.14], [x * 0.46, -0.11, 0.65], "limbs"));
      parts.push(part(`eye_${i + 1}`, "cylinder", [0.08, 0.08, 0.03], [x * 0.09, -0.18, 1.48], "eyes", { rot: [HALF_PI, 0, 0] }));
    }
    parts.push(part("torso", "rounded_box", [0.6, 0.4, 0.65], [0, 0, 0.65 + 0.325], "body"));
    parts.push(part("panel", "box", [0.3, 0.02, 0.18], [0, -0.2, 1.05], "panel"));
    parts.push(part("neck", "cylinder", [0.12, 0.12, 0.1], [0, 0, 1.35], "limbs"));
    parts.push(part("head", "rounded_box", [0.4, 0.34, 0.3], [0, 0, 1.55], "body"));
    if (p.has("antenna")) {
      parts.push(part("antenna", "cylinder", [0.02, 0.02, 0.2], [0, 0, 1.8], "limbs"));
      parts.push(part("antenna_tip", "sphere", [0.06, 0.06, 0.06], [0, 0, 1.92], "antenna"));
    }
    return parts;
  },
};

/** A simple standing person: shoes, legs, torso, arms, head with hair. */
export const person: SubjectDef = {
  name: "person",
  synonyms: ["man", "woman", "human", "figure", "character", "boy", "girl", "child", "kid", "guy", "lady", "mannequin", "people"],
  category: "character",
  roles: {
    shirt: { words: ["shirt", "torso", "chest", "body", "top", "jacket", "sweater", "dress", "hoodie", "coat", "blouse", "tshirt"], material: "fabric", color: "blue", body: true },
    pants: { words: ["pant", "trouser", "jean", "leg", "short", "skirt"], material: "fabric", color: "navy" },
    skin: { words: ["skin", "head", "face", "hand", "arm"], material: "skin" },
    hair: { words: ["hair"], material: "fabric", color: "brown", optional: "on" },
    shoes: { words: ["shoe", "boot", "sneaker", "foot"], material: "leather", color: "black" },
  },
  build(p) {
    const parts: PartSpec[] = [];
    for (const [i, x] of [-1, 1].entries()) {
      parts.push(part(`shoe_${i + 1}`, "rounded_box", [0.11, 0.26, 0.08], [x * 0.1, -0.04, 0.04], "shoes"));
      parts.push(part(`leg_${i + 1}`, "capsule", [0.14, 0.14, 0.88], [x * 0.1, 0, 0.06 + 0.44], "pants"));
      parts.push(rod(`arm_${i + 1}`, [x * 0.22, 0, 1.42], [x * 0.29, 0, 0.88], 0.09, "shirt"));
      parts.push(part(`hand_${i + 1}`, "sphere", [0.09, 0.09, 0.11], [x * 0.295, 0, 0.82], "skin"));
    }
    parts.push(part("torso", "capsule", [0.4, 0.24, 0.7], [0, 0, 1.2], "shirt"));
    parts.push(part("neck", "cylinder", [0.1, 0.1, 0.1], [0, 0, 1.56], "skin"));
    parts.push(part("head", "sphere", [0.21, 0.23, 0.25], [0, 0, 1.72], "skin"));
    if (p.has("hair")) parts.push(part("hair", "hemisphere", [0.23, 0.25, 0.13], [0, 0.01, 1.8], "hair"));
    return parts;
  },
};
