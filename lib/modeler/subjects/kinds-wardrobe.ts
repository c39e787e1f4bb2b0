import type { PartSpec, SubjectDef } from "../types";
import { defineKind } from "./define-kind";
import { ALONG_X, FACING, HALF_PI, lathe, part, rod, spread, taper } from "./kit";

// Garments lie flat on the floor, neck or waist to the back (+Y), as on a shop table; shoes stand toe to +X like
// the sneaker; bags stand on their base. Cloth is a couple of centimetres thick so it reads from above.
const CLOTH = 0.016;
const flat = (name: string, size: [number, number], at: [number, number], role: string, turn = 0, lift = 0, thick = CLOTH): PartSpec =>
  part(name, "rounded_box", [size[0], size[1], thick], [at[0], at[1], thick / 2 + lift], role, turn ? { rot: [0, 0, turn] } : {});
/** Sleeves and legs are a touch thinner than the body they join, so the two tops never share a plane and flicker. */
const LIMB = CLOTH * 0.8;

/** A t-shirt laid flat: a square body, two short sleeves angled out at the shoulders, a round collar and an optional chest print. */
const tShirt = defineKind({
  name: "t-shirt",
  synonyms: ["tee", "tshirt", "t shirt", "tee shirt", "tee-shirt", "t-shirt top"],
  category: "clothing",
  roles: {
    body: { words: ["body", "front", "torso", "shirt", "fabric"], material: "fabric", color: "white", body: true },
    sleeves: { words: ["sleeve", "arm"], material: "fabric", color: "white", body: true },
    collar: { words: ["collar", "neck", "neckline", "crew neck"], material: "fabric", color: "gray" },
    print: { words: ["print", "logo", "graphic", "design", "picture"], material: "paint", color: "red", optional: "off" },
  },
  parts: [
    flat("body", [0.5, 0.68], [0, 0], "body"),
    ...[-1, 1].map((s, i) => flat(`sleeve_${i + 1}`, [0.22, 0.2], [s * 0.3, 0.22], "sleeves", s * -0.5, 0, LIMB)),
    part("collar", "torus", [0.17, 0.12, 0.014], [0, 0.3, CLOTH], "collar"),
    part("print", "cylinder", [0.18, 0.18, 0.004], [0, 0.02, CLOTH + 0.001], "print"),
  ],
});

/** A dress laid flat: a fitted bodice with shoulder straps, a sash at the waist and a skirt flaring to the hem. */
const dress = defineKind({
  name: "dress",
  synonyms: ["sundress", "frock", "summer dress", "party dress", "evening dress", "gown"],
  category: "clothing",
  roles: {
    bodice: { words: ["bodice", "top", "body", "chest"], material: "fabric", color: "red", body: true },
    skirt: { words: ["skirt", "hem", "dress"], material: "fabric", color: "red", body: true },
    straps: { words: ["strap", "shoulder"], material: "fabric", color: "red", body: true },
    sash: { words: ["sash", "belt", "waistband", "waist", "bow"], material: "silk", color: "white", optional: "on" },
  },
  parts: [
    flat("bodice", [0.34, 0.36], [0, 0.34], "bodice"),
    ...[-1, 1].map((s, i) => flat(`strap_${i + 1}`, [0.04, 0.14], [s * 0.12, 0.56], "straps")),
    // The skirt is a flattened cone lying along Y, narrow at the waist and wide at the hem.
    part("skirt", taper(0.42), [0.84, 0.02, 0.68], [0, -0.17, 0.01], "skirt", { rot: [-HALF_PI, 0, 0] }),
    flat("sash", [0.37, 0.06], [0, 0.17], "sash", 0, 0.006),
    part("bow", "sphere", [0.08, 0.05, 0.03], [0.1, 0.17, 0.03], "sash"),
  ],
});

/** A pair of jeans laid flat: a waistband with a brass button, the seat, two straight legs and front pockets. */
const jeans = defineKind({
  name: "pair of jeans",
  synonyms: ["jeans", "trousers", "pants", "denim trousers", "pair of trousers", "pair of pants"],
  category: "clothing",
  roles: {
    legs: { words: ["leg", "body", "denim", "jean", "trouser", "pant", "hem", "seat"], material: "fabric", color: "navy", body: true },
    waistband: { words: ["waistband", "waist", "band", "belt loop"], material: "fabric", color: "navy", body: true },
    pockets: { words: ["pocket"], material: "fabric", color: "blue", optional: "on" },
    button: { words: ["button", "rivet", "stud"], material: "brass" },
  },
  parts: [
    flat("waistband", [0.42, 0.06], [0, 0.52], "waistband"),
    flat("seat", [0.42, 0.26], [0, 0.36], "legs"),
    ...[-1, 1].map((s, i) => flat(`leg_${i + 1}`, [0.19, 0.82], [s * 0.115, -0.16], "legs", s * 0.04, 0, LIMB)),
    ...[-1, 1].map((s, i) => flat(`pocket_${i + 1}`, [0.1, 0.09], [s * 0.13, 0.42], "pockets", s * 0.3, 0.003)),
    part("button", "cylinder", [0.018, 0.018, 0.006], [0, 0.52, CLOTH + 0.002], "button"),
  ],
});

/** A jacket laid flat, zipped: a body with a collar, two long sleeves angled down the sides, counted buttons and two pockets. */
const jacket = defineKind({
  name: "jacket",
  synonyms: ["coat", "blazer", "overcoat", "winter jacket", "winter coat", "denim jacket", "bomber jacket"],
  category: "clothing",
  roles: {
    body: { words: ["body", "front", "back", "jacket", "coat", "torso"], material: "fabric", color: "olive", body: true },
    sleeves: { words: ["sleeve", "arm", "cuff"], material: "fabric", color: "olive", body: true },
    collar: { words: ["collar", "lapel", "hood"], material: "fabric", color: "brown" },
    buttons: { words: ["button"], material: "plastic", color: "black" },
    pockets: { words: ["pocket", "flap"], material: "fabric", color: "olive", optional: "on" },
  },
  groups: { buttons: { role: "buttons", unit: "button", default: 4, min: 0, max: 8 } },
  parts: (p) => [
    flat("body", [0.56, 0.72], [0, 0], "body"),
    ...[-1, 1].map((s, i) => flat(`sleeve_${i + 1}`, [0.17, 0.64], [s * 0.36, -0.02], "sleeves", s * 0.28, 0, LIMB)),
    flat("collar", [0.3, 0.08], [0, 0.33], "collar", 0, 0.004),
    ...spread(p.count("buttons"), 0.44).map((y, i) =>
      part(`button_${i + 1}`, "cylinder", [0.022, 0.022, 0.006], [0, y + 0.02, CLOTH + 0.002], "buttons", { group: "buttons" })),
    ...[-1, 1].map((s, i) => flat(`pocket_${i + 1}`, [0.13, 0.05], [s * 0.15, -0.2], "pockets", 0, 0.003)),
  ],
});

/** A long knitted scarf laid straight along X: the knitted strip, two contrasting stripes near each end and fringes. */
const scarf = defineKind({
  name: "scarf",
  synonyms: ["muffler", "knitted scarf", "knit scarf", "wool scarf", "woolly scarf", "winter scarf"],
  category: "clothing",
  roles: {
    body: { words: ["body", "knit", "scarf", "strip"], material: "wool", color: "red", body: true },
    stripes: { words: ["stripe", "band"], material: "wool", color: "white", optional: "on" },
    fringe: { words: ["fringe", "tassel"], material: "wool", color: "red", body: true, optional: "on" },
  },
  parts: [
    part("body", "rounded_box", [1.5, 0.2, 0.014], [0, 0, 0.007], "body"),
    ...[-0.64, -0.56, 0.56, 0.64].map((x, i) => part(`stripe_${i + 1}`, "box", [0.04, 0.202, 0.015], [x, 0, 0.0075], "stripes")),
    ...[-1, 1].flatMap((s, j) => spread(6, 0.17).map((y, i) =>
      part(`fringe_${j * 6 + i + 1}`, "box", [0.08, 0.012, 0.008], [s * 0.78, y, 0.004], "fringe"))),
  ],
});

/** A glove laid flat, fingers to +Y: a palm, four fingers and a thumb, and a knitted cuff; a mitten has one pouch for the fingers. */
const glove = defineKind({
  name: "glove",
  synonyms: ["winter glove", "wool glove", "knitted glove", "leather glove"],
  variants: { mitten: { features: { mitten: true } }, mitt: { features: { mitten: true } } },
  category: "clothing",
  roles: {
    hand: { words: ["hand", "palm", "body", "back", "finger", "thumb", "glove"], material: "fabric", color: "charcoal", body: true },
    cuff: { words: ["cuff", "wrist", "band", "ribbing"], material: "wool", color: "gray" },
  },
  parts: (p) => {
    const out: PartSpec[] = [flat("palm", [0.1, 0.12], [0, 0], "hand"), flat("cuff", [0.1, 0.07], [0, -0.085], "cuff")];
    if (p.has("mitten")) out.push(part("fingers", "capsule", [0.1, CLOTH, 0.13], [0, 0.075, CLOTH / 2], "hand", { rot: [-HALF_PI, 0, 0] }));
    else spread(4, 0.075).forEach((x, i) => out.push(part(`finger_${i + 1}`, "capsule", [0.022, CLOTH, i === 0 || i === 3 ? 0.075 : 0.09], [x, 0.09 - (i === 0 || i === 3 ? 0.008 : 0), CLOTH / 2], "hand", { rot: [-HALF_PI, 0, 0] })));
    out.push(rod("thumb", [0.045, -0.01, CLOTH / 2], [0.095, 0.04, CLOTH / 2], 0.026, "hand"));
    return out;
  },
});

/** A sock laid flat: the leg with a ribbed cuff at the top, the foot turned to +X, and a contrasting heel and toe. */
const sock = defineKind({
  name: "sock",
  synonyms: ["ankle sock", "tube sock", "knee sock", "crew sock", "wool sock", "cotton sock"],
  category: "clothing",
  roles: {
    body: { words: ["body", "leg", "foot", "sock"], material: "fabric", color: "gray", body: true },
    cuff: { words: ["cuff", "top", "band", "ribbing"], material: "fabric", color: "white" },
    heel: { words: ["heel", "toe"], material: "fabric", color: "white" },
    stripes: { words: ["stripe"], material: "fabric", color: "red", optional: "on" },
  },
  parts: [
    flat("leg", [0.09, 0.24], [0, 0.1], "body"),
    flat("foot", [0.17, 0.09], [0.06, -0.05], "body", 0, 0, LIMB),
    flat("cuff", [0.092, 0.05], [0, 0.235], "cuff"),
    part("heel", "cylinder", [0.09, 0.09, CLOTH], [-0.005, -0.05, CLOTH / 2 + 0.001], "heel"),
    part("toe", "cylinder", [0.09, 0.09, CLOTH], [0.14, -0.05, CLOTH / 2 + 0.001], "heel"),
    ...[0.16, 0.19].map((y, i) => part(`stripe_${i + 1}`, "box", [0.092, 0.015, CLOTH], [0, y, CLOTH / 2 + 0.001], "stripes")),
  ],
});

/** A knotted necktie laid flat: the neck loop, a knot, the blade widening to a pointed tip, and an optional tie clip. */
const necktie = defineKind({
  name: "necktie",
  synonyms: ["tie", "neck tie", "silk tie", "long tie", "business tie"],
  category: "clothing",
  roles: {
    blade: { words: ["blade", "body", "tip", "tie", "silk"], material: "silk", color: "navy", body: true },
    knot: { words: ["knot"], material: "silk", color: "navy", body: true },
    loop: { words: ["loop", "neckband", "collar", "band"], material: "silk", color: "navy", body: true },
    clip: { words: ["clip", "tie clip", "pin", "tie bar"], material: "gold", color: "gold", optional: "off" },
  },
  parts: [
    part("loop", "torus", [0.26, 0.3, 0.012], [0, 0.2, 0.006], "loop"),
    part("knot", taper(0.6), [0.05, 0.022, 0.06], [0, 0.05, 0.011], "knot", { rot: [HALF_PI, 0, 0] }),
    // The blade is a flattened cone, narrow under the knot and widest just above its point.
    part("blade", taper(0.45), [0.085, 0.012, 0.5], [0, -0.22, 0.006], "blade", { rot: [-HALF_PI, 0, 0] }),
    part("tip", "box", [0.062, 0.062, 0.012], [0, -0.47, 0.006], "blade", { rot: [0, 0, Math.PI / 4] }),
    part("clip", "box", [0.07, 0.01, 0.004], [0, -0.12, 0.014], "clip"),
  ],
});

/** A leather belt buckled into a loop standing on its edge: the band, a brass buckle and prong at the front, the tail past it and holes. */
const belt = defineKind({
  name: "belt",
  synonyms: ["leather belt", "waist belt", "trouser belt", "belt with buckle"],
  category: "clothing",
  roles: {
    strap: { words: ["strap", "band", "body", "leather", "tail", "belt"], material: "leather", color: "brown", body: true },
    buckle: { words: ["buckle", "prong", "clasp"], material: "brass" },
    holes: { words: ["hole"], material: "leather", color: "black" },
  },
  groups: { holes: { role: "holes", unit: "hole", default: 4, min: 0, max: 7 } },
  parts: (p) => [
    // A thin-walled ring: up the outside, back down the inside.
    part("strap", lathe([[1, 0], [1, 1], [0.96, 1], [0.96, 0]]), [0.34, 0.3, 0.035], [0, 0, 0.0175], "strap"),
    part("buckle", "torus", [0.05, 0.05, 0.008], [0, -0.152, 0.0175], "buckle", { rot: FACING }),
    part("prong", "box", [0.026, 0.008, 0.004], [0.008, -0.156, 0.0175], "buckle"),
    part("tail", "box", [0.1, 0.006, 0.033], [0.06, -0.156, 0.0175], "strap"),
    ...spread(p.count("holes"), 0.06).map((x, i) => part(`hole_${i + 1}`, "cylinder", [0.006, 0.006, 0.004], [0.08 + x / 2, -0.159, 0.0175], "holes", { rot: FACING, group: "holes" })),
  ],
});

/** A folded leather wallet lying flat: the two halves, the rounded fold, stitching round the edge and a card peeking out. */
const wallet = defineKind({
  name: "wallet",
  synonyms: ["billfold", "leather wallet", "bifold wallet", "bi-fold wallet", "mens wallet", "men's wallet"],
  category: "clothing",
  roles: {
    body: { words: ["body", "leather", "cover", "half", "fold", "wallet"], material: "leather", color: "brown", body: true },
    stitching: { words: ["stitching", "stitch", "seam", "edge"], material: "fabric", color: "tan" },
    card: { words: ["card", "credit card", "bill", "cash", "money"], material: "plastic", color: "blue", optional: "on" },
  },
  parts: [
    part("bottom", "rounded_box", [0.115, 0.09, 0.009], [0, 0, 0.0045], "body"),
    part("top", "rounded_box", [0.115, 0.09, 0.009], [0, 0, 0.0135], "body"),
    part("fold", "cylinder", [0.018, 0.018, 0.09], [-0.056, 0, 0.009], "body", { rot: FACING }),
    part("stitching", "torus", [0.105, 0.08, 0.002], [0, 0, 0.018], "stitching"),
    part("card", "box", [0.085, 0.054, 0.002], [0.02, 0.03, 0.009], "card"),
  ],
});

/** A hard-shell wheeled suitcase standing upright: the ribbed shell, four spinner wheels, a pull-out handle and a carry handle. */
const suitcase = defineKind({
  name: "suitcase",
  synonyms: ["luggage", "rolling suitcase", "wheeled suitcase", "trolley case", "travel case", "roller suitcase", "carry-on suitcase", "carry on suitcase"],
  category: "container",
  roles: {
    shell: { words: ["shell", "body", "case", "side", "suitcase", "rib"], material: "plastic", color: "teal", body: true },
    wheels: { words: ["wheel", "caster", "castor"], material: "rubber", color: "black" },
    handle: { words: ["handle", "pull handle", "telescopic handle", "grip"], material: "aluminum", color: "silver" },
    zip: { words: ["zip", "zipper", "seam"], material: "rubber", color: "black" },
  },
  parts: [
    part("shell", "rounded_box", [0.42, 0.25, 0.62], [0, 0, 0.35], "shell"),
    part("zip", "box", [0.425, 0.03, 0.625], [0, 0, 0.35], "zip"),
    ...[-0.12, 0, 0.12].map((x, i) => part(`rib_${i + 1}`, "box", [0.03, 0.254, 0.56], [x, 0, 0.35], "shell")),
    ...[[-1, -1], [1, -1], [1, 1], [-1, 1]].map(([sx, sy], i) => part(`wheel_${i + 1}`, "cylinder", [0.045, 0.045, 0.02], [sx * 0.17, sy * 0.08, 0.0225], "wheels", { rot: [0, HALF_PI, 0] })),
    ...[-1, 1].map((s, i) => part(`handle_rod_${i + 1}`, "cylinder", [0.016, 0.016, 0.32], [s * 0.1, 0.1, 0.78], "handle")),
    part("handle_grip", "capsule", [0.03, 0.03, 0.23], [0, 0.1, 0.94], "handle", { rot: ALONG_X }),
    part("carry_handle", "capsule", [0.03, 0.03, 0.14], [0, -0.01, 0.67], "handle", { rot: ALONG_X }),
  ],
});

/** A leather briefcase standing on its edge: the case, a seam round it, a carry handle on top and two brass latches. */
const briefcase = defineKind({
  name: "briefcase",
  synonyms: ["attache case", "brief case", "document case", "leather briefcase"],
  category: "container",
  roles: {
    case: { words: ["case", "body", "side", "briefcase", "leather"], material: "leather", color: "brown", body: true },
    seam: { words: ["seam", "edge", "trim", "stitching"], material: "leather", color: "black" },
    handle: { words: ["handle", "grip"], material: "leather", color: "black" },
    latches: { words: ["latch", "lock", "clasp", "buckle"], material: "brass" },
    feet: { words: ["foot", "stud"], material: "brass" },
  },
  parts: [
    part("case", "rounded_box", [0.44, 0.11, 0.32], [0, 0, 0.166], "case"),
    part("seam", "box", [0.444, 0.114, 0.012], [0, 0, 0.26], "seam"),
    part("handle", "torus", [0.13, 0.07, 0.022], [0, 0, 0.33], "handle", { rot: FACING }),
    ...[-1, 1].map((s, i) => part(`latch_${i + 1}`, "box", [0.04, 0.012, 0.03], [s * 0.13, -0.058, 0.26], "latches")),
    ...[-1, 1].map((s, i) => part(`foot_${i + 1}`, "cylinder", [0.015, 0.015, 0.006], [s * 0.18, 0, 0.003], "feet")),
  ],
});

/** A necklace lying flat: a fine chain in a loop, a clasp at the back and a pendant at the front; a pearl necklace is a ring of pearls. */
const necklace = defineKind({
  name: "necklace",
  synonyms: ["pendant necklace", "chain necklace", "locket necklace", "choker"],
  variants: { "pearl necklace": { features: { pearls: true, pendant: false } }, "string of pearls": { features: { pearls: true, pendant: false } } },
  category: "clothing",
  roles: {
    chain: { words: ["chain", "strand", "body", "necklace", "string"], material: "gold", color: "gold", body: true },
    pearls: { words: ["pearl", "bead"], material: "porcelain", color: "ivory", optional: "off" },
    pendant: { words: ["pendant", "gem", "jewel", "stone", "locket", "charm"], material: "crystal", color: "red", optional: "on" },
    clasp: { words: ["clasp", "catch"], material: "gold", color: "gold" },
  },
  parts: () => {
    // Pearls are threaded on the chain, so each one sits on the loop and touches it.
    const out: PartSpec[] = [part("chain", "torus", [0.3, 0.34, 0.004], [0, 0, 0.002], "chain")];
    for (let i = 1; i < 16; i++) {
      const a = HALF_PI + (2 * Math.PI * i) / 16;
      out.push(part(`pearl_${i}`, "sphere", [0.013, 0.013, 0.013], [0.148 * Math.cos(a), 0.168 * Math.sin(a), 0.0065], "pearls"));
    }
    out.push(part("clasp", "capsule", [0.008, 0.008, 0.018], [0, 0.17, 0.004], "clasp", { rot: ALONG_X }));
    out.push(part("bail", "torus", [0.012, 0.012, 0.003], [0, -0.172, 0.0035], "pendant"));
    out.push(part("pendant", "sphere", [0.03, 0.036, 0.012], [0, -0.194, 0.006], "pendant"));
    return out;
  },
});

/** A bracelet lying flat: a gold chain ring with a clasp and counted charms hanging round it. */
const bracelet = defineKind({
  name: "bracelet",
  synonyms: ["bangle", "charm bracelet", "chain bracelet", "beaded bracelet"],
  category: "clothing",
  roles: {
    band: { words: ["band", "chain", "ring", "body", "bracelet", "bangle"], material: "gold", color: "gold", body: true },
    charms: { words: ["charm", "bead", "gem", "jewel", "stone"], material: "crystal", color: "blue" },
    clasp: { words: ["clasp", "catch"], material: "gold", color: "gold" },
  },
  groups: { charms: { role: "charms", unit: "charm", default: 3, min: 0, max: 10 } },
  parts: (p) => {
    const n = p.count("charms");
    return [
      part("band", "torus", [0.075, 0.075, 0.008], [0, 0, 0.004], "band"),
      part("clasp", "capsule", [0.008, 0.008, 0.016], [0, 0.037, 0.004], "clasp", { rot: ALONG_X }),
      ...Array.from({ length: n }, (_, i) => {
        const a = -HALF_PI + (i - (n - 1) / 2) * 0.6;
        return part(`charm_${i + 1}`, "sphere", [0.012, 0.012, 0.01], [0.043 * Math.cos(a), 0.043 * Math.sin(a), 0.005], "charms", { group: "charms" });
      }),
    ];
  },
});

/** A flat shoe sole on the ground, toe to +X, with a rounded toe and heel. */
const footbed = (name: string, h: number, role: string): PartSpec => part(name, "rounded_box", [0.26, 0.095, h], [0, 0, h / 2], role);

/** A high-heeled shoe, toe to +X: the forefoot sole flat on the ground, the arch rising to a thin stiletto heel, a closed toe and a heel cup. */
const highHeel = defineKind({
  name: "high heel shoe",
  synonyms: ["high heel", "high heels", "high-heeled shoe", "high heeled shoe", "stiletto", "stiletto heel", "stiletto shoe", "court shoe"],
  category: "clothing",
  roles: {
    upper: { words: ["upper", "body", "toe", "vamp", "shoe", "heel cup", "counter"], material: "leather", color: "red", body: true },
    sole: { words: ["sole", "insole", "outsole", "arch"], material: "leather", color: "black" },
    heel: { words: ["heel", "stiletto", "spike"], material: "plastic", color: "black" },
    strap: { words: ["strap", "ankle strap", "buckle"], material: "leather", color: "red", optional: "off" },
  },
  parts: [
    part("forefoot", "rounded_box", [0.1, 0.075, 0.01], [0.07, 0, 0.005], "sole"),
    // The arch climbs from the ball of the foot to the heel seat, 8.5 cm up.
    part("arch", "box", [0.145, 0.065, 0.008], [-0.04, 0, 0.047], "sole", { rot: [0, 0.6, 0] }),
    part("heel", taper(2.2), [0.012, 0.012, 0.095], [-0.115, 0, 0.0475], "heel"),
    part("vamp", "capsule", [0.05, 0.075, 0.13], [0.07, 0, 0.028], "upper", { rot: ALONG_X }),
    part("heel_cup", "rounded_box", [0.05, 0.072, 0.045], [-0.105, 0, 0.11], "upper"),
    part("strap", "torus", [0.07, 0.07, 0.008], [-0.07, 0, 0.15], "strap"),
  ],
});

/** A summer sandal, toe to +X: a cork-coloured sole and two leather straps across the foot, each arching over from side to side. */
const sandal = defineKind({
  name: "sandal",
  synonyms: ["leather sandal", "summer sandal", "strappy sandal", "strap sandal"],
  category: "clothing",
  roles: {
    sole: { words: ["sole", "footbed", "bottom", "insole"], material: "rubber", color: "tan" },
    straps: { words: ["strap", "band", "upper", "body", "sandal"], material: "leather", color: "brown", body: true },
    buckle: { words: ["buckle", "clasp"], material: "brass" },
  },
  parts: [
    footbed("sole", 0.022, "sole"),
    ...[0.06, -0.04].flatMap((x, i) => [
      part(`strap_${i + 1}`, "box", [0.025, 0.1, 0.006], [x, 0, 0.062], "straps"),
      ...[-1, 1].map((s, j) => part(`strap_${i + 1}_side_${j + 1}`, "box", [0.025, 0.006, 0.044], [x, s * 0.047, 0.042], "straps")),
    ]),
    part("buckle", "box", [0.02, 0.006, 0.02], [-0.04, -0.051, 0.045], "buckle"),
  ],
});

/** A flip-flop, toe to +X: a flat rubber sole, a toe post and two thong straps running back to the sides. */
const flipFlop = defineKind({
  name: "flip flop",
  synonyms: ["flip-flop", "flipflop", "thong sandal", "jandal", "beach sandal", "rubber sandal"],
  category: "clothing",
  roles: {
    sole: { words: ["sole", "footbed", "bottom", "body"], material: "rubber", color: "blue", body: true },
    straps: { words: ["strap", "thong", "post", "toe post"], material: "rubber", color: "white" },
  },
  parts: [
    footbed("sole", 0.018, "sole"),
    part("toe_post", "cylinder", [0.01, 0.01, 0.02], [0.07, 0, 0.026], "straps"),
    ...[-1, 1].map((s, i) => rod(`strap_${i + 1}`, [0.07, 0, 0.035], [-0.02, s * 0.044, 0.018], 0.012, "straps")),
  ],
});

/** A cosy house slipper, toe to +X: a padded sole, a fluffy closed toe, a soft lining and an optional pompom. */
const slipper = defineKind({
  name: "slipper",
  synonyms: ["house slipper", "bedroom slipper", "carpet slipper", "fluffy slipper", "fuzzy slipper", "moccasin slipper"],
  category: "clothing",
  roles: {
    upper: { words: ["upper", "body", "toe", "top", "slipper"], material: "wool", color: "pink", body: true },
    sole: { words: ["sole", "bottom", "outsole"], material: "rubber", color: "gray" },
    lining: { words: ["lining", "insole", "footbed", "fleece"], material: "wool", color: "white" },
    pompom: { words: ["pompom", "pom pom", "pom-pom", "bobble"], material: "wool", color: "white", optional: "off" },
  },
  parts: [
    footbed("sole", 0.02, "sole"),
    part("lining", "rounded_box", [0.24, 0.085, 0.012], [-0.005, 0, 0.025], "lining"),
    part("upper", "hemisphere", [0.15, 0.1, 0.075], [0.05, 0, 0.056], "upper"),
    part("heel_wall", "rounded_box", [0.03, 0.095, 0.04], [-0.115, 0, 0.04], "upper"),
    part("pompom", "sphere", [0.04, 0.04, 0.04], [0.06, 0, 0.095], "pompom"),
  ],
});

export const CLOTHES_KINDS: SubjectDef[] = [
  tShirt, dress, jeans, jacket, scarf, glove, sock, necktie, belt, wallet, suitcase, briefcase, necklace, bracelet, highHeel, sandal, flipFlop, slipper,
];
