import type { PartSpec, SubjectDef, Vec3 } from "../types";
import { defineKind } from "./define-kind";
import { ALONG_X, FACING, HALF_PI, lathe, part, rod, spread } from "./kit";

// Household things and kitchen appliances. Cutlery lies flat on the table along X; appliances stand on the floor or
// the counter with their front (doors, controls) at -Y, as every kind does.

/** A hurricane lantern: a round base and cap joined by four posts, a glass chimney with a flame inside, a wire bail. */
const lantern = defineKind({
  name: "lantern",
  synonyms: ["oil lantern", "oil lamp", "camping lantern", "hurricane lantern", "kerosene lamp", "storm lantern", "paraffin lamp"],
  category: "household",
  roles: {
    frame: { words: ["frame", "base", "cap", "top", "post", "body", "metal"], material: "iron", color: "black", body: true },
    glass: { words: ["glass", "chimney", "globe", "window"], material: "glass", color: "white" },
    flame: { words: ["flame", "light", "fire", "wick"], material: "flame" },
    handle: { words: ["handle", "bail", "ring", "hook"], material: "iron", color: "black" },
  },
  parts: [
    part("base", "cylinder", [0.16, 0.16, 0.04], [0, 0, 0.02], "frame"),
    part("glass", "lathe:60.0_90.30_90.70_60.100", [0.13, 0.13, 0.16], [0, 0, 0.12], "glass"),
    part("flame", "sphere", [0.025, 0.025, 0.05], [0, 0, 0.1], "flame"),
    ...[[1, 0], [0, 1], [-1, 0], [0, -1]].map(([x, y], i) => part(`post_${i + 1}`, "cylinder", [0.008, 0.008, 0.18], [x * 0.07, y * 0.07, 0.12], "frame")),
    part("cap", "tapered_cylinder:0.4", [0.15, 0.15, 0.05], [0, 0, 0.225], "frame"),
    part("vent", "cylinder", [0.04, 0.04, 0.02], [0, 0, 0.255], "frame"),
    // The bail stands upright over the cap, as a lantern is carried.
    part("handle", "torus", [0.12, 0.12, 0.008], [0, 0, 0.265], "handle", { rot: [HALF_PI, 0, 0] }),
  ],
});

/** A table fork lying flat: a long handle, a narrow neck and a head with four tines pointing to -X. */
const fork = defineKind({
  name: "fork",
  synonyms: ["table fork", "dinner fork", "dessert fork", "salad fork", "cake fork", "eating fork"],
  category: "kitchenware",
  roles: {
    handle: { words: ["handle", "grip"], material: "steel", body: true },
    head: { words: ["head", "neck"], material: "steel", body: true },
    tines: { words: ["tine", "prong"], material: "steel", body: true },
  },
  groups: { tines: { role: "tines", unit: "tine", default: 4, min: 2, max: 6 } },
  parts: (p) => [
    part("handle", "rounded_box", [0.11, 0.016, 0.005], [0.04, 0, 0.0025], "handle"),
    part("neck", "box", [0.03, 0.01, 0.004], [-0.025, 0, 0.002], "head"),
    part("head", "rounded_box", [0.026, 0.026, 0.004], [-0.05, 0, 0.002], "head"),
    ...spread(p.count("tines"), 0.0225).map((y, i) => part(`tine_${i + 1}`, "box", [0.036, 0.0035, 0.004], [-0.078, y, 0.002], "tines", { group: "tines" })),
  ],
});

/** A spoon lying flat: a long handle and a shallow oval bowl, open side up. "Teaspoon" is smaller, "serving spoon" bigger. */
const spoon = defineKind({
  name: "spoon",
  synonyms: ["soup spoon", "dessert spoon", "table spoon", "cooking spoon", "mixing spoon", "eating spoon"],
  variants: {
    teaspoon: { scale: [0.75, 0.75, 0.75] }, "tea spoon": { scale: [0.75, 0.75, 0.75] },
    tablespoon: { scale: [1.1, 1.1, 1.1] }, "serving spoon": { scale: [1.35, 1.35, 1.2] },
  },
  category: "kitchenware",
  roles: {
    handle: { words: ["handle", "grip", "neck", "stem"], material: "steel", body: true },
    bowl: { words: ["bowl", "head", "scoop"], material: "steel", body: true },
  },
  parts: [
    part("handle", "rounded_box", [0.12, 0.014, 0.005], [0.0375, 0, 0.004], "handle"),
    part("neck", "box", [0.026, 0.008, 0.004], [-0.03, 0, 0.003], "handle"),
    // Up the outside and back down the inside: a real hollow bowl, stretched oval by its size.
    part("bowl", lathe([[0, 0], [0.6, 0.15], [0.9, 0.5], [1, 1], [0.9, 1], [0.8, 0.6], [0.5, 0.35], [0, 0.3]]), [0.06, 0.042, 0.014], [-0.0675, 0, 0.007], "bowl"),
  ],
});

/** The knife's parts run from the handle's butt at +X to the blade's point at -X; `dx` centres the whole knife. */
const dx = 0.0135;

/** A chef's knife lying flat: a wide steel blade narrowing to a point, a bolster, and a riveted handle. */
const kitchenKnife = defineKind({
  name: "kitchen knife",
  synonyms: ["knife", "chef knife", "chefs knife", "cooks knife", "carving knife", "bread knife", "butcher knife", "paring knife", "steak knife", "table knife", "dinner knife", "butter knife", "santoku knife"],
  category: "kitchenware",
  roles: {
    handle: { words: ["handle", "grip", "hilt"], material: "plastic", color: "black", body: true },
    blade: { words: ["blade", "edge", "tip", "point", "spine"], material: "steel" },
    bolster: { words: ["bolster", "guard"], material: "steel" },
    rivets: { words: ["rivet", "pin"], material: "steel" },
  },
  parts: [
    part("handle", "rounded_box", [0.12, 0.024, 0.018], [0.09 + dx, 0, 0.009], "handle"),
    part("bolster", "box", [0.015, 0.028, 0.014], [0.025 + dx, 0, 0.009], "bolster"),
    // The spine runs level with the handle's top edge; the wider blade drops below it to the edge.
    part("blade", "box", [0.15, 0.045, 0.002], [-0.055 + dx, -0.0105, 0.006], "blade"),
    // A wedge turned on its side: its triangle lies flat and closes the blade to a point.
    part("tip", "wedge", [0.002, 0.045, 0.05], [-0.154 + dx, -0.0105, 0.006], "blade", { rot: [0, -HALF_PI, 0] }),
    ...[0.06, 0.09, 0.12].map((x, i) => part(`rivet_${i + 1}`, "cylinder", [0.006, 0.006, 0.002], [x + dx, 0, 0.0185], "rivets")),
  ],
});

/** A folding pocket knife lying flat, blade open: a red handle with a white cross (a Swiss army knife) and a pivot pin. */
const pocketKnife = defineKind({
  name: "pocket knife",
  synonyms: ["swiss army knife", "army knife", "penknife", "pen knife", "folding knife", "jackknife", "jack knife", "multitool knife"],
  category: "tool",
  roles: {
    handle: { words: ["handle", "scale", "grip", "body"], material: "plastic", color: "red", body: true },
    blade: { words: ["blade", "edge", "tip", "point"], material: "steel" },
    pivot: { words: ["pivot", "pin", "rivet"], material: "steel" },
    emblem: { words: ["emblem", "cross", "logo", "badge"], material: "plastic", color: "white" },
  },
  parts: [
    part("handle", "rounded_box", [0.09, 0.026, 0.018], [0.035, 0, 0.009], "handle"),
    part("pivot", "cylinder", [0.01, 0.01, 0.02], [-0.006, 0, 0.01], "pivot"),
    part("blade", "box", [0.05, 0.016, 0.002], [-0.032, -0.003, 0.009], "blade"),
    part("tip", "wedge", [0.002, 0.016, 0.02], [-0.066, -0.003, 0.009], "blade", { rot: [0, -HALF_PI, 0] }),
    part("emblem", "box", [0.012, 0.004, 0.001], [0.04, 0, 0.0185], "emblem"),
    part("emblem_2", "box", [0.004, 0.012, 0.001], [0.04, 0, 0.0185], "emblem"),
  ],
});

/** A tuning fork lying flat: a round stem and a U-shaped yoke with two long parallel prongs. */
const tuningFork = defineKind({
  name: "tuning fork",
  synonyms: ["tuningfork"],
  category: "instrument",
  roles: {
    prongs: { words: ["prong", "tine", "arm", "yoke"], material: "steel", body: true },
    stem: { words: ["stem", "handle", "shaft"], material: "steel", body: true },
  },
  parts: [
    part("stem", "cylinder", [0.007, 0.007, 0.05], [0.045, 0, 0.0035], "stem", { rot: ALONG_X }),
    part("yoke", "box", [0.012, 0.026, 0.006], [0.016, 0, 0.003], "prongs"),
    ...[-1, 1].map((s, i) => part(`prong_${i + 1}`, "box", [0.09, 0.006, 0.006], [-0.035, s * 0.01, 0.003], "prongs")),
  ],
});

/** A bed pillow lying flat: a domed filling inside a rolled seam; a "cushion" is the squarer sofa kind. Tassels and a button on request. */
const pillow = defineKind({
  name: "pillow",
  synonyms: ["bed pillow", "throw pillow", "pillow cushion", "sleeping pillow", "feather pillow"],
  variants: Object.fromEntries(["cushion", "throw cushion", "scatter cushion", "sofa cushion", "couch cushion", "chair cushion", "floor cushion", "decorative pillow"]
    .map((v) => [v, { scale: [0.7, 1, 1] as Vec3 }])),
  category: "household",
  roles: {
    body: { words: ["body", "cover", "case", "pillowcase", "fabric", "filling"], material: "fabric", color: "ivory", body: true },
    piping: { words: ["seam", "piping", "trim", "edge", "border"], material: "fabric", color: "ivory", body: true },
    tassels: { words: ["tassel", "fringe"], material: "silk", color: "gold", optional: "off" },
    button: { words: ["button", "tuft"], material: "fabric", color: "white", optional: "off" },
  },
  parts: [
    // Curved edges so it reads soft at every quality: a filled case, a domed top, a rolled seam round all four edges.
    part("case", "box", [0.6, 0.4, 0.09], [0, 0, 0.045], "body"),
    part("loft", "sphere", [0.62, 0.44, 0.2], [0, 0, 0.1], "body"),
    ...[-1, 1].map((s, i) => part(`seam_${i + 1}`, "capsule", [0.1, 0.1, 0.66], [0, s * 0.2, 0.05], "piping", { rot: ALONG_X })),
    ...[-1, 1].map((s, i) => part(`seam_${i + 3}`, "capsule", [0.1, 0.1, 0.5], [s * 0.28, 0, 0.05], "piping", { rot: [HALF_PI, 0, 0] })),
    ...[[-1, -1], [1, -1], [1, 1], [-1, 1]].map(([sx, sy], i) => ({ ...rod(`tassel_${i + 1}`, [sx * 0.3, sy * 0.21, 0.05], [sx * 0.37, sy * 0.28, 0.0125], 0.025, "tassels"), shape: "capsule" })),
    part("button", "cylinder", [0.035, 0.035, 0.012], [0, 0, 0.198], "button"),
  ],
});

/** A glass fish tank: a black base, water over gravel, a couple of water plants and two goldfish; a lid on request. */
const aquarium = defineKind({
  name: "aquarium",
  synonyms: ["fish tank", "fishtank", "aquarium tank", "tropical aquarium", "glass aquarium"],
  category: "household",
  roles: {
    frame: { words: ["frame", "base", "trim", "rim", "stand"], material: "plastic", color: "black", body: true },
    lid: { words: ["lid", "hood", "cover", "top"], material: "plastic", color: "black", body: true, optional: "off" },
    glass: { words: ["glass", "wall", "pane", "side", "tank"], material: "glass", color: "white" },
    water: { words: ["water", "surface"], material: "liquid", color: "sky" },
    gravel: { words: ["gravel", "sand", "pebble", "stone", "rock"], material: "stone", color: "tan" },
    plants: { words: ["plant", "weed", "seaweed"], material: "foliage", color: "green", optional: "on" },
    fish: { words: ["fish", "goldfish"], material: "scales", color: "orange", optional: "on" },
  },
  parts: [
    part("base", "box", [0.62, 0.32, 0.03], [0, 0, 0.015], "frame"),
    ...[-1, 1].map((s, i) => part(`glass_${i + 1}`, "box", [0.6, 0.006, 0.3], [0, s * 0.147, 0.18], "glass")),
    ...[-1, 1].map((s, i) => part(`glass_${i + 3}`, "box", [0.006, 0.288, 0.3], [s * 0.297, 0, 0.18], "glass")),
    part("lid", "box", [0.62, 0.32, 0.03], [0, 0, 0.345], "lid"),
    part("gravel", "box", [0.585, 0.285, 0.04], [0, 0, 0.05], "gravel"),
    part("rock", "sphere", [0.09, 0.07, 0.06], [0.14, 0.06, 0.08], "gravel"),
    // Only the water's surface is a part: a solid block of water would hide the fish and darken the glass.
    part("water", "box", [0.585, 0.285, 0.006], [0, 0, 0.28], "water"),
    part("plant", "cone", [0.06, 0.05, 0.2], [-0.19, 0.07, 0.17], "plants"),
    part("plant_2", "cone", [0.045, 0.04, 0.14], [-0.12, 0.09, 0.14], "plants"),
    // Each fish noses at a plant, so nothing floats free in the tank.
    ...[[-0.15, 0.07, 0.15], [-0.08, 0.09, 0.12]].flatMap(([x, y, z], i): PartSpec[] => [
      part(`fish_${i + 1}`, "capsule", [0.025, 0.012, 0.06], [x, y, z], "fish", { rot: ALONG_X }),
      part(`fish_tail_${i + 1}`, "cone", [0.022, 0.006, 0.022], [x + 0.036, y, z], "fish", { rot: [0, -HALF_PI, 0] }),
    ]),
  ],
});

/** Where the fan's hub sits: on top of the pole, whose height a pedestal (floor-standing) fan raises. */
const fanHub = (p: { has(f: string): boolean }): number => (p.has("pedestal") ? 1.0 : 0.32);

/** An electric desk fan facing -Y: a round base, a pole, the motor, blades in a wire guard of two rings and spokes. */
const deskFan = defineKind({
  name: "desk fan",
  synonyms: ["fan", "electric fan", "table fan", "oscillating fan", "office fan", "desktop fan"],
  variants: Object.fromEntries(["pedestal fan", "standing fan", "floor fan", "stand fan"].map((v) => [v, { features: { pedestal: true } }])),
  category: "electronics",
  roles: {
    body: { words: ["body", "base", "pole", "stand", "motor", "housing"], material: "plastic", color: "white", body: true },
    guard: { words: ["guard", "cage", "grille", "grill", "ring", "spoke"], material: "metal", color: "silver" },
    blades: { words: ["blade", "propeller"], material: "plastic", color: "sky" },
    hub: { words: ["hub", "badge", "cap"], material: "plastic", color: "white", body: true },
    buttons: { words: ["button", "switch", "control"], material: "plastic", color: "gray" },
  },
  groups: { blades: { role: "blades", unit: "blade", default: 3, min: 2, max: 5 } },
  parts: (p) => {
    const z = fanHub(p);
    const base = p.has("pedestal") ? 0.34 : 0.22;
    const ring = (y: number) => (a: number, i: number, name: string) =>
      rod(`${name}_${i + 1}`, [0.147 * Math.cos(a), y, z + 0.147 * Math.sin(a)], [-0.147 * Math.cos(a), y, z - 0.147 * Math.sin(a)], 0.004, "guard");
    const blades = p.count("blades");
    return [
      part("base", "cylinder", [base, base, 0.04], [0, 0, 0.02], "body"),
      part("buttons", "box", [0.06, 0.025, 0.012], [0, -base / 2 + 0.04, 0.045], "buttons"),
      part("pole", "cylinder", [0.03, 0.03, z - 0.04], [0, 0.04, (z + 0.04) / 2], "body"),
      part("motor", "capsule", [0.1, 0.1, 0.14], [0, 0.04, z], "body", { rot: FACING }),
      part("hub", "cylinder", [0.05, 0.05, 0.03], [0, -0.05, z], "hub", { rot: FACING }),
      ...Array.from({ length: blades }, (_, i) => {
        const a = HALF_PI + (2 * Math.PI * i) / blades;
        return part(`blade_${i + 1}`, "sphere", [0.12, 0.008, 0.07], [0.065 * Math.cos(a), -0.055, z + 0.065 * Math.sin(a)], "blades", { rot: [0, -a, 0], group: "blades" });
      }),
      part("front_ring", "torus", [0.3, 0.3, 0.008], [0, -0.085, z], "guard", { rot: FACING }),
      part("back_ring", "torus", [0.3, 0.3, 0.008], [0, -0.01, z], "guard", { rot: FACING }),
      part("badge", "cylinder", [0.045, 0.045, 0.01], [0, -0.085, z], "hub", { rot: FACING }),
      ...[0, 0.25, 0.5, 0.75].map((t, i) => ring(-0.085)(t * Math.PI, i, "front_spoke")),
      ...[0, 0.5].map((t, i) => ring(-0.01)(t * Math.PI, i, "back_spoke")),
      // Ribs from the front ring back to the rear one close the cage at the sides.
      ...[0.25, 0.75, 1.25, 1.75].map((t, i) => rod(`rib_${i + 1}`, [0.147 * Math.cos(t * Math.PI), -0.085, z + 0.147 * Math.sin(t * Math.PI)], [0.147 * Math.cos(t * Math.PI), -0.01, z + 0.147 * Math.sin(t * Math.PI)], 0.004, "guard")),
    ];
  },
});

/** A ceiling fan as a fixture on its own: the motor drum at the bottom, five pitched wooden blades, a downrod and canopy. */
const ceilingFan = defineKind({
  name: "ceiling fan",
  synonyms: ["overhead fan"],
  category: "household",
  roles: {
    motor: { words: ["motor", "housing", "body", "drum"], material: "metal", color: "bronze", body: true },
    blades: { words: ["blade", "paddle"], material: "wood", color: "brown" },
    irons: { words: ["iron", "bracket", "arm"], material: "metal", color: "bronze", body: true },
    rod: { words: ["rod", "downrod", "canopy", "mount"], material: "metal", color: "bronze", body: true },
  },
  groups: { blades: { role: "blades", unit: "blade", default: 5, min: 3, max: 6 } },
  parts: (p) => {
    const n = p.count("blades");
    const angles = Array.from({ length: n }, (_, i) => (2 * Math.PI * i) / n);
    return [
      part("motor", "cylinder", [0.22, 0.22, 0.12], [0, 0, 0.06], "motor"),
      part("motor_cap", "tapered_cylinder:0.6", [0.2, 0.2, 0.04], [0, 0, 0.14], "motor"),
      ...angles.map((a, i) => part(`blade_${i + 1}`, "rounded_box", [0.55, 0.13, 0.012], [0.37 * Math.cos(a), 0.37 * Math.sin(a), 0.1], "blades", { rot: [0.18, 0, a], group: "blades" })),
      ...angles.map((a, i) => part(`iron_${i + 1}`, "box", [0.14, 0.03, 0.012], [0.14 * Math.cos(a), 0.14 * Math.sin(a), 0.118], "irons", { rot: [0, 0, a] })),
      part("downrod", "cylinder", [0.025, 0.025, 0.34], [0, 0, 0.32], "rod"),
      part("canopy", "tapered_cylinder:2", [0.14, 0.14, 0.07], [0, 0, 0.52], "rod"),
    ];
  },
});

/** A front-loading washing machine: a white cabinet on feet, a round door with a glass porthole, a control strip on top. */
const washingMachine = defineKind({
  name: "washing machine",
  synonyms: ["washer machine", "laundry machine", "clothes washer", "clothes washing machine", "front loader", "front load washer", "front loading washer"],
  category: "household",
  roles: {
    body: { words: ["body", "cabinet", "case", "housing", "side", "top"], material: "metal", color: "white", body: true },
    panel: { words: ["panel", "control panel", "controls"], material: "plastic", color: "white", body: true },
    door: { words: ["door", "ring", "rim"], material: "chrome", color: "silver" },
    window: { words: ["window", "glass", "porthole", "drum"], material: "glass", color: "charcoal" },
    dial: { words: ["dial", "knob", "button"], material: "chrome", color: "silver" },
    display: { words: ["display", "screen"], material: "glass", color: "black" },
    drawer: { words: ["drawer", "tray"], material: "plastic", color: "white", body: true },
    feet: { words: ["foot", "leg"], material: "rubber", color: "black" },
  },
  parts: [
    part("cabinet", "rounded_box", [0.6, 0.6, 0.84], [0, 0, 0.44], "body"),
    ...[[-1, -1], [1, -1], [1, 1], [-1, 1]].map(([sx, sy], i) => part(`foot_${i + 1}`, "cylinder", [0.04, 0.04, 0.025], [sx * 0.25, sy * 0.25, 0.0125], "feet")),
    part("panel", "box", [0.58, 0.012, 0.12], [0, -0.304, 0.78], "panel"),
    part("drawer", "box", [0.16, 0.012, 0.07], [-0.19, -0.312, 0.78], "drawer"),
    part("display", "box", [0.1, 0.004, 0.04], [0.0, -0.311, 0.78], "display"),
    part("dial", "cylinder", [0.07, 0.07, 0.02], [0.17, -0.318, 0.78], "dial", { rot: FACING }),
    part("door", "torus", [0.42, 0.42, 0.045], [0, -0.31, 0.42], "door", { rot: FACING }),
    part("window", "cylinder", [0.35, 0.35, 0.02], [0, -0.305, 0.42], "window", { rot: FACING }),
    part("door_handle", "box", [0.03, 0.03, 0.1], [0.2, -0.33, 0.42], "door"),
  ],
});

/** A tall fridge-freezer: a white cabinet, the freezer door over the fridge door, long bar handles and a toe grille. */
const fridge = defineKind({
  name: "fridge",
  synonyms: ["refrigerator", "fridge freezer", "refrigerator freezer", "kitchen fridge", "upright fridge"],
  category: "household",
  roles: {
    body: { words: ["body", "cabinet", "case", "side", "top"], material: "metal", color: "white", body: true },
    doors: { words: ["door", "freezer", "freezer door", "fridge door"], material: "metal", color: "white", body: true },
    handles: { words: ["handle", "grip", "bar"], material: "chrome", color: "silver" },
    grille: { words: ["grille", "grill", "vent", "kickplate"], material: "plastic", color: "charcoal" },
  },
  parts: [
    part("cabinet", "rounded_box", [0.7, 0.68, 1.8], [0, 0, 0.9], "body"),
    part("freezer_door", "rounded_box", [0.7, 0.04, 0.55], [0, -0.36, 1.52], "doors"),
    part("fridge_door", "rounded_box", [0.7, 0.04, 1.12], [0, -0.36, 0.66], "doors"),
    rod("freezer_handle", [-0.3, -0.39, 1.3], [-0.3, -0.39, 1.55], 0.025, "handles"),
    rod("fridge_handle", [-0.3, -0.39, 0.85], [-0.3, -0.39, 1.17], 0.025, "handles"),
    part("grille", "box", [0.66, 0.03, 0.08], [0, -0.355, 0.05], "grille"),
  ],
});

/** Where `n` burners sit on a 60 cm hob: two rows front to back, as many columns as it takes. */
const burnerSpots = (n: number): Array<[number, number]> => {
  const cols = Math.ceil(n / 2);
  const xs = spread(cols, cols > 2 ? 0.36 : 0.26);
  return Array.from({ length: n }, (_, i) => [xs[Math.floor(i / 2)], n === 1 ? 0 : i % 2 ? 0.12 : -0.13]);
};

/** A freestanding cooker: an oven with a glass door and bar handle below, a hob with burners on top, knobs and a backguard. */
const oven = defineKind({
  name: "oven",
  synonyms: ["stove", "cooker", "range cooker", "kitchen range", "cooking range", "gas stove", "electric stove", "gas cooker", "electric cooker", "gas range", "electric range", "kitchen stove", "stove oven", "oven range", "kitchen oven", "gas oven", "electric oven"],
  category: "household",
  roles: {
    body: { words: ["body", "cabinet", "case", "side"], material: "steel", body: true },
    door: { words: ["door", "oven door"], material: "steel", body: true },
    drawer: { words: ["drawer"], material: "steel", body: true },
    backguard: { words: ["backguard", "splashback", "panel", "back"], material: "steel", body: true },
    hob: { words: ["hob", "cooktop", "stovetop", "stove top", "top"], material: "glass", color: "black" },
    burners: { words: ["burner", "hotplate", "hot plate", "element", "ring"], material: "iron", color: "charcoal" },
    knobs: { words: ["knob", "dial", "control"], material: "plastic", color: "black" },
    handle: { words: ["handle", "bar"], material: "chrome", color: "silver" },
    window: { words: ["window", "glass"], material: "glass", color: "black" },
  },
  groups: { burners: { role: "burners", unit: "burner", default: 4, min: 1, max: 6 } },
  parts: (p) => [
    part("body", "box", [0.6, 0.6, 0.88], [0, 0, 0.44], "body"),
    part("hob", "box", [0.6, 0.6, 0.02], [0, 0, 0.89], "hob"),
    ...burnerSpots(p.count("burners")).map(([x, y], i) => part(`burner_${i + 1}`, "cylinder", [0.15, 0.15, 0.012], [x, y, 0.906], "burners", { group: "burners" })),
    part("backguard", "box", [0.6, 0.05, 0.12], [0, 0.275, 0.96], "backguard"),
    ...spread(5, 0.44).map((x, i) => part(`knob_${i + 1}`, "cylinder", [0.04, 0.04, 0.025], [x, -0.312, 0.82], "knobs", { rot: FACING })),
    part("door", "box", [0.56, 0.03, 0.55], [0, -0.315, 0.475], "door"),
    part("window", "box", [0.4, 0.006, 0.28], [0, -0.333, 0.46], "window"),
    ...[-1, 1].map((s, i) => part(`handle_post_${i + 1}`, "box", [0.02, 0.035, 0.02], [s * 0.22, -0.347, 0.71], "handle")),
    rod("handle", [-0.25, -0.36, 0.71], [0.25, -0.36, 0.71], 0.022, "handle"),
    part("drawer", "box", [0.56, 0.03, 0.14], [0, -0.315, 0.11], "drawer"),
  ],
});

/** A countertop microwave: a box on small feet, a door with a dark window and a grip, a control panel with a dial on the right. */
const microwave = defineKind({
  name: "microwave",
  synonyms: ["microwave oven", "countertop microwave"],
  category: "household",
  roles: {
    body: { words: ["body", "case", "cabinet", "housing", "side", "top"], material: "metal", color: "white", body: true },
    door: { words: ["door", "frame"], material: "plastic", color: "white", body: true },
    window: { words: ["window", "glass"], material: "glass", color: "black" },
    handle: { words: ["handle", "grip"], material: "plastic", color: "gray" },
    panel: { words: ["panel", "control panel", "keypad", "controls"], material: "plastic", color: "black" },
    display: { words: ["display", "screen", "clock"], material: "glass", color: "green" },
    dial: { words: ["dial", "knob", "button"], material: "chrome", color: "silver" },
    feet: { words: ["foot", "leg"], material: "rubber", color: "black" },
  },
  parts: [
    part("body", "rounded_box", [0.5, 0.38, 0.29], [0, 0, 0.165], "body"),
    ...[[-1, -1], [1, -1], [1, 1], [-1, 1]].map(([sx, sy], i) => part(`foot_${i + 1}`, "cylinder", [0.03, 0.03, 0.02], [sx * 0.21, sy * 0.15, 0.01], "feet")),
    part("door", "box", [0.36, 0.015, 0.27], [-0.06, -0.1975, 0.165], "door"),
    part("window", "box", [0.26, 0.004, 0.17], [-0.075, -0.207, 0.165], "window"),
    part("handle", "box", [0.02, 0.03, 0.2], [0.1, -0.22, 0.165], "handle"),
    part("panel", "box", [0.11, 0.012, 0.27], [0.185, -0.196, 0.165], "panel"),
    part("display", "box", [0.08, 0.004, 0.03], [0.185, -0.204, 0.27], "display"),
    ...[0.225, 0.2, 0.175].map((z, i) => part(`key_row_${i + 1}`, "box", [0.08, 0.005, 0.014], [0.185, -0.204, z], "dial")),
    part("dial", "cylinder", [0.05, 0.05, 0.015], [0.185, -0.209, 0.1], "dial", { rot: FACING }),
  ],
});

/** A pop-up toaster: a rounded steel body on feet with bread slots on top, a lever and a browning knob on the end. */
const toaster = defineKind({
  name: "toaster",
  synonyms: ["pop up toaster", "bread toaster", "electric toaster", "slice toaster"],
  category: "household",
  roles: {
    body: { words: ["body", "shell", "housing", "case", "side"], material: "steel", body: true },
    slots: { words: ["slot", "opening"], material: "plastic", color: "black" },
    lever: { words: ["lever", "handle"], material: "plastic", color: "black" },
    knob: { words: ["knob", "dial", "button"], material: "plastic", color: "black" },
    feet: { words: ["foot", "leg"], material: "rubber", color: "black" },
    toast: { words: ["toast", "bread", "slice"], material: "plaster", color: "tan", optional: "off" },
  },
  groups: { slots: { role: "slots", unit: "slot", default: 2, min: 1, max: 4 } },
  parts: (p) => {
    const n = p.count("slots");
    const depth = 0.07 + 0.05 * n;
    const ys = spread(n, 0.05 * (n - 1));
    return [
      part("body", "rounded_box", [0.28, depth, 0.19], [0, 0, 0.11], "body"),
      ...[[-1, -1], [1, -1], [1, 1], [-1, 1]].map(([sx, sy], i) => part(`foot_${i + 1}`, "box", [0.03, 0.03, 0.015], [sx * 0.11, sy * (depth / 2 - 0.025), 0.0075], "feet")),
      ...ys.map((y, i) => part(`slot_${i + 1}`, "box", [0.2, 0.028, 0.004], [0, y, 0.206], "slots", { group: "slots" })),
      ...ys.map((y, i) => part(`toast_${i + 1}`, "rounded_box", [0.12, 0.012, 0.1], [0, y, 0.215], "toast")),
      part("lever", "box", [0.02, 0.03, 0.015], [0.15, 0, 0.16], "lever"),
      part("knob", "cylinder", [0.028, 0.028, 0.012], [0.146, 0, 0.07], "knob", { rot: ALONG_X }),
    ];
  },
});

/** A countertop blender: a motor base with a dial, a tall glass jar with blades inside, a handle and a lid. */
const kitchenBlender = defineKind({
  name: "kitchen blender",
  synonyms: ["countertop blender", "smoothie blender", "food blender", "smoothie maker", "liquidiser", "liquidizer", "electric blender", "juice blender"],
  category: "household",
  roles: {
    base: { words: ["base", "motor", "body", "housing", "collar"], material: "plastic", color: "charcoal", body: true },
    jar: { words: ["jar", "jug", "container", "pitcher", "glass"], material: "glass", color: "white" },
    lid: { words: ["lid", "cap", "top"], material: "plastic", color: "black", optional: "on" },
    handle: { words: ["handle", "grip"], material: "plastic", color: "black" },
    blades: { words: ["blade", "knife"], material: "steel" },
    dial: { words: ["dial", "knob", "button", "switch"], material: "chrome", color: "silver" },
    contents: { words: ["smoothie", "juice", "contents", "soup"], material: "liquid", color: "pink", optional: "off" },
  },
  parts: [
    part("base", "rounded_box", [0.18, 0.18, 0.13], [0, 0, 0.065], "base"),
    part("collar", "cylinder", [0.13, 0.13, 0.03], [0, 0, 0.145], "base"),
    part("dial", "cylinder", [0.05, 0.05, 0.02], [0, -0.097, 0.065], "dial", { rot: FACING }),
    ...[-1, 1].map((s, i) => part(`button_${i + 1}`, "box", [0.02, 0.01, 0.015], [s * 0.055, -0.092, 0.065], "dial")),
    // Up the outside, over the rim and down the inside to a thin floor: an open jar that widens upward.
    part("jar", lathe([[0, 0], [0.75, 0], [1, 1], [0.95, 1], [0.71, 0.03], [0, 0.03]]), [0.15, 0.15, 0.22], [0, 0, 0.27], "jar"),
    part("blade_hub", "cylinder", [0.02, 0.02, 0.015], [0, 0, 0.172], "blades"),
    ...[0, HALF_PI].map((a, i) => part(`blade_${i + 1}`, "box", [0.07, 0.012, 0.003], [0, 0, 0.178], "blades", { rot: [0.2, 0, a] })),
    part("contents", "tapered_cylinder:1.25", [0.12, 0.12, 0.12], [0, 0, 0.23], "contents"),
    part("lid", "cylinder", [0.155, 0.155, 0.02], [0, 0, 0.39], "lid"),
    part("lid_cap", "cylinder", [0.05, 0.05, 0.02], [0, 0, 0.41], "lid"),
    ...[0.22, 0.34].map((z, i) => part(`handle_arm_${i + 1}`, "box", [0.05, 0.025, 0.02], [0.085, 0, z], "handle")),
    part("handle", "box", [0.02, 0.03, 0.15], [0.105, 0, 0.28], "handle"),
  ],
});

/** A home espresso machine: a steel body with an overhanging head, a portafilter with a black handle, a steam wand, a
 *  drip tray with a cup on it and a water tank at the back. */
const coffeeMachine = defineKind({
  name: "coffee machine",
  synonyms: ["coffee maker", "coffeemaker", "espresso machine", "espresso maker", "cappuccino machine", "coffee brewer"],
  category: "household",
  roles: {
    body: { words: ["body", "housing", "case", "head", "side"], material: "steel", body: true },
    tray: { words: ["tray", "drip tray", "grate"], material: "steel", color: "gray" },
    portafilter: { words: ["portafilter", "filter", "group", "spout"], material: "chrome", color: "silver" },
    handle: { words: ["handle", "grip"], material: "plastic", color: "black" },
    wand: { words: ["wand", "steam wand", "frother", "nozzle"], material: "chrome", color: "silver" },
    buttons: { words: ["button", "knob", "switch", "dial"], material: "plastic", color: "black" },
    gauge: { words: ["gauge", "meter"], material: "glass", color: "white" },
    tank: { words: ["tank", "water tank", "reservoir"], material: "glass", color: "white" },
    cup: { words: ["cup", "espresso cup", "mug"], material: "ceramic", color: "white", optional: "on" },
  },
  parts: [
    part("body", "rounded_box", [0.28, 0.3, 0.36], [0, 0, 0.18], "body"),
    part("head", "rounded_box", [0.28, 0.1, 0.1], [0, -0.2, 0.31], "body"),
    part("drip_tray", "box", [0.22, 0.1, 0.03], [0, -0.2, 0.015], "tray"),
    part("grate", "box", [0.2, 0.08, 0.004], [0, -0.2, 0.032], "tray"),
    part("group_head", "cylinder", [0.07, 0.07, 0.03], [0, -0.2, 0.245], "portafilter"),
    part("portafilter", "cylinder", [0.075, 0.075, 0.03], [0, -0.2, 0.215], "portafilter"),
    part("spout", "cylinder", [0.02, 0.02, 0.02], [0, -0.2, 0.19], "portafilter"),
    rod("handle", [0, -0.235, 0.215], [0, -0.37, 0.205], 0.025, "handle"),
    rod("steam_wand", [0.12, -0.18, 0.3], [0.13, -0.21, 0.12], 0.01, "wand"),
    ...[-1, 1].map((s, i) => part(`button_${i + 1}`, "cylinder", [0.035, 0.035, 0.015], [s * 0.09, -0.256, 0.31], "buttons", { rot: FACING })),
    part("gauge", "cylinder", [0.05, 0.05, 0.01], [0, -0.253, 0.315], "gauge", { rot: FACING }),
    part("water_tank", "box", [0.2, 0.08, 0.3], [0, 0.19, 0.17], "tank"),
    part("cup", lathe([[0, 0], [0.7, 0], [1, 1], [0.9, 1], [0.62, 0.12], [0, 0.12]]), [0.065, 0.065, 0.06], [0, -0.2, 0.064], "cup"),
  ],
});

/** A kitchen sink unit: a white two-door cabinet, a stone worktop round a steel basin with a drain, a swan-neck mixer tap. */
const sink = defineKind({
  name: "sink",
  synonyms: ["kitchen sink", "sink unit", "sink cabinet", "wash basin", "washbasin", "utility sink"],
  category: "household",
  roles: {
    basin: { words: ["basin", "bowl", "sink"], material: "steel", body: true },
    cabinet: { words: ["cabinet", "cupboard", "unit", "base", "side"], material: "wood", color: "white" },
    doors: { words: ["door"], material: "wood", color: "white" },
    knobs: { words: ["knob", "pull"], material: "metal", color: "silver" },
    counter: { words: ["counter", "countertop", "worktop", "benchtop", "top"], material: "granite" },
    faucet: { words: ["faucet", "tap", "mixer", "spout", "lever"], material: "chrome", color: "silver" },
    drain: { words: ["drain", "plughole", "plug"], material: "steel", color: "dark gray" },
  },
  parts: [
    // The cabinet is open above 62 cm (two sides and a back) so the basin can sink into it.
    part("cabinet", "box", [0.8, 0.58, 0.62], [0, 0, 0.31], "cabinet"),
    ...[-1, 1].map((s, i) => part(`cabinet_side_${i + 1}`, "box", [0.02, 0.58, 0.23], [s * 0.39, 0, 0.735], "cabinet")),
    part("cabinet_back", "box", [0.76, 0.02, 0.23], [0, 0.28, 0.735], "cabinet"),
    ...[-1, 1].map((s, i) => part(`door_${i + 1}`, "box", [0.39, 0.02, 0.73], [s * 0.2, -0.3, 0.465], "doors")),
    ...[-1, 1].map((s, i) => part(`knob_${i + 1}`, "cylinder", [0.025, 0.025, 0.02], [s * 0.04, -0.32, 0.72], "knobs", { rot: FACING })),
    // The worktop frames the basin's opening: strips front and back, pieces left and right.
    ...[-1, 1].map((s, i) => part(`counter_${i + 1}`, "box", [0.84, 0.11, 0.04], [0, s * 0.255, 0.87], "counter")),
    ...[-1, 1].map((s, i) => part(`counter_${i + 3}`, "box", [0.17, 0.4, 0.04], [s * 0.335, 0, 0.87], "counter")),
    part("basin", "box", [0.5, 0.4, 0.01], [0, 0, 0.655], "basin"),
    ...[-1, 1].map((s, i) => part(`basin_wall_${i + 1}`, "box", [0.5, 0.01, 0.2], [0, s * 0.195, 0.75], "basin")),
    ...[-1, 1].map((s, i) => part(`basin_wall_${i + 3}`, "box", [0.01, 0.4, 0.2], [s * 0.245, 0, 0.75], "basin")),
    part("drain", "cylinder", [0.05, 0.05, 0.004], [0, 0, 0.662], "drain"),
    part("tap_base", "cylinder", [0.05, 0.05, 0.03], [0, 0.255, 0.905], "faucet"),
    part("tap", "cylinder", [0.025, 0.025, 0.25], [0, 0.255, 1.04], "faucet"),
    rod("spout", [0, 0.255, 1.155], [0, 0.08, 1.155], 0.022, "faucet"),
    rod("nozzle", [0, 0.085, 1.165], [0, 0.085, 1.1], 0.022, "faucet"),
    part("tap_lever", "box", [0.06, 0.015, 0.012], [0.04, 0.255, 1.0], "faucet"),
  ],
});

/** A toilet facing -Y: a porcelain pedestal and bowl, a seat and closed lid, the cistern at the back with a flush button. */
const toilet = defineKind({
  name: "toilet",
  synonyms: ["toilet bowl", "flush toilet", "lavatory", "water closet", "loo", "porcelain toilet"],
  category: "household",
  roles: {
    body: { words: ["body", "bowl", "base", "pedestal", "tank", "cistern"], material: "porcelain", color: "white", body: true },
    seat: { words: ["seat", "ring"], material: "plastic", color: "white" },
    lid: { words: ["lid", "cover"], material: "plastic", color: "white", optional: "on" },
    flush: { words: ["flush", "button", "lever", "handle"], material: "chrome", color: "silver" },
  },
  parts: [
    part("pedestal", "tapered_cylinder:1.5", [0.22, 0.3, 0.25], [0, -0.02, 0.125], "body"),
    part("bowl", lathe([[0.6, 0], [0.95, 0.5], [1, 1], [0.88, 1], [0.5, 0.35], [0, 0.3]]), [0.36, 0.46, 0.17], [0, -0.1, 0.335], "body"),
    part("neck", "box", [0.2, 0.14, 0.2], [0, 0.15, 0.33], "body"),
    part("seat", "torus", [0.37, 0.47, 0.025], [0, -0.1, 0.432], "seat"),
    part("lid", "cylinder", [0.37, 0.47, 0.02], [0, -0.1, 0.455], "lid"),
    part("cistern", "rounded_box", [0.4, 0.18, 0.38], [0, 0.22, 0.59], "body"),
    part("cistern_lid", "rounded_box", [0.42, 0.2, 0.03], [0, 0.22, 0.795], "body"),
    part("flush", "cylinder", [0.04, 0.04, 0.01], [0, 0.22, 0.815], "flush"),
  ],
});

/** A freestanding clawfoot bathtub: a deep rolled-rim oval tub on four brass claw feet, a mixer tap at one end. */
const bathtub = defineKind({
  name: "bathtub",
  synonyms: ["bath tub", "bath", "clawfoot tub", "clawfoot bathtub", "claw foot tub", "claw foot bathtub", "freestanding bath", "freestanding bathtub", "freestanding tub", "roll top bath", "soaking tub"],
  category: "household",
  roles: {
    tub: { words: ["tub", "basin", "body", "rim", "shell", "bath"], material: "porcelain", color: "white", body: true },
    feet: { words: ["foot", "claw", "leg"], material: "brass", color: "gold" },
    faucet: { words: ["faucet", "tap", "spout", "mixer", "handle"], material: "chrome", color: "silver" },
    water: { words: ["water", "bathwater", "bubble"], material: "liquid", color: "sky", optional: "off" },
  },
  parts: [
    // Up the outside, over the rolled rim, down the inside to a floor: a hollow oval tub.
    part("tub", lathe([[0.86, 0], [0.95, 0.45], [1, 1], [0.95, 1], [0.9, 0.45], [0.82, 0.08], [0, 0.08]]), [1.6, 0.75, 0.5], [0, 0, 0.35], "tub"),
    part("rim", "torus", [1.62, 0.77, 0.045], [0, 0, 0.6], "tub"),
    ...[[-1, -1], [1, -1], [1, 1], [-1, 1]].map(([sx, sy], i) => part(`foot_${i + 1}`, lathe([[0, 0], [1, 0], [1, 0.25], [0.55, 0.55], [0.8, 1], [0, 1]]), [0.09, 0.09, 0.13], [sx * 0.5, sy * 0.2, 0.065], "feet")),
    rod("tap", [0.79, 0, 0.6], [0.79, 0, 0.74], 0.03, "faucet"),
    rod("spout", [0.8, 0, 0.73], [0.64, 0, 0.73], 0.025, "faucet"),
    ...[-1, 1].map((s, i) => part(`tap_handle_${i + 1}`, "cylinder", [0.04, 0.04, 0.02], [0.79, s * 0.04, 0.7], "faucet", { rot: FACING })),
    part("water", "cylinder", [1.42, 0.6, 0.01], [0, 0, 0.5], "water"),
  ],
});

// Objects whose names share a word with the kinds above but are other things: each is its own kind, so "a paper fan",
// "a slow cooker", "a wood stove", "a brick oven" or "toilet paper" is never built as a desk fan, cooker or toilet.

/** A folding hand fan lying flat, half open: paper panels in an arc on bamboo ribs, pinned at the pivot. */
const handFan = defineKind({
  name: "hand fan",
  synonyms: ["folding fan", "paper fan", "japanese fan", "chinese fan", "silk fan", "oriental fan"],
  category: "household",
  roles: {
    leaf: { words: ["leaf", "panel", "paper", "body"], material: "paper", color: "red", body: true },
    ribs: { words: ["rib", "stick", "guard", "frame"], material: "bamboo" },
    pivot: { words: ["pivot", "pin", "rivet"], material: "brass", color: "gold" },
  },
  parts: () => {
    const at = (r: number, a: number, z: number): Vec3 => [r * Math.cos(a), r * Math.sin(a) - 0.06, z];
    const panels = spread(9, (8 * Math.PI) / 10).map((a) => a + HALF_PI);
    return [
      ...panels.map((a, i) => part(`panel_${i + 1}`, "box", [0.12, 0.052, 0.002], at(0.16, a, 0.004), "leaf", { rot: [0, 0, a] })),
      ...[panels[0], panels[8]].map((a, i) => part(`guard_${i + 1}`, "box", [0.22, 0.01, 0.004], at(0.11, a, 0.002), "ribs", { rot: [0, 0, a] })),
      ...[2, 4, 6].map((k, i) => part(`rib_${i + 1}`, "box", [0.11, 0.006, 0.003], at(0.055, panels[k], 0.0015), "ribs", { rot: [0, 0, panels[k]] })),
      part("pivot", "cylinder", [0.014, 0.014, 0.006], at(0, 0, 0.003), "pivot"),
    ];
  },
});

/** A slow cooker on the counter: an oval heating base with side handles and a dial, the crock's rim, a glass lid and knob. */
const slowCooker = defineKind({
  name: "slow cooker",
  synonyms: ["crock pot", "crockpot", "slowcooker"],
  category: "household",
  roles: {
    body: { words: ["body", "base", "housing", "side"], material: "metal", color: "charcoal", body: true },
    crock: { words: ["crock", "pot", "insert", "rim"], material: "ceramic", color: "black" },
    lid: { words: ["lid", "cover"], material: "glass", color: "white", optional: "on" },
    knob: { words: ["knob"], material: "plastic", color: "black" },
    handles: { words: ["handle", "grip"], material: "plastic", color: "black" },
    dial: { words: ["dial", "control", "switch"], material: "chrome", color: "silver" },
  },
  parts: (p) => [
    part("base", "cylinder", [0.36, 0.26, 0.2], [0, 0, 0.1], "body"),
    part("crock_rim", "torus", [0.31, 0.23, 0.024], [0, 0, 0.205], "crock"),
    part("lid", "hemisphere", [0.3, 0.22, 0.05], [0, 0, 0.235], "lid"),
    ...(p.has("lid") ? [part("knob", "sphere", [0.045, 0.045, 0.03], [0, 0, 0.268], "knob")] : []),
    ...[-1, 1].map((s, i) => part(`handle_${i + 1}`, "rounded_box", [0.04, 0.1, 0.025], [s * 0.19, 0, 0.16], "handles")),
    part("dial", "cylinder", [0.04, 0.04, 0.015], [0, -0.132, 0.07], "dial", { rot: FACING }),
  ],
});

/** A cast-iron wood-burning stove: a black firebox on four legs, a glass door with the fire behind it, a flue pipe. */
const woodStove = defineKind({
  name: "wood stove",
  synonyms: ["woodstove", "wood burning stove", "wood burner", "log burner", "wood fired stove", "potbelly stove", "pot belly stove", "log stove"],
  category: "household",
  roles: {
    body: { words: ["body", "firebox", "box", "top", "leg", "door", "flue", "pipe", "chimney"], material: "iron", color: "black", body: true },
    glass: { words: ["glass", "window"], material: "glass", color: "white" },
    fire: { words: ["fire", "flame", "log"], material: "flame" },
    handle: { words: ["handle", "latch"], material: "chrome", color: "silver" },
  },
  parts: [
    ...[[-1, -1], [1, -1], [1, 1], [-1, 1]].map(([sx, sy], i) => part(`leg_${i + 1}`, "box", [0.05, 0.05, 0.13], [sx * 0.21, sy * 0.18, 0.065], "body")),
    part("firebox", "box", [0.5, 0.45, 0.55], [0, 0, 0.395], "body"),
    part("top", "box", [0.54, 0.49, 0.025], [0, 0, 0.682], "body"),
    part("door", "box", [0.38, 0.02, 0.36], [0, -0.235, 0.4], "body"),
    part("fire", "box", [0.24, 0.004, 0.16], [0, -0.247, 0.36], "fire"),
    part("glass", "box", [0.3, 0.004, 0.26], [0, -0.25, 0.4], "glass"),
    part("handle", "box", [0.02, 0.03, 0.08], [0.16, -0.26, 0.4], "handle"),
    part("flue", "cylinder", [0.13, 0.13, 0.6], [0, 0.06, 0.99], "body"),
  ],
});

/** A domed brick oven on a stone plinth: a brick dome, an arched entrance with a dark mouth, and a short chimney. */
const brickOven = defineKind({
  name: "brick oven",
  synonyms: ["wood fired oven", "clay oven", "stone oven", "bread oven", "cob oven", "dome oven", "outdoor oven"],
  category: "building",
  roles: {
    dome: { words: ["dome", "body", "brick", "entrance", "arch"], material: "brick", body: true },
    base: { words: ["base", "plinth", "stand", "hearth"], material: "stone", color: "gray" },
    mouth: { words: ["mouth", "opening", "door"], material: "stone", color: "black" },
    chimney: { words: ["chimney", "flue", "pipe"], material: "metal", color: "charcoal" },
  },
  parts: [
    part("base", "box", [1.2, 1.2, 0.9], [0, 0, 0.45], "base"),
    part("dome", "hemisphere", [1.0, 1.0, 0.55], [0, 0.05, 1.175], "dome"),
    part("entrance", "box", [0.5, 0.3, 0.36], [0, -0.42, 1.08], "dome"),
    part("mouth", "box", [0.32, 0.02, 0.24], [0, -0.575, 1.04], "mouth"),
    part("chimney", "cylinder", [0.12, 0.12, 0.4], [0, -0.42, 1.46], "chimney"),
  ],
});

/** A roll of toilet paper standing on end: the white roll, its card core, and a loose sheet lying in front. */
const toiletRoll = defineKind({
  name: "toilet roll",
  synonyms: ["toilet paper", "toilet paper roll", "loo roll", "toilet tissue", "bathroom tissue"],
  category: "household",
  roles: {
    roll: { words: ["roll", "paper", "body", "sheet", "tissue"], material: "paper", color: "white", body: true },
    core: { words: ["core", "tube"], material: "paper", color: "tan" },
  },
  parts: [
    part("roll", "cylinder", [0.11, 0.11, 0.1], [0, 0, 0.05], "roll"),
    part("core", "cylinder", [0.045, 0.045, 0.102], [0, 0, 0.051], "core"),
    part("sheet", "box", [0.1, 0.12, 0.002], [0, -0.11, 0.001], "roll"),
  ],
});

export const HOME_KINDS: SubjectDef[] = [lantern, fork, spoon, kitchenKnife, pocketKnife, tuningFork, pillow, aquarium, deskFan, ceilingFan, washingMachine, fridge, oven, microwave, toaster, kitchenBlender, coffeeMachine, sink, toilet, bathtub, handFan, slowCooker, woodStove, brickOven, toiletRoll];
