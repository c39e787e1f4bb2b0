import type { PartSpec, RoleDef, SubjectDef, Vec3 } from "../types";
import { defineKind } from "./define-kind";
import { HALF_PI, lathe, part, rod, spread, taper } from "./kit";

/** Parts standing in the XZ plane face the front (-Y): a torus or disc turned up on edge. */
const UPRIGHT: Vec3 = [HALF_PI, 0, 0];

/** The wooden handle of a long tool: a pole standing straight up from z0 to z1. */
const pole = (z0: number, z1: number, d: number, role = "handle"): PartSpec => part("handle", "cylinder", [d, d, z1 - z0], [0, 0, (z0 + z1) / 2], role);

/** Words and wood of a long tool's handle; the head's roles differ per tool. */
const HANDLE: RoleDef = { words: ["handle", "shaft", "pole", "stick", "haft"], material: "wood", body: true };

/** A flat-blade screwdriver standing on its handle: two-tone handle, steel shank, flat tip. */
const screwdriver = defineKind({
  name: "screwdriver",
  synonyms: ["screw driver", "flathead screwdriver", "flat head screwdriver", "phillips screwdriver"],
  category: "tool",
  roles: {
    handle: { words: ["handle"], material: "plastic", color: "red", body: true },
    grip: { words: ["grip"], material: "rubber", color: "black" },
    shaft: { words: ["shaft", "shank", "rod", "ferrule"], material: "steel" },
    tip: { words: ["tip", "point", "bit"], material: "steel", color: "gray" },
  },
  parts: [
    part("handle", lathe([[0, 0], [0.013, 0], [0.016, 0.012], [0.016, 0.08], [0.011, 0.1], [0, 0.1]]), [0.032, 0.032, 0.1], [0, 0, 0.05], "handle"),
    part("grip", "cylinder", [0.035, 0.035, 0.05], [0, 0, 0.045], "grip"),
    part("ferrule", "cylinder", [0.014, 0.014, 0.012], [0, 0, 0.104], "shaft"),
    part("shaft", "cylinder", [0.006, 0.006, 0.11], [0, 0, 0.16], "shaft"),
    part("tip", "wedge", [0.008, 0.006, 0.014], [0, 0, 0.221], "tip"),
  ],
});

/** A combination spanner lying flat: a ring end, a handle and an open jaw. */
const wrench = defineKind({
  name: "wrench",
  synonyms: ["spanner", "combination wrench", "combination spanner", "open end wrench", "ring spanner"],
  category: "tool",
  roles: {
    handle: { words: ["handle", "shaft", "body"], material: "chrome", body: true },
    ring: { words: ["ring", "box end", "ring end"], material: "chrome", body: true },
    jaws: { words: ["jaw", "open end", "mouth", "head"], material: "chrome", body: true },
  },
  parts: [
    part("handle", "rounded_box", [0.15, 0.02, 0.006], [0, 0, 0.003], "handle"),
    part("ring", "torus", [0.042, 0.042, 0.008], [-0.09, 0, 0.004], "ring"),
    part("jaw_base", "box", [0.014, 0.036, 0.007], [0.08, 0, 0.0035], "jaws"),
    ...[-1, 1].map((s, i) => part(`jaw_${i + 1}`, "box", [0.03, 0.01, 0.007], [0.096, s * 0.014, 0.0035], "jaws", { rot: [0, 0, s * 0.25] })),
  ],
});

/** A hand saw stood on its teeth: a steel blade, a row of teeth and a wooden loop handle at the heel. */
const saw = defineKind({
  name: "saw",
  synonyms: ["hand saw", "handsaw", "wood saw", "crosscut saw", "panel saw"],
  category: "tool",
  roles: {
    blade: { words: ["blade", "plate"], material: "steel", body: true },
    teeth: { words: ["tooth", "teeth", "edge"], material: "steel", color: "gray" },
    handle: { words: ["handle", "grip"], material: "wood", color: "brown" },
  },
  parts: [
    // The blade narrows from the heel to the toe: a tall plate and a lower one overlapping.
    part("blade", "box", [0.3, 0.002, 0.11], [-0.1, 0, 0.065], "blade"),
    part("blade_toe", "box", [0.26, 0.002, 0.09], [0.15, 0, 0.055], "blade"),
    ...spread(16, 0.5).map((x, i) => part(`tooth_${i + 1}`, "pyramid", [0.014, 0.0025, 0.012], [x + 0.03, 0, 0.006], "teeth", { rot: [Math.PI, 0, 0] })),
    part("handle", "torus", [0.11, 0.12, 0.024], [-0.28, 0, 0.09], "handle", { rot: UPRIGHT }),
    part("handle_heel", "box", [0.03, 0.024, 0.12], [-0.24, 0, 0.09], "handle"),
  ],
});

/** A round-point shovel stood on its blade: steel blade, socket, wooden handle and a D grip. A spade is square. */
const shovel = defineKind({
  name: "shovel",
  synonyms: ["garden shovel", "digging shovel", "round point shovel"],
  variants: { spade: { features: { square: true } }, "garden spade": { features: { square: true } } },
  category: "tool",
  roles: {
    blade: { words: ["blade", "scoop", "head"], material: "steel", body: true },
    handle: HANDLE,
    grip: { words: ["grip", "d grip", "d handle"], material: "wood", color: "brown" },
  },
  parts: (p) => [
    ...(p.has("square")
      ? [part("blade", "box", [0.2, 0.015, 0.3], [0, 0, 0.15], "blade")]
      : [part("blade_tip", "cylinder", [0.24, 0.24, 0.015], [0, 0, 0.12], "blade", { rot: UPRIGHT }),
        part("blade", "box", [0.24, 0.015, 0.2], [0, 0, 0.22], "blade")]),
    part("socket", taper(0.6), [0.05, 0.05, 0.12], [0, 0, 0.35], "blade"),
    pole(0.38, 1.15, 0.036),
    part("grip", "torus", [0.13, 0.15, 0.024], [0, 0, 1.2], "grip", { rot: UPRIGHT }),
  ],
});

/** A garden rake stood on its tines: a head bar with a row of steel tines under it and a long handle. */
const rake = defineKind({
  name: "rake",
  synonyms: ["garden rake", "bow rake", "hand rake"],
  category: "tool",
  roles: {
    head: { words: ["head", "bar", "crossbar"], material: "steel", color: "gray", body: true },
    tines: { words: ["tine", "tooth", "teeth", "prong"], material: "steel", color: "gray", body: true },
    handle: HANDLE,
  },
  groups: { tines: { role: "tines", unit: "tine", default: 12, min: 6, max: 20 } },
  parts: (p) => [
    part("head", "box", [0.4, 0.03, 0.025], [0, 0, 0.085], "head"),
    ...spread(p.count("tines"), 0.37).map((x, i) => part(`tine_${i + 1}`, "cylinder", [0.008, 0.008, 0.08], [x, 0, 0.04], "tines", { group: "tines" })),
    part("neck", taper(0.5), [0.05, 0.05, 0.06], [0, 0, 0.12], "head"),
    pole(0.14, 1.6, 0.03),
  ],
});

/** A hay pitchfork standing on its handle end, tines up. */
const pitchfork = defineKind({
  name: "pitchfork",
  synonyms: ["pitch fork", "hayfork", "hay fork"],
  variants: { "garden fork": { counts: { tines: 4 } }, "digging fork": { counts: { tines: 4 } } },
  category: "tool",
  roles: {
    handle: HANDLE,
    head: { words: ["head", "shoulder", "socket"], material: "steel", color: "gray", body: true },
    tines: { words: ["tine", "prong", "spike", "point"], material: "steel", color: "gray", body: true },
  },
  groups: { tines: { role: "tines", unit: "tine", default: 3, min: 2, max: 5 } },
  parts: (p) => {
    const n = p.count("tines"), span = 0.06 * (n - 1);
    return [
      pole(0, 1.22, 0.034),
      part("socket", taper(0.55), [0.045, 0.045, 0.12], [0, 0, 1.25], "head", { rot: [Math.PI, 0, 0] }),
      part("shoulder", "rounded_box", [span + 0.03, 0.022, 0.03], [0, 0, 1.32], "head"),
      ...spread(n, span).map((x, i) => part(`tine_${i + 1}`, taper(0.3), [0.013, 0.013, 0.34], [x, 0, 1.5], "tines", { group: "tines" })),
    ];
  },
});

/** A corn broom stood on its bristles: a flat fan of straw stitched in bands, on a long handle. */
const broom = defineKind({
  name: "broom",
  synonyms: ["corn broom", "sweeping broom", "kitchen broom", "broomstick", "broom stick"],
  category: "tool",
  roles: {
    bristles: { words: ["bristle", "straw", "brush", "head"], material: "fabric", color: "khaki", body: true },
    bands: { words: ["band", "stitch", "stitching", "thread"], material: "fabric", color: "red" },
    handle: { ...HANDLE, color: "red" },
  },
  parts: [
    part("bristles", taper(0.4), [0.32, 0.06, 0.36], [0, 0, 0.18], "bristles"),
    ...[0.27, 0.33].map((z, i) => part(`band_${i + 1}`, "torus", [0.32 - z * 0.5, 0.055, 0.012], [0, 0, z], "bands")),
    part("cap", "cone", [0.08, 0.04, 0.07], [0, 0, 0.38], "bristles"),
    pole(0.38, 1.45, 0.028),
  ],
});

/** A straight ladder stood upright: two side rails joined by round rungs; a stepladder opens into an A. */
const ladder = defineKind({
  name: "ladder",
  synonyms: ["extension ladder", "straight ladder", "rung ladder"],
  variants: { stepladder: { features: { steps: true }, counts: { rungs: 4 } }, "step ladder": { features: { steps: true }, counts: { rungs: 4 } } },
  category: "tool",
  roles: {
    rails: { words: ["rail", "side", "stile", "leg"], material: "wood", body: true },
    rungs: { words: ["rung", "step", "tread"], material: "wood", body: true },
    feet: { words: ["foot", "feet", "shoe"], material: "rubber", color: "black" },
  },
  groups: { rungs: { role: "rungs", unit: "rung", default: 7, min: 2, max: 14 } },
  parts: (p) => {
    const n = p.count("rungs"), h = p.has("steps") ? 1.6 : 2.4, w = 0.44;
    // A stepladder leans its front 12 degrees back and stands on a rear frame, so the A holds itself up.
    const lean = p.has("steps") ? 0.2 : 0, len = h / Math.cos(lean);
    const rail = (x: number, name: string, y0: number, tilt: number, role = "rails") =>
      part(name, "box", [0.05, 0.07, len], [x, y0 + Math.sin(tilt) * len / 2, h / 2], role, { rot: [-tilt, 0, 0] });
    const ys = (z: number) => -0.3 + Math.tan(lean) * z;
    const parts: PartSpec[] = [
      ...[-1, 1].map((s, i) => rail(s * w / 2, `rail_${i + 1}`, p.has("steps") ? -0.3 : 0, lean)),
      ...spread(n, h * 0.8).map((dz, i) => {
        const z = h * 0.5 + dz;
        return p.has("steps")
          ? part(`rung_${i + 1}`, "box", [w, 0.12, 0.03], [0, ys(z) + 0.03, z], "rungs", { group: "rungs" })
          : part(`rung_${i + 1}`, "cylinder", [0.035, 0.035, w], [0, 0, z], "rungs", { rot: [0, HALF_PI, 0], group: "rungs" });
      }),
      ...[-1, 1].map((s, i) => part(`foot_${i + 1}`, "box", [0.06, 0.08, 0.04], [s * w / 2, p.has("steps") ? -0.3 : 0, 0.02], "feet")),
    ];
    if (p.has("steps")) {
      parts.push(
        ...[-1, 1].map((s, i) => rail(s * w / 2, `back_leg_${i + 1}`, 0.3, -lean)),
        part("top_cap", "box", [w + 0.06, 0.2, 0.05], [0, 0, h + 0.02], "rails"),
        rod("brace", [-w / 2, 0.3 - Math.tan(lean) * 0.5, 0.5], [w / 2, 0.3 - Math.tan(lean) * 0.5, 0.5], 0.025, "rails"),
      );
    }
    return parts;
  },
});

/** A pickaxe standing on its handle end: a curved head with a point each side. */
const pickaxe = defineKind({
  name: "pickaxe",
  synonyms: ["pick axe", "pickax", "pick ax", "mining pick"],
  category: "tool",
  roles: {
    handle: HANDLE,
    head: { words: ["head", "eye", "pick", "point", "spike", "blade"], material: "iron" },
  },
  parts: [
    part("handle", taper(0.8), [0.045, 0.045, 0.88], [0, 0, 0.44], "handle"),
    part("eye", "rounded_box", [0.07, 0.055, 0.08], [0, 0, 0.86], "head"),
    // Each point droops a little toward its tip, as a pick's head curves.
    ...[-1, 1].map((s, i) => part(`point_${i + 1}`, "cone", [0.05, 0.04, 0.3], [s * 0.17, 0, 0.84], "head", { rot: [0, s * (HALF_PI + 0.18), 0] })),
  ],
});

/** A wall paintbrush standing in a jar's way, bristles up: a wooden handle, a metal ferrule, a flat brush. */
const paintbrush = defineKind({
  name: "paintbrush",
  synonyms: ["paint brush", "decorating brush", "wall brush"],
  category: "tool",
  roles: {
    handle: { words: ["handle", "grip"], material: "wood", color: "red", body: true },
    ferrule: { words: ["ferrule", "collar", "band"], material: "metal", color: "silver" },
    bristles: { words: ["bristle", "brush", "hair", "head"], material: "fabric", color: "tan" },
    paint: { words: ["paint", "tip"], material: "paint", color: "blue", optional: "off" },
  },
  parts: [
    part("handle", lathe([[0, 0], [0.012, 0], [0.016, 0.02], [0.011, 0.1], [0.013, 0.15], [0, 0.15]]), [0.032, 0.022, 0.15], [0, 0, 0.075], "handle"),
    part("ferrule", "rounded_box", [0.055, 0.016, 0.04], [0, 0, 0.165], "ferrule"),
    part("bristles", taper(0.85), [0.052, 0.013, 0.06], [0, 0, 0.21], "bristles"),
    part("paint", "box", [0.046, 0.015, 0.015], [0, 0, 0.235], "paint"),
  ],
});

/** A metal toolbox: a box with a lid, a carry handle on top and two latches at the front. */
const toolbox = defineKind({
  name: "toolbox",
  synonyms: ["tool box", "tool case", "tool kit box"],
  category: "tool",
  roles: {
    body: { words: ["body", "box", "base", "case"], material: "paint", color: "red", body: true },
    lid: { words: ["lid", "cover"], material: "paint", color: "red", body: true },
    handle: { words: ["handle", "grip"], material: "plastic", color: "black" },
    latches: { words: ["latch", "clasp", "lock", "catch"], material: "metal", color: "silver" },
  },
  parts: [
    part("body", "box", [0.5, 0.22, 0.18], [0, 0, 0.09], "body"),
    part("lid", "rounded_box", [0.51, 0.23, 0.06], [0, 0, 0.205], "lid"),
    ...[-1, 1].map((s, i) => part(`handle_post_${i + 1}`, "box", [0.02, 0.03, 0.05], [s * 0.12, 0, 0.255], "handle")),
    rod("handle", [-0.13, 0, 0.28], [0.13, 0, 0.28], 0.025, "handle"),
    ...[-1, 1].map((s, i) => part(`latch_${i + 1}`, "box", [0.04, 0.012, 0.05], [s * 0.17, -0.116, 0.18], "latches")),
  ],
});

/** A one-wheeled garden barrow facing +X as vehicles do: a tub on a frame, the wheel in front, handles and legs behind. */
const wheelbarrow = defineKind({
  name: "wheelbarrow",
  synonyms: ["wheel barrow", "barrow", "garden barrow"],
  category: "vehicle",
  roles: {
    tub: { words: ["tub", "tray", "bucket", "body", "bed"], material: "paint", color: "green", body: true },
    frame: { words: ["frame", "leg", "stand", "arm"], material: "metal", color: "charcoal" },
    handles: { words: ["handle", "grip"], material: "rubber", color: "black" },
    wheel: { words: ["wheel", "tire", "tyre"], material: "rubber", color: "black" },
    hub: { words: ["hub", "rim"], material: "metal", color: "silver" },
  },
  parts: [
    // A hollow oval tub: up the outside, over the lip, down the inside.
    part("tub", lathe([[0, 0], [0.3, 0], [0.45, 0.3], [0.43, 0.3], [0.28, 0.02], [0, 0.02]]), [0.9, 0.64, 0.3], [0.05, 0, 0.545], "tub"),
    part("wheel", "cylinder", [0.38, 0.38, 0.09], [0.62, 0, 0.19], "wheel", { rot: UPRIGHT }),
    part("hub", "cylinder", [0.14, 0.14, 0.1], [0.62, 0, 0.19], "hub", { rot: UPRIGHT }),
    // Rails run level under the tub from the wheel's struts back to the handles; two legs stand under them.
    ...[-1, 1].map((s, i) => rod(`arm_${i + 1}`, [0.47, s * 0.16, 0.38], [-0.75, s * 0.2, 0.42], 0.035, "frame")),
    ...[-1, 1].map((s, i) => rod(`strut_${i + 1}`, [0.62, s * 0.06, 0.19], [0.46, s * 0.16, 0.39], 0.03, "frame")),
    ...[-1, 1].map((s, i) => rod(`leg_${i + 1}`, [-0.3, s * 0.18, 0.41], [-0.34, s * 0.22, 0], 0.03, "frame")),
    ...[-1, 1].map((s, i) => rod(`handle_${i + 1}`, [-0.73, s * 0.2, 0.418], [-0.93, s * 0.22, 0.44], 0.04, "handles")),
  ],
});

/** A watering can: a round body, a long spout rising to a sprinkler head (+X), and a loop handle over the top. */
const wateringCan = defineKind({
  name: "watering can",
  synonyms: ["watering pot", "sprinkling can", "garden watering can"],
  category: "tool",
  roles: {
    body: { words: ["body", "can", "tank"], material: "paint", color: "green", body: true },
    spout: { words: ["spout", "neck"], material: "paint", color: "green", body: true },
    head: { words: ["sprinkler", "nozzle", "head", "sprinkler head"], material: "brass" },
    handle: { words: ["handle", "grip"], material: "paint", color: "green", body: true },
  },
  parts: [
    part("body", lathe([[0, 0], [0.12, 0], [0.13, 0.02], [0.13, 0.2], [0.1, 0.26], [0.04, 0.28], [0, 0.28]]), [0.26, 0.26, 0.28], [0, 0, 0.14], "body"),
    { ...rod("spout", [0.09, 0, 0.05], [0.34, 0, 0.33], 0.04, "spout"), shape: taper(0.55) },
    part("head", taper(0.45), [0.085, 0.085, 0.04], [0.35, 0, 0.345], "head", { rot: [0, 0.73 + Math.PI, 0] }),
    part("handle", "torus", [0.2, 0.22, 0.025], [-0.04, 0, 0.28], "handle", { rot: UPRIGHT }),
  ],
});

/** Hand and garden tools (screwdriver, wrench, saw, shovel, rake, pitchfork, broom, ladder, pickaxe, paintbrush, toolbox, wheelbarrow, watering can). */
export const PLAY_TOOL_KINDS: SubjectDef[] = [
  screwdriver, wrench, saw, shovel, rake, pitchfork, broom, ladder, pickaxe, paintbrush, toolbox, wheelbarrow, wateringCan,
];
