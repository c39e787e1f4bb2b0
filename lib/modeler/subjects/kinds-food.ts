import type { PartSpec, SubjectDef, Vec3 } from "../types";
import { defineKind } from "./define-kind";
import { circlePoints, HALF_PI, lathe, part, rod } from "./kit";

/** Bright sprinkle and candle colours, taken in turn so a cake or donut looks festive; a prompt colour still wins. */
const PARTY: string[] = ["yellow", "sky", "lime", "pink", "orange", "white"];


/** A small capsule lying flat at (x, y, z), turned by `a` about Z: a sprinkle. */
const sprinkle = (i: number, x: number, y: number, z: number, a: number): PartSpec =>
  part(`sprinkle_${i + 1}`, "capsule", [0.003, 0.003, 0.01], [x, y, z], "sprinkles", { rot: [0, HALF_PI, a], tint: PARTY[i % PARTY.length] });

/** A frosted round cake on a plate: counted tiers with piping round their edges, candles with flames on top. */
const cake = defineKind({
  name: "cake",
  synonyms: ["birthday cake", "frosted cake", "iced cake", "sponge cake"],
  variants: {
    "wedding cake": { counts: { tiers: 3 }, features: { candles: false }, palette: { tiers: "ivory", piping: "white" } },
    "chocolate cake": { palette: { tiers: "brown", piping: "cream" } },
  },
  category: "food",
  roles: {
    tiers: { words: ["tier", "layer", "cake", "sponge", "frosting", "icing", "body"], material: "wax", color: "pink", body: true },
    piping: { words: ["piping", "cream", "trim", "border", "decoration", "swirl"], material: "wax", color: "white" },
    candles: { words: ["candle"], material: "wax", color: "sky", optional: "on" },
    flames: { words: ["flame", "fire", "wick"], material: "flame", optional: "on" },
    berries: { words: ["cherry", "strawberry", "berry", "fruit", "topping"], material: "ceramic", color: "red", optional: "off" },
    plate: { words: ["plate", "board", "stand", "platter", "dish"], material: "ceramic", color: "white", optional: "on" },
  },
  groups: {
    tiers: { role: "tiers", unit: "tier", default: 1, min: 1, max: 4 },
    candles: { role: "candles", unit: "candle", default: 5, min: 0, max: 10 },
  },
  parts: (p) => {
    const base = p.has("plate") ? 0.015 : 0;
    const out: PartSpec[] = [part("plate", "cylinder", [0.32, 0.32, 0.015], [0, 0, 0.0075], "plate")];
    let z = base, d = 0.26;
    for (let i = 0; i < p.count("tiers"); i++) {
      d = 0.26 - 0.06 * i;
      const h = i === 0 ? 0.09 : 0.075;
      out.push(part(`tier_${i + 1}`, "cylinder", [d, d, h], [0, 0, z + h / 2], "tiers", { group: "tiers" }));
      out.push(part(`piping_${2 * i + 1}`, "torus", [d + 0.012, d + 0.012, 0.012], [0, 0, z + 0.006], "piping"));
      out.push(part(`piping_${2 * i + 2}`, "torus", [d + 0.008, d + 0.008, 0.012], [0, 0, z + h], "piping"));
      z += h;
    }
    const n = p.count("candles");
    const spots = n === 1 ? [[0, 0] as [number, number]] : circlePoints(n, d * 0.3, -HALF_PI);
    spots.forEach(([x, y], i) => {
      out.push(part(`candle_${i + 1}`, "cylinder", [0.008, 0.008, 0.055], [x, y, z + 0.0275], "candles", { group: "candles", tint: PARTY[i % PARTY.length] }));
      out.push(part(`flame_${i + 1}`, "sphere", [0.009, 0.009, 0.018], [x, y, z + 0.063], "flames"));
    });
    circlePoints(6, d * 0.4, -HALF_PI + Math.PI / 6).forEach(([x, y], i) => out.push(part(`berry_${i + 1}`, "sphere", [0.024, 0.024, 0.022], [x, y, z + 0.01], "berries")));
    return out;
  },
});

/** A cupcake in a paper liner: a sponge dome under a swirl of frosting, a cherry and sprinkles; a muffin is a big bare dome with chips. */
const cupcake = defineKind({
  name: "cupcake",
  synonyms: ["cup cake", "fairy cake", "frosted cupcake"],
  variants: {
    muffin: { features: { frosting: false, cherry: false, chips: true }, palette: { wrapper: "white" } },
    "blueberry muffin": { features: { frosting: false, cherry: false, chips: true }, palette: { wrapper: "white", chips: "navy" } },
    "chocolate chip muffin": { features: { frosting: false, cherry: false, chips: true }, palette: { wrapper: "white" } },
  },
  category: "food",
  roles: {
    frosting: { words: ["frosting", "icing", "cream", "swirl", "topping", "buttercream"], material: "wax", color: "pink", body: true, optional: "on" },
    cake: { words: ["cake", "sponge", "dome", "muffin", "body"], material: "plaster", color: "tan", tint: true },
    wrapper: { words: ["wrapper", "liner", "paper", "case", "cup"], material: "paper", color: "sky" },
    cherry: { words: ["cherry"], material: "ceramic", color: "red", optional: "on" },
    sprinkles: { words: ["sprinkle", "sprinkles", "jimmies"], material: "plastic", optional: "on" },
    chips: { words: ["chip", "chocolate chip", "blueberry", "berry"], material: "wax", color: "brown", optional: "off" },
  },
  parts: (p) => {
    // Frosting covers a low dome; a bare muffin top rises and spills over the liner, and the cherry sits on whichever is on top.
    const frosted = p.has("frosting");
    const [dw, dh] = frosted ? [0.072, 0.026] : [0.084, 0.04];
    const out: PartSpec[] = [
      part("wrapper", "tapered_cylinder:1.3", [0.065, 0.065, 0.042], [0, 0, 0.021], "wrapper"),
      part("cake", "hemisphere", [dw, dw, dh], [0, 0, 0.042 + dh / 2], "cake"),
      part("frosting", "torus", [0.066, 0.066, 0.024], [0, 0, 0.064], "frosting"),
      part("frosting_2", "torus", [0.05, 0.05, 0.02], [0, 0, 0.08], "frosting"),
      part("frosting_tip", "cone", [0.032, 0.032, 0.03], [0, 0, 0.094], "frosting"),
      part("cherry", "sphere", [0.018, 0.018, 0.018], [0, 0, (frosted ? 0.104 : 0.042 + dh) + 0.005], "cherry"),
    ];
    if (frosted) circlePoints(6, 0.028).forEach(([x, y], i) => out.push(sprinkle(i, x, y, 0.074, i * 1.1)));
    // Chips on the dome: points on the half ellipsoid 35° and 65° from the top.
    [[0.6, 3], [1.13, 5]].forEach(([polar, k], ring) => circlePoints(k, (dw / 2) * Math.sin(polar), ring).forEach(([x, y], i) =>
      out.push(part(`chip_${ring * 3 + i + 1}`, "sphere", [0.009, 0.009, 0.007], [x, y, 0.042 + dh * Math.cos(polar)], "chips"))));
    return out;
  },
});

/** A round pizza lying flat: a puffy crust ring round a base, red sauce, melted cheese, pepperoni slices; basil or a board optional. */
const pizza = defineKind({
  name: "pizza",
  synonyms: ["pepperoni pizza", "pizza pie"],
  variants: {
    "cheese pizza": { counts: { pepperoni: 0 } },
    "margherita pizza": { counts: { pepperoni: 0 }, features: { basil: true } },
    margherita: { counts: { pepperoni: 0 }, features: { basil: true } },
  },
  category: "food",
  roles: {
    crust: { words: ["crust", "edge", "rim", "base", "dough", "bread", "body"], material: "plaster", color: "tan", body: true },
    sauce: { words: ["sauce", "tomato"], material: "wax", color: "red" },
    cheese: { words: ["cheese", "mozzarella"], material: "wax", color: "yellow", optional: "on" },
    pepperoni: { words: ["pepperoni", "salami", "sausage", "topping"], material: "wax", color: "crimson", optional: "on" },
    basil: { words: ["basil", "leaf", "herb"], material: "foliage", color: "green", optional: "off" },
    board: { words: ["board", "paddle", "peel", "tray", "plate"], material: "wood", color: "tan", optional: "off" },
  },
  groups: { pepperoni: { role: "pepperoni", unit: "pepperoni", default: 8, min: 0, max: 14 } },
  parts: (p) => {
    const z = p.has("board") ? 0.02 : 0;
    // Pepperoni lies on the cheese, or straight on the sauce of a pizza without cheese.
    const top = z + (p.has("cheese") ? 0.021 : 0.0185);
    const n = p.count("pepperoni");
    const inner = Math.min(n, Math.floor(n / 3));
    const spots = [...circlePoints(n - inner, 0.085, 0.3), ...circlePoints(inner, 0.035, 1)];
    return [
      part("board", "cylinder", [0.38, 0.38, 0.02], [0, 0, 0.01], "board"),
      part("board_handle", "box", [0.14, 0.06, 0.02], [0.25, 0, 0.01], "board"),
      part("base", "cylinder", [0.3, 0.3, 0.012], [0, 0, z + 0.006], "crust"),
      part("crust", "torus", [0.32, 0.32, 0.03], [0, 0, z + 0.015], "crust"),
      part("sauce", "cylinder", [0.27, 0.27, 0.004], [0, 0, z + 0.014], "sauce"),
      part("cheese", "cylinder", [0.24, 0.24, 0.004], [0, 0, z + 0.017], "cheese"),
      ...spots.map(([x, y], i) => part(`pepperoni_${i + 1}`, "cylinder", [0.042, 0.042, 0.005], [x, y, top], "pepperoni", { group: "pepperoni" })),
      ...circlePoints(4, 0.06, 0.8).map(([x, y], i) => part(`basil_${i + 1}`, "sphere", [0.03, 0.018, 0.004], [x, y, top], "basil", { rot: [0, 0, i] })),
    ];
  },
});

/** A burger stacked from the plate up: bottom bun, patties each with a cheese slice, lettuce, tomato, a sesame top bun. */
const burger = defineKind({
  name: "burger",
  synonyms: ["hamburger", "cheeseburger", "cheese burger", "beef burger", "veggie burger"],
  variants: { "double cheeseburger": { counts: { patties: 2 } }, "double burger": { counts: { patties: 2 } } },
  category: "food",
  roles: {
    bun: { words: ["bun", "bread", "roll", "top", "bottom", "body"], material: "plaster", color: "amber", body: true },
    patties: { words: ["patty", "beef", "meat"], material: "soil", color: "brown" },
    cheese: { words: ["cheese", "cheddar"], material: "wax", color: "yellow", optional: "on" },
    lettuce: { words: ["lettuce", "salad", "leaf", "greens"], material: "foliage", color: "green", optional: "on" },
    tomato: { words: ["tomato"], material: "wax", color: "red", optional: "on" },
    onion: { words: ["onion", "onion ring"], material: "wax", color: "lavender", optional: "off" },
    seeds: { words: ["seed", "sesame"], material: "plaster", color: "ivory", optional: "on" },
  },
  groups: { patties: { role: "patties", unit: "patty", default: 1, min: 1, max: 3 } },
  parts: (p) => {
    const out: PartSpec[] = [part("bun_bottom", lathe([[0, 0], [0.05, 0], [0.056, 0.01], [0.056, 0.028], [0, 0.028]]), [0.112, 0.112, 0.028], [0, 0, 0.014], "bun")];
    let z = 0.028;
    // Each layer sits on the one below, so a burger without cheese has no gap where the cheese was.
    const layer = (name: string, shape: string, size: Vec3, role: string, extra: Partial<PartSpec> = {}) => {
      if (role !== "patties" && !p.has(role)) return;
      out.push(part(name, shape, size, [0, 0, z + size[2] / 2], role, extra));
      z += size[2];
    };
    for (let i = 0; i < p.count("patties"); i++) {
      layer(`patty_${i + 1}`, "cylinder", [0.118, 0.118, 0.022], "patties", { group: "patties" });
      layer(i === 0 ? "cheese" : `cheese_${i + 1}`, "box", [0.11, 0.11, 0.005], "cheese", { rot: [0, 0, Math.PI / 4] });
    }
    layer("lettuce", "cylinder", [0.13, 0.13, 0.007], "lettuce");
    layer("tomato", "cylinder", [0.112, 0.112, 0.01], "tomato");
    layer("onion", "torus", [0.08, 0.08, 0.006], "onion");
    out.push(part("bun_top", "hemisphere", [0.115, 0.115, 0.045], [0, 0, z + 0.0225], "bun"));
    // Sesame seeds on the dome: points on the half ellipsoid at 40° and 62° from the top.
    [[0.7, 5], [1.08, 7]].forEach(([polar, k], ring) => circlePoints(k, 0.0575 * Math.sin(polar), ring * 0.4).forEach(([x, y], i) =>
      out.push(part(`seed_${ring * 5 + i + 1}`, "sphere", [0.007, 0.004, 0.003], [x, y, z + 0.045 * Math.cos(polar)], "seeds", { rot: [0, 0, Math.atan2(y, x)] }))));
    return out;
  },
});

/** A ring donut lying flat: a golden dough ring under a glaze of icing scattered with sprinkles. */
const donut = defineKind({
  name: "donut",
  synonyms: ["doughnut", "ring donut", "iced donut", "frosted donut", "glazed donut"],
  category: "food",
  roles: {
    icing: { words: ["icing", "frosting", "glaze", "top", "body", "topping"], material: "wax", color: "pink", body: true, optional: "on" },
    dough: { words: ["dough", "ring", "bottom", "bread", "pastry"], material: "plaster", color: "amber" },
    sprinkles: { words: ["sprinkle", "sprinkles", "jimmies"], material: "plastic", optional: "on" },
  },
  // Sprinkles stick to the icing, so a plain donut ("without icing") has none.
  parts: (p) => [
    part("dough", "torus", [0.095, 0.095, 0.036], [0, 0, 0.018], "dough"),
    part("icing", "torus", [0.093, 0.093, 0.03], [0, 0, 0.024], "icing"),
    ...(p.has("icing") ? circlePoints(10, 0.031).map(([x, y], i) => sprinkle(i, x * (i % 2 ? 1.15 : 0.9), y * (i % 2 ? 1.15 : 0.9), 0.038, i * 0.9)) : []),
  ],
});

/** A fruit standing on its base: a turned body, a short stalk and a leaf, from the fruit's own profile. */
function fruit(name: string, synonyms: string[], profile: Array<[number, number]>, size: Vec3, color: string): SubjectDef {
  const top = size[2];
  return defineKind({
    name,
    synonyms,
    category: "food",
    roles: {
      body: { words: ["body", "skin", "peel", "fruit", "flesh"], material: "wax", color, body: true },
      stem: { words: ["stem", "stalk"], material: "wood", color: "brown" },
      leaf: { words: ["leaf"], material: "foliage", color: "green", optional: "on" },
    },
    parts: [
      part("body", lathe(profile), size, [0, 0, top / 2], "body"),
      rod("stem", [0, 0, top - 0.012], [0.004, 0, top + 0.018], 0.005, "stem"),
      part("leaf", "sphere", [0.032, 0.014, 0.004], [0.018, 0, top + 0.012], "leaf", { rot: [0, -0.45, 0] }),
    ],
  });
}

/** A round apple with a dimple at the top. */
const apple = fruit("apple", ["ripe apple"], [[0, 0.004], [0.015, 0], [0.03, 0.008], [0.04, 0.028], [0.041, 0.045], [0.036, 0.064], [0.02, 0.078], [0.008, 0.074], [0, 0.068]], [0.082, 0.082, 0.078], "red");

/** A pear: a round bottom narrowing to a neck. */
const pear = fruit("pear", ["ripe pear", "conference pear"], [[0, 0.003], [0.02, 0], [0.035, 0.012], [0.04, 0.03], [0.036, 0.05], [0.025, 0.068], [0.019, 0.086], [0.012, 0.1], [0, 0.106]], [0.08, 0.08, 0.106], "lime");

/** A banana lying on its back: a curved peel of tapering segments along an arc, a stalk at one end and a dark tip at the other. */
const banana = defineKind({
  name: "banana",
  synonyms: ["ripe banana"],
  category: "food",
  roles: {
    peel: { words: ["peel", "skin", "body", "fruit", "banana"], material: "wax", color: "yellow", body: true },
    stem: { words: ["stem", "stalk", "neck"], material: "wood", color: "olive" },
    tip: { words: ["tip", "end", "bottom"], material: "wood", color: "charcoal" },
  },
  parts: () => {
    const r = 0.13, n = 7, sweep = 0.85;
    // Thickest in the middle, thinning to each end; u runs 0 (tip) to 1 (stalk) along the arc.
    const thick = (u: number) => 0.018 + 0.018 * Math.sin(Math.PI * u);
    const at = (u: number, lift = 0): Vec3 => {
      const t = -sweep + 2 * sweep * u;
      return [r * Math.sin(t), 0, r * (1 - Math.cos(t)) + thick(0.5) / 2 + lift];
    };
    const out: PartSpec[] = [];
    for (let i = 0; i < n; i++) {
      const [u0, u1] = [i / n, (i + 1) / n];
      const seg = rod(`peel_${i + 1}`, at(u0), at(u1), Math.max(thick(u0), thick(u1)), "peel");
      out.push({ ...seg, shape: `tapered_cylinder:${Math.round((thick(u1) / thick(u0)) * 1000) / 1000}` });
      // A ball at each joint fills the wedge between two straight segments on the curve.
      if (i > 0) out.push(part(`joint_${i}`, "sphere", [thick(u0), thick(u0), thick(u0)], at(u0), "peel"));
    }
    out.push(rod("stem", at(1), at(1.12, 0.012), 0.011, "stem"));
    out.push(part("tip", "sphere", [0.019, 0.019, 0.019], at(0), "tip"));
    return out;
  },
});

/** An ice cream cone standing on its tip: a waffle cone with a rim, counted scoops, a cherry and sprinkles optional. */
const iceCreamCone = defineKind({
  name: "ice cream cone",
  synonyms: ["ice cream", "icecream", "ice cream cornet", "waffle cone", "gelato cone"],
  variants: { "strawberry ice cream": { palette: { scoops: "pink" } }, "strawberry ice cream cone": { palette: { scoops: "pink" } } },
  category: "food",
  roles: {
    scoops: { words: ["scoop", "ice cream", "cream", "body", "flavor", "flavour"], material: "wax", color: "pink", body: true },
    cone: { words: ["cone", "waffle", "wafer", "cornet"], material: "plaster", color: "tan" },
    rim: { words: ["rim", "edge"], material: "plaster", color: "bronze" },
    cherry: { words: ["cherry"], material: "ceramic", color: "red", optional: "off" },
    sprinkles: { words: ["sprinkle", "sprinkles", "jimmies"], material: "plastic", optional: "off" },
  },
  groups: { scoops: { role: "scoops", unit: "scoop", default: 1, min: 1, max: 3 } },
  parts: (p) => {
    const n = p.count("scoops");
    // The second and third scoops are other flavours (chocolate, mint) unless the prompt names a colour.
    const scoops = Array.from({ length: n }, (_, i) =>
      part(`scoop_${i + 1}`, "sphere", [0.068, 0.068, 0.062], [0, 0, 0.14 + i * 0.052], "scoops", { group: "scoops", ...(i > 0 && { tint: ["brown", "mint"][i - 1] }) }));
    const top = 0.171 + (n - 1) * 0.052;
    return [
      part("cone", "tapered_cylinder:20", [0.062, 0.062, 0.13], [0, 0, 0.065], "cone"),
      // Waffle ribs run up the cone from the tip, crossed by a band near the top (lower bands would hide in the cone).
      ...circlePoints(6, 0.03).map(([x, y], i) => rod(`rib_${i + 1}`, [x * 0.05, y * 0.05, 0.004], [x, y, 0.124], 0.004, "cone")),
      part("band", "torus", [0.052, 0.052, 0.004], [0, 0, 0.1], "cone"),
      part("rim", "torus", [0.068, 0.068, 0.012], [0, 0, 0.128], "rim"),
      ...scoops,
      part("cherry", "sphere", [0.02, 0.02, 0.02], [0, 0, top + 0.006], "cherry"),
      ...circlePoints(6, 0.018).map(([x, y], i) => sprinkle(i, x, y, top - 0.005, i * 1.2)),
    ];
  },
});

/** Food and sweets, as declarative kinds (see define-kind.ts). */
export const FOOD_KINDS: SubjectDef[] = [cake, cupcake, pizza, burger, donut, apple, pear, banana, iceCreamCone];
