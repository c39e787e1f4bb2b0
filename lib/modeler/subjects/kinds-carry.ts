import type { PartSpec, SubjectDef, Vec3 } from "../types";
import { defineKind } from "./define-kind";
import { ALONG_X, circlePoints, FACING, HALF_PI, lathe, part, rod, taper } from "./kit";

/** An open umbrella standing on its handle: a domed canopy on a steel shaft, counted ribs with tips at the rim, a runner and a top ferrule. */
const umbrella = defineKind({
  name: "umbrella",
  synonyms: ["parasol", "sun umbrella", "rain umbrella", "brolly", "open umbrella"],
  variants: { "golf umbrella": { scale: [1.3, 1.3, 1.15] } },
  category: "household",
  roles: {
    canopy: { words: ["canopy", "cover", "top", "shade", "body", "umbrella"], material: "fabric", color: "blue", body: true },
    shaft: { words: ["shaft", "pole", "stick", "tip", "ferrule", "runner", "stem"], material: "steel" },
    handle: { words: ["handle", "grip"], material: "wood", color: "brown" },
    ribs: { words: ["rib", "spoke"], material: "steel" },
  },
  groups: { ribs: { role: "ribs", unit: "rib", default: 8, min: 4, max: 16 } },
  parts: (p) => {
    const n = p.count("ribs"), rim = 0.765;
    return [
      part("handle", "capsule", [0.032, 0.032, 0.13], [0, 0, 0.065], "handle"),
      rod("shaft", [0, 0, 0.12], [0, 0, 1.06], 0.011, "shaft"),
      part("runner", "cylinder", [0.022, 0.022, 0.04], [0, 0, 0.75], "shaft"),
      // Up the inside of the dome from the rim and back over the outside: a thin open canopy.
      part("canopy", lathe([[0, 0.285], [0.2, 0.255], [0.36, 0.17], [0.46, 0.07], [0.495, 0], [0.5, 0], [0.465, 0.075], [0.365, 0.18], [0.205, 0.265], [0, 0.3]]),
        [1, 1, 0.3], [0, 0, 0.91], "canopy"),
      part("ferrule", "cone", [0.014, 0.014, 0.06], [0, 0, 1.085], "shaft"),
      ...circlePoints(n, 0.49).flatMap(([x, y], i) => [
        rod(`rib_${i + 1}`, [0, 0, 1.03], [x, y, rim], 0.005, "ribs", { group: "ribs" }),
        part(`rib_tip_${i + 1}`, "sphere", [0.018, 0.018, 0.018], [x * 1.03, y * 1.03, rim], "ribs"),
      ]),
    ];
  },
});

/** A backpack standing upright, front to -Y: a rounded main bag, a front pocket and side pockets, zips, a top grab loop and two shoulder straps at the back. */
const backpack = defineKind({
  name: "backpack",
  synonyms: ["rucksack", "knapsack", "school bag", "schoolbag", "book bag", "bookbag", "daypack"],
  category: "clothing",
  roles: {
    body: { words: ["body", "bag", "compartment", "pack", "top", "backpack"], material: "fabric", color: "blue", body: true },
    pocket: { words: ["pocket"], material: "fabric", color: "blue", body: true },
    zips: { words: ["zip", "zipper"], material: "metal", color: "silver" },
    handle: { words: ["handle", "loop"], material: "fabric", color: "black" },
    straps: { words: ["strap", "shoulder"], material: "fabric", color: "black" },
  },
  parts: [
    part("body", "rounded_box", [0.3, 0.17, 0.38], [0, 0, 0.19], "body"),
    part("top", "capsule", [0.17, 0.17, 0.3], [0, 0, 0.38], "body", { rot: ALONG_X }),
    part("front_pocket", "rounded_box", [0.24, 0.05, 0.18], [0, -0.105, 0.11], "pocket"),
    ...[-1, 1].map((s, i) => part(`side_pocket_${i + 1}`, "rounded_box", [0.03, 0.11, 0.14], [s * 0.16, 0, 0.09], "pocket")),
    part("pocket_zip", "box", [0.2, 0.006, 0.008], [0, -0.132, 0.185], "zips"),
    part("main_zip", "box", [0.26, 0.006, 0.008], [0, -0.087, 0.36], "zips"),
    part("handle", "torus", [0.07, 0.05, 0.012], [0, 0.01, 0.465], "handle", { rot: ALONG_X }),
    ...[-1, 1].map((s, i) => part(`strap_${i + 1}`, "rounded_box", [0.055, 0.02, 0.36], [s * 0.075, 0.095, 0.24], "straps", { rot: [-0.06, 0, 0] })),
  ],
});

/** A structured handbag on its feet: a leather bag with a flap and gold clasp, two arched handles; a shoulder strap on request. */
const handbag = defineKind({
  name: "handbag",
  synonyms: ["purse", "hand bag", "pocketbook", "ladies bag"],
  variants: {
    "shoulder bag": { features: { strap: true } },
    "tote bag": { features: { flap: false }, scale: [1.1, 1.1, 1.3] },
    tote: { features: { flap: false }, scale: [1.1, 1.1, 1.3] },
  },
  category: "clothing",
  roles: {
    body: { words: ["body", "bag", "side", "purse", "handbag"], material: "leather", color: "tan", body: true },
    flap: { words: ["flap", "lid", "cover"], material: "leather", color: "tan", body: true, optional: "on" },
    clasp: { words: ["clasp", "buckle", "lock", "closure", "latch"], material: "gold" },
    handles: { words: ["handle"], material: "leather", color: "brown" },
    strap: { words: ["strap", "shoulder"], material: "leather", color: "brown", optional: "off" },
    feet: { words: ["foot", "stud"], material: "gold" },
  },
  // The clasp closes the flap, so it leaves with it ("a handbag without a flap").
  parts: (p) => [
    part("body", "rounded_box", [0.3, 0.12, 0.22], [0, 0, 0.116], "body"),
    part("flap", "box", [0.3, 0.012, 0.11], [0, -0.062, 0.175], "flap"),
    part("flap_top", "box", [0.3, 0.124, 0.008], [0, 0, 0.228], "flap"),
    ...(p.has("flap") ? [part("clasp", "box", [0.035, 0.01, 0.025], [0, -0.072, 0.135], "clasp")] : []),
    ...[-1, 1].map((s, i) => part(`handle_${i + 1}`, "torus", [0.16, 0.13, 0.014], [0, s * 0.035, 0.228], "handles", { rot: FACING })),
    part("strap", "torus", [0.29, 0.45, 0.01], [0, 0, 0.234], "strap", { rot: FACING }),
    ...[[-1, -1], [1, -1], [1, 1], [-1, 1]].map(([sx, sy], i) => part(`foot_${i + 1}`, "cylinder", [0.012, 0.012, 0.008], [sx * 0.13, sy * 0.045, 0.004], "feet")),
  ],
});

/** A sneaker on the ground, toe to +X: a white rubber sole, a rounded upper with tongue, counted laces, side stripes and a heel tab. */
const sneaker = defineKind({
  name: "sneaker",
  synonyms: ["trainer", "running shoe", "tennis shoe", "gym shoe", "athletic shoe", "sports shoe", "basketball shoe"],
  category: "clothing",
  roles: {
    upper: { words: ["upper", "body", "shoe", "toe", "vamp", "tongue", "heel", "sneaker"], material: "fabric", color: "blue", body: true },
    sole: { words: ["sole", "midsole", "outsole", "bottom"], material: "rubber", color: "white" },
    laces: { words: ["lace", "shoelace"], material: "fabric", color: "white" },
    stripes: { words: ["stripe", "logo", "swoosh", "tab", "accent"], material: "plastic", color: "white" },
    lining: { words: ["lining", "collar", "opening", "insole"], material: "fabric", color: "black" },
  },
  groups: { laces: { role: "laces", unit: "lace", default: 4, min: 0, max: 7 } },
  parts: (p) => [
    part("sole", "rounded_box", [0.29, 0.105, 0.03], [0, 0, 0.015], "sole"),
    part("vamp", "capsule", [0.08, 0.095, 0.24], [0.015, 0, 0.065], "upper", { rot: ALONG_X }),
    part("heel", "rounded_box", [0.1, 0.095, 0.1], [-0.085, 0, 0.08], "upper"),
    part("collar", "cylinder", [0.085, 0.07, 0.012], [-0.07, 0, 0.128], "lining"),
    part("tongue", "box", [0.07, 0.055, 0.015], [-0.005, 0, 0.118], "upper", { rot: [0, 0.45, 0] }),
    ...Array.from({ length: p.count("laces") }, (_, i) =>
      part(`lace_${i + 1}`, "box", [0.008, 0.06, 0.006], [0.005 + i * (0.066 / Math.max(1, p.count("laces") - 1)), 0, 0.107], "laces", { group: "laces" })),
    ...[-1, 1].map((s, i) => part(`stripe_${i + 1}`, "box", [0.075, 0.003, 0.016], [-0.08, s * 0.0485, 0.075], "stripes", { rot: [0, 0.35, 0] })),
    part("heel_tab", "box", [0.012, 0.04, 0.045], [-0.136, 0, 0.115], "stripes"),
  ],
});

/** A boot on the ground, toe to +X: sole, foot, shaft and padded collar with a pull loop; a hiking boot laces up, a cowboy boot has a heel and pointed toe, a rain boot a tall rubber shaft. */
const boot = defineKind({
  name: "hiking boot",
  synonyms: ["work boot", "ankle boot", "walking boot", "trekking boot", "combat boot"],
  variants: {
    "cowboy boot": { features: { cowboy: true, laces: false }, palette: { upper: "tan", collar: "brown" } },
    "western boot": { features: { cowboy: true, laces: false }, palette: { upper: "tan", collar: "brown" } },
    "rain boot": { features: { rain: true, laces: false }, palette: { upper: "yellow", collar: "yellow", sole: "yellow" } },
    "rubber boot": { features: { rain: true, laces: false }, palette: { upper: "green", collar: "green", sole: "green" } },
    "wellington boot": { features: { rain: true, laces: false }, palette: { upper: "green", collar: "green", sole: "green" } },
    wellington: { features: { rain: true, laces: false }, palette: { upper: "green", collar: "green", sole: "green" } },
    welly: { features: { rain: true, laces: false }, palette: { upper: "green", collar: "green", sole: "green" } },
    gumboot: { features: { rain: true, laces: false }, palette: { upper: "green", collar: "green", sole: "green" } },
  },
  category: "clothing",
  roles: {
    upper: { words: ["upper", "body", "shaft", "toe", "vamp", "tongue", "boot"], material: "leather", color: "brown", body: true },
    sole: { words: ["sole", "heel", "tread", "outsole"], material: "rubber", color: "black" },
    collar: { words: ["collar", "cuff", "rim", "padding", "loop"], material: "fabric", color: "charcoal" },
    laces: { words: ["lace", "shoelace"], material: "fabric", color: "red", optional: "on" },
  },
  groups: { laces: { role: "laces", unit: "lace", default: 5, min: 0, max: 8 } },
  parts: (p) => {
    const cowboy = p.has("cowboy"), tall = cowboy || p.has("rain");
    // A cowboy boot stands on a heel and the ball of the foot, with the arch raised between them.
    const lift = cowboy ? 0.035 : 0, soleH = cowboy ? 0.014 : 0.035, top = lift + soleH, h = tall ? 0.3 : 0.17;
    const out: PartSpec[] = [
      part("sole", "rounded_box", [0.3, 0.105, soleH], [0, 0, lift + soleH / 2], "sole"),
      part("foot", "capsule", [0.09, 0.1, cowboy ? 0.2 : 0.25], [cowboy ? 0 : 0.02, 0, top + 0.045], "upper", { rot: ALONG_X }),
      part("shaft", tall ? taper(1.1) : "rounded_box", [0.12, 0.1, h], [-0.08, 0, top + h / 2], "upper"),
      part("collar", "torus", [0.13, 0.11, 0.028], [-0.08, 0, top + h], "collar"),
      part("opening", "cylinder", [0.095, 0.075, 0.004], [-0.08, 0, top + h + 0.001], "collar", { tint: "black" }),
      part("pull_loop", "torus", [0.04, 0.04, 0.008], [-0.142, 0, top + h + 0.005], "collar", { rot: ALONG_X }),
    ];
    if (cowboy) {
      out.push(part("heel", "box", [0.065, 0.085, lift], [-0.11, 0, lift / 2], "sole"), part("tread", "box", [0.1, 0.095, lift], [0.085, 0, lift / 2], "sole"));
      out.push(part("toe", "cone", [0.07, 0.08, 0.08], [0.135, 0, top + 0.035], "upper", { rot: ALONG_X }));
    } else if (!tall) out.push(part("toe_cap", "sphere", [0.07, 0.105, 0.05], [0.115, 0, 0.045], "sole"));
    if (!tall) out.push(part("tongue", "box", [0.06, 0.06, 0.09], [-0.015, 0, top + 0.12], "upper", { rot: [0, 0.35, 0] }));
    const n = p.count("laces");
    for (let i = 0; i < n; i++) out.push(part(`lace_${i + 1}`, "box", [0.006, 0.075, 0.006], [-0.018, 0, top + 0.06 + (i * (h - 0.08)) / Math.max(1, n - 1)], "laces", { group: "laces" }));
    return out;
  },
});

/** Dial, two hands, a hub and four hour markers on a round watch face of diameter d whose top is at z. */
function watchFace(d: number, z: number, dialRole: string): PartSpec[] {
  const r = d / 2;
  return [
    part("dial", "cylinder", [d, d, 0.0015], [0, 0, z], dialRole),
    part("hour_hand", "box", [0.002, r * 0.55, 0.0008], [r * 0.2, r * 0.18, z + 0.0012], "hands", { rot: [0, 0, -0.85] }),
    part("minute_hand", "box", [0.0016, r * 0.8, 0.0008], [-r * 0.1, r * 0.38, z + 0.002], "hands", { rot: [0, 0, 0.25] }),
    part("hub", "cylinder", [0.003, 0.003, 0.002], [0, 0, z + 0.0015], "hands"),
    ...circlePoints(4, r * 0.78).map(([x, y], i) => part(`marker_${i + 1}`, "box", [0.002, 0.005, 0.0006], [x, y, z + 0.001], "markers", { rot: [0, 0, Math.atan2(y, x) + HALF_PI] })),
  ];
}

const HANDS = { words: ["hand", "pointer", "hub"], material: "paint", color: "black" };
const MARKERS = { words: ["marker", "index", "numeral"], material: "paint", color: "black" };

/** A wristwatch lying face up: a round steel case and bezel, white dial with hands and markers, a crown, and an open leather strap with a buckle. */
const wristwatch = defineKind({
  name: "wristwatch",
  synonyms: ["wrist watch", "watch", "analog watch", "analogue watch", "dress watch"],
  category: "clothing",
  roles: {
    case: { words: ["case", "body", "bezel", "watch", "lug"], material: "steel", body: true },
    dial: { words: ["dial", "face"], material: "plastic", color: "white" },
    hands: HANDS,
    markers: MARKERS,
    crown: { words: ["crown", "knob", "winder"], material: "steel", body: true },
    strap: { words: ["strap", "band", "bracelet", "wristband"], material: "leather", color: "brown", tint: true },
    buckle: { words: ["buckle", "clasp"], material: "steel", body: true },
  },
  parts: [
    part("case", "cylinder", [0.04, 0.04, 0.012], [0, 0, 0.006], "case"),
    part("bezel", "torus", [0.042, 0.042, 0.004], [0, 0, 0.012], "case"),
    ...watchFace(0.034, 0.0125, "dial"),
    part("crown", "cylinder", [0.005, 0.005, 0.005], [0.0225, 0, 0.006], "crown", { rot: ALONG_X }),
    part("strap_top", "box", [0.02, 0.1, 0.004], [0, 0.065, 0.002], "strap"),
    part("strap_bottom", "box", [0.02, 0.085, 0.004], [0, -0.0575, 0.002], "strap"),
    part("buckle", "torus", [0.024, 0.018, 0.004], [0, -0.1, 0.003], "buckle"),
  ],
});

/** A gold pocket watch lying face up: case, bezel, ivory dial with hands, stem, crown and bow at the top, a curling chain of links ending in a T-bar; an open lid on request. */
const pocketWatch = defineKind({
  name: "pocket watch",
  synonyms: ["pocketwatch", "fob watch", "hunter watch"],
  category: "clothing",
  roles: {
    case: { words: ["case", "body", "bezel", "watch"], material: "gold", body: true },
    lid: { words: ["lid", "cover", "hunter"], material: "gold", body: true, optional: "off" },
    dial: { words: ["dial", "face"], material: "porcelain", color: "ivory" },
    hands: HANDS,
    markers: MARKERS,
    crown: { words: ["crown", "stem", "winder", "knob", "pendant"], material: "gold", body: true },
    bow: { words: ["bow", "ring"], material: "gold", body: true },
    chain: { words: ["chain", "link", "fob"], material: "gold", body: true },
  },
  parts: () => {
    // The chain curls a quarter turn from the bow: links alternate flat and upright, as real links do.
    const links = Array.from({ length: 10 }, (_, i) => {
      const a = Math.PI - ((i + 0.5) / 10) * HALF_PI, at: Vec3 = [0.06 + 0.06 * Math.cos(a), 0.058 + 0.06 * Math.sin(a), i % 2 ? 0.004 : 0.00125];
      return part(`link_${i + 1}`, "torus", [0.014, 0.008, 0.0025], at, "chain", { rot: [i % 2 ? HALF_PI : 0, 0, a - HALF_PI] });
    });
    return [
      part("case", "cylinder", [0.05, 0.05, 0.013], [0, 0, 0.0065], "case"),
      part("bezel", "torus", [0.052, 0.052, 0.004], [0, 0, 0.013], "case"),
      ...watchFace(0.043, 0.0135, "dial"),
      part("stem", "cylinder", [0.007, 0.007, 0.008], [0, 0.029, 0.0065], "crown", { rot: FACING }),
      part("crown", "cylinder", [0.011, 0.011, 0.006], [0, 0.036, 0.0065], "crown", { rot: FACING }),
      part("bow", "torus", [0.02, 0.02, 0.003], [0, 0.046, 0.0015], "bow"),
      ...links,
      part("t_bar", "box", [0.004, 0.025, 0.004], [0.068, 0.118, 0.002], "chain"),
      part("lid", "cylinder", [0.05, 0.05, 0.003], [0, -0.0265, 0.038], "lid", { rot: FACING }),
    ];
  },
});

/** Sunglasses standing unfolded on the ground, facing -Y: two rims with dark lenses, a bridge, hinges, nose pads and temples that reach back down to the floor. */
const sunglasses = defineKind({
  name: "sunglasses",
  synonyms: ["sun glasses", "pair of sunglasses", "aviator sunglasses"],
  variants: Object.fromEntries(["eyeglasses", "spectacles", "reading glasses", "pair of glasses", "pair of spectacles", "eye glasses"].map((v) => [v, { palette: { lenses: "white" } }])),
  category: "clothing",
  roles: {
    frame: { words: ["frame", "rim", "bridge", "hinge", "pad"], material: "plastic", color: "black", body: true },
    temples: { words: ["temple", "arm", "earpiece", "leg"], material: "plastic", color: "black", body: true },
    lenses: { words: ["lens", "lense"], material: "glass", color: "charcoal" },
  },
  parts: () => {
    const sides = [-1, 1];
    return [
      ...sides.map((s, i) => part(`rim_${i + 1}`, "torus", [0.056, 0.046, 0.005], [s * 0.034, 0, 0.025], "frame", { rot: FACING })),
      ...sides.map((s, i) => part(`lens_${i + 1}`, "cylinder", [0.052, 0.042, 0.003], [s * 0.034, 0, 0.025], "lenses", { rot: FACING })),
      part("bridge", "box", [0.016, 0.004, 0.005], [0, 0, 0.042], "frame"),
      ...sides.map((s, i) => part(`nose_pad_${i + 1}`, "sphere", [0.006, 0.005, 0.009], [s * 0.01, 0.005, 0.022], "frame")),
      ...sides.map((s, i) => part(`hinge_${i + 1}`, "box", [0.008, 0.01, 0.008], [s * 0.065, 0.004, 0.04], "frame")),
      ...sides.map((s, i) => rod(`temple_${i + 1}`, [s * 0.067, 0.008, 0.04], [s * 0.072, 0.125, 0.035], 0.005, "temples")),
      ...sides.map((s, i) => rod(`earpiece_${i + 1}`, [s * 0.072, 0.124, 0.036], [s * 0.072, 0.15, 0.0025], 0.005, "temples")),
    ];
  },
});

/** Things people carry or wear on the go: umbrellas, bags, shoes, watches, eyewear, as declarative kinds (see define-kind.ts). */
export const CARRY_KINDS: SubjectDef[] = [umbrella, backpack, handbag, sneaker, boot, wristwatch, pocketWatch, sunglasses];
