import type { PartSpec, RoleDef, SubjectDef } from "../types";
import { blade, coat, eyePair, EYES, GLINTS, glints, into, legSpots, legsUnder, limb, onSurface, patchAt } from "./animal-kit";
import { HALF_PI, part, taper } from "./kit";

/** Hooves are horn and sit on the legs; "a white horse" keeps dark hooves. */
const hooves = (words: string[], color: string): RoleDef => ({ words, material: "horn", color, host: "legs" });

/** A standing horse: long body, arched neck with a mane, long head, slim legs on hooves, hanging tail; optional saddle. */
export const horse: SubjectDef = {
  name: "horse",
  synonyms: ["stallion", "mare", "steed", "colt", "filly", "mustang", "racehorse", "horsey", "horsie", "bronco"],
  variants: {
    pony: { scale: [0.62, 0.62, 0.58] }, foal: { scale: [0.5, 0.5, 0.5] },
    unicorn: { features: { horn: true }, palette: { body: "white", head: "white", legs: "white", ears: "white", muzzle: "white", mane: "lavender", tail: "lavender", hooves: "gold" } },
  },
  category: "animal",
  roles: {
    body: coat(["body", "torso", "coat", "back", "neck", "fur"], "brown"),
    head: coat(["head", "face"], "brown"),
    legs: coat(["leg", "limb"], "brown"),
    ears: coat(["ear"], "brown", { host: "head" }),
    muzzle: coat(["muzzle", "snout", "mouth"], "brown", { host: "head" }),
    mane: coat(["mane", "hair", "forelock"], "black", { accent: true, host: "body" }),
    tail: coat(["tail"], "black", { accent: true, optional: "on", host: "body" }),
    hooves: hooves(["hoof", "hooves", "foot", "shoe"], "charcoal"),
    eyes: EYES,
    glints: GLINTS,
    nose: { words: ["nostril", "nose"], material: "fur", color: "charcoal", host: "muzzle" },
    saddle: { words: ["saddle", "seat"], material: "leather", color: "maroon", optional: "off", host: "body" },
    horn: { words: ["horn"], material: "gold", optional: "off", host: "head" },
  },
  groups: { legs: { role: "legs", unit: "leg", default: 4, min: 3, max: 6 } },
  build(p) {
    const body = part("body", "sphere", [1.5, 0.55, 0.6], [0, 0, 1.25], "body");
    const muzzle = part("muzzle", "sphere", [0.3, 0.27, 0.26], [1.3, 0, 1.67], "muzzle");
    const parts: PartSpec[] = [
      body, muzzle,
      limb("neck", [0.6, 0, 1.45], [0.88, 0, 1.92], 0.32, "body"),
      limb("head", [0.94, 0, 2.0], [1.24, 0, 1.71], 0.27, "head"),
      blade("mane", [0.43, 0, 1.5], [0.84, 0, 2.12], 0.16, 0.08, "mane"),
      // Legs taper from the body down to the hoof.
      ...legsUnder(into(body, 0.08), legSpots(p.count("legs"), 0.5, -0.5, 0.16), {
        d: 0.17, shape: taper(1.7), foot: { name: "hoof", shape: "cylinder", size: [0.14, 0.14, 0.1], role: "hooves", ahead: 0.01 },
      }),
    ];
    // The head is a capsule, so its eyes are placed by hand; catch-lights point out from its axis.
    const eyes = [-1, 1].map((side, i) => part(`eye_${i + 1}`, "sphere", [0.075, 0.075, 0.075], [1.0, side * 0.12, 1.98], "eyes"));
    parts.push(...eyes, ...glints(eyes, [1.0, 0, 1.95]));
    for (const [i, side] of [-1, 1].entries()) {
      parts.push(part(`ear_${i + 1}`, "cone", [0.09, 0.06, 0.17], [0.89, side * 0.08, 2.16], "ears", { rot: [-side * 0.2, -0.2, 0] }));
      parts.push(part(`nostril_${i + 1}`, "sphere", [0.04, 0.04, 0.04], onSurface(muzzle, side * 0.45, 0.1, 0.95), "nose"));
    }
    if (p.has("tail")) parts.push(blade("tail", [-0.66, 0, 1.45], [-0.88, 0, 0.78], 0.17, 0.1, "tail"));
    if (p.has("saddle")) parts.push(part("saddle", "sphere", [0.5, 0.62, 0.3], [0.02, 0, 1.44], "saddle"));
    if (p.has("horn")) parts.push(part("horn", "cone", [0.07, 0.07, 0.36], [1.0, 0, 2.2], "horn", { rot: [0, 0.6, 0] }));
    return parts;
  },
};

/** A dairy cow: barrel body with black patches, head with a pink muzzle, horns and ears, udder, legs on hooves, tufted tail. */
export const cow: SubjectDef = {
  name: "cow",
  synonyms: ["cattle", "dairy cow", "heifer", "ox", "holstein"],
  variants: { calf: { scale: [0.55, 0.55, 0.55], features: { horns: false } }, bull: { scale: [1.1, 1.1, 1.1], features: { udder: false } } },
  category: "animal",
  roles: {
    body: coat(["body", "torso", "coat", "back", "neck", "hide", "fur"], "white"),
    head: coat(["head", "face", "forehead"], "white"),
    legs: coat(["leg", "limb"], "white"),
    tail: coat(["tail", "tuft"], "white", { optional: "on", host: "body" }),
    ears: coat(["ear"], "white", { host: "head" }),
    patches: coat(["patch", "spot", "marking"], "black", { accent: true, host: "body", optional: "on" }),
    muzzle: { words: ["muzzle", "snout", "mouth", "nose"], material: "fur", color: "light pink", host: "head" },
    nostrils: { words: ["nostril"], material: "fur", color: "charcoal", host: "muzzle" },
    horns: { words: ["horn"], material: "horn", color: "ivory", optional: "on", host: "head" },
    udder: { words: ["udder", "teat"], material: "fur", color: "light pink", optional: "on", host: "body" },
    hooves: hooves(["hoof", "hooves", "foot"], "charcoal"),
    eyes: EYES,
    glints: GLINTS,
  },
  groups: { legs: { role: "legs", unit: "leg", default: 4, min: 3, max: 6 } },
  build(p) {
    // A capsule lying along X gives the cow its barrel body: flat underneath, rounded at both ends.
    const [zc, ry, rz] = [1.05, 0.375, 0.4];
    const muzzle = part("muzzle", "sphere", [0.26, 0.34, 0.24], [1.17, 0, 1.04], "muzzle");
    const parts: PartSpec[] = [
      part("body", "capsule", [2 * rz, 2 * ry, 1.8], [0, 0, zc], "body", { rot: [0, HALF_PI, 0] }),
      limb("neck", [0.7, 0, 1.2], [0.95, 0, 1.33], 0.42, "body"),
      limb("head", [0.98, 0, 1.42], [1.12, 0, 1.1], 0.36, "head"),
      muzzle,
      ...legsUnder(() => zc - rz + 0.08, legSpots(p.count("legs"), 0.58, -0.58, 0.2), { d: 0.16, foot: { name: "hoof", shape: "cylinder", size: [0.17, 0.17, 0.1], role: "hooves", ahead: 0.01 } }),
    ];
    const eyes = [-1, 1].map((side, i) => part(`eye_${i + 1}`, "sphere", [0.06, 0.06, 0.06], [1.04, side * 0.165, 1.32], "eyes"));
    parts.push(...eyes, ...glints(eyes, [1.04, 0, 1.3]));
    for (const [i, side] of [-1, 1].entries()) {
      parts.push(part(`ear_${i + 1}`, "sphere", [0.1, 0.2, 0.05], [0.99, side * 0.24, 1.36], "ears", { rot: [-side * 0.3, 0, 0] }));
      parts.push(part(`nostril_${i + 1}`, "sphere", [0.05, 0.05, 0.05], onSurface(muzzle, side * 0.4, 0, 0.96), "nostrils"));
      if (p.has("horns")) parts.push(part(`horn_${i + 1}`, "cone", [0.06, 0.06, 0.16], [0.97, side * 0.13, 1.66], "horns", { rot: [-side * 0.6, 0, 0] }));
    }
    if (p.has("tail")) parts.push(limb("tail", [-0.76, 0, 1.38], [-0.93, 0, 0.78], 0.05, "tail"), part("tail_tuft", "sphere", [0.1, 0.1, 0.18], [-0.94, 0, 0.72], "tail"));
    if (p.has("udder")) {
      parts.push(part("udder", "sphere", [0.3, 0.28, 0.2], [-0.3, 0, zc - rz + 0.01], "udder"));
      for (const [k, [dx, dy]] of ([[-1, -1], [1, -1], [-1, 1], [1, 1]] as const).entries()) {
        parts.push(part(`teat_${k + 1}`, "cylinder", [0.035, 0.035, 0.06], [-0.3 + dx * 0.06, dy * 0.06, zc - rz - 0.1], "udder"));
      }
    }
    if (p.has("patches")) {
      // [x, angle round the barrel from its side, side, size along x, size across]: more of them on the side the camera sees.
      const spots: Array<[number, number, number, number, number]> = [
        [0.3, 0.35, -1, 0.42, 0.34], [-0.28, 0.75, -1, 0.46, 0.38], [-0.05, -0.35, -1, 0.32, 0.24],
        [0.2, 0.5, 1, 0.44, 0.32], [-0.35, 0.05, 1, 0.36, 0.3], [0.02, 1.45, 1, 0.34, 0.3],
      ];
      spots.forEach(([x, a, side, dx, dy], i) => {
        const n: [number, number, number] = [0, side * Math.cos(a), Math.sin(a)];
        parts.push(patchAt(`patch_${i + 1}`, [x, ry * n[1], zc + rz * n[2]], n, [dy, dx], 0.04, "patches"));
      });
    }
    return parts;
  },
};

/** A pig: round pink body, big head with a flat snout and floppy ears, short legs on trotters, curly tail. */
export const pig: SubjectDef = {
  name: "pig",
  synonyms: ["piggy", "piggie", "hog", "swine", "sow", "boar", "porker", "oinker"],
  variants: { piglet: { scale: [0.5, 0.5, 0.5] } },
  category: "animal",
  roles: {
    body: coat(["body", "torso", "back", "skin", "belly", "coat"], "light pink"),
    head: coat(["head", "face"], "light pink"),
    legs: coat(["leg", "limb"], "light pink"),
    tail: coat(["tail"], "light pink", { optional: "on", host: "body" }),
    ears: coat(["ear"], "light pink", { host: "head" }),
    snout: coat(["snout", "nose", "muzzle"], "pink", { host: "head" }),
    nostrils: { words: ["nostril"], material: "fur", color: "maroon", host: "snout" },
    hooves: hooves(["hoof", "hooves", "trotter", "foot"], "tan"),
    eyes: EYES,
    glints: GLINTS,
  },
  groups: { legs: { role: "legs", unit: "leg", default: 4, min: 3, max: 6 } },
  build(p) {
    const body = part("body", "sphere", [1.0, 0.6, 0.58], [0, 0, 0.45], "body");
    const head = part("head", "sphere", [0.38, 0.4, 0.38], [0.47, 0, 0.55], "head");
    const parts: PartSpec[] = [
      body, head,
      part("snout", "cylinder", [0.16, 0.2, 0.1], [0.68, 0, 0.51], "snout", { rot: [0, HALF_PI, 0] }),
      ...eyePair(head, 0.5, 0.25, 0.045),
      ...legsUnder(into(body, 0.05), legSpots(p.count("legs"), 0.28, -0.28, 0.15), { d: 0.14, foot: { name: "hoof", shape: "cylinder", size: [0.12, 0.12, 0.06], role: "hooves", ahead: 0.01 } }),
    ];
    for (const [i, side] of [-1, 1].entries()) {
      parts.push(part(`nostril_${i + 1}`, "sphere", [0.02, 0.035, 0.05], [0.73, side * 0.04, 0.51], "nostrils"));
      parts.push(part(`ear_${i + 1}`, "cone", [0.15, 0.05, 0.17], [0.45, side * 0.14, 0.75], "ears", { rot: [-side * 0.45, 0.5, 0] }));
    }
    // A ring stood on end at the rump reads as the curly tail.
    if (p.has("tail")) parts.push(part("tail", "torus", [0.1, 0.1, 0.025], [-0.49, 0, 0.57], "tail", { rot: [HALF_PI, 0, 0] }));
    return parts;
  },
};
