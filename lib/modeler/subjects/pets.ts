import type { PartSpec, SubjectDef } from "../types";
import { coat, eyePair, GLINTS, into, legSpots, legsUnder, limb, onSurface, patch } from "./animal-kit";
import { HALF_PI, part, rod } from "./kit";

/** A standing cat: body, head with pointed ears, cream chest, muzzle and paws, raised tail, whiskers. */
export const cat: SubjectDef = {
  name: "cat",
  synonyms: ["kitty", "kitty cat", "kittycat", "house cat", "housecat", "tomcat", "tabby", "tabby cat", "moggy", "pussycat", "feline"],
  variants: { kitten: { scale: [0.6, 0.6, 0.6] } },
  category: "animal",
  roles: {
    body: coat(["body", "torso", "fur", "coat", "back"], "orange"),
    head: coat(["head", "face"], "orange"),
    legs: coat(["leg", "limb"], "orange"),
    tail: coat(["tail"], "orange", { optional: "on", host: "body" }),
    ears: coat(["ear"], "orange", { host: "head" }),
    chest: coat(["chest", "belly", "tummy", "breast", "bib"], "cream", { accent: true, host: "body" }),
    muzzle: coat(["muzzle", "snout", "mouth", "cheek"], "cream", { accent: true, host: "head" }),
    paws: coat(["paw", "foot", "sock", "toe"], "cream", { accent: true, host: "legs" }),
    eyes: { words: ["eye"], material: "eye", color: "black", host: "head" },
    glints: GLINTS,
    nose: { words: ["nose"], material: "fur", color: "pink", host: "muzzle" },
    whiskers: { words: ["whisker"], material: "plastic", color: "white", optional: "on", host: "muzzle" },
  },
  groups: { legs: { role: "legs", unit: "leg", default: 4, min: 3, max: 6 } },
  build(p) {
    const body = part("body", "sphere", [0.32, 0.17, 0.15], [0, 0, 0.18], "body");
    const head = part("head", "sphere", [0.15, 0.155, 0.14], [0.17, 0, 0.28], "head");
    const muzzle = part("muzzle", "sphere", [0.06, 0.09, 0.05], onSurface(head, 0, -0.4, 0.92), "muzzle");
    const parts: PartSpec[] = [
      body, head, muzzle,
      part("chest", "sphere", [0.15, 0.13, 0.12], [0.1, 0, 0.17], "chest"),
      part("nose", "sphere", [0.018, 0.025, 0.015], onSurface(muzzle, 0, 0.6, 0.95), "nose"),
      ...eyePair(head, 0.5, 0.2, 0.036),
      ...legsUnder(into(body, 0.03), legSpots(p.count("legs"), 0.1, -0.1, 0.05), {
        d: 0.05, foot: { name: "paw", shape: "sphere", size: [0.065, 0.055, 0.035], role: "paws", ahead: 0.01 },
      }),
    ];
    if (p.has("tail")) parts.push(limb("tail", [-0.12, 0, 0.21], [-0.2, 0, 0.41], 0.035, "tail"));
    for (const [i, side] of [-1, 1].entries()) {
      parts.push(part(`ear_${i + 1}`, "cone", [0.065, 0.035, 0.075], onSurface(head, side * 0.9, 1.05, 1.22), "ears", { rot: [-side * 0.18, 0, 0] }));
      if (!p.has("whiskers")) continue;
      for (const [k, dz] of [-0.006, 0.006].entries()) {
        const from = onSurface(muzzle, side * 1.2, 0);
        parts.push(rod(`whisker_${i * 2 + k + 1}`, [from[0], from[1], from[2] + dz], [from[0] + 0.01, side * 0.1, from[2] + dz * 3], 0.003, "whiskers"));
      }
    }
    return parts;
  },
};

/** A standing dog: body, neck, head with a long muzzle and floppy ears, wagging tail; optional collar and spots. */
export const dog: SubjectDef = {
  name: "dog",
  synonyms: ["doggy", "doggie", "doggo", "pooch", "hound", "pup", "mutt", "canine", "labrador", "retriever", "beagle", "terrier", "sheepdog"],
  variants: {
    puppy: { scale: [0.55, 0.55, 0.55] },
    dalmatian: {
      features: { spots: true },
      palette: { body: "white", head: "white", legs: "white", tail: "white", ears: "white", chest: "white", muzzle: "white", paws: "white", spots: "black" },
    },
  },
  category: "animal",
  roles: {
    body: coat(["body", "torso", "fur", "coat", "back", "neck"], "tan"),
    head: coat(["head", "face"], "tan"),
    legs: coat(["leg", "limb"], "tan"),
    tail: coat(["tail"], "tan", { optional: "on", host: "body" }),
    ears: coat(["ear"], "brown", { host: "head" }),
    chest: coat(["chest", "belly", "tummy", "breast"], "cream", { accent: true, host: "body" }),
    muzzle: coat(["muzzle", "snout", "mouth", "jaw"], "cream", { accent: true, host: "head" }),
    paws: coat(["paw", "foot", "sock", "toe"], "cream", { accent: true, host: "legs" }),
    eyes: { words: ["eye"], material: "eye", color: "black", host: "head" },
    glints: GLINTS,
    nose: { words: ["nose"], material: "eye", color: "black", host: "muzzle" },
    collar: { words: ["collar", "tag"], material: "leather", color: "red", optional: "off", host: "body" },
    spots: { words: ["spot", "patch", "marking"], material: "fur", color: "brown", optional: "off", host: "body" },
  },
  groups: { legs: { role: "legs", unit: "leg", default: 4, min: 3, max: 6 } },
  build(p) {
    const body = part("body", "sphere", [0.56, 0.26, 0.26], [0, 0, 0.42], "body");
    const head = part("head", "sphere", [0.22, 0.2, 0.2], [0.33, 0, 0.66], "head");
    const muzzle = part("muzzle", "sphere", [0.16, 0.12, 0.1], [0.45, 0, 0.625], "muzzle");
    const parts: PartSpec[] = [
      body, head, muzzle,
      limb("neck", [0.18, 0, 0.45], [0.3, 0, 0.62], 0.15, "body"),
      part("chest", "sphere", [0.28, 0.2, 0.2], [0.17, 0, 0.38], "chest"),
      part("nose", "sphere", [0.045, 0.055, 0.04], onSurface(muzzle, 0, 0.35, 0.95), "nose"),
      ...eyePair(head, 0.45, 0.25, 0.04),
      ...legsUnder(into(body, 0.04), legSpots(p.count("legs"), 0.17, -0.17, 0.075), {
        d: 0.08, foot: { name: "paw", shape: "sphere", size: [0.1, 0.085, 0.05], role: "paws", ahead: 0.015 },
      }),
    ];
    if (p.has("tail")) parts.push(limb("tail", [-0.23, 0, 0.47], [-0.37, 0, 0.63], 0.045, "tail"));
    for (const [i, side] of [-1, 1].entries()) {
      parts.push(part(`ear_${i + 1}`, "sphere", [0.08, 0.035, 0.16], [0.31, side * 0.105, 0.64], "ears", { rot: [-side * 0.2, 0, 0] }));
    }
    if (p.has("collar")) parts.push(part("collar", "torus", [0.17, 0.17, 0.035], [0.25, 0, 0.545], "collar", { rot: [0, 0.61, 0] }));
    if (p.has("spots")) {
      const spots: Array<[number, number, number]> = [[-1.9, 0.5, 0.12], [-1.2, 0.2, 0.1], [-2.6, -0.1, 0.08], [1.7, 0.4, 0.12], [2.5, 0.1, 0.09], [0.2, 1.2, 0.1]];
      spots.forEach(([yaw, pitch, d], i) => parts.push(patch(`spot_${i + 1}`, body, yaw, pitch, [d, d * 0.8], 0.03, "spots")));
    }
    return parts;
  },
};

/** A sitting rabbit: round body and haunches, long upright ears, big hind feet, small front legs, cotton tail. */
export const rabbit: SubjectDef = {
  name: "rabbit",
  synonyms: ["bunny", "bunny rabbit", "hare", "easter bunny"],
  category: "animal",
  roles: {
    body: coat(["body", "torso", "fur", "coat", "back"], "tan"),
    head: coat(["head", "face"], "tan"),
    legs: coat(["leg", "limb"], "tan"),
    haunches: coat(["haunch", "thigh", "hip"], "tan", { host: "body" }),
    ears: coat(["ear"], "tan", { host: "head" }),
    belly: coat(["belly", "chest", "tummy", "breast"], "cream", { accent: true, host: "body" }),
    muzzle: coat(["muzzle", "snout", "mouth", "cheek"], "cream", { accent: true, host: "head" }),
    paws: coat(["paw", "foot", "toe"], "cream", { accent: true, host: "legs" }),
    tail: { words: ["tail", "cottontail", "pompom"], material: "fur", color: "white", host: "body" },
    eyes: { words: ["eye"], material: "eye", color: "black", host: "head" },
    glints: GLINTS,
    nose: { words: ["nose"], material: "fur", color: "pink", host: "muzzle" },
  },
  groups: { legs: { role: "legs", unit: "leg", default: 4, min: 4, max: 4 } },
  build() {
    const body = part("body", "sphere", [0.24, 0.2, 0.22], [-0.02, 0, 0.12], "body");
    const head = part("head", "sphere", [0.13, 0.13, 0.12], [0.1, 0, 0.26], "head");
    const muzzle = part("muzzle", "sphere", [0.05, 0.07, 0.045], onSurface(head, 0, -0.35, 0.9), "muzzle");
    const parts: PartSpec[] = [
      body, head, muzzle,
      part("belly", "sphere", [0.1, 0.13, 0.15], [0.07, 0, 0.12], "belly"),
      part("nose", "sphere", [0.018, 0.022, 0.015], onSurface(muzzle, 0, 0.5, 0.95), "nose"),
      part("tail", "sphere", [0.07, 0.07, 0.07], [-0.14, 0, 0.1], "tail"),
      ...eyePair(head, 0.75, 0.15, 0.028),
    ];
    for (const [i, side] of [-1, 1].entries()) {
      parts.push(limb(`leg_${i + 1}`, [0.09, side * 0.04, 0.03], [0.085, side * 0.04, 0.1], 0.035, "legs", { group: "legs" }));
      parts.push(part(`paw_${i + 1}`, "sphere", [0.045, 0.035, 0.025], [0.1, side * 0.04, 0.0125], "paws"));
      // The hind legs are the long feet a sitting rabbit rests on; the haunches above them belong to the body.
      parts.push(part(`leg_${i + 3}`, "capsule", [0.045, 0.05, 0.16], [-0.03, side * 0.075, 0.0225], "legs", { group: "legs", rot: [0, HALF_PI, 0] }));
      parts.push(part(`haunch_${i + 1}`, "sphere", [0.14, 0.06, 0.12], [-0.05, side * 0.085, 0.085], "haunches"));
      parts.push(part(`ear_${i + 1}`, "sphere", [0.045, 0.022, 0.17], [0.075, side * 0.032, 0.39], "ears", { rot: [-side * 0.15, -0.15, 0] }));
    }
    return parts;
  },
};

/** A fish: oval body with a paler belly, fan tail, dorsal, side and belly fins, big eyes and round lips. */
export const fish: SubjectDef = {
  name: "fish",
  synonyms: ["goldfish", "koi", "carp", "trout", "salmon", "guppy", "minnow", "tuna", "cod"],
  category: "animal",
  roles: {
    body: { words: ["body", "scale"], material: "scales", color: "orange", body: true },
    belly: { words: ["belly", "underside"], material: "scales", color: "amber", body: true, accent: true, host: "body" },
    fins: { words: ["fin", "flipper"], material: "scales", color: "amber", body: true, host: "body" },
    tail: { words: ["tail", "tailfin"], material: "scales", color: "amber", body: true, host: "body" },
    eyes: { words: ["eye"], material: "eye", color: "black", host: "body" },
    glints: GLINTS,
    mouth: { words: ["mouth", "lip"], material: "scales", color: "coral", host: "body" },
  },
  build() {
    const body = part("body", "sphere", [0.3, 0.1, 0.17], [0, 0, 0.12], "body");
    const parts: PartSpec[] = [
      body,
      part("belly", "sphere", [0.22, 0.085, 0.1], [0.01, 0, 0.085], "belly"),
      // Cones turned on their side: the tip sinks into the body, the flattened base fans out.
      part("tail", "cone", [0.17, 0.02, 0.13], [-0.19, 0, 0.125], "tail", { rot: [0, HALF_PI, 0] }),
      part("dorsal_fin", "cone", [0.11, 0.015, 0.08], [-0.02, 0, 0.215], "fins", { rot: [0, -0.45, 0] }),
      part("belly_fin", "cone", [0.06, 0.012, 0.05], [-0.03, 0, 0.035], "fins", { rot: [Math.PI, 0.4, 0] }),
      part("mouth", "torus", [0.03, 0.034, 0.012], [0.148, 0, 0.11], "mouth", { rot: [0, HALF_PI, 0] }),
      ...eyePair(body, 0.55, 0.25, 0.035, { depth: 0.9 }),
    ];
    for (const [i, side] of [-1, 1].entries()) {
      parts.push(part(`side_fin_${i + 1}`, "sphere", [0.065, 0.012, 0.035], [0.05, side * 0.048, 0.085], "fins", { rot: [side * 0.5, 0.5, 0] }));
    }
    return parts;
  },
};
