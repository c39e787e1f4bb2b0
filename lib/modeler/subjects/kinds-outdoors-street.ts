import type { PartSpec, SubjectDef } from "../types";
import { defineKind } from "./define-kind";
import { HALF_PI, lathe, part, taper } from "./kit";

/** A pole standing on the ground, the stem most street furniture hangs from. */
const pole = (height: number, d: number, role = "pole"): PartSpec => part("pole", "cylinder", [d, d, height], [0, 0, height / 2], role);

/** A regular octagon facing -Y as four overlapping bars (0, 45, 90, 135 degrees): the union is exactly the octagon. */
function octagon(name: string, width: number, thick: number, at: [number, number, number], role: string): PartSpec[] {
  const bar = width * Math.tan(Math.PI / 8);
  // Each bar sits a little further forward, so no bar's box hides wholly inside another's.
  return [0, 1, 2, 3].map((k) => part(k === 0 ? name : `${name}_${["slant", "tall", "back_slant"][k - 1]}`, "box", [width, thick, bar],
    [at[0], at[1] - k * thick * 0.3, at[2]], role, { rot: [0, (k * Math.PI) / 4, 0] }));
}

const mailbox = defineKind({
  name: "mailbox",
  synonyms: ["mail box", "postbox", "post box", "letter box", "letterbox"],
  category: "street",
  roles: {
    box: { words: ["box", "body", "mailbox", "door"], material: "metal", color: "gray", body: true },
    post: { words: ["post", "pole", "stand"], material: "wood", color: "brown" },
    flag: { words: ["flag"], material: "paint", color: "red", optional: "on" },
  },
  parts: [
    part("post", "box", [0.1, 0.1, 1.0], [0, 0, 0.5], "post"),
    part("box", "capsule", [0.23, 0.23, 0.48], [0, 0, 1.1], "box", { rot: [HALF_PI, 0, 0] }),
    part("door", "cylinder", [0.22, 0.22, 0.02], [0, -0.24, 1.1], "box", { rot: [HALF_PI, 0, 0] }),
    part("flag", "box", [0.02, 0.04, 0.2], [0.125, 0.05, 1.22], "flag"),
  ],
});

const fireHydrant = defineKind({
  name: "fire hydrant",
  synonyms: ["hydrant", "fireplug", "fire plug"],
  category: "street",
  roles: {
    body: { words: ["body", "barrel", "hydrant"], material: "paint", color: "red", body: true },
    cap: { words: ["cap", "top", "bonnet", "dome"], material: "paint", color: "red", body: true },
    nozzles: { words: ["nozzle", "outlet", "valve"], material: "metal", color: "silver" },
  },
  parts: [
    part("base", "cylinder", [0.3, 0.3, 0.06], [0, 0, 0.03], "body"),
    part("body", lathe([[0.12, 0], [0.12, 0.5], [0.14, 0.52], [0.14, 0.56]]), [0.28, 0.28, 0.56], [0, 0, 0.32], "body"),
    part("cap", "hemisphere", [0.24, 0.24, 0.12], [0, 0, 0.66], "cap"),
    part("nut", "cylinder", [0.05, 0.05, 0.05], [0, 0, 0.74], "nozzles"),
    part("nozzle_left", "cylinder", [0.08, 0.08, 0.1], [-0.15, 0, 0.44], "nozzles", { rot: [0, HALF_PI, 0] }),
    part("nozzle_right", "cylinder", [0.08, 0.08, 0.1], [0.15, 0, 0.44], "nozzles", { rot: [0, HALF_PI, 0] }),
    part("nozzle_front", "cylinder", [0.11, 0.11, 0.1], [0, -0.15, 0.4], "nozzles", { rot: [HALF_PI, 0, 0] }),
  ],
});

/** Bands of one cone from r 0.14 at z 0.03 to r 0.02 at z 0.71; each band is [name, from z, to z, role]. */
function coneBands(bands: Array<[string, number, number, string]>): PartSpec[] {
  const r = (z: number) => 0.14 - (0.12 * (z - 0.03)) / 0.68;
  return bands.map(([name, z0, z1, role]) => part(name, taper(r(z1) / r(z0)), [2 * r(z0), 2 * r(z0), z1 - z0], [0, 0, (z0 + z1) / 2], role));
}

const trafficCone = defineKind({
  name: "traffic cone",
  synonyms: ["road cone", "safety cone"],
  category: "street",
  roles: {
    cone: { words: ["cone", "body"], material: "plastic", color: "orange", body: true },
    base: { words: ["base", "foot"], material: "rubber", color: "orange", body: true },
    stripes: { words: ["stripe", "band", "reflector"], material: "plastic", color: "white" },
  },
  parts: [
    part("base", "box", [0.38, 0.38, 0.03], [0, 0, 0.015], "base"),
    // Orange and white bands stacked up one cone, so the stripes show without hiding inside it.
    ...coneBands([["cone", 0.03, 0.3, "cone"], ["stripe_low", 0.3, 0.4, "stripes"], ["cone_middle", 0.4, 0.52, "cone"],
      ["stripe_high", 0.52, 0.6, "stripes"], ["cone_top", 0.6, 0.71, "cone"]]),
  ],
});

const trafficLight = defineKind({
  name: "traffic light",
  synonyms: ["traffic lights", "stoplight", "stop light", "traffic signal"],
  category: "street",
  roles: {
    pole: { words: ["pole", "post"], material: "metal", color: "charcoal" },
    housing: { words: ["housing", "box", "case", "head"], material: "metal", color: "charcoal", body: true },
    lamps: { words: ["light", "lamp", "signal", "bulb"], material: "bulb" },
    visors: { words: ["visor", "hood"], material: "metal", color: "black" },
  },
  parts: [
    part("base", "cylinder", [0.3, 0.3, 0.1], [0, 0, 0.05], "pole"),
    pole(2.6, 0.12),
    part("housing", "rounded_box", [0.36, 0.3, 1.0], [0, 0, 3.1], "housing"),
    ...(["red", "amber", "green"] as const).flatMap((c, i) => [
      part(`${c}_light`, "cylinder", [0.22, 0.22, 0.04], [0, -0.16, 3.42 - i * 0.32], "lamps", { rot: [HALF_PI, 0, 0], tint: c }),
      part(`${c}_visor`, "box", [0.26, 0.14, 0.03], [0, -0.22, 3.54 - i * 0.32], "visors"),
    ]),
  ],
});

const stopSign = defineKind({
  name: "stop sign",
  synonyms: ["stop signs"],
  category: "street",
  roles: {
    sign: { words: ["sign", "face", "plate", "octagon"], material: "paint", color: "red", body: true },
    border: { words: ["border", "rim", "edge", "letters"], material: "paint", color: "white" },
    pole: { words: ["pole", "post"], material: "metal", color: "silver" },
  },
  parts: [
    part("pole", "cylinder", [0.06, 0.06, 2.1], [0, 0.03, 1.05], "pole"),
    ...octagon("border", 0.76, 0.01, [0, -0.005, 2.1], "border"),
    ...octagon("sign", 0.7, 0.01, [0, -0.02, 2.1], "sign"),
  ],
});

const signpost = defineKind({
  name: "signpost",
  synonyms: ["sign post", "fingerpost", "finger post", "direction sign", "guidepost"],
  category: "street",
  roles: {
    post: { words: ["post", "pole"], material: "wood", color: "brown", body: true },
    signs: { words: ["sign", "arrow", "board", "finger"], material: "wood", color: "tan", body: true },
    cap: { words: ["cap", "top"], material: "wood", color: "brown" },
  },
  groups: { signs: { role: "signs", unit: "sign", default: 2, min: 1, max: 5 } },
  parts: (p) => [
    part("post", "box", [0.1, 0.1, 2.2], [0, 0, 1.1], "post"),
    part("cap", "pyramid", [0.14, 0.14, 0.08], [0, 0, 2.24], "cap"),
    // Boards point alternately left and right and turn a little, as at a crossroads.
    ...Array.from({ length: p.count("signs") }, (_, i) => {
      const side = i % 2 === 0 ? 1 : -1;
      return part(`sign_${i + 1}`, "box", [0.7, 0.03, 0.15], [side * 0.3, 0, 2.0 - i * 0.22], "signs", { group: "signs", rot: [0, 0, side * (i % 3) * 0.35] });
    }),
  ],
});

/** Street furniture (signs, lights, hydrants, mailboxes), as declarative kinds. */
export const STREET_KINDS: SubjectDef[] = [mailbox, fireHydrant, trafficCone, trafficLight, stopSign, signpost];
