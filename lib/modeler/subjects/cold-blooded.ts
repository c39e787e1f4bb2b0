import type { PartSpec, SubjectDef, Vec3 } from "../types";
import { eyePair, EYES, GLINTS, glints, hide, limb, patchAt, scaly } from "./animal-kit";
import { HALF_PI, part } from "./kit";


/** A sitting frog: squat body with a pale belly, wide head with bulging eyes on top, straight front legs, folded hind legs on webbed feet. */
export const frog: SubjectDef = {
  name: "frog",
  synonyms: ["froggy", "froggie", "bullfrog", "tree frog", "amphibian"],
  variants: {
    toad: {
      scale: [1.3, 1.3, 1.3], features: { warts: true },
      palette: { body: "brown", head: "brown", legs: "brown", haunches: "brown", feet: "brown", belly: "tan", warts: "olive" },
    },
  },
  category: "animal",
  roles: {
    body: hide(["body", "skin", "back", "torso"], "green"),
    head: hide(["head", "face", "brow", "mouth"], "green"),
    legs: hide(["leg", "limb", "arm"], "green"),
    haunches: hide(["haunch", "thigh", "hip"], "green", { host: "body" }),
    feet: hide(["foot", "toe", "web"], "green", { host: "legs" }),
    belly: hide(["belly", "chest", "throat", "tummy", "underside"], "lime", { accent: true, host: "body" }),
    warts: { words: ["wart", "bump", "spot"], material: "skin", color: "olive", optional: "off", host: "body" },
    eyes: EYES,
    glints: GLINTS,
  },
  // Like a sitting rabbit's, a frog's legs are fixed: two straight in front, two folded under the haunches.
  groups: { legs: { role: "legs", unit: "leg", default: 4, min: 4, max: 4 } },
  build(p) {
    const body = part("body", "sphere", [0.14, 0.12, 0.08], [0, 0, 0.055], "body");
    const parts: PartSpec[] = [
      body,
      part("head", "sphere", [0.09, 0.11, 0.06], [0.06, 0, 0.07], "head"),
      part("belly", "sphere", [0.1, 0.09, 0.05], [0.03, 0, 0.035], "belly"),
    ];
    const eyes: PartSpec[] = [];
    for (const [i, side] of [-1, 1].entries()) {
      // Eyes bulge from mounds on top of the head.
      parts.push(part(`brow_${i + 1}`, "sphere", [0.042, 0.042, 0.04], [0.062, side * 0.034, 0.097], "head"));
      eyes.push(part(`eye_${i + 1}`, "sphere", [0.03, 0.03, 0.03], [0.072, side * 0.041, 0.104], "eyes"));
      // A slanted capsule's box reaches below its end, so the foot, not the leg, sets the ground.
      parts.push(limb(`leg_${i + 1}`, [0.06, side * 0.04, 0.045], [0.075, side * 0.05, 0.011], 0.016, "legs", { group: "legs" }));
      parts.push(part(`foot_${i + 1}`, "sphere", [0.032, 0.03, 0.006], [0.085, side * 0.055, 0.003], "feet"));
      parts.push(part(`haunch_${i + 1}`, "sphere", [0.08, 0.035, 0.045], [-0.03, side * 0.058, 0.035], "haunches", { rot: [0, -0.3, 0] }));
      parts.push(part(`leg_${i + 3}`, "capsule", [0.02, 0.02, 0.085], [-0.005, side * 0.075, 0.01], "legs", { group: "legs", rot: [0, HALF_PI, 0] }));
      parts.push(part(`foot_${i + 3}`, "sphere", [0.05, 0.04, 0.006], [0.04, side * 0.08, 0.003], "feet"));
    }
    parts.push(...eyes, ...glints(eyes, [0.06, 0, 0.095]));
    if (p.has("warts")) {
      const bumps: Array<[number, number, number]> = [[-0.03, 0.04, 0.09], [0.0, -0.035, 0.093], [-0.045, -0.02, 0.08], [0.015, 0.03, 0.094], [-0.02, 0, 0.095]];
      bumps.forEach(([x, y, z], i) => parts.push(part(`wart_${i + 1}`, "sphere", [0.014, 0.014, 0.01], [x, y, z], "warts")));
    }
    return parts;
  },
};

/** A turtle: domed shell with plates, a flat belly under it, head on a short neck, four stubby legs splayed out, pointed tail. */
export const turtle: SubjectDef = {
  name: "turtle",
  synonyms: ["terrapin", "sea turtle", "box turtle", "turtley"],
  variants: {
    tortoise: { scale: [1.2, 1.2, 1.35], palette: { shell: "brown", scutes: "tan", head: "khaki", legs: "khaki", tail: "khaki", body: "tan" } },
  },
  category: "animal",
  roles: {
    shell: { words: ["shell", "carapace", "back"], material: "horn", color: "green", body: true },
    scutes: { words: ["scute", "plate", "pattern", "spot", "marking"], material: "horn", color: "olive", body: true, accent: true, optional: "on", host: "shell" },
    body: { words: ["body", "belly", "underside", "plastron"], material: "horn", color: "khaki" },
    head: scaly(["head", "face", "neck", "skin"], "lime"),
    legs: scaly(["leg", "limb", "flipper", "foot"], "lime"),
    tail: scaly(["tail"], "lime", { optional: "on", host: "body" }),
    eyes: EYES,
    glints: GLINTS,
  },
  groups: { legs: { role: "legs", unit: "leg", default: 4, min: 3, max: 6 } },
  build(p) {
    // The shell is a dome on the plane z0: its surface is the top half of an ellipsoid with these half-axes.
    const [z0, a, b, c] = [0.07, 0.22, 0.18, 0.17];
    const head = part("head", "sphere", [0.11, 0.09, 0.085], [0.29, 0, 0.12], "head");
    const parts: PartSpec[] = [
      part("shell", "hemisphere", [2 * a, 2 * b, c], [0, 0, z0 + c / 2], "shell"),
      part("body", "sphere", [0.42, 0.34, 0.09], [0, 0, 0.075], "body"),
      head,
      limb("neck", [0.17, 0, 0.085], [0.26, 0, 0.115], 0.07, "head"),
      ...eyePair(head, 0.55, 0.25, 0.022),
    ];
    // Stubby legs splay out from under the shell's rim, each foot resting on the ground.
    const spots = legSpotsAround(p.count("legs"));
    spots.forEach(([x, y], i) => {
      const n = Math.hypot(x, y);
      parts.push(limb(`leg_${i + 1}`, [x, y, 0.075], [x + (x / n) * 0.05, y + (y / n) * 0.07, 0.035], 0.07, "legs", { group: "legs" }));
    });
    if (p.has("tail")) parts.push(part("tail", "cone", [0.04, 0.04, 0.08], [-0.23, 0, 0.07], "tail", { rot: [0, -HALF_PI, 0] }));
    if (p.has("scutes")) {
      // [yaw, pitch, size]: one plate on top, a ring round it, a ring of smaller ones toward the rim.
      const plates: Array<[number, number, number]> = [[0, HALF_PI, 0.13]];
      for (let k = 0; k < 6; k++) plates.push([(k * Math.PI) / 3 + Math.PI / 6, 0.85, 0.1]);
      for (let k = 0; k < 10; k++) plates.push([(k * Math.PI) / 5, 0.3, 0.08]);
      plates.forEach(([yaw, pitch, d], i) => {
        const at: Vec3 = [a * Math.cos(pitch) * Math.cos(yaw), b * Math.cos(pitch) * Math.sin(yaw), z0 + c * Math.sin(pitch)];
        parts.push(patchAt(`scute_${i + 1}`, at, [at[0] / a ** 2, at[1] / b ** 2, (at[2] - z0) / c ** 2], [d, d * 0.9], 0.02, "scutes"));
      });
    }
    return parts;
  },
};

/** Where a turtle's legs come out: front pair forward and wide, back pair behind, extras between; an odd one at the tail. */
function legSpotsAround(count: number): Array<[number, number]> {
  const pairs = Math.floor(count / 2);
  const out: Array<[number, number]> = [];
  for (let k = 0; k < pairs; k++) {
    const x = pairs === 1 ? 0.12 : 0.12 - (0.24 * k) / (pairs - 1);
    for (const side of [-1, 1]) out.push([x, side * 0.12]);
  }
  if (count % 2) out.push([-0.15, 0.001]);
  return out;
}
