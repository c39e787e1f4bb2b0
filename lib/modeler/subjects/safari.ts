import type { PartSpec, SubjectDef, Vec3 } from "../types";
import { blade, coat, eyePair, EYES, GLINTS, glints, hide, into, legSpots, legsUnder, limb, patch, patchAt } from "./animal-kit";
import { part, rod, taper } from "./kit";


/** A cone from its base at a to its point at b (a tusk, a horn). */
const spike = (name: string, a: Vec3, b: Vec3, d: number, role: string): PartSpec => ({ ...rod(name, a, b, d, role), shape: "cone" });

/** A standing elephant: big grey body, domed head with fan ears, a long trunk curling forward, ivory tusks, pillar legs on pale feet, thin tufted tail. */
export const elephant: SubjectDef = {
  name: "elephant",
  synonyms: ["pachyderm", "jumbo", "african elephant", "asian elephant", "indian elephant"],
  category: "animal",
  roles: {
    body: hide(["body", "torso", "back", "skin", "hide", "belly"], "gray"),
    head: hide(["head", "face", "forehead"], "gray"),
    legs: hide(["leg", "limb"], "gray"),
    ears: hide(["ear"], "gray", { host: "head" }),
    trunk: hide(["trunk", "nose", "snout"], "gray", { host: "head" }),
    tail: hide(["tail", "tuft"], "gray", { optional: "on", host: "body" }),
    feet: { words: ["foot", "toenail", "nail", "toe"], material: "skin", color: "gray", host: "legs" },
    tusks: { words: ["tusk", "ivory"], material: "horn", color: "ivory", optional: "on", host: "head" },
    eyes: EYES,
    glints: GLINTS,
  },
  groups: { legs: { role: "legs", unit: "leg", default: 4, min: 3, max: 6 } },
  build(p) {
    const body = part("body", "sphere", [2.5, 1.5, 1.6], [0, 0, 1.75], "body");
    const head = part("head", "sphere", [0.95, 0.85, 0.95], [1.4, 0, 2.25], "head");
    const parts: PartSpec[] = [
      body, head,
      ...eyePair(head, 0.62, 0.12, 0.1),
      ...legsUnder(into(body, 0.12), legSpots(p.count("legs"), 0.7, -0.7, 0.42), {
        d: 0.44, shape: "cylinder", foot: { name: "foot", shape: "cylinder", size: [0.5, 0.5, 0.12], role: "feet" },
      }),
    ];
    // The trunk hangs from the face in tapering segments, its tip curling forward off the ground.
    const trunk: Vec3[] = [[1.78, 0, 2.1], [1.98, 0, 1.65], [2.02, 0, 1.15], [2.12, 0, 0.78], [2.3, 0, 0.7]];
    for (let i = 0; i < trunk.length - 1; i++) parts.push(limb(`trunk_${i + 1}`, trunk[i], trunk[i + 1], 0.34 - i * 0.05, "trunk"));
    for (const [i, side] of [-1, 1].entries()) {
      // Big flat ears fan out behind the head, turned a little toward the camera.
      parts.push(part(`ear_${i + 1}`, "sphere", [0.62, 0.1, 0.95], [1.18, side * 0.52, 2.25], "ears", { rot: [0, 0.1, -side * 0.5] }));
      if (p.has("tusks")) parts.push(spike(`tusk_${i + 1}`, [1.72, side * 0.2, 1.9], [2.2, side * 0.3, 1.72], 0.11, "tusks"));
    }
    if (p.has("tail")) parts.push(limb("tail", [-1.2, 0, 1.95], [-1.36, 0, 1.25], 0.07, "tail"), part("tail_tuft", "sphere", [0.1, 0.1, 0.18], [-1.37, 0, 1.2], "tail"));
    return parts;
  },
};

/** A standing giraffe: spotted body on long legs, a very long neck with a short mane, a long head with ossicones and ears, tufted tail. */
export const giraffe: SubjectDef = {
  name: "giraffe",
  synonyms: ["camelopard", "giraffa"],
  category: "animal",
  roles: {
    body: coat(["body", "torso", "coat", "back", "neck", "fur"], "amber"),
    head: coat(["head", "face"], "amber"),
    legs: coat(["leg", "limb"], "amber"),
    ears: coat(["ear"], "amber", { host: "head" }),
    muzzle: coat(["muzzle", "snout", "mouth", "nose"], "tan", { host: "head" }),
    spots: coat(["spot", "patch", "marking", "pattern"], "brown", { accent: true, host: "body", optional: "on" }),
    mane: coat(["mane", "hair"], "brown", { host: "body" }),
    tail: coat(["tail", "tuft"], "brown", { optional: "on", host: "body" }),
    horns: { words: ["horn", "ossicone", "knob"], material: "fur", color: "brown", host: "head" },
    hooves: { words: ["hoof", "hooves", "foot"], material: "horn", color: "charcoal", host: "legs" },
    eyes: EYES,
    glints: GLINTS,
  },
  groups: { legs: { role: "legs", unit: "leg", default: 4, min: 3, max: 6 } },
  build(p) {
    const body = part("body", "sphere", [1.5, 0.72, 0.85], [0, 0, 2.05], "body");
    const muzzle = part("muzzle", "sphere", [0.24, 0.2, 0.2], [1.5, 0, 3.78], "muzzle");
    const neck: [Vec3, Vec3] = [[0.55, 0, 2.3], [1.05, 0, 3.85]];
    const parts: PartSpec[] = [
      body, muzzle,
      limb("neck", neck[0], neck[1], 0.3, "body"),
      limb("head", [1.08, 0, 3.98], [1.45, 0, 3.82], 0.26, "head"),
      blade("mane", [0.45, 0, 2.55], [0.92, 0, 4.0], 0.1, 0.06, "mane"),
      ...legsUnder(into(body, 0.08), legSpots(p.count("legs"), 0.48, -0.48, 0.2), {
        d: 0.14, shape: taper(1.6), foot: { name: "hoof", shape: "cylinder", size: [0.14, 0.14, 0.1], role: "hooves", ahead: 0.01 },
      }),
    ];
    const eyes = [-1, 1].map((side, i) => part(`eye_${i + 1}`, "sphere", [0.08, 0.08, 0.08], [1.15, side * 0.11, 4.02], "eyes"));
    parts.push(...eyes, ...glints(eyes, [1.15, 0, 3.98]));
    for (const [i, side] of [-1, 1].entries()) {
      parts.push(part(`horn_${i + 1}`, "cylinder", [0.05, 0.05, 0.22], [1.02, side * 0.07, 4.17], "horns", { rot: [-side * 0.15, -0.2, 0] }));
      parts.push(part(`knob_${i + 1}`, "sphere", [0.08, 0.08, 0.08], [1.0, side * 0.09, 4.28], "horns"));
      parts.push(part(`ear_${i + 1}`, "cone", [0.08, 0.05, 0.2], [0.98, side * 0.17, 4.04], "ears", { rot: [-side * 1.1, 0, 0] }));
    }
    if (p.has("tail")) parts.push(limb("tail", [-0.7, 0, 2.2], [-0.85, 0, 1.5], 0.05, "tail"), part("tail_tuft", "sphere", [0.09, 0.09, 0.18], [-0.86, 0, 1.44], "tail"));
    if (p.has("spots")) {
      // Patches all over the body, then up both sides of the neck, smaller toward the head.
      const onBody: Array<[number, number, number]> = [];
      for (const side of [-1, 1]) {
        for (const [yaw, pitch, d] of [[0.55, 0.15, 0.28], [0.95, -0.3, 0.26], [1.3, 0.3, 0.32], [1.75, -0.2, 0.3], [2.15, 0.3, 0.28], [2.6, -0.1, 0.24], [1.5, 0.85, 0.26]] as const) {
          onBody.push([side * yaw, pitch, d]);
        }
      }
      onBody.forEach(([yaw, pitch, d], i) => parts.push(patch(`spot_${i + 1}`, body, yaw, pitch, [d, d * 0.85], 0.04, "spots")));
      let n = onBody.length;
      for (const t of [0.15, 0.4, 0.65]) {
        const at = neck[0].map((v, k) => v + (neck[1][k] - v) * t) as Vec3;
        for (const side of [-1, 1]) parts.push(patchAt(`spot_${++n}`, [at[0], side * 0.145, at[2]], [0, side, 0], [0.16 - t * 0.08, 0.16 - t * 0.08], 0.04, "spots"));
      }
    }
    return parts;
  },
};
