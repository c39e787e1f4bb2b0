import { rotateZ } from "../layout-around";
import type { PartSpec, SubjectDef } from "../types";
import { eyePair, GLINTS, horny, into, legSpots, legsUnder, limb, onSurface, plumage } from "./animal-kit";
import { HALF_PI, part } from "./kit";


/** Crows and ravens: black all over, dark beak and legs. */
const CORVID = { body: "black", head: "black", wings: "black", tail: "black", chest: "black", beak: "charcoal", legs: "charcoal", feet: "charcoal" };

/** A small perching bird (a sparrow): round body, pale breast, head with a pointed beak, folded wings, raised tail, two thin legs. */
export const bird: SubjectDef = {
  name: "bird",
  synonyms: ["sparrow", "songbird", "finch", "birdie", "wren", "budgie", "parakeet"],
  variants: {
    robin: { palette: { chest: "orange" } }, canary: { palette: { body: "yellow", head: "yellow", wings: "amber", tail: "amber", chest: "yellow" } },
    bluebird: { palette: { body: "blue", head: "blue", wings: "navy", tail: "navy", chest: "orange" } },
    cardinal: { palette: { body: "red", head: "red", wings: "crimson", tail: "crimson", chest: "red" } },
    crow: { scale: [2.6, 2.6, 2.6], palette: CORVID }, raven: { scale: [3, 3, 3], palette: CORVID },
    pigeon: { scale: [2.2, 2.2, 2.2], palette: { body: "gray", head: "charcoal", wings: "gray", tail: "charcoal", chest: "gray" } },
    dove: { scale: [2, 2, 2], palette: { body: "white", head: "white", wings: "white", tail: "white", chest: "white", beak: "coral", legs: "coral", feet: "coral" } },
  },
  category: "animal",
  roles: {
    body: plumage(["body", "torso", "feather", "back"], "tan"),
    head: plumage(["head", "face", "crown"], "brown"),
    wings: plumage(["wing"], "brown", { host: "body" }),
    tail: plumage(["tail"], "brown", { host: "body" }),
    chest: plumage(["chest", "breast", "belly", "tummy", "throat"], "cream", { accent: true, host: "body" }),
    beak: horny(["beak", "bill"], "amber", "head"),
    legs: horny(["leg"], "amber"),
    feet: horny(["foot", "toe", "claw", "talon"], "amber", "legs"),
    eyes: { words: ["eye"], material: "eye", color: "black", host: "head" },
    glints: GLINTS,
  },
  groups: { legs: { role: "legs", unit: "leg", default: 2, min: 1, max: 2 } },
  build(p) {
    const body = part("body", "sphere", [0.13, 0.085, 0.09], [0, 0, 0.085], "body");
    const head = part("head", "sphere", [0.07, 0.065, 0.065], [0.058, 0, 0.138], "head");
    const parts: PartSpec[] = [
      body, head,
      part("chest", "sphere", [0.085, 0.07, 0.075], [0.025, 0, 0.07], "chest"),
      part("beak", "cone", [0.02, 0.018, 0.032], onSurface(head, 0, -0.15, 1.05), "beak", { rot: [0, HALF_PI, 0] }),
      ...eyePair(head, 0.65, 0.2, 0.014),
      part("tail", "rounded_box", [0.075, 0.04, 0.01], [-0.088, 0, 0.108], "tail", { rot: [0, 0.5, 0] }),
      // Thin straight legs, as a perching bird's are, on small flat feet.
      ...legsUnder(into(body, 0.006), legSpots(p.count("legs"), 0.01, 0.01, 0.018), {
        d: 0.007, shape: "cylinder", foot: { name: "foot", shape: "sphere", size: [0.035, 0.014, 0.008], role: "feet", ahead: 0.008 },
      }),
    ];
    for (const [i, side] of [-1, 1].entries()) {
      parts.push(part(`wing_${i + 1}`, "sphere", [0.1, 0.02, 0.05], [-0.015, side * 0.041, 0.093], "wings", { rot: [0, 0.2, 0] }));
    }
    return parts;
  },
};

/** A standing duck: plump body with an upturned tail, neck and round head, flat bill, folded wings, orange webbed feet. */
export const duck: SubjectDef = {
  name: "duck",
  synonyms: ["drake", "goose", "duckie", "ducky", "waterfowl"],
  variants: {
    duckling: { scale: [0.45, 0.45, 0.45], palette: { body: "yellow", head: "yellow", wings: "yellow", tail: "yellow" } },
    mallard: { palette: { body: "gray", head: "emerald", wings: "brown", tail: "charcoal", bill: "yellow" } },
  },
  category: "animal",
  roles: {
    body: plumage(["body", "torso", "feather", "back", "neck", "chest", "breast", "belly"], "white"),
    head: plumage(["head", "face"], "white"),
    wings: plumage(["wing"], "white", { accent: true, host: "body" }),
    tail: plumage(["tail"], "white", { host: "body" }),
    bill: horny(["bill", "beak"], "orange", "head"),
    legs: horny(["leg"], "orange"),
    feet: horny(["foot", "toe"], "orange", "legs"),
    eyes: { words: ["eye"], material: "eye", color: "black", host: "head" },
    glints: GLINTS,
  },
  groups: { legs: { role: "legs", unit: "leg", default: 2, min: 1, max: 2 } },
  build(p) {
    const body = part("body", "sphere", [0.36, 0.22, 0.2], [0, 0, 0.2], "body");
    const head = part("head", "sphere", [0.15, 0.14, 0.14], [0.14, 0, 0.4], "head");
    const parts: PartSpec[] = [
      body, head,
      limb("neck", [0.1, 0, 0.25], [0.13, 0, 0.37], 0.1, "body"),
      // A cone tipped back and up makes the duck's short upturned tail.
      part("tail", "cone", [0.1, 0.14, 0.12], [-0.18, 0, 0.25], "tail", { rot: [0, -0.93, 0] }),
      part("bill", "sphere", [0.12, 0.075, 0.03], [0.235, 0, 0.382], "bill"),
      ...eyePair(head, 0.55, 0.25, 0.025),
      ...legsUnder(into(body, 0.02), legSpots(p.count("legs"), 0.03, 0.03, 0.05), { d: 0.028, foot: { name: "foot", shape: "hemisphere", size: [0.09, 0.07, 0.02], role: "feet", ahead: 0.03 } }),
    ];
    for (const [i, side] of [-1, 1].entries()) {
      parts.push(part(`wing_${i + 1}`, "sphere", [0.22, 0.04, 0.11], [-0.02, side * 0.1, 0.22], "wings", { rot: [0, 0.12, 0] }));
    }
    return parts;
  },
};

/** An upright penguin, facing front (-Y) like a person: black back and flippers, white belly, round head with big eyes, orange beak and feet. */
export const penguin: SubjectDef = {
  name: "penguin",
  synonyms: ["emperor penguin", "king penguin"],
  category: "animal",
  roles: {
    body: plumage(["body", "back", "feather", "torso"], "black"),
    head: plumage(["head"], "black"),
    wings: plumage(["wing", "flipper", "fin", "arm"], "black", { host: "body" }),
    tail: plumage(["tail"], "black", { host: "body" }),
    belly: { words: ["belly", "chest", "front", "tummy", "breast", "face"], material: "feathers", color: "white", host: "body" },
    beak: horny(["beak", "bill"], "orange", "head"),
    legs: horny(["leg"], "orange"),
    feet: horny(["foot", "toe"], "orange", "legs"),
    eyes: { words: ["eye"], material: "eye", color: "white", host: "head" },
    pupils: { words: ["pupil"], material: "eye", color: "black", host: "eyes" },
  },
  groups: { legs: { role: "legs", unit: "leg", default: 2, min: 1, max: 2 } },
  build(p) {
    const body = part("body", "sphere", [0.34, 0.32, 0.5], [0, 0, 0.29], "body");
    const head = part("head", "sphere", [0.24, 0.24, 0.22], [0.01, 0, 0.6], "head");
    const eyes = eyePair(head, 0.4, 0.2, 0.05, { depth: 0.9, bare: true });
    const parts: PartSpec[] = [
      body, head, ...eyes,
      part("belly", "sphere", [0.2, 0.26, 0.42], [0.095, 0, 0.27], "belly"),
      part("beak", "cone", [0.05, 0.05, 0.08], onSurface(head, 0, -0.15, 1.05), "beak", { rot: [0, HALF_PI, 0] }),
      part("tail", "cone", [0.08, 0.1, 0.08], [-0.16, 0, 0.08], "tail", { rot: [0, -2.36, 0] }),
      ...eyes.map((e, i) => part(`pupil_${i + 1}`, "sphere", [0.026, 0.026, 0.026], [e.at[0] + 0.02, e.at[1] * 1.08, e.at[2]], "pupils")),
      ...legsUnder(into(body, 0.02), legSpots(p.count("legs"), 0.05, 0.05, 0.07), { d: 0.05, foot: { name: "foot", shape: "hemisphere", size: [0.11, 0.08, 0.03], role: "feet", ahead: 0.04 } }),
    ];
    for (const [i, side] of [-1, 1].entries()) {
      parts.push(part(`wing_${i + 1}`, "sphere", [0.1, 0.035, 0.3], [-0.01, side * 0.165, 0.33], "wings", { rot: [side * 0.25, 0, 0] }));
    }
    // Built facing +X like the other animals, then turned to face -Y as upright characters do: its front is what shows.
    return rotateZ(parts, -HALF_PI);
  },
};
