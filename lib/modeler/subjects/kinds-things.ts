import type { PartSpec, SubjectDef } from "../types";
import { defineKind } from "./define-kind";
import { ALONG_X, circlePoints, FACING, HALF_PI, lathe, part, rod, spread, taper } from "./kit";

// Everyday small things from the desk, the drawer and the party, as declarative kinds (see define-kind.ts).
// Small things lie or stand the way they rest on a table: a pencil on its side, a book flat, a ring on its band.

/** A wooden pencil lying on its side, point to +X: painted barrel, sharpened wood cone, graphite point, ferrule and eraser. */
const pencil = defineKind({
  name: "pencil",
  synonyms: ["wooden pencil", "lead pencil", "graphite pencil", "drawing pencil", "hb pencil"],
  variants: { "colored pencil": { features: { eraser: false } }, "coloured pencil": { features: { eraser: false } } },
  category: "household",
  roles: {
    body: { words: ["body", "barrel", "shaft", "pencil"], material: "wood", color: "yellow", body: true },
    wood: { words: ["wood", "cone"], material: "wood", color: "tan" },
    point: { words: ["point", "tip", "lead", "graphite", "nib"], material: "paint", color: "charcoal" },
    ferrule: { words: ["ferrule", "band", "collar"], material: "aluminum" },
    eraser: { words: ["eraser"], material: "rubber", color: "pink", optional: "on" },
  },
  // The ferrule only holds the eraser, so it goes with it ("a pencil without an eraser").
  parts: (p) => [
    part("body", "cylinder", [0.0075, 0.0075, 0.16], [0, 0, 0.004], "body", { rot: ALONG_X }),
    part("wood", taper(0.35), [0.0075, 0.0075, 0.02], [0.09, 0, 0.004], "wood", { rot: ALONG_X }),
    part("point", "cone", [0.0027, 0.0027, 0.006], [0.1028, 0, 0.004], "point", { rot: ALONG_X }),
    ...(p.has("eraser") ? [
      part("ferrule", "cylinder", [0.008, 0.008, 0.012], [-0.085, 0, 0.004], "ferrule", { rot: ALONG_X }),
      part("eraser", "cylinder", [0.0072, 0.0072, 0.009], [-0.0955, 0, 0.004], "eraser", { rot: ALONG_X }),
    ] : []),
  ],
});

/** A closed hardcover book lying flat, spine to -X: two boards, the page block and the spine; "five books" stack up. */
const book = defineKind({
  name: "book",
  synonyms: ["books", "hardcover book", "hardback book", "hardcover", "hardback", "textbook", "storybook", "story book", "cookbook", "spellbook", "spell book", "encyclopedia", "dictionary"],
  variants: { "stack of books": { counts: { books: 4 } }, "pile of books": { counts: { books: 4 } }, "book stack": { counts: { books: 4 } } },
  category: "household",
  roles: {
    cover: { words: ["cover", "board", "book", "binding"], material: "fabric", color: "navy", body: true },
    spine: { words: ["spine", "back"], material: "fabric", color: "navy", body: true },
    pages: { words: ["page", "paper", "edge"], material: "paper", color: "cream" },
    title: { words: ["title", "label", "lettering"], material: "gold", optional: "on" },
    bookmark: { words: ["bookmark", "ribbon"], material: "silk", color: "red", optional: "off" },
  },
  groups: { books: { role: "cover", unit: "book", default: 1, min: 1, max: 8 } },
  parts: (p) => {
    const n = p.count("books"), t = 0.035;
    const tints = ["navy", "maroon", "green", "tan", "charcoal", "teal", "crimson", "olive"];
    return Array.from({ length: n }, (_, i): PartSpec[] => {
      // A stack is never quite square: each book turns a little and the sizes vary.
      const z = i * t, s = 1 - (i % 3) * 0.06, turn = i ? (i % 2 ? 0.12 : -0.08) : 0, tint = i ? { tint: tints[i % tints.length] } : {};
      const k = n > 1 ? `_${i + 1}` : "";
      const at = (x: number, y: number, h: number): [number, number, number] => [x * Math.cos(turn) - y * Math.sin(turn), x * Math.sin(turn) + y * Math.cos(turn), z + h];
      return [
        part(`book_${i + 1}`, "box", [0.16 * s, 0.24 * s, 0.003], at(0, 0, 0.0015), "cover", { group: "books", rot: [0, 0, turn], ...tint }),
        part(`pages${k}`, "box", [0.152 * s, 0.232 * s, t - 0.006], at(-0.002, 0, t / 2), "pages", { rot: [0, 0, turn] }),
        part(`front_cover${k}`, "box", [0.16 * s, 0.24 * s, 0.003], at(0, 0, t - 0.0015), "cover", { rot: [0, 0, turn], ...tint }),
        part(`spine${k}`, "cylinder", [0.008, t, 0.24 * s], at(-0.08 * s, 0, t / 2), "spine", { rot: [HALF_PI, 0, turn], ...tint }),
        ...(i === n - 1 ? [
          part("title", "box", [0.09 * s, 0.03 * s, 0.0015], at(0.005, 0.05 * s, t + 0.00075), "title", { rot: [0, 0, turn] }),
          part("bookmark", "box", [0.008, 0.05, 0.0008], at(0.03, -0.135 * s, t - 0.004), "bookmark", { rot: [0, 0, turn] }),
        ] : []),
      ];
    }).flat();
  },
});

/** An old skeleton key lying flat: a ring bow, a collar, a round shaft and a toothed bit; a house key is a flat toothed blade. */
const key = defineKind({
  name: "key",
  synonyms: ["skeleton key", "old key", "antique key", "castle key", "treasure key"],
  variants: { "house key": { features: { flat: true } }, "door key": { features: { flat: true } }, "front door key": { features: { flat: true } } },
  category: "household",
  roles: {
    // Not "ring": "a key ring" is another thing, which must not read as a key with a ring for a bow.
    bow: { words: ["bow", "head", "handle", "loop"], material: "brass", body: true },
    shaft: { words: ["shaft", "stem", "shank", "blade", "barrel"], material: "brass", body: true },
    bit: { words: ["bit", "tooth", "teeth", "ward"], material: "brass", body: true },
  },
  parts: (p) => p.has("flat") ? [
    part("bow", "cylinder", [0.024, 0.024, 0.002], [-0.025, 0, 0.001], "bow"),
    part("hole", "torus", [0.007, 0.007, 0.0022], [-0.031, 0, 0.0011], "bow", { tint: "charcoal" }),
    part("shoulder", "box", [0.006, 0.012, 0.002], [-0.011, 0, 0.001], "shaft"),
    part("blade", "box", [0.036, 0.008, 0.002], [0.01, 0.0005, 0.001], "shaft"),
    ...[0, 1, 2, 3].map((i) => part(`tooth_${i + 1}`, "box", [0.004, 0.003 + (i % 2) * 0.0015, 0.002], [0.002 + i * 0.007, -0.0045, 0.001], "bit", { rot: [0, 0, 0.6] })),
  ] : [
    part("bow", "torus", [0.03, 0.03, 0.005], [-0.045, 0, 0.0025], "bow"),
    part("collar", "cylinder", [0.008, 0.008, 0.008], [-0.027, 0, 0.0025], "shaft", { rot: ALONG_X }),
    part("shaft", "cylinder", [0.005, 0.005, 0.05], [0, 0, 0.0025], "shaft", { rot: ALONG_X }),
    part("tip", "sphere", [0.006, 0.006, 0.005], [0.025, 0, 0.0025], "shaft"),
    part("bit", "box", [0.012, 0.012, 0.004], [0.016, 0.007, 0.002], "bit"),
    ...[0, 1].map((i) => part(`tooth_${i + 1}`, "box", [0.003, 0.004, 0.004], [0.012 + i * 0.008, 0.015, 0.002], "bit")),
  ],
});

/** A brass padlock standing on its base: a chunky body, a steel shackle arching out of the top and a keyhole at the front. */
const padlock = defineKind({
  name: "padlock",
  synonyms: ["pad lock", "love lock", "brass padlock", "luggage lock"],
  category: "household",
  roles: {
    body: { words: ["body", "case", "lock", "block"], material: "brass", body: true },
    shackle: { words: ["shackle", "loop", "hoop", "arch", "bar"], material: "steel" },
    keyhole: { words: ["keyhole", "key hole", "slot"], material: "paint", color: "black" },
    plate: { words: ["plate", "base", "bottom"], material: "steel" },
  },
  parts: [
    part("plate", "rounded_box", [0.052, 0.022, 0.004], [0, 0, 0.002], "plate"),
    part("body", "rounded_box", [0.05, 0.02, 0.042], [0, 0, 0.025], "body"),
    part("band", "box", [0.051, 0.021, 0.004], [0, 0, 0.044], "plate"),
    // Only the top of the ring shows: its lower half is inside the body, as a shackle's legs are.
    part("shackle", "torus", [0.036, 0.04, 0.006], [0, 0, 0.046], "shackle", { rot: FACING }),
    part("keyhole", "cylinder", [0.006, 0.006, 0.001], [0, -0.0105, 0.026], "keyhole", { rot: FACING }),
    part("keyhole_slot", "box", [0.0025, 0.001, 0.008], [0, -0.0105, 0.021], "keyhole"),
  ],
});

/**
 * A brass hand bell standing on its mouth: a flared turned bell, a rim, a crown and a turned wooden handle. Not the bare
 * word "bell": "a bicycle with a bell" or "a cat with a bell" means a bell on that thing, never a hand bell beside it.
 */
const bell = defineKind({
  name: "hand bell",
  synonyms: ["handbell", "school bell", "dinner bell", "brass bell", "school hand bell", "bell with a handle"],
  category: "household",
  roles: {
    body: { words: ["body", "bell", "cup", "mouth", "shoulder"], material: "brass", body: true },
    rim: { words: ["rim", "lip", "edge"], material: "brass", body: true },
    handle: { words: ["handle", "grip", "knob"], material: "wood", color: "brown" },
  },
  parts: [
    // A flared mouth, a waist and a rounded shoulder: the bell's silhouette (it stands on its mouth, so no inside shows).
    part("body", lathe([[0, 0], [1, 0], [0.85, 0.12], [0.6, 0.45], [0.52, 0.8], [0.4, 0.97], [0, 1]]), [0.11, 0.11, 0.1], [0, 0, 0.05], "body"),
    part("rim", "torus", [0.112, 0.112, 0.006], [0, 0, 0.003], "rim"),
    part("crown", "cylinder", [0.03, 0.03, 0.012], [0, 0, 0.104], "body"),
    part("handle", lathe([[0, 0], [0.5, 0], [0.35, 0.2], [0.45, 0.55], [0.8, 0.85], [0.6, 1], [0, 1]]), [0.032, 0.032, 0.09], [0, 0, 0.155], "handle"),
    part("handle_knob", "sphere", [0.034, 0.034, 0.03], [0, 0, 0.205], "handle"),
  ],
});

/** A medal lying flat on its ribbon: a struck disc with a raised rim and star, hung from a loop on a striped ribbon. */
const medal = defineKind({
  name: "medal",
  synonyms: ["medallion", "olympic medal", "award medal", "prize medal", "sports medal", "winner's medal", "winners medal"],
  category: "household",
  roles: {
    disc: { words: ["disc", "disk", "face", "coin", "body", "medal"], material: "gold", body: true },
    rim: { words: ["rim", "edge", "border"], material: "gold", body: true },
    emblem: { words: ["emblem", "star", "design", "relief"], material: "gold", body: true },
    loop: { words: ["loop", "ring", "clasp"], material: "gold", body: true },
    ribbon: { words: ["ribbon", "lanyard", "strap", "band"], material: "silk", color: "blue" },
    stripe: { words: ["stripe"], material: "silk", color: "white" },
  },
  parts: [
    part("disc", "cylinder", [0.06, 0.06, 0.004], [0, 0, 0.002], "disc"),
    part("rim", "torus", [0.062, 0.062, 0.005], [0, 0, 0.0025], "rim"),
    part("emblem", "pyramid", [0.024, 0.024, 0.002], [0, 0, 0.005], "emblem", { rot: [0, 0, Math.PI / 4] }),
    part("loop", "torus", [0.012, 0.012, 0.003], [0, 0.034, 0.0015], "loop"),
    part("ribbon", "box", [0.035, 0.16, 0.0012], [0, 0.117, 0.0006], "ribbon"),
    part("stripe", "box", [0.01, 0.16, 0.0015], [0, 0.117, 0.0019], "stripe"),
  ],
});

/** A finger ring standing on its band: a gold band, a raised setting with four prongs, and a cut gem on top. */
const ring = defineKind({
  name: "ring",
  synonyms: ["finger ring", "diamond ring", "engagement ring", "gem ring", "gemstone ring", "jewel ring", "ruby ring", "solitaire ring"],
  variants: { "wedding ring": { features: { gem: false } }, "wedding band": { features: { gem: false } } },
  category: "clothing",
  roles: {
    band: { words: ["band", "ring", "hoop", "shank"], material: "gold", body: true },
    setting: { words: ["setting", "prong", "claw", "mount", "head"], material: "gold", body: true },
    gem: { words: ["gem", "gemstone", "stone", "diamond", "jewel", "ruby", "crystal"], material: "crystal", optional: "on" },
  },
  // The setting holds the gem, so a plain band ("a wedding ring", "without a gem") has neither.
  parts: (p) => [
    part("band", "torus", [0.021, 0.021, 0.0025], [0, 0, 0.0105], "band", { rot: FACING }),
    ...(p.has("gem") ? [
      part("setting", taper(1.6), [0.006, 0.006, 0.003], [0, 0, 0.0215], "setting"),
      ...circlePoints(4, 0.0028, Math.PI / 4).map(([x, y], i) => part(`prong_${i + 1}`, "cylinder", [0.0008, 0.0008, 0.005], [x, y, 0.0245], "setting")),
      part("gem", "cone", [0.0075, 0.0075, 0.004], [0, 0, 0.0245], "gem", { rot: [Math.PI, 0, 0] }),
      part("gem_crown", taper(0.55), [0.0075, 0.0075, 0.0022], [0, 0, 0.0276], "gem"),
    ] : []),
  ],
});

/** A boxing ring: a raised square platform with a canvas floor, a corner post and pad at each corner, and three ropes a side. */
const boxingRing = defineKind({
  name: "boxing ring",
  synonyms: ["wrestling ring", "boxing arena", "prize ring"],
  category: "sports",
  roles: {
    platform: { words: ["platform", "apron", "skirt", "stage", "base"], material: "fabric", color: "navy", body: true },
    canvas: { words: ["canvas", "floor", "mat"], material: "fabric", color: "white" },
    posts: { words: ["post", "pole", "corner", "turnbuckle"], material: "steel" },
    ropes: { words: ["rope", "cord"], material: "fabric", color: "red" },
    pads: { words: ["pad", "cushion", "padding"], material: "fabric", color: "red", optional: "on" },
  },
  parts: () => {
    const h = 1.0, half = 3.0, corners = [[-1, -1], [1, -1], [1, 1], [-1, 1]] as const;
    return [
      part("platform", "box", [6.4, 6.4, h], [0, 0, h / 2], "platform"),
      part("canvas", "box", [6.2, 6.2, 0.02], [0, 0, h + 0.01], "canvas"),
      ...corners.map(([x, y], i) => part(`post_${i + 1}`, "cylinder", [0.12, 0.12, 1.45], [x * half, y * half, h + 0.725], "posts")),
      ...corners.map(([x, y], i) => part(`pad_${i + 1}`, "box", [0.22, 0.22, 1.0], [x * (half - 0.12), y * (half - 0.12), h + 0.85], "pads", { rot: [0, 0, Math.PI / 4] })),
      // Ropes run post to post on each side, at three heights.
      ...corners.flatMap(([x, y], i) => {
        const [nx, ny] = corners[(i + 1) % 4];
        return [0.45, 0.85, 1.25].map((z, k) => rod(`rope_${i * 3 + k + 1}`, [x * half, y * half, h + z], [nx * half, ny * half, h + z], 0.04, "ropes"));
      }),
    ];
  },
});

/** A photo frame standing on a desk: four moulded rails around a photo (glass in front on request), propped up by a stand behind. */
const pictureFrame = defineKind({
  name: "picture frame",
  synonyms: ["photo frame", "photograph frame", "portrait frame", "frame with a photo", "desk frame", "tabletop frame"],
  category: "household",
  roles: {
    frame: { words: ["frame", "rail", "border", "moulding", "molding", "edge"], material: "wood", body: true },
    picture: { words: ["picture", "photo", "photograph", "image", "print", "portrait"], material: "paper", color: "sky" },
    glass: { words: ["glass", "pane"], material: "glass", optional: "off" },
    stand: { words: ["stand", "leg", "back", "kickstand", "easel"], material: "wood", color: "charcoal" },
  },
  parts: [
    part("frame_bottom", "box", [0.18, 0.02, 0.02], [0, 0, 0.01], "frame"),
    part("frame_top", "box", [0.18, 0.02, 0.02], [0, 0, 0.22], "frame"),
    ...[-1, 1].map((s, i) => part(`frame_side_${i + 1}`, "box", [0.02, 0.02, 0.19], [s * 0.08, 0, 0.115], "frame")),
    part("picture", "box", [0.142, 0.002, 0.192], [0, 0.002, 0.115], "picture"),
    part("sun", "cylinder", [0.03, 0.03, 0.001], [0.03, -0.0005, 0.17], "picture", { rot: FACING, tint: "yellow" }),
    part("hill", "hemisphere", [0.142, 0.001, 0.06], [0, -0.0005, 0.05], "picture", { rot: [0, 0, 0], tint: "green" }),
    part("glass", "box", [0.142, 0.001, 0.192], [0, -0.0025, 0.115], "glass"),
    part("back", "box", [0.16, 0.004, 0.21], [0, 0.008, 0.115], "stand"),
    // The stand leans from high on the back down to the desk behind, as a strut frame's does.
    rod("stand", [0, 0.012, 0.13], [0, 0.08, 0.006], 0.02, "stand", { shape: "box" }),
  ],
});

/** A brass candlestick: a turned foot and stem, a drip pan, a socket and a lit taper candle; a candelabra carries five on arms. */
const candlestick = defineKind({
  name: "candlestick",
  synonyms: ["candle holder", "candleholder", "candle stick", "brass candlestick", "taper holder", "candlestick holder"],
  variants: { candelabra: { counts: { candles: 5 } }, candelabrum: { counts: { candles: 5 } }, "candle stand": { counts: { candles: 3 } } },
  category: "household",
  roles: {
    holder: { words: ["holder", "stem", "stick", "base", "foot", "pan", "socket", "arm", "body"], material: "brass", body: true },
    candles: { words: ["candle", "taper", "wax"], material: "wax", color: "ivory" },
    wick: { words: ["wick"], material: "fabric", color: "black" },
    flame: { words: ["flame", "fire", "light"], material: "flame", optional: "on" },
  },
  groups: { candles: { role: "candles", unit: "candle", default: 1, min: 1, max: 5 } },
  parts: (p) => {
    const n = p.count("candles"), top = 0.2, ch = 0.2, seat = n === 1 ? 0.015 : 0.005;
    const out: PartSpec[] = [
      part("foot", lathe([[0, 0], [1, 0], [0.95, 0.25], [0.5, 0.6], [0.3, 1], [0, 1]]), [0.11, 0.11, 0.03], [0, 0, 0.015], "holder"),
      part("stem", lathe([[0.5, 0], [0.35, 0.15], [0.55, 0.3], [0.3, 0.45], [0.3, 0.8], [0.6, 0.9], [0.4, 1]]), [0.04, 0.04, top - 0.03], [0, 0, 0.03 + (top - 0.03) / 2], "holder"),
    ];
    // One candle stands on the stem; more share a bar of arms across the top, the middle one highest.
    const xs = n === 1 ? [0] : spread(n, 0.07 * (n - 1));
    if (n > 1) out.push(part("arm", "box", [0.07 * (n - 1) + 0.02, 0.016, 0.012], [0, 0, top - 0.004], "holder"));
    xs.forEach((x, i) => {
      const z0 = top + (x === 0 ? 0.02 : 0);
      if (x === 0 && n > 1) out.push(part("centre_post", "cylinder", [0.016, 0.016, 0.022], [0, 0, top + 0.009], "holder"));
      out.push(part(`pan_${i + 1}`, "cylinder", [0.055, 0.055, 0.005], [x, 0, z0 + 0.0025], "holder"));
      // A single stick has a deep socket; a candelabra's candles stand straight in their pans, which keeps it under 25 parts.
      if (n === 1) out.push(part(`socket_${i + 1}`, "cylinder", [0.026, 0.026, 0.022], [x, 0, z0 + 0.016], "holder"));
      out.push(part(`candle_${i + 1}`, taper(0.85), [0.021, 0.021, ch], [x, 0, z0 + seat + ch / 2], "candles", { group: "candles" }));
      out.push(part(`wick_${i + 1}`, "cylinder", [0.002, 0.002, 0.012], [x, 0, z0 + seat + ch + 0.006], "wick"));
      out.push(part(`flame_${i + 1}`, "sphere", [0.014, 0.014, 0.032], [x, 0, z0 + seat + ch + 0.022], "flame"));
    });
    return out;
  },
});

/** An hourglass: two glass bulbs meeting at a narrow waist, sand running from the top to the bottom, between turned wooden ends on posts. */
const hourglass = defineKind({
  name: "hourglass",
  synonyms: ["hour glass", "sand timer", "sandglass", "sand glass", "sand clock"],
  category: "household",
  roles: {
    frame: { words: ["frame", "end", "cap", "base", "top", "post", "pillar", "wood", "stand"], material: "wood", body: true },
    glass: { words: ["glass", "bulb", "bulbs", "neck", "waist"], material: "glass" },
    sand: { words: ["sand", "grain"], material: "stone", color: "tan" },
  },
  parts: [
    part("base", "cylinder", [0.1, 0.1, 0.015], [0, 0, 0.0075], "frame"),
    part("top", "cylinder", [0.1, 0.1, 0.015], [0, 0, 0.1925], "frame"),
    ...circlePoints(3, 0.04, HALF_PI).map(([x, y], i) => part(`post_${i + 1}`, "cylinder", [0.008, 0.008, 0.17], [x, y, 0.1], "frame")),
    part("glass", lathe([[0.55, 0], [0.95, 0.12], [1, 0.25], [0.75, 0.4], [0.12, 0.5], [0.75, 0.6], [1, 0.75], [0.95, 0.88], [0.55, 1]]), [0.07, 0.07, 0.17], [0, 0, 0.1], "glass"),
    part("sand_bottom", "cone", [0.05, 0.05, 0.03], [0, 0, 0.04], "sand"),
    part("sand_top", "cone", [0.05, 0.05, 0.03], [0, 0, 0.138], "sand", { rot: [Math.PI, 0, 0] }),
    part("sand_stream", "cylinder", [0.0015, 0.0015, 0.07], [0, 0, 0.085], "sand"),
  ],
});

/** A desk globe: the Earth in blue with green continents, tilted in a brass meridian ring on a post and a round wooden base. */
const globe = defineKind({
  name: "globe",
  synonyms: ["desk globe", "world globe", "earth globe", "terrestrial globe", "school globe", "globe of the world", "globe of the earth"],
  category: "household",
  roles: {
    sphere: { words: ["sphere", "ball", "earth", "world", "ocean", "sea", "map", "globe"], material: "plastic", color: "blue", body: true },
    land: { words: ["land", "continent", "country"], material: "paint", color: "green" },
    meridian: { words: ["meridian", "ring", "arc", "axis", "pin", "arm"], material: "brass" },
    stand: { words: ["stand", "base", "foot", "post", "pedestal"], material: "wood", body: true },
  },
  parts: () => {
    const r = 0.15, c: [number, number, number] = [0, 0, 0.3], tilt = 0.41;
    // Continents sit just under the surface so they read as patches on the map, not lumps.
    const land = ([lat, lon, w, h]: number[], i: number) => {
      const [la, lo] = [lat, lon];
      const at: [number, number, number] = [c[0] + r * 0.96 * Math.cos(la) * Math.cos(lo), c[1] + r * 0.96 * Math.cos(la) * Math.sin(lo), c[2] + r * 0.96 * Math.sin(la)];
      return part(`land_${i + 1}`, "sphere", [0.018, w, h], at, "land", { rot: [0, -la, lo] });
    };
    return [
      part("base", lathe([[0, 0], [1, 0], [1, 0.4], [0.7, 0.7], [0.35, 1], [0, 1]]), [0.18, 0.18, 0.04], [0, 0, 0.02], "stand"),
      part("post", "cylinder", [0.022, 0.022, 0.115], [0, 0, 0.0975], "stand"),
      part("sphere", "sphere", [2 * r, 2 * r, 2 * r], c, "sphere"),
      ...[[0.6, -1.9, 0.1, 0.08], [-0.3, -1.6, 0.06, 0.1], [0.55, -0.9, 0.09, 0.06], [0.1, -1.0, 0.07, 0.1], [0.4, -0.3, 0.1, 0.07]].map(land),
      part("meridian", "torus", [2 * r + 0.03, 2 * r + 0.03, 0.01], c, "meridian", { rot: [HALF_PI, tilt, 0] }),
      part("pin_top", "sphere", [0.016, 0.016, 0.016], [c[0] + Math.sin(tilt) * (r + 0.015), 0, c[2] + Math.cos(tilt) * (r + 0.015)], "meridian"),
      part("pin_bottom", "cylinder", [0.024, 0.024, 0.03], [0, 0, 0.145], "meridian"),
    ];
  },
});

/** A magnifying glass lying flat: a round glass lens in a brass rim, a short neck and a turned wooden handle to +X. */
const magnifyingGlass = defineKind({
  name: "magnifying glass",
  synonyms: ["magnifier", "hand lens", "magnifying lens", "reading magnifier", "detective magnifying glass"],
  category: "tool",
  roles: {
    lens: { words: ["lens", "glass"], material: "glass" },
    rim: { words: ["rim", "ring", "frame", "bezel"], material: "brass" },
    handle: { words: ["handle", "grip", "body"], material: "wood", body: true },
    ferrule: { words: ["ferrule", "neck", "collar"], material: "brass" },
  },
  parts: [
    part("rim", "torus", [0.085, 0.085, 0.008], [0, 0, 0.004], "rim"),
    part("lens", "cylinder", [0.076, 0.076, 0.004], [0, 0, 0.004], "lens"),
    part("neck", "cylinder", [0.009, 0.009, 0.024], [0.052, 0, 0.005], "ferrule", { rot: ALONG_X }),
    part("ferrule", "cylinder", [0.02, 0.02, 0.016], [0.07, 0, 0.01], "ferrule", { rot: ALONG_X }),
    part("handle", "capsule", [0.022, 0.022, 0.11], [0.13, 0, 0.011], "handle", { rot: ALONG_X }),
  ],
});

/** A pair of scissors lying flat and a little open: two steel blades crossing at a pivot screw, arms back to two finger loops. */
const scissors = defineKind({
  name: "scissors",
  synonyms: ["pair of scissors", "scissor", "shears", "sewing scissors", "paper scissors", "craft scissors"],
  category: "tool",
  roles: {
    blades: { words: ["blade", "edge", "point", "tip"], material: "steel" },
    handles: { words: ["handle", "loop", "grip", "ring", "finger hole", "body"], material: "plastic", color: "orange", body: true },
    pivot: { words: ["pivot", "screw", "rivet", "hinge"], material: "steel", color: "charcoal" },
  },
  parts: () => {
    const out: PartSpec[] = [];
    [0.1, -0.1].forEach((a, i) => {
      // The lower blade lies on the table; the upper one crosses over it at the pivot.
      const z = i === 0 ? 0.00375 : 0.00125, s = i === 0 ? -1 : 1;
      out.push(part(`blade_${i + 1}`, "box", [0.1, 0.011, 0.0025], [0.05 * Math.cos(a), 0.05 * Math.sin(a), z], "blades", { rot: [0, 0, a] }));
      out.push({ ...rod(`arm_${i + 1}`, [0, 0, z], [-0.052, s * 0.017, z], 0.007, "blades"), shape: "box", size: [0.0025, 0.007, Math.hypot(0.052, 0.017)] });
      out.push(part(`loop_${i + 1}`, "torus", [0.034, 0.026, 0.007], [-0.07, s * 0.021, 0.0035], "handles", { rot: [0, 0, s * 0.3] }));
    });
    out.push(part("pivot", "cylinder", [0.007, 0.007, 0.0065], [0, 0, 0.00325], "pivot"));
    return out;
  },
});

/** A vintage typewriter: a black body, a stepped deck of round keys and a space bar, a platen roller with knobs, paper and ribbon spools. */
const typewriter = defineKind({
  name: "typewriter",
  synonyms: ["type writer", "manual typewriter", "vintage typewriter", "typing machine", "writing machine"],
  category: "electronics",
  roles: {
    body: { words: ["body", "case", "frame", "housing", "deck"], material: "metal", color: "black", body: true },
    keys: { words: ["key", "keyboard", "button", "spacebar", "space bar"], material: "plastic", color: "ivory" },
    platen: { words: ["platen", "roller", "carriage", "cylinder"], material: "rubber", color: "black" },
    knobs: { words: ["knob", "lever", "arm"], material: "chrome" },
    spools: { words: ["spool", "ribbon", "reel"], material: "metal", color: "red" },
    paper: { words: ["paper", "sheet", "page"], material: "paper", optional: "on" },
  },
  groups: { keys: { role: "keys", unit: "key", default: 12, min: 0, max: 18 } },
  parts: (p) => {
    // The deck climbs in four steps from the front edge to the body: the space bar, then three staggered rows of keys.
    const n = p.count("keys"), stepY = (r: number) => -0.145 + r * 0.025, stepH = (r: number) => 0.022 + r * 0.011;
    const perRow = [0, 1, 2].map((r) => Math.floor(n / 3) + (r < n % 3 ? 1 : 0));
    const keys = perRow.flatMap((k, r) => spread(k, 0.045 * (k - 1)).map((x) => [x + (r % 2) * 0.012, r + 1] as const));
    return [
      part("body", "rounded_box", [0.3, 0.2, 0.09], [0, 0.04, 0.045], "body"),
      ...[0, 1, 2, 3].map((r) => part(`step_${r + 1}`, "box", [0.28, 0.027, stepH(r)], [0, stepY(r), stepH(r) / 2], "body")),
      ...keys.map(([x, r], i) => part(`key_${i + 1}`, "cylinder", [0.016, 0.016, 0.01], [x, stepY(r), stepH(r) + 0.005], "keys", { group: "keys" })),
      part("space_bar", "box", [0.13, 0.012, 0.008], [0, stepY(0), stepH(0) + 0.004], "keys"),
      part("platen", "cylinder", [0.04, 0.04, 0.34], [0, 0.07, 0.11], "platen", { rot: ALONG_X }),
      ...[-1, 1].map((s, i) => part(`knob_${i + 1}`, "cylinder", [0.042, 0.042, 0.02], [s * 0.18, 0.07, 0.11], "knobs", { rot: ALONG_X })),
      rod("lever", [-0.175, 0.06, 0.12], [-0.2, -0.01, 0.155], 0.008, "knobs"),
      ...[-1, 1].map((s, i) => part(`spool_${i + 1}`, "cylinder", [0.05, 0.05, 0.012], [s * 0.08, 0.0, 0.096], "spools")),
      part("paper", "box", [0.21, 0.002, 0.16], [0, 0.092, 0.185], "paper"),
    ];
  },
});

/** A round bird cage: a tray base, a ring of upright wire bars, a domed top with a finial and hanging hook, a perch across. */
const birdCage = defineKind({
  name: "birdcage",
  synonyms: ["bird cage", "parrot cage", "canary cage", "budgie cage", "hanging bird cage"],
  category: "household",
  roles: {
    bars: { words: ["bar", "wire", "rod", "cage"], material: "brass", body: true },
    frame: { words: ["frame", "dome", "top", "roof", "ring", "band", "finial"], material: "brass", body: true },
    base: { words: ["base", "tray", "floor", "bottom"], material: "brass", color: "charcoal" },
    perch: { words: ["perch", "stick", "swing"], material: "wood" },
    hook: { words: ["hook", "hanger", "handle"], material: "brass" },
    cup: { words: ["cup", "feeder", "bowl", "dish"], material: "ceramic", optional: "on" },
  },
  groups: { bars: { role: "bars", unit: "bar", default: 14, min: 6, max: 18 } },
  parts: (p) => [
    part("base", "cylinder", [0.36, 0.36, 0.04], [0, 0, 0.02], "base"),
    ...circlePoints(p.count("bars"), 0.165).map(([x, y], i) => part(`bar_${i + 1}`, "cylinder", [0.005, 0.005, 0.4], [x, y, 0.24], "bars", { group: "bars" })),
    part("band", "torus", [0.34, 0.34, 0.01], [0, 0, 0.16], "frame"),
    part("top_ring", "torus", [0.345, 0.345, 0.012], [0, 0, 0.44], "frame"),
    part("dome", "hemisphere", [0.335, 0.335, 0.13], [0, 0, 0.505], "frame"),
    part("finial", "sphere", [0.03, 0.03, 0.03], [0, 0, 0.58], "frame"),
    part("hook", "torus", [0.06, 0.06, 0.008], [0, 0, 0.62], "hook", { rot: FACING }),
    rod("perch", [-0.165, 0, 0.2], [0.165, 0, 0.2], 0.012, "perch"),
    part("cup", "cylinder", [0.06, 0.06, 0.03], [0.09, 0.09, 0.055], "cup"),
  ],
});

/** A light bulb standing on its screw cap: contact, insulator and threaded cap, a pear of clear glass and a glowing filament. */
const lightBulb = defineKind({
  name: "light bulb",
  synonyms: ["lightbulb", "incandescent bulb", "edison bulb", "incandescent light bulb", "led bulb", "filament bulb"],
  category: "household",
  roles: {
    glass: { words: ["glass", "bulb", "globe"], material: "glass", body: true },
    cap: { words: ["cap", "base", "screw", "thread", "socket", "metal"], material: "aluminum" },
    contact: { words: ["contact", "tip", "insulator"], material: "plastic", color: "black" },
    filament: { words: ["filament", "light", "glow"], material: "bulb" },
    wires: { words: ["wire", "stem", "support"], material: "metal" },
  },
  parts: [
    part("contact", "cylinder", [0.008, 0.008, 0.003], [0, 0, 0.0015], "contact", { tint: "gold" }),
    part("insulator", taper(1.6), [0.02, 0.02, 0.005], [0, 0, 0.0055], "contact"),
    part("cap", "cylinder", [0.026, 0.026, 0.024], [0, 0, 0.02], "cap"),
    ...[0.012, 0.019, 0.026].map((z, i) => part(`thread_${i + 1}`, "torus", [0.0285, 0.0285, 0.003], [0, 0, z], "cap")),
    part("glass", lathe([[0, 0], [0.45, 0], [0.5, 0.15], [0.9, 0.45], [1, 0.65], [0.9, 0.85], [0.5, 0.98], [0, 1]]), [0.06, 0.06, 0.078], [0, 0, 0.071], "glass"),
    part("stem", "cylinder", [0.006, 0.006, 0.02], [0, 0, 0.042], "wires"),
    ...[-1, 1].map((s, i) => rod(`wire_${i + 1}`, [0, 0, 0.05], [s * 0.008, 0, 0.073], 0.001, "wires")),
    part("filament", "torus", [0.017, 0.017, 0.0018], [0, 0, 0.074], "filament", { rot: FACING }),
  ],
});

/** A red fire extinguisher standing on its foot: a tall cylinder with a domed top, a valve with handle, lever, gauge and pin, and a hose down the side. */
const fireExtinguisher = defineKind({
  name: "fire extinguisher",
  synonyms: ["extinguisher", "fire extinguisher bottle", "co2 extinguisher", "foam extinguisher", "powder extinguisher"],
  category: "household",
  roles: {
    body: { words: ["body", "cylinder", "tank", "canister", "bottle", "dome"], material: "metal", color: "red", body: true },
    foot: { words: ["foot", "base", "bottom"], material: "plastic", color: "black" },
    valve: { words: ["valve", "head", "neck"], material: "brass" },
    handle: { words: ["handle", "lever", "trigger"], material: "steel" },
    gauge: { words: ["gauge", "dial", "meter"], material: "plastic", color: "white" },
    hose: { words: ["hose", "pipe", "nozzle", "horn"], material: "rubber", color: "black" },
    label: { words: ["label", "sticker", "instruction"], material: "paper", color: "white" },
    pin: { words: ["pin", "seal", "safety pin"], material: "plastic", color: "yellow" },
  },
  parts: [
    part("foot", "cylinder", [0.155, 0.155, 0.025], [0, 0, 0.0125], "foot"),
    part("body", "cylinder", [0.15, 0.15, 0.38], [0, 0, 0.21], "body"),
    part("dome", "hemisphere", [0.15, 0.15, 0.05], [0, 0, 0.425], "body"),
    part("neck", "cylinder", [0.04, 0.04, 0.03], [0, 0, 0.46], "valve"),
    part("valve", "box", [0.05, 0.04, 0.04], [0, 0, 0.49], "valve"),
    part("handle", "box", [0.09, 0.025, 0.012], [0.06, 0, 0.497], "handle"),
    part("lever", "box", [0.1, 0.025, 0.01], [0.05, 0, 0.53], "handle", { rot: [0, -0.2, 0] }),
    part("gauge", "cylinder", [0.03, 0.03, 0.01], [0, -0.025, 0.495], "gauge", { rot: FACING }),
    part("pin", "torus", [0.022, 0.022, 0.004], [0.028, -0.021, 0.51], "pin", { rot: FACING }),
    rod("hose_1", [-0.025, 0, 0.49], [-0.085, 0, 0.44], 0.016, "hose"),
    rod("hose_2", [-0.085, 0, 0.44], [-0.085, 0, 0.2], 0.016, "hose"),
    part("nozzle", taper(0.6), [0.024, 0.024, 0.05], [-0.085, 0, 0.175], "hose", { rot: [Math.PI, 0, 0] }),
    part("label", "box", [0.08, 0.004, 0.13], [0, -0.075, 0.23], "label"),
  ],
});

/** A bicycle helmet resting on its rim, peak to the front (-Y): a long domed shell, a dark liner rim, a row of vents and a visor. */
const helmet = defineKind({
  // Only named as a bicycle helmet: a bare "helmet" may as well be a viking's, a diver's or a racer's.
  name: "bicycle helmet",
  synonyms: ["bike helmet", "cycling helmet", "cycle helmet", "skate helmet", "skateboard helmet", "scooter helmet"],
  category: "clothing",
  roles: {
    shell: { words: ["shell", "body", "dome", "helmet", "top"], material: "plastic", color: "red", body: true },
    liner: { words: ["liner", "rim", "edge", "padding", "foam"], material: "plastic", color: "black" },
    vents: { words: ["vent", "slot", "hole", "stripe"], material: "plastic", color: "black" },
    visor: { words: ["visor", "peak", "brim", "bill"], material: "plastic", color: "black", optional: "on" },
  },
  groups: { vents: { role: "vents", unit: "vent", default: 5, min: 0, max: 7 } },
  parts: (p) => {
    const a = 0.105, c = 0.14, n = p.count("vents");
    // Vents lie along the crown's centre line, each turned to the shell's slope where it sits.
    const vents = spread(n, 0.028 * (n - 1)).map((x, i) => {
      const z = c * Math.sqrt(1 - (x / a) ** 2);
      return part(`vent_${i + 1}`, "sphere", [0.014, 0.075, 0.012], [x, 0.01, z - 0.005], "vents", { rot: [0, Math.atan2(x / (a * a), z / (c * c)), 0], group: "vents" });
    });
    return [
      part("shell", "hemisphere", [2 * a, 0.27, c], [0, 0, c / 2], "shell"),
      part("liner", "torus", [2 * a + 0.004, 0.274, 0.02], [0, 0, 0.01], "liner"),
      ...vents,
      part("visor", "box", [0.13, 0.032, 0.005], [0, -0.122, 0.085], "visor", { rot: [0.35, 0, 0] }),
    ];
  },
});

/** A knight's great helm: a flat-topped steel barrel with a low dome, an eye slit, breathing holes, a cross of brass trim and a red plume. */
const knightHelmet = defineKind({
  name: "knight helmet",
  synonyms: ["knight's helmet", "knights helmet", "knight's helm", "knight helm", "great helm", "medieval helmet", "crusader helmet", "armor helmet", "armour helmet", "suit of armor helmet"],
  category: "clothing",
  roles: {
    shell: { words: ["shell", "body", "helm", "helmet", "dome", "top"], material: "steel", body: true },
    trim: { words: ["trim", "cross", "band", "reinforcement", "rim"], material: "brass" },
    slit: { words: ["slit", "visor", "eye", "opening"], material: "paint", color: "black" },
    holes: { words: ["hole", "vent", "breath", "breathing"], material: "paint", color: "black" },
    plume: { words: ["plume", "feather", "crest"], material: "fabric", color: "red", optional: "on" },
  },
  groups: { holes: { role: "holes", unit: "hole", default: 6, min: 0, max: 10 } },
  parts: (p) => [
    part("shell", "cylinder", [0.22, 0.24, 0.26], [0, 0, 0.13], "shell"),
    part("dome", "hemisphere", [0.22, 0.24, 0.05], [0, 0, 0.285], "shell"),
    part("band", "torus", [0.226, 0.246, 0.014], [0, 0, 0.26], "trim"),
    part("cross_bar", "box", [0.026, 0.012, 0.24], [0, -0.118, 0.13], "trim"),
    part("brow_bar", "box", [0.2, 0.012, 0.022], [0, -0.116, 0.215], "trim", { tint: "gold" }),
    ...[-1, 1].map((s, i) => part(`slit_${i + 1}`, "box", [0.07, 0.01, 0.012], [s * 0.052, -0.117, 0.19], "slit")),
    ...Array.from({ length: p.count("holes") }, (_, i) => part(`hole_${i + 1}`, "cylinder", [0.007, 0.007, 0.01], [0.03 + (i % 2) * 0.018, -0.116, 0.12 - Math.floor(i / 2) * 0.022], "holes", { rot: FACING, group: "holes" })),
    part("plume", "capsule", [0.05, 0.07, 0.16], [0, 0.03, 0.36], "plume", { rot: [-0.5, 0, 0] }),
  ],
});

/** A tall leather riding boot on the ground, toe to +X: a raised heel and tread, the foot with a round toe, a knee-high shaft, a strap and buckle. */
const leatherBoot = defineKind({
  name: "leather boot",
  synonyms: ["riding boot", "knee high boot", "knee-high boot", "tall boot", "tall leather boot", "equestrian boot", "horse riding boot", "field boot", "dress boot", "leather riding boot", "thigh high boot"],
  category: "clothing",
  roles: {
    upper: { words: ["upper", "body", "shaft", "leg", "toe", "foot", "vamp", "boot"], material: "leather", color: "black", body: true },
    sole: { words: ["sole", "heel", "tread", "outsole"], material: "leather", color: "charcoal" },
    collar: { words: ["collar", "cuff", "top", "rim", "opening", "lining"], material: "leather", color: "brown" },
    strap: { words: ["strap", "belt"], material: "leather", color: "brown", optional: "on" },
    buckle: { words: ["buckle", "clasp"], material: "brass" },
  },
  // The buckle is on the strap, so it leaves with it.
  parts: (p) => [
    part("heel", "box", [0.065, 0.08, 0.025], [-0.1, 0, 0.0125], "sole"),
    part("tread", "box", [0.1, 0.095, 0.025], [0.085, 0, 0.0125], "sole"),
    part("sole", "rounded_box", [0.3, 0.1, 0.01], [0, 0, 0.03], "sole"),
    part("foot", "capsule", [0.085, 0.095, 0.24], [0.01, 0, 0.075], "upper", { rot: ALONG_X }),
    part("toe", "sphere", [0.09, 0.095, 0.08], [0.1, 0, 0.074], "upper"),
    part("shaft", taper(1.15), [0.12, 0.11, 0.42], [-0.075, 0, 0.245], "upper"),
    part("collar", "torus", [0.13, 0.12, 0.02], [-0.075, 0, 0.455], "collar"),
    part("opening", "cylinder", [0.108, 0.098, 0.004], [-0.075, 0, 0.457], "collar", { tint: "black" }),
    ...(p.has("strap") ? [
      part("strap", "torus", [0.124, 0.114, 0.016], [-0.075, 0, 0.4], "strap"),
      part("buckle", "box", [0.022, 0.006, 0.024], [-0.075, -0.058, 0.4], "buckle"),
    ] : []),
  ],
});

/** A party balloon on its string: a round rubber balloon with a knot, its string running down to a small weight on the floor. */
const balloon = defineKind({
  name: "balloon",
  synonyms: ["party balloon", "helium balloon", "latex balloon", "birthday balloon", "balloon on a string"],
  category: "toy",
  roles: {
    balloon: { words: ["balloon", "body", "rubber"], material: "plastic", color: "red", body: true },
    knot: { words: ["knot", "neck", "tie"], material: "plastic", color: "red", body: true },
    string: { words: ["string", "ribbon", "thread", "cord", "line"], material: "fabric", color: "white" },
    weight: { words: ["weight", "anchor"], material: "plastic", color: "silver", optional: "on" },
  },
  parts: [
    // A balloon is a little pointed at the knot end and rounder on top.
    part("balloon", lathe([[0, 0], [0.3, 0.04], [0.75, 0.25], [1, 0.55], [0.9, 0.82], [0.55, 0.97], [0, 1]]), [0.28, 0.28, 0.34], [0, 0, 1.185], "balloon"),
    part("knot", taper(1.8), [0.022, 0.022, 0.022], [0, 0, 1.011], "knot"),
    rod("string_1", [0, 0, 1.0], [0.035, 0, 0.5], 0.002, "string"),
    rod("string_2", [0.035, 0, 0.5], [0, 0, 0.02], 0.002, "string"),
    part("weight", "cylinder", [0.04, 0.04, 0.025], [0, 0, 0.0125], "weight"),
  ],
});

export const THINGS_KINDS: SubjectDef[] = [
  pencil, book, key, padlock, bell, medal, ring, boxingRing, pictureFrame, candlestick, hourglass, globe, magnifyingGlass, scissors, typewriter,
  birdCage, lightBulb, fireExtinguisher, helmet, knightHelmet, leatherBoot, balloon,
];
