import type { PartSpec, SubjectDef } from "../types";
import { blade, eyePair, EYES, GLINTS, horny, into, legSpots, legsUnder, limb, onSurface, plumage } from "./animal-kit";
import { HALF_PI, part } from "./kit";


/** A standing hen: plump body, small head with a red comb and wattle, pointed beak, folded wings, a fan of tail feathers, two yellow legs. */
export const chicken: SubjectDef = {
  name: "chicken",
  synonyms: ["hen", "chook", "pullet", "bantam", "poultry", "biddy"],
  variants: {
    rooster: { scale: [1.15, 1.15, 1.2], palette: { body: "orange", head: "orange", wings: "brown", tail: "black" } },
    cockerel: { scale: [1.1, 1.1, 1.15], palette: { body: "orange", head: "orange", wings: "brown", tail: "black" } },
    chick: { scale: [0.35, 0.35, 0.35], features: { comb: false, wattle: false }, palette: { body: "yellow", head: "yellow", wings: "yellow", tail: "yellow", beak: "orange", legs: "orange", feet: "orange" } },
  },
  category: "animal",
  roles: {
    body: plumage(["body", "torso", "feather", "back", "neck", "chest", "breast", "belly"], "white"),
    head: plumage(["head", "face"], "white"),
    wings: plumage(["wing"], "white", { accent: true, host: "body" }),
    tail: plumage(["tail", "plume"], "white", { host: "body" }),
    comb: { words: ["comb", "crest", "crown"], material: "skin", color: "red", optional: "on", host: "head" },
    wattle: { words: ["wattle", "jowl"], material: "skin", color: "red", optional: "on", host: "head" },
    beak: horny(["beak", "bill"], "yellow", "head"),
    legs: horny(["leg", "shank"], "yellow"),
    feet: horny(["foot", "toe", "claw", "talon"], "yellow", "legs"),
    eyes: EYES,
    glints: GLINTS,
  },
  groups: { legs: { role: "legs", unit: "leg", default: 2, min: 1, max: 2 } },
  build(p) {
    const body = part("body", "sphere", [0.38, 0.26, 0.3], [0, 0, 0.3], "body");
    const head = part("head", "sphere", [0.13, 0.12, 0.14], [0.17, 0, 0.54], "head");
    const parts: PartSpec[] = [
      body, head,
      limb("neck", [0.1, 0, 0.38], [0.16, 0, 0.5], 0.12, "body"),
      part("beak", "cone", [0.04, 0.035, 0.06], onSurface(head, 0, -0.1, 1.05), "beak", { rot: [0, HALF_PI, 0] }),
      ...eyePair(head, 0.6, 0.2, 0.026),
      // Thin straight shanks on flat three-toed feet, set a little forward as a hen stands.
      ...legsUnder(into(body, 0.02), legSpots(p.count("legs"), 0.02, 0.02, 0.055), {
        d: 0.025, shape: "cylinder", foot: { name: "foot", shape: "sphere", size: [0.1, 0.06, 0.015], role: "feet", ahead: 0.03 },
      }),
    ];
    // Tail feathers fan up and back from the rump.
    for (const [i, [x, z]] of ([[-0.3, 0.46], [-0.25, 0.55], [-0.18, 0.6]] as const).entries()) parts.push(blade(`tail_${i + 1}`, [-0.13, 0, 0.36], [x, 0, z], 0.09, 0.04, "tail"));
    for (const [i, side] of [-1, 1].entries()) {
      parts.push(part(`wing_${i + 1}`, "sphere", [0.24, 0.05, 0.16], [-0.02, side * 0.12, 0.31], "wings", { rot: [0, 0.15, 0] }));
    }
    if (p.has("comb")) {
      for (const [i, x] of [0.13, 0.17, 0.21].entries()) parts.push(part(`comb_${i + 1}`, "sphere", [0.045, 0.02, 0.055], [x, 0, 0.61 - Math.abs(x - 0.17) * 0.6], "comb"));
    }
    if (p.has("wattle")) parts.push(part("wattle", "sphere", [0.03, 0.03, 0.05], [0.225, 0, 0.47], "wattle"));
    return parts;
  },
};

/** A standing sheep: a round woolly fleece of tufts, a dark face with sideways ears, thin dark legs on hooves, a stubby tail; rams add curled horns. */
export const sheep: SubjectDef = {
  name: "sheep",
  synonyms: ["ewe", "merino", "sheepie"],
  variants: {
    lamb: { scale: [0.55, 0.55, 0.55], palette: { head: "cream", legs: "cream", ears: "cream" } },
    ram: { scale: [1.1, 1.1, 1.1], features: { horns: true } },
  },
  category: "animal",
  roles: {
    // Only the fleece takes the subject's colour: "a black sheep" has a black fleece, its face stays dark.
    body: { words: ["body", "fleece", "coat", "back", "torso", "neck", "tuft", "topknot"], material: "wool", color: "white", body: true },
    tail: { words: ["tail"], material: "wool", color: "white", body: true, optional: "on", host: "body" },
    head: { words: ["head", "face", "muzzle", "snout"], material: "fur", color: "charcoal" },
    ears: { words: ["ear"], material: "fur", color: "charcoal", host: "head" },
    legs: { words: ["leg", "limb"], material: "fur", color: "charcoal" },
    hooves: horny(["hoof", "hooves", "foot"], "black", "legs"),
    horns: { words: ["horn"], material: "horn", color: "tan", optional: "off", host: "head" },
    eyes: EYES,
    glints: GLINTS,
  },
  groups: { legs: { role: "legs", unit: "leg", default: 4, min: 3, max: 6 } },
  build(p) {
    const body = part("body", "sphere", [1.0, 0.64, 0.6], [0, 0, 0.7], "body");
    const head = part("head", "sphere", [0.3, 0.22, 0.24], [0.6, 0, 0.9], "head");
    const parts: PartSpec[] = [
      body, head,
      limb("neck", [0.36, 0, 0.8], [0.5, 0, 0.92], 0.24, "body"),
      part("topknot", "sphere", [0.16, 0.18, 0.1], [0.55, 0, 1.02], "body"),
      ...eyePair(head, 0.7, 0.25, 0.04),
      ...legsUnder(into(body, 0.05), legSpots(p.count("legs"), 0.28, -0.28, 0.17), { d: 0.08, foot: { name: "hoof", shape: "cylinder", size: [0.09, 0.09, 0.06], role: "hooves", ahead: 0.01 } }),
    ];
    // Woolly tufts bulge out of the fleece all over, so its outline reads as wool rather than a smooth egg.
    const tufts: Array<[number, number]> = [];
    for (const pitch of [-0.2, 0.35, 0.85]) for (let k = 0; k < (pitch > 0.8 ? 4 : 8); k++) tufts.push([(k * 2 * Math.PI) / (pitch > 0.8 ? 4 : 8) + pitch, pitch]);
    tufts.push([0, 1.5]);
    tufts.forEach(([yaw, pitch], i) => parts.push(part(`tuft_${i + 1}`, "sphere", [0.3, 0.3, 0.26], onSurface(body, yaw, pitch, 0.88), "body")));
    if (p.has("tail")) parts.push(part("tail", "sphere", [0.14, 0.14, 0.16], [-0.52, 0, 0.76], "tail"));
    for (const [i, side] of [-1, 1].entries()) {
      parts.push(part(`ear_${i + 1}`, "sphere", [0.08, 0.17, 0.05], [0.54, side * 0.15, 0.95], "ears", { rot: [side * 0.3, 0, 0] }));
      if (p.has("horns")) parts.push(part(`horn_${i + 1}`, "torus", [0.16, 0.16, 0.05], [0.52, side * 0.13, 0.93], "horns", { rot: [HALF_PI, 0, 0] }));
    }
    return parts;
  },
};
