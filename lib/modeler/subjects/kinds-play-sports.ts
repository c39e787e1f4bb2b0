import type { PartSpec, SubjectDef, Vec3 } from "../types";
import { defineKind } from "./define-kind";
import { ALONG_X, FACING, lathe, part, rod, spread, taper } from "./kit";


/** A wooden baseball bat standing on its barrel end: barrel, tapering handle, knob. */
const baseballBat = defineKind({
  name: "baseball bat",
  synonyms: ["softball bat", "wooden baseball bat", "aluminum baseball bat"],
  category: "sports",
  roles: {
    barrel: { words: ["barrel", "body", "bat"], material: "wood", color: "tan", body: true },
    handle: { words: ["handle"], material: "wood", color: "tan", body: true },
    knob: { words: ["knob", "end", "cap"], material: "wood", color: "tan", body: true },
    grip: { words: ["grip", "tape", "wrap"], material: "fabric", color: "black", optional: "off" },
  },
  parts: [
    part("barrel", lathe([[0, 0], [0.03, 0], [0.033, 0.01], [0.033, 0.3], [0.02, 0.5], [0, 0.5]]), [0.066, 0.066, 0.5], [0, 0, 0.25], "barrel"),
    part("handle", taper(0.6), [0.04, 0.04, 0.33], [0, 0, 0.655], "handle"),
    part("knob", lathe([[0, 0], [0.021, 0], [0.021, 0.012], [0.012, 0.02], [0, 0.02]]), [0.042, 0.042, 0.02], [0, 0, 0.83], "knob"),
    part("grip", taper(0.75), [0.036, 0.036, 0.2], [0, 0, 0.72], "grip"),
  ],
});

/** Strings across an elliptical racket head: mains up and down, crosses side to side, each reaching the frame. */
function strings(cz: number, a: number, b: number): PartSpec[] {
  const mains = spread(7, a * 1.5).map((x, i) => {
    const h = 2 * b * Math.sqrt(1 - (x / a) ** 2);
    return part(`main_string_${i + 1}`, "cylinder", [0.002, 0.002, h], [x, 0, cz], "strings");
  });
  const crosses = spread(8, b * 1.5).map((dz, i) => {
    const w = 2 * a * Math.sqrt(1 - (dz / b) ** 2);
    return part(`cross_string_${i + 1}`, "cylinder", [0.002, 0.002, w], [0, 0, cz + dz], "strings", { rot: ALONG_X });
  });
  return [...mains, ...crosses];
}

/** A tennis racket standing on its handle: grip, open throat, oval head with strung face. */
const tennisRacket = defineKind({
  name: "tennis racket",
  synonyms: ["tennis racquet", "racket", "racquet"],
  category: "sports",
  roles: {
    frame: { words: ["frame", "head", "rim", "hoop", "throat"], material: "paint", color: "navy", body: true },
    strings: { words: ["string", "net", "mesh"], material: "plastic", color: "white" },
    grip: { words: ["grip", "handle"], material: "rubber", color: "black" },
  },
  parts: [
    part("grip", "cylinder", [0.032, 0.032, 0.19], [0, 0, 0.095], "grip"),
    part("butt_cap", "cylinder", [0.036, 0.036, 0.012], [0, 0, 0.006], "grip"),
    part("shaft", "box", [0.026, 0.02, 0.06], [0, 0, 0.21], "frame"),
    ...[-1, 1].map((s, i) => rod(`throat_${i + 1}`, [0, 0, 0.23], [s * 0.075, 0, 0.36], 0.014, "frame")),
    part("head", "torus", [0.26, 0.33, 0.018], [0, 0, 0.505], "frame", { rot: FACING }),
    ...strings(0.505, 0.12, 0.156),
  ],
});

/** A skateboard facing +X as vehicles do: a deck with kicktails and grip tape on two trucks and four wheels. */
const skateboard = defineKind({
  name: "skateboard",
  synonyms: ["skate board"],
  variants: { longboard: { scale: [1.35, 1.1, 1] } },
  category: "sports",
  roles: {
    deck: { words: ["deck", "board", "body", "tail", "nose"], material: "wood", color: "red", body: true },
    grip: { words: ["grip", "grip tape", "griptape", "tape"], material: "fabric", color: "charcoal" },
    trucks: { words: ["truck", "axle", "hanger"], material: "metal", color: "silver" },
    wheels: { words: ["wheel"], material: "plastic", color: "cream" },
  },
  parts: [
    part("deck", "rounded_box", [0.56, 0.2, 0.012], [0, 0, 0.086], "deck"),
    // Kicktails tilt up 0.3 rad from each end of the flat middle.
    ...[-1, 1].map((s) => part(s < 0 ? "tail" : "nose", "rounded_box", [0.15, 0.2, 0.012], [s * (0.275 + 0.072), 0, 0.086 + 0.022], "deck", { rot: [0, -s * 0.3, 0] })),
    part("grip", "box", [0.54, 0.19, 0.002], [0, 0, 0.093], "grip"),
    ...[-1, 1].flatMap((s, i) => [
      part(`baseplate_${i + 1}`, "box", [0.06, 0.05, 0.02], [s * 0.22, 0, 0.07], "trucks"),
      part(`hanger_${i + 1}`, "box", [0.04, 0.15, 0.025], [s * 0.22, 0, 0.045], "trucks"),
      part(`axle_${i + 1}`, "cylinder", [0.008, 0.008, 0.2], [s * 0.22, 0, 0.027], "trucks", { rot: FACING }),
    ]),
    ...[[-1, -1], [-1, 1], [1, -1], [1, 1]].map(([sx, sy], i) => part(`wheel_${i + 1}`, "cylinder", [0.054, 0.054, 0.035], [sx * 0.22, sy * 0.085, 0.027], "wheels", { rot: FACING })),
  ],
});

/** A surfboard's half-width along its length, square tail first, pointed nose last. */
const SURF_OUTLINE: Array<[number, number]> = [[0, 0], [0.28, 0], [0.4, 0.05], [0.48, 0.2], [0.5, 0.45], [0.44, 0.7], [0.3, 0.87], [0.12, 0.97], [0, 1]];

/** A surfboard standing on its tail, deck to the front: a pointed nose, a wooden stringer and three fins behind. */
const surfboard = defineKind({
  name: "surfboard",
  synonyms: ["surf board"],
  category: "sports",
  roles: {
    board: { words: ["board", "deck", "body", "nose", "tail", "rail"], material: "plastic", color: "sky", body: true },
    stringer: { words: ["stringer", "stripe", "line"], material: "wood", color: "tan" },
    fins: { words: ["fin", "keel"], material: "plastic", color: "charcoal" },
  },
  parts: [
    // Turned, then flattened: the profile is the outline, the 7 cm thickness gives rounded rails.
    part("board", lathe(SURF_OUTLINE), [0.55, 0.07, 2.0], [0, 0, 1.0], "board"),
    // The stringer follows the same outline a hair thicker, so it shows as a line down both faces.
    part("stringer", lathe(SURF_OUTLINE), [0.008, 0.073, 1.98], [0, 0, 1.0], "stringer"),
    part("fin", "box", [0.008, 0.1, 0.11], [0, 0.075, 0.16], "fins"),
    ...[-1, 1].map((s, i) => part(`side_fin_${i + 1}`, "box", [0.008, 0.08, 0.09], [s * 0.14, 0.065, 0.3], "fins", { rot: [0, 0, s * 0.1] })),
  ],
});

/** A dumbbell lying on the floor: two round weights on a short chrome handle. */
const dumbbell = defineKind({
  name: "dumbbell",
  synonyms: ["dumb bell", "hand weight", "free weight"],
  category: "sports",
  roles: {
    weights: { words: ["weight", "head", "bell", "plate", "end"], material: "rubber", color: "charcoal", body: true },
    handle: { words: ["handle", "bar", "grip"], material: "chrome" },
    collars: { words: ["collar", "ring"], material: "chrome" },
  },
  parts: [
    part("handle", "cylinder", [0.032, 0.032, 0.3], [0, 0, 0.06], "handle", { rot: ALONG_X }),
    ...[-1, 1].flatMap((s, i) => [
      part(`weight_${i + 1}`, "cylinder", [0.12, 0.12, 0.08], [s * 0.12, 0, 0.06], "weights", { rot: ALONG_X }),
      part(`collar_${i + 1}`, "cylinder", [0.05, 0.05, 0.015], [s * 0.074, 0, 0.06], "collars", { rot: ALONG_X }),
    ]),
  ],
});

/** An Olympic barbell on the floor: a 2.2 m bar with sleeves and collars and big plates shared out on each end. */
const barbell = defineKind({
  name: "barbell",
  synonyms: ["bar bell", "weight bar", "olympic barbell", "weightlifting bar"],
  category: "sports",
  roles: {
    bar: { words: ["bar", "shaft", "handle", "grip", "sleeve"], material: "chrome" },
    plates: { words: ["plate", "weight", "disc", "disk"], material: "rubber", color: "black", body: true },
    collars: { words: ["collar", "clip", "clamp"], material: "chrome" },
  },
  groups: { plates: { role: "plates", unit: "plate", default: 2, min: 2, max: 8 } },
  parts: (p) => {
    const n = p.count("plates"), z = 0.225, t = 0.055;
    // The first plate goes on the left, the next on the right, and so on outward from the collars.
    const plates = Array.from({ length: n }, (_, i) => {
      const s = i % 2 === 0 ? -1 : 1, k = Math.floor(i / 2);
      return part(`plate_${i + 1}`, "cylinder", [0.45, 0.45, t], [s * (0.78 + k * (t + 0.004)), 0, z], "plates", { rot: ALONG_X, group: "plates" });
    });
    const out = 0.78 + (Math.ceil(n / 2) - 1) * (t + 0.004) + t / 2;
    return [
      part("bar", "cylinder", [0.029, 0.029, 1.32], [0, 0, z], "bar", { rot: ALONG_X }),
      ...[-1, 1].flatMap((s, i) => [
        part(`sleeve_${i + 1}`, "cylinder", [0.05, 0.05, 0.44], [s * 0.88, 0, z], "bar", { rot: ALONG_X }),
        part(`stop_${i + 1}`, "cylinder", [0.075, 0.075, 0.03], [s * 0.67, 0, z], "collars", { rot: ALONG_X }),
        part(`collar_${i + 1}`, "cylinder", [0.08, 0.08, 0.04], [s * (out + 0.02), 0, z], "collars", { rot: ALONG_X }),
      ]),
      ...plates,
    ];
  },
});

/** A tenpin: a turned white pin with two red bands round its neck. */
const bowlingPin = defineKind({
  name: "bowling pin",
  synonyms: ["skittle", "tenpin", "ten pin", "bowling skittle"],
  category: "sports",
  roles: {
    pin: { words: ["pin", "body", "neck", "head", "belly"], material: "plastic", color: "white", body: true },
    stripes: { words: ["stripe", "band", "ring"], material: "paint", color: "red" },
  },
  parts: [
    // The neck is banded like a traffic cone: body, stripe, neck, stripe, head, each a slice of one outline.
    part("pin", lathe([[0, 0], [0.026, 0], [0.045, 0.04], [0.06, 0.11], [0.058, 0.15], [0.035, 0.22], [0.0324, 0.228], [0, 0.228]]), [0.12, 0.12, 0.228], [0, 0, 0.114], "pin"),
    part("stripe_1", taper(0.9), [0.0648, 0.0648, 0.01], [0, 0, 0.233], "stripes"),
    part("neck", taper(0.889), [0.0583, 0.0583, 0.01], [0, 0, 0.243], "pin"),
    part("stripe_2", taper(0.874), [0.0518, 0.0518, 0.01], [0, 0, 0.253], "stripes"),
    part("head", lathe([[0.02265, 0.258], [0.022, 0.26], [0.024, 0.3], [0.032, 0.34], [0.026, 0.37], [0, 0.38]]), [0.064, 0.064, 0.122], [0, 0, 0.319], "pin"),
  ],
});

/** A golf club standing on its head: grip, steel shaft, hosel and an iron's blade; a driver has a big round head, a putter a flat one. */
const golfClub = defineKind({
  name: "golf club",
  synonyms: ["golf iron"],
  variants: { "golf driver": { features: { driver: true } }, putter: { features: { putter: true } }, "golf putter": { features: { putter: true } } },
  category: "sports",
  roles: {
    head: { words: ["head", "clubhead", "face", "blade"], material: "chrome", body: true },
    shaft: { words: ["shaft", "hosel"], material: "steel", body: true },
    grip: { words: ["grip", "handle"], material: "rubber", color: "black" },
  },
  parts: (p) => {
    const head = p.has("driver")
      ? part("head", "sphere", [0.12, 0.1, 0.05], [0.05, 0, 0.025], "head")
      : p.has("putter")
        ? part("head", "rounded_box", [0.1, 0.025, 0.025], [0.045, 0, 0.0125], "head")
        : part("head", "rounded_box", [0.08, 0.02, 0.05], [0.045, 0, 0.025], "head", { rot: [0.15, 0, 0] });
    return [
      head,
      part("hosel", taper(0.5), [0.018, 0.018, 0.06], [0, 0, 0.04], "shaft"),
      part("shaft", taper(0.6), [0.014, 0.014, 0.8], [0, 0, 0.46], "shaft"),
      part("grip", taper(0.85), [0.026, 0.026, 0.26], [0, 0, 0.98], "grip"),
    ];
  },
});

/** An ice hockey stick lying on the ice seen from above: a long shaft meeting the blade at the 135-degree lie. */
const hockeyStick = defineKind({
  name: "hockey stick",
  synonyms: ["ice hockey stick"],
  category: "sports",
  roles: {
    shaft: { words: ["shaft", "stick", "handle"], material: "wood", color: "tan", body: true },
    blade: { words: ["blade", "hook", "toe", "heel"], material: "wood", color: "tan", body: true },
    tape: { words: ["tape", "wrap"], material: "fabric", color: "black", optional: "on" },
    grip: { words: ["grip", "knob", "butt"], material: "fabric", color: "white" },
  },
  parts: () => {
    const a = (3 * Math.PI) / 4, len = 1.45, dir: [number, number] = [Math.cos(a), Math.sin(a)];
    const along = (d: number): Vec3 => [dir[0] * d, dir[1] * d, 0.012];
    return [
      part("blade", "rounded_box", [0.32, 0.075, 0.016], [0.16, -0.03, 0.008], "blade"),
      part("tape", "box", [0.2, 0.078, 0.018], [0.19, -0.03, 0.009], "tape"),
      part("shaft", "box", [len, 0.032, 0.024], along(len / 2), "shaft", { rot: [0, 0, a] }),
      part("grip", "box", [0.25, 0.036, 0.028], along(len - 0.12), "grip", { rot: [0, 0, a] }),
    ];
  },
});

/** A trophy cup on a plinth: a two-handled gold cup on a stem, a black base with a name plaque at the front. */
const trophy = defineKind({
  name: "trophy",
  synonyms: ["trophy cup", "award cup", "prize cup", "loving cup", "championship trophy"],
  category: "sports",
  roles: {
    cup: { words: ["cup", "bowl", "body"], material: "gold", body: true },
    handles: { words: ["handle", "ear"], material: "gold", body: true },
    stem: { words: ["stem", "column", "foot"], material: "gold", body: true },
    base: { words: ["base", "plinth", "stand", "pedestal"], material: "wood", color: "black" },
    plaque: { words: ["plaque", "plate", "label", "nameplate"], material: "brass" },
  },
  parts: [
    part("base", "box", [0.14, 0.14, 0.06], [0, 0, 0.03], "base"),
    part("plinth", "box", [0.1, 0.1, 0.03], [0, 0, 0.075], "base"),
    part("plaque", "box", [0.09, 0.004, 0.035], [0, -0.071, 0.03], "plaque"),
    part("foot", lathe([[0.04, 0], [0.035, 0.01], [0.015, 0.03], [0, 0.03]]), [0.08, 0.08, 0.03], [0, 0, 0.105], "stem"),
    part("stem", lathe([[0.012, 0], [0.009, 0.04], [0.016, 0.05], [0.009, 0.06], [0.014, 0.08]]), [0.032, 0.032, 0.08], [0, 0, 0.155], "stem"),
    // A hollow cup: up the outside, over the lip, down the inside.
    part("cup", lathe([[0.015, 0], [0.06, 0.03], [0.085, 0.1], [0.09, 0.15], [0.086, 0.15], [0.08, 0.1], [0.056, 0.035], [0, 0.03]]), [0.18, 0.18, 0.15], [0, 0, 0.27], "cup"),
    ...[-1, 1].map((s, i) => part(`handle_${i + 1}`, "torus", [0.08, 0.1, 0.012], [s * 0.092, 0, 0.29], "handles", { rot: FACING })),
  ],
});

/** One ski's parts lying flat along X at side offset y: a long base, an upturned tip, a binding in the middle. */
function skiParts(y: number, prefix: string): PartSpec[] {
  return [
    part(`${prefix}ski`, "rounded_box", [1.5, 0.075, 0.014], [-0.05, y, 0.007], "ski"),
    part(`${prefix}tip`, "rounded_box", [0.16, 0.075, 0.012], [0.765, y, 0.03], "tip", { rot: [0, -0.35, 0] }),
    part(`${prefix}tail`, "rounded_box", [0.08, 0.07, 0.012], [-0.83, y, 0.012], "ski", { rot: [0, 0.15, 0] }),
    part(`${prefix}toe_binding`, "rounded_box", [0.1, 0.07, 0.05], [0.08, y, 0.038], "bindings"),
    part(`${prefix}heel_binding`, "rounded_box", [0.12, 0.07, 0.06], [-0.28, y, 0.043], "bindings"),
    part(`${prefix}plate`, "box", [0.44, 0.065, 0.01], [-0.1, y, 0.018], "bindings"),
  ];
}

/** A downhill ski lying flat along X; "skis" are a pair side by side ("skis" ends in "is", so it is claimed as a word). */
const ski = defineKind({
  name: "ski",
  synonyms: ["snow ski", "alpine ski", "downhill ski"],
  variants: { skis: { features: { pair: true } }, "pair of skis": { features: { pair: true } }, "snow skis": { features: { pair: true } } },
  category: "sports",
  roles: {
    ski: { words: ["ski", "base", "body", "board"], material: "plastic", color: "red", body: true },
    tip: { words: ["tip", "nose"], material: "plastic", color: "red", body: true },
    bindings: { words: ["binding", "clip", "heel", "toe piece"], material: "plastic", color: "black" },
  },
  parts: (p) => (p.has("pair") ? [...skiParts(-0.06, ""), ...skiParts(0.06, "second_")] : skiParts(0, "")),
});

/** A flying disc lying dome up: a shallow hollow dome, a rolled rim and a printed ring on top. */
const frisbee = defineKind({
  name: "frisbee",
  synonyms: ["flying disc", "flying disk", "frisbee disc"],
  category: "sports",
  roles: {
    disc: { words: ["disc", "disk", "body", "dome", "top"], material: "plastic", color: "orange", body: true },
    rim: { words: ["rim", "edge", "lip"], material: "plastic", color: "orange", body: true },
    ring: { words: ["ring", "stripe", "logo"], material: "plastic", color: "white" },
  },
  parts: [
    part("disc", lathe([[0.135, 0], [0.14, 0.012], [0.13, 0.028], [0.09, 0.036], [0, 0.04], [0, 0.036], [0.09, 0.032], [0.126, 0.024], [0.13, 0]]), [0.27, 0.27, 0.04], [0, 0, 0.02], "disc"),
    part("rim", "torus", [0.276, 0.276, 0.014], [0, 0, 0.018], "rim"),
    part("ring", "torus", [0.16, 0.16, 0.004], [0, 0, 0.0355], "ring"),
  ],
});

/** A bowling ball: a glossy sphere with three finger holes near the top front. */
const bowlingBall = defineKind({
  name: "bowling ball",
  synonyms: ["tenpin ball", "ten pin ball"],
  category: "sports",
  roles: {
    ball: { words: ["ball", "body", "surface", "shell"], material: "plastic", color: "navy", body: true },
    holes: { words: ["hole", "finger hole", "thumb hole"], material: "rubber", color: "charcoal" },
  },
  parts: () => {
    const r = 0.109, c: Vec3 = [0, 0, r];
    // Each hole is a short dark plug sunk along the radius, its mouth flush with the surface.
    const holes = ([[-0.025, -0.35], [0.025, -0.35], [0, -0.75]] as const).map(([x, tilt], i) => {
      const d: Vec3 = [x / r, Math.sin(tilt), Math.cos(tilt)], n = Math.hypot(...d);
      const u = d.map((v) => v / n) as Vec3;
      return rod(`hole_${i + 1}`, [c[0] + u[0] * (r - 0.03), c[1] + u[1] * (r - 0.03), c[2] + u[2] * (r - 0.03)], [c[0] + u[0] * (r + 0.001), c[1] + u[1] * (r + 0.001), c[2] + u[2] * (r + 0.001)], i === 2 ? 0.026 : 0.022, "holes");
    });
    return [part("ball", "sphere", [2 * r, 2 * r, 2 * r], c, "ball"), ...holes];
  },
});

/** Sports gear (bat, racket, skateboard, surfboard, weights, pin, club, hockey stick, trophy, ski, frisbee, bowling ball). */
export const PLAY_SPORT_KINDS: SubjectDef[] = [
  baseballBat, tennisRacket, skateboard, surfboard, dumbbell, barbell, bowlingPin, golfClub, hockeyStick, trophy, ski, frisbee, bowlingBall,
];
