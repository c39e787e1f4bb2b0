import type { PartSpec, RoleDef, SubjectDef, Vec3 } from "../types";
import { defineKind } from "./define-kind";
import { ALONG_X, circlePoints, FACING, HALF_PI, lathe, part, rod, spread, taper } from "./kit";

/** A rod drawn as a capsule a diameter longer, so its rounded ends fill the joints of a bent path (pretzel, cane). */
const bend = (name: string, a: Vec3, b: Vec3, d: number, role: string, extra: Partial<PartSpec> = {}): PartSpec => {
  const r = rod(name, a, b, d, role, extra);
  return { ...r, shape: "capsule", size: [d, d, r.size[2] + d] };
};

/** The green top of a fruit: small flat leaves in a star, lying on the fruit's crown at height z. */
const calyx = (n: number, radius: number, z: number, leaf: Vec3 = [0.016, 0.007, 0.003]): PartSpec[] =>
  circlePoints(n, radius).map(([x, y], i) => part(`leaf_${i + 1}`, "sphere", leaf, [x, y, z], "leaves", { rot: [0, 0, Math.atan2(y, x)] }));

const fruitRoles = (color: string, material = "wax"): Record<string, RoleDef> => ({
  body: { words: ["body", "skin", "peel", "fruit", "flesh"], material, color, body: true },
  stem: { words: ["stem", "stalk"], material: "wood", color: "olive" },
});

/** A strawberry standing on its wide top's underside: a red cone-like berry dotted with seeds, a green star of leaves on top. */
const strawberry = defineKind({
  name: "strawberry",
  synonyms: ["ripe strawberry", "garden strawberry"],
  category: "food",
  roles: {
    ...fruitRoles("red"),
    seeds: { words: ["seed", "seeds", "pip"], material: "plaster", color: "yellow", optional: "on" },
    leaves: { words: ["leaf", "leaves", "calyx", "top"], material: "foliage", color: "green", optional: "on" },
  },
  parts: [
    part("body", lathe([[0, 0], [0.004, 0.003], [0.01, 0.012], [0.015, 0.026], [0.014, 0.035], [0.008, 0.04], [0, 0.041]]), [0.03, 0.03, 0.041], [0, 0, 0.0205], "body"),
    ...[[0.018, 0.0125, 0], [0.028, 0.0145, 0.5]].flatMap(([z, r, s], ring) => circlePoints(6, r, s).map(([x, y], i) =>
      part(`seed_${ring * 6 + i + 1}`, "sphere", [0.0025, 0.0025, 0.003], [x, y, z], "seeds"))),
    ...calyx(5, 0.007, 0.04),
    rod("stem", [0, 0, 0.039], [0.002, 0, 0.05], 0.003, "stem"),
  ],
});

/** A single cherry: a glossy red ball on a long thin stalk, an optional leaf. */
const cherry = defineKind({
  name: "cherry",
  synonyms: ["ripe cherry", "sweet cherry"],
  category: "food",
  roles: { ...fruitRoles("crimson"), leaf: { words: ["leaf"], material: "foliage", color: "green", optional: "on" } },
  parts: [
    part("body", "sphere", [0.024, 0.024, 0.022], [0, 0, 0.011], "body"),
    rod("stem", [0, 0, 0.02], [0.01, 0, 0.058], 0.0025, "stem"),
    part("leaf", "sphere", [0.03, 0.012, 0.003], [0.022, 0, 0.056], "leaf", { rot: [0, -0.3, 0] }),
  ],
});

/** A lemon lying on its side: a yellow oval with a little nub at each end. */
const lemon = defineKind({
  name: "lemon",
  synonyms: ["ripe lemon", "whole lemon"],
  category: "food",
  roles: {
    ...fruitRoles("yellow"),
    tips: { words: ["tip", "end", "nub", "point"], material: "wax", color: "yellow" },
    leaf: { words: ["leaf"], material: "foliage", color: "green", optional: "off" },
  },
  parts: [
    part("body", "sphere", [0.085, 0.06, 0.06], [0, 0, 0.03], "body"),
    part("tip_1", "sphere", [0.016, 0.014, 0.014], [0.042, 0, 0.03], "tips"),
    part("tip_2", "sphere", [0.016, 0.014, 0.014], [-0.042, 0, 0.03], "tips"),
    part("stem", "cylinder", [0.005, 0.005, 0.006], [-0.05, 0, 0.03], "stem", { rot: ALONG_X }),
    part("leaf", "sphere", [0.045, 0.018, 0.003], [-0.06, 0.012, 0.034], "leaf", { rot: [0, 0, 0.5] }),
  ],
});

/** An orange (the fruit): a round dimpled ball with a green nub of a stalk and an optional leaf. */
const orange = defineKind({
  name: "orange",
  synonyms: ["navel orange", "ripe orange", "orange fruit", "valencia orange"],
  category: "food",
  roles: { ...fruitRoles("orange"), leaf: { words: ["leaf"], material: "foliage", color: "green", optional: "on" } },
  parts: [
    part("body", "sphere", [0.08, 0.08, 0.077], [0, 0, 0.0385], "body"),
    part("stem", "cylinder", [0.008, 0.008, 0.006], [0, 0, 0.078], "stem"),
    part("leaf", "sphere", [0.045, 0.02, 0.003], [0.022, 0, 0.08], "leaf", { rot: [0, -0.2, 0] }),
  ],
});

/** A pineapple standing up: a golden oval body ringed with scale bands, a crown of spiky leaves fanning out of the top. */
const pineapple = defineKind({
  name: "pineapple",
  synonyms: ["ripe pineapple", "whole pineapple", "ananas"],
  category: "food",
  roles: {
    body: { words: ["body", "skin", "fruit", "peel", "rind"], material: "wax", color: "amber", body: true },
    scales: { words: ["scale", "band", "ridge", "pattern"], material: "wax", color: "bronze" },
    crown: { words: ["crown", "leaf", "leaves", "top", "frond"], material: "foliage", color: "green" },
  },
  parts: () => {
    const out: PartSpec[] = [part("body", lathe([[0, 0], [0.04, 0.004], [0.06, 0.05], [0.062, 0.1], [0.052, 0.16], [0.03, 0.19], [0, 0.195]]), [0.124, 0.124, 0.195], [0, 0, 0.0975], "body")];
    // Bands where the profile is widest hug the body; their radius follows the lathe profile at that height.
    ([[0.05, 0.12], [0.1, 0.124], [0.15, 0.108]] as const).forEach(([z, d], i) => out.push(part(`band_${i + 1}`, "torus", [d, d, 0.006], [0, 0, z], "scales")));
    circlePoints(7, 0.012).forEach(([x, y], i) => out.push({ ...rod(`leaf_${i + 1}`, [x * 0.3, y * 0.3, 0.185], [x * 4, y * 4, 0.3], 0.018, "crown"), shape: taper(0.1) }));
    out.push(part("leaf_8", taper(0.1), [0.02, 0.02, 0.14], [0, 0, 0.25], "crown"));
    return out;
  },
});

/** A whole watermelon lying on its side, striped dark green; "a slice of watermelon" is a red wedge on its rind, with seeds. */
const watermelon = defineKind({
  name: "watermelon",
  synonyms: ["water melon", "whole watermelon"],
  variants: {
    "slice of watermelon": { features: { slice: true } },
    "watermelon slice": { features: { slice: true } },
    "watermelon wedge": { features: { slice: true } },
    "wedge of watermelon": { features: { slice: true } },
  },
  category: "food",
  roles: {
    rind: { words: ["rind", "skin", "peel", "body", "shell"], material: "wax", color: "green", body: true },
    stripes: { words: ["stripe", "stripes", "band"], material: "wax", color: "emerald" },
    flesh: { words: ["flesh", "inside", "fruit", "pulp"], material: "wax", color: "red" },
    pith: { words: ["pith", "white rind"], material: "wax", color: "ivory" },
    seeds: { words: ["seed", "seeds", "pip"], material: "plastic", color: "black", optional: "on" },
  },
  parts: (p) => {
    if (p.has("slice")) {
      // A triangle of flesh standing point-up on a strip of pale pith and green rind, seeds on both faces.
      const seeds = [[-0.03, 0.04], [0.03, 0.04], [0, 0.075], [-0.05, 0.03], [0.05, 0.03]].flatMap(([y, z], i) =>
        [-1, 1].map((s) => part(`seed_${2 * i + (s > 0 ? 2 : 1)}`, "sphere", [0.004, 0.008, 0.012], [s * 0.015, y, z + 0.02], "seeds")));
      return [
        part("rind", "box", [0.032, 0.2, 0.012], [0, 0, 0.006], "rind"),
        part("pith", "box", [0.03, 0.196, 0.008], [0, 0, 0.016], "pith"),
        part("flesh", "wedge", [0.03, 0.19, 0.12], [0, 0, 0.08], "flesh"),
        ...seeds,
      ];
    }
    return [
      part("rind", "sphere", [0.34, 0.25, 0.24], [0, 0, 0.12], "rind"),
      ...spread(5, 0.18).map((y, i) => part(`stripe_${i + 1}`, "sphere", [0.342, 0.03 + 0.012 * (2 - Math.abs(i - 2)), 0.242 * Math.sqrt(1 - (y / 0.125) ** 2)], [0, y, 0.12], "stripes")),
      part("stem", "cylinder", [0.012, 0.012, 0.02], [0.172, 0, 0.12], "rind", { rot: ALONG_X }),
    ];
  },
});

/** A bunch of grapes lying on the table: a triangle of round purple grapes, a smaller layer on top, a woody stalk at the wide end. */
const grapes = defineKind({
  name: "bunch of grapes",
  synonyms: ["grapes", "grape bunch", "bunch of grape", "cluster of grapes", "grape cluster"],
  category: "food",
  roles: {
    grapes: { words: ["grape", "grapes", "berry", "fruit", "body"], material: "wax", color: "purple", body: true },
    stem: { words: ["stem", "stalk", "vine"], material: "wood", color: "olive" },
    leaf: { words: ["leaf"], material: "foliage", color: "green", optional: "off" },
  },
  parts: () => {
    const d = 0.022, out: PartSpec[] = [];
    // Rows across the bunch shrink from the stalk end (-x) to the tip (+x): 5, 4, 3, 2, 1 grapes; a second layer of 3, 2, 1 rests in the hollows.
    [5, 4, 3, 2, 1].forEach((n, row) => spread(n, (n - 1) * d * 0.95).forEach((y) => out.push(part(`grape_${out.length + 1}`, "sphere", [d, d, d], [-0.04 + row * d * 0.85, y, d / 2], "grapes"))));
    [3, 2, 1].forEach((n, row) => spread(n, (n - 1) * d * 0.95).forEach((y) => out.push(part(`grape_${out.length + 1}`, "sphere", [d, d, d], [-0.03 + row * d * 0.85, y, d * 1.25], "grapes"))));
    out.push(rod("stem", [-0.045, 0, 0.016], [-0.085, 0, 0.03], 0.005, "stem"));
    out.push(part("leaf", "sphere", [0.07, 0.05, 0.003], [-0.09, 0.03, 0.032], "leaf", { rot: [0, 0, 0.6] }));
    return out;
  },
});

/** A carrot lying on the table: an orange root tapering to a point, a tuft of green leaves at the thick end. */
const carrot = defineKind({
  name: "carrot",
  synonyms: ["fresh carrot", "whole carrot"],
  category: "food",
  roles: {
    root: { words: ["root", "body", "carrot"], material: "wax", color: "orange", body: true },
    greens: { words: ["leaf", "leaves", "greens", "top", "tops", "stalk"], material: "foliage", color: "green", optional: "on" },
  },
  parts: [
    part("root", taper(0.12), [0.032, 0.032, 0.19], [0, 0, 0.016], "root", { rot: ALONG_X }),
    part("crown", "sphere", [0.012, 0.03, 0.03], [-0.095, 0, 0.016], "root"),
    rod("green_1", [-0.098, 0, 0.018], [-0.18, 0, 0.05], 0.006, "greens"),
    rod("green_2", [-0.098, 0.004, 0.018], [-0.17, 0.04, 0.03], 0.006, "greens"),
    rod("green_3", [-0.098, -0.004, 0.018], [-0.17, -0.04, 0.03], 0.006, "greens"),
  ],
});

/** A tomato: a squat round red fruit with a green star of leaves and a stub of stalk on top. */
const tomato = defineKind({
  name: "tomato",
  synonyms: ["ripe tomato", "red tomato", "beefsteak tomato", "fresh tomato"],
  category: "food",
  roles: { ...fruitRoles("red"), leaves: { words: ["leaf", "leaves", "calyx", "top"], material: "foliage", color: "green", optional: "on" } },
  parts: [
    part("body", lathe([[0, 0.003], [0.02, 0], [0.033, 0.01], [0.036, 0.026], [0.032, 0.045], [0.016, 0.056], [0, 0.053]]), [0.072, 0.072, 0.056], [0, 0, 0.028], "body"),
    ...calyx(5, 0.009, 0.055, [0.02, 0.007, 0.003]),
    part("stem", "cylinder", [0.005, 0.005, 0.01], [0, 0, 0.06], "stem"),
  ],
});

/** A potato lying on the table: a lumpy tan oval made of overlapping bulges, dotted with a few dark eyes. */
const potato = defineKind({
  name: "potato",
  synonyms: ["spud", "russet potato", "raw potato", "whole potato"],
  category: "food",
  roles: {
    body: { words: ["body", "skin", "peel", "flesh", "lump"], material: "plaster", color: "tan", body: true },
    spots: { words: ["spot", "sprout", "dimple", "blemish"], material: "soil", color: "brown" },
  },
  parts: [
    part("body", "sphere", [0.1, 0.065, 0.052], [0, 0, 0.026], "body"),
    part("lump_1", "sphere", [0.05, 0.05, 0.045], [0.03, 0.008, 0.024], "body"),
    part("lump_2", "sphere", [0.05, 0.048, 0.046], [-0.028, -0.006, 0.025], "body"),
    part("spot_1", "sphere", [0.006, 0.006, 0.004], [0.01, -0.01, 0.051], "spots"),
    part("spot_2", "sphere", [0.006, 0.006, 0.004], [-0.025, 0.01, 0.047], "spots"),
    part("spot_3", "sphere", [0.006, 0.006, 0.004], [0.035, -0.005, 0.045], "spots"),
  ],
});

/** A corn cob lying on the table: a yellow cob ridged with kernel rings, a stub of stalk, green husks peeled back from one end. */
const cornCob = defineKind({
  name: "corn cob",
  synonyms: ["corncob", "corn on the cob", "ear of corn", "cob of corn", "sweetcorn cob", "sweet corn cob", "maize cob"],
  category: "food",
  roles: {
    kernels: { words: ["kernel", "kernels", "cob", "body", "corn"], material: "wax", color: "yellow", body: true },
    stalk: { words: ["stalk", "stem", "end"], material: "wood", color: "khaki" },
    husk: { words: ["husk", "husks", "leaf", "leaves"], material: "foliage", color: "lime", optional: "on" },
  },
  parts: [
    part("cob", "capsule", [0.046, 0.046, 0.18], [0, 0, 0.023], "kernels", { rot: ALONG_X }),
    ...spread(6, 0.11).map((x, i) => part(`kernel_ring_${i + 1}`, "torus", [0.048, 0.048, 0.006], [x, 0, 0.023], "kernels", { rot: ALONG_X })),
    part("stalk", "cylinder", [0.022, 0.022, 0.03], [-0.098, 0, 0.023], "stalk", { rot: ALONG_X }),
    part("husk_1", "sphere", [0.16, 0.04, 0.008], [-0.09, 0.032, 0.004], "husk", { rot: [0, 0, -0.25] }),
    part("husk_2", "sphere", [0.16, 0.04, 0.008], [-0.09, -0.032, 0.004], "husk", { rot: [0, 0, 0.25] }),
  ],
});

/** A croissant lying flat: a golden crescent, fattest in the middle, its tapered horns curling round. */
const croissant = defineKind({
  name: "croissant",
  synonyms: ["butter croissant", "crescent roll", "plain croissant"],
  category: "food",
  roles: {
    pastry: { words: ["pastry", "body", "dough", "crust", "bread"], material: "plaster", color: "amber", body: true },
    tips: { words: ["tip", "tips", "horn", "end"], material: "plaster", color: "bronze" },
  },
  parts: () => {
    const r = 0.05, n = 6, sweep = 1.7;
    const thick = (u: number) => 0.014 + 0.03 * Math.sin(Math.PI * u);
    // u runs along the crescent from one horn (0) to the other (1); the arc opens toward +y.
    const at = (u: number, lift = 0): Vec3 => {
      const t = -sweep + 2 * sweep * u;
      return [r * Math.sin(t), -r * Math.cos(t) + r * 0.5, thick(u) / 2 + lift];
    };
    const out: PartSpec[] = [];
    for (let i = 0; i < n; i++) {
      const [u0, u1] = [i / n, (i + 1) / n];
      out.push(bend(`pastry_${i + 1}`, at(u0), at(u1), Math.max(thick(u0), thick(u1)) * 0.9, "pastry"));
    }
    // Darker, crispier horn tips curl in at each end.
    out.push(part("tip_1", "sphere", [0.016, 0.016, 0.014], at(0), "tips"), part("tip_2", "sphere", [0.016, 0.016, 0.014], at(1), "tips"));
    return out;
  },
});

/** A loaf of bread: a domed golden loaf on a flat base, its top slashed with diagonal cuts; a board under it optional. */
const loaf = defineKind({
  name: "loaf of bread",
  synonyms: ["bread", "loaf", "bread loaf", "loaf of white bread", "white loaf", "sourdough loaf"],
  category: "food",
  roles: {
    crust: { words: ["crust", "body", "bread", "top", "loaf"], material: "plaster", color: "amber", body: true },
    cuts: { words: ["cut", "cuts", "slash", "score", "scoring"], material: "plaster", color: "cream" },
    board: { words: ["board", "cutting board", "bread board", "tray"], material: "wood", color: "tan", optional: "off" },
  },
  parts: (p) => {
    const z = p.has("board") ? 0.02 : 0;
    return [
      part("board", "box", [0.36, 0.2, 0.02], [0, 0, 0.01], "board"),
      part("base", "box", [0.24, 0.115, 0.06], [0, 0, z + 0.03], "crust"),
      part("crust", "capsule", [0.08, 0.125, 0.26], [0, 0, z + 0.068], "crust", { rot: ALONG_X }),
      ...spread(3, 0.12).map((x, i) => part(`cut_${i + 1}`, "box", [0.012, 0.08, 0.006], [x, 0, z + 0.106], "cuts", { rot: [0, 0, 0.6] })),
    ];
  },
});

/** A baguette lying on the table: a long thin golden loaf with a row of diagonal cuts along its top. */
const baguette = defineKind({
  name: "baguette",
  synonyms: ["french stick", "french bread", "french loaf"],
  category: "food",
  roles: {
    crust: { words: ["crust", "body", "bread", "loaf"], material: "plaster", color: "amber", body: true },
    cuts: { words: ["cut", "cuts", "slash", "score", "scoring"], material: "plaster", color: "cream" },
  },
  parts: [
    part("crust", "capsule", [0.055, 0.065, 0.6], [0, 0, 0.0275], "crust", { rot: ALONG_X }),
    ...spread(5, 0.4).map((x, i) => part(`cut_${i + 1}`, "box", [0.06, 0.012, 0.005], [x, 0, 0.054], "cuts", { rot: [0, 0, 0.5] })),
  ],
});

/** A sandwich: two slices of bread with lettuce, cheese, ham and tomato layered between, each resting on the one below. */
const sandwich = defineKind({
  name: "sandwich",
  synonyms: ["ham sandwich", "ham and cheese sandwich", "sarnie"],
  variants: {
    "cheese sandwich": { features: { ham: false } },
    "blt": { features: { cheese: false, ham: false, bacon: true } },
    "blt sandwich": { features: { cheese: false, ham: false, bacon: true } },
  },
  category: "food",
  roles: {
    bread: { words: ["bread", "slice", "toast", "body", "crust"], material: "plaster", color: "tan", body: true },
    lettuce: { words: ["lettuce", "salad", "leaf", "greens"], material: "foliage", color: "green", optional: "on" },
    cheese: { words: ["cheese", "cheddar"], material: "wax", color: "yellow", optional: "on" },
    ham: { words: ["ham", "meat", "turkey"], material: "wax", color: "salmon", optional: "on" },
    bacon: { words: ["bacon"], material: "wax", color: "maroon", optional: "off" },
    tomato: { words: ["tomato"], material: "wax", color: "red", optional: "off" },
  },
  parts: (p) => {
    const out: PartSpec[] = [part("bread_bottom", "box", [0.11, 0.11, 0.014], [0, 0, 0.007], "bread")];
    let z = 0.014;
    const layer = (name: string, size: Vec3, role: string, extra: Partial<PartSpec> = {}) => {
      if (!p.has(role)) return;
      out.push(part(name, "box", size, [0, 0, z + size[2] / 2], role, extra));
      z += size[2];
    };
    layer("lettuce", [0.118, 0.118, 0.005], "lettuce", { rot: [0, 0, 0.12] });
    layer("ham", [0.108, 0.108, 0.006], "ham");
    layer("bacon", [0.11, 0.1, 0.006], "bacon");
    layer("tomato", [0.1, 0.1, 0.006], "tomato");
    layer("cheese", [0.1, 0.1, 0.004], "cheese", { rot: [0, 0, Math.PI / 4] });
    out.push(part("bread_top", "box", [0.11, 0.11, 0.014], [0, 0, z + 0.007], "bread"));
    return out;
  },
});

/** A round cookie lying flat: a golden disc studded with chocolate chips. */
const cookie = defineKind({
  name: "cookie",
  synonyms: ["chocolate chip cookie", "choc chip cookie"],
  variants: { "sugar cookie": { features: { chips: false } }, "plain cookie": { features: { chips: false } } },
  category: "food",
  roles: {
    dough: { words: ["dough", "body", "cookie", "base"], material: "plaster", color: "tan", body: true },
    chips: { words: ["chip", "chips", "chocolate chip", "chocolate"], material: "wax", color: "brown", optional: "on" },
  },
  parts: [
    part("dough", "cylinder", [0.078, 0.078, 0.012], [0, 0, 0.006], "dough"),
    part("dough_top", "hemisphere", [0.07, 0.07, 0.004], [0, 0, 0.014], "dough"),
    ...[...circlePoints(6, 0.024, 0.3), ...circlePoints(2, 0.008, 1)].map(([x, y], i) => part(`chip_${i + 1}`, "sphere", [0.008, 0.008, 0.006], [x, y, 0.014], "chips")),
  ],
});

/** A fruit pie in its dish: a crimped crust rim round a fruit filling under a lattice of pastry strips. */
const pie = defineKind({
  name: "pie",
  synonyms: ["fruit pie", "lattice pie", "berry pie"],
  variants: {
    "apple pie": { palette: { filling: "khaki" } },
    "cherry pie": { palette: { filling: "crimson" } },
    "blueberry pie": { palette: { filling: "navy" } },
    "pumpkin pie": { features: { lattice: false }, palette: { filling: "orange" } },
    "key lime pie": { features: { lattice: false }, palette: { filling: "lime" } },
  },
  category: "food",
  roles: {
    crust: { words: ["crust", "pastry", "body", "rim", "edge"], material: "plaster", color: "amber", body: true },
    lattice: { words: ["lattice", "strip", "top", "lid"], material: "plaster", color: "amber", optional: "on" },
    filling: { words: ["filling", "fruit", "jam"], material: "wax", color: "crimson" },
    dish: { words: ["dish", "tin", "pan", "plate"], material: "ceramic", color: "white", optional: "on" },
  },
  parts: (p) => {
    const z = p.has("dish") ? 0.004 : 0;
    return [
      part("dish", taper(1.2), [0.25, 0.25, 0.042], [0, 0, 0.021], "dish"),
      part("shell", taper(1.15), [0.23, 0.23, 0.038], [0, 0, z + 0.019], "crust"),
      part("filling", "cylinder", [0.21, 0.21, 0.006], [0, 0, z + 0.038], "filling"),
      part("rim", "torus", [0.235, 0.235, 0.02], [0, 0, z + 0.04], "crust"),
      ...[-0.05, 0, 0.05].flatMap((s, i) => [
        part(`strip_${2 * i + 1}`, "box", [0.2 - Math.abs(s) * 1.2, 0.018, 0.006], [0, s, z + 0.043], "lattice"),
        part(`strip_${2 * i + 2}`, "box", [0.018, 0.2 - Math.abs(s) * 1.2, 0.006], [s, 0, z + 0.047], "lattice"),
      ]),
    ];
  },
});

/** A pretzel lying flat: a brown heart-shaped loop of dough whose two ends cross and join the bottom, sprinkled with salt. */
const pretzel = defineKind({
  name: "pretzel",
  synonyms: ["soft pretzel", "bretzel", "salted pretzel"],
  category: "food",
  roles: {
    dough: { words: ["dough", "body", "bread", "loop"], material: "plaster", color: "brown", body: true },
    salt: { words: ["salt", "salt crystal", "topping"], material: "plaster", color: "white", optional: "on" },
  },
  parts: () => {
    const d = 0.016, z = d / 2;
    // The loop, bottom first, round the two upper lobes; the ends run from the dip at the top down to the lower sides.
    const loop: Array<[number, number]> = [[0, -0.05], [0.035, -0.035], [0.055, 0], [0.045, 0.035], [0.018, 0.045], [0, 0.025], [-0.018, 0.045], [-0.045, 0.035], [-0.055, 0], [-0.035, -0.035]];
    const out = loop.map(([x, y], i) => {
      const [nx, ny] = loop[(i + 1) % loop.length];
      return bend(`loop_${i + 1}`, [x, y, z], [nx, ny, z], d, "dough");
    });
    out.push(bend("end_1", [0, 0.025, z + 0.002], [0.04, -0.028, z], d, "dough"), bend("end_2", [0, 0.025, z + 0.002], [-0.04, -0.028, z], d, "dough"));
    [[0.05, 0.01], [-0.05, 0.012], [0.03, 0.04], [-0.03, 0.042], [0, -0.05], [0.02, 0]].forEach(([x, y], i) =>
      out.push(part(`salt_${i + 1}`, "box", [0.004, 0.004, 0.003], [x, y, d], "salt", { rot: [0, 0, i] })));
    return out;
  },
});

/** A lollipop standing on its stick: a round red candy disc facing the front with a white swirl, on a white paper stick. */
const lollipop = defineKind({
  name: "lollipop",
  synonyms: ["lollypop", "lolly", "swirl lollipop", "sucker lollipop"],
  category: "food",
  roles: {
    candy: { words: ["candy", "sweet", "disc", "body", "head"], material: "plastic", color: "red", body: true },
    swirl: { words: ["swirl", "stripe", "spiral"], material: "plastic", color: "white" },
    stick: { words: ["stick", "handle"], material: "paper", color: "white" },
  },
  parts: [
    part("stick", "cylinder", [0.006, 0.006, 0.1], [0, 0, 0.05], "stick"),
    part("candy", "cylinder", [0.07, 0.07, 0.014], [0, 0, 0.13], "candy", { rot: FACING }),
    ...[0.054, 0.036, 0.018].map((d, i) => part(`swirl_${i + 1}`, "torus", [d, d, 0.006], [0, -0.007, 0.13], "swirl", { rot: FACING })),
  ],
});

/** A candy cane standing on its end: a white shaft and hook wrapped in slanted red stripes. */
const candyCane = defineKind({
  name: "candy cane",
  synonyms: ["candycane", "peppermint cane", "peppermint stick", "christmas candy cane"],
  category: "food",
  roles: {
    stripes: { words: ["stripe", "stripes", "band", "body"], material: "plastic", color: "red", body: true },
    cane: { words: ["cane", "shaft", "hook", "stick"], material: "plastic", color: "white" },
  },
  parts: () => {
    const d = 0.012, r = 0.022, top = 0.13;
    const hook = (t: number): Vec3 => [r - r * Math.cos(t), 0, top + r * Math.sin(t)];
    const out: PartSpec[] = [part("shaft", "cylinder", [d, d, top], [0, 0, top / 2], "cane")];
    // The hook: four bends over the top, alternately white and red so the stripes carry on round it.
    for (let i = 0; i < 4; i++) out.push(bend(`hook_${i + 1}`, hook((Math.PI * i) / 4), hook((Math.PI * (i + 1)) / 4), d, i % 2 ? "stripes" : "cane"));
    out.push(bend("hook_end", hook(Math.PI), [2 * r, 0, top - 0.018], d, "cane"));
    spread(6, top - 0.03).forEach((z, i) => out.push(part(`stripe_${i + 1}`, "torus", [d + 0.002, d + 0.002, 0.006], [0, 0, z + top / 2], "stripes", { rot: [0.4, 0, 0] })));
    return out;
  },
});

/** A chocolate bar lying flat: a slab of raised squares, half still in its paper wrapper. */
const chocolateBar = defineKind({
  name: "chocolate bar",
  synonyms: ["bar of chocolate", "candy bar", "chocolate slab", "slab of chocolate", "milk chocolate bar", "dark chocolate bar"],
  variants: { "white chocolate bar": { palette: { chocolate: "ivory" } } },
  category: "food",
  roles: {
    chocolate: { words: ["chocolate", "square", "squares", "piece", "slab"], material: "wax", color: "brown" },
    wrapper: { words: ["wrapper", "wrapping", "paper", "packaging", "label", "body"], material: "paper", color: "red", body: true, optional: "on" },
    foil: { words: ["foil"], material: "aluminum", color: "silver", optional: "on" },
  },
  parts: () => {
    const out: PartSpec[] = [part("slab", "box", [0.16, 0.075, 0.006], [0, 0, 0.003], "chocolate")];
    // Squares show on the unwrapped half only (-x); the wrapper covers the rest.
    spread(3, 0.05).map((x) => x - 0.0375).forEach((x, i) => spread(3, 0.05).forEach((y, j) => out.push(part(`square_${i * 3 + j + 1}`, "box", [0.022, 0.022, 0.005], [x, y, 0.0085], "chocolate"))));
    out.push(part("foil", "box", [0.09, 0.078, 0.012], [0.036, 0, 0.006], "foil"));
    out.push(part("wrapper", "box", [0.082, 0.08, 0.014], [0.04, 0, 0.007], "wrapper"));
    return out;
  },
});

/** A fried egg lying flat, sunny side up: a wavy white pool with a round yellow yolk in the middle. */
const friedEgg = defineKind({
  name: "fried egg",
  synonyms: ["sunny side up egg", "sunny side up", "fried eggs"],
  category: "food",
  roles: {
    albumen: { words: ["egg white", "albumen", "body", "edge"], material: "wax", color: "white", body: true },
    yolk: { words: ["yolk", "center", "centre"], material: "wax", color: "amber" },
  },
  parts: [
    part("albumen", "cylinder", [0.12, 0.1, 0.006], [0, 0, 0.003], "albumen"),
    part("albumen_2", "cylinder", [0.07, 0.07, 0.005], [0.04, 0.02, 0.0025], "albumen"),
    part("albumen_3", "cylinder", [0.06, 0.06, 0.005], [-0.035, -0.025, 0.0025], "albumen"),
    part("yolk", "hemisphere", [0.042, 0.042, 0.016], [0.005, 0, 0.013], "yolk"),
  ],
});

/** A boiled egg standing in an egg cup; a bare egg ("an egg") stands on its own. */
const boiledEgg = defineKind({
  name: "boiled egg",
  synonyms: ["hard boiled egg", "soft boiled egg", "egg in an egg cup", "hen egg", "chicken egg"],
  variants: { egg: { features: { cup: false } }, "brown egg": { features: { cup: false }, palette: { shell: "tan" } }, "white egg": { features: { cup: false }, palette: { shell: "white" } } },
  category: "food",
  roles: {
    shell: { words: ["shell", "egg", "body", "eggshell"], material: "ceramic", color: "cream", body: true },
    cup: { words: ["cup", "egg cup", "eggcup", "holder", "stand"], material: "ceramic", color: "yellow", optional: "on" },
  },
  parts: (p) => {
    const z = p.has("cup") ? 0.024 : 0;
    return [
      part("cup_foot", "cylinder", [0.044, 0.044, 0.004], [0, 0, 0.002], "cup"),
      part("cup", lathe([[0, 0], [0.022, 0], [0.022, 0.004], [0.009, 0.01], [0.009, 0.018], [0.022, 0.028], [0.025, 0.04], [0.022, 0.04], [0.018, 0.032], [0, 0.028]]), [0.05, 0.05, 0.04], [0, 0, 0.02], "cup"),
      part("shell", lathe([[0, 0], [0.012, 0.002], [0.02, 0.01], [0.022, 0.022], [0.02, 0.036], [0.014, 0.049], [0, 0.057]]), [0.044, 0.044, 0.057], [0, 0, z + 0.0285], "shell"),
    ];
  },
});

/** A wheel of cheese: a round yellow cheese with a darker rind at its edges and a cut wedge set beside it. */
const cheeseWheel = defineKind({
  name: "cheese wheel",
  synonyms: ["wheel of cheese", "cheese round", "round of cheese", "whole cheese", "cheddar wheel", "gouda wheel"],
  category: "food",
  roles: {
    cheese: { words: ["cheese", "body", "wheel", "paste"], material: "wax", color: "yellow", body: true },
    rind: { words: ["rind", "edge", "wax", "coating", "skin"], material: "wax", color: "amber" },
    wedge: { words: ["wedge", "slice", "piece"], material: "wax", color: "yellow", optional: "on" },
    label: { words: ["label", "stamp", "sticker"], material: "paper", color: "red", optional: "off" },
  },
  parts: [
    part("cheese", "cylinder", [0.3, 0.3, 0.1], [0, 0, 0.05], "cheese"),
    part("rind_bottom", "torus", [0.3, 0.3, 0.016], [0, 0, 0.008], "rind"),
    part("rind_top", "torus", [0.3, 0.3, 0.016], [0, 0, 0.092], "rind"),
    // The wedge lies beside the wheel with its point touching the rind.
    part("wedge", "wedge", [0.09, 0.08, 0.13], [0.205, 0, 0.045], "wedge", { rot: [0, -HALF_PI, 0] }),
    part("label", "cylinder", [0.1, 0.1, 0.003], [0, 0, 0.1], "label"),
  ],
});

/** A hard-shell taco standing on its fold: a golden curved shell filled with meat, lettuce, tomato and cheese. */
const taco = defineKind({
  name: "taco",
  synonyms: ["hard shell taco", "beef taco", "crunchy taco", "chicken taco"],
  category: "food",
  roles: {
    shell: { words: ["shell", "tortilla", "body", "taco shell"], material: "plaster", color: "amber", body: true },
    meat: { words: ["meat", "beef", "filling", "chicken"], material: "soil", color: "brown" },
    lettuce: { words: ["lettuce", "salad", "greens"], material: "foliage", color: "lime", optional: "on" },
    tomato: { words: ["tomato", "salsa"], material: "wax", color: "red", optional: "on" },
    cheese: { words: ["cheese", "cheddar"], material: "wax", color: "yellow", optional: "on" },
  },
  parts: [
    part("shell", "hemisphere", [0.15, 0.06, 0.07], [0, 0, 0.035], "shell", { rot: [Math.PI, 0, 0] }),
    part("meat", "capsule", [0.04, 0.045, 0.13], [0, 0, 0.068], "meat", { rot: ALONG_X }),
    ...spread(3, 0.08).map((x, i) => part(`lettuce_${i + 1}`, "sphere", [0.045, 0.05, 0.018], [x, 0.005, 0.085], "lettuce", { rot: [0.3, 0, i] })),
    ...spread(3, 0.07).map((x, i) => part(`tomato_${i + 1}`, "box", [0.012, 0.012, 0.012], [x + 0.01, -0.012, 0.092], "tomato", { rot: [0.4, 0.3, i] })),
    ...spread(4, 0.09).map((x, i) => part(`cheese_${i + 1}`, "capsule", [0.004, 0.004, 0.03], [x, 0.008, 0.095], "cheese", { rot: [0, HALF_PI, 0.5 * i] })),
  ],
});

/** A soda can: a red aluminium can with a narrowed base and shoulder, a silver lid with its ring-pull tab and a label band. */
const sodaCan = defineKind({
  name: "soda can",
  synonyms: ["can of soda", "can of cola", "cola can", "can of pop", "pop can", "soft drink can", "drink can", "fizzy drink can", "can of coke", "coke can"],
  category: "food",
  roles: {
    body: { words: ["body", "can", "side", "tin"], material: "metal", color: "red", body: true },
    lid: { words: ["lid", "top", "rim", "bottom", "base"], material: "aluminum", color: "silver" },
    tab: { words: ["tab", "ring pull", "pull tab", "pull ring", "ring"], material: "aluminum", color: "silver" },
    label: { words: ["label", "logo", "band", "stripe"], material: "paint", color: "white", optional: "on" },
  },
  parts: [
    part("base", taper(1.2), [0.066, 0.066, 0.008], [0, 0, 0.004], "lid"),
    part("body", "cylinder", [0.066, 0.066, 0.1], [0, 0, 0.058], "body"),
    part("label", "cylinder", [0.0668, 0.0668, 0.03], [0, 0, 0.06], "label"),
    part("shoulder", taper(0.82), [0.066, 0.066, 0.012], [0, 0, 0.114], "body"),
    part("lid", "cylinder", [0.054, 0.054, 0.003], [0, 0, 0.1215], "lid"),
    part("rim", "torus", [0.056, 0.056, 0.004], [0, 0, 0.122], "lid"),
    part("tab", "box", [0.022, 0.012, 0.002], [0.008, 0, 0.1235], "tab"),
  ],
});

/** A milkshake in a tall flared glass: pink shake topped with a swirl of whipped cream, a cherry, and a striped straw. */
const milkshake = defineKind({
  name: "milkshake",
  synonyms: ["milk shake", "thickshake", "thick shake", "malted milkshake"],
  variants: {
    "strawberry milkshake": { palette: { shake: "pink" } },
    "chocolate milkshake": { palette: { shake: "brown" } },
    "vanilla milkshake": { palette: { shake: "cream" } },
  },
  category: "food",
  roles: {
    shake: { words: ["shake", "milk", "drink", "body", "flavor", "flavour"], material: "wax", color: "pink", body: true },
    glass: { words: ["glass", "cup", "tumbler"], material: "glass" },
    cream: { words: ["cream", "whipped cream", "topping", "swirl"], material: "wax", color: "white", optional: "on" },
    cherry: { words: ["cherry"], material: "ceramic", color: "red", optional: "on" },
    straw: { words: ["straw"], material: "plastic", color: "red", optional: "on" },
  },
  parts: [
    part("glass_foot", "cylinder", [0.07, 0.07, 0.01], [0, 0, 0.005], "glass"),
    // Clear glass renders dark in previews, so the shake fills the flared glass and the glass shows as its foot and lip.
    part("shake", taper(1.35), [0.09, 0.09, 0.16], [0, 0, 0.09], "shake"),
    part("glass_lip", "torus", [0.094, 0.094, 0.006], [0, 0, 0.167], "glass"),
    part("cream", "torus", [0.08, 0.08, 0.03], [0, 0, 0.17], "cream"),
    part("cream_2", "torus", [0.055, 0.055, 0.026], [0, 0, 0.19], "cream"),
    part("cream_tip", "cone", [0.036, 0.036, 0.035], [0, 0, 0.21], "cream"),
    part("cherry", "sphere", [0.022, 0.022, 0.022], [0, 0, 0.232], "cherry"),
    rod("straw", [0.01, 0, 0.12], [0.04, 0.01, 0.29], 0.008, "straw"),
  ],
});

/** Fruit, vegetables, bakery, sweets and drinks, as declarative kinds (see define-kind.ts). */
export const PANTRY_KINDS: SubjectDef[] = [
  strawberry, cherry, lemon, orange, pineapple, watermelon, grapes, carrot, tomato, potato, cornCob, croissant, loaf, baguette,
  sandwich, cookie, pie, pretzel, lollipop, candyCane, chocolateBar, friedEgg, boiledEgg, cheeseWheel, taco, sodaCan, milkshake,
];
