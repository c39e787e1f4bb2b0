import type { PartSpec, SubjectDef } from "../types";
import { defineKind } from "./define-kind";
import { ALONG_X, circlePoints, FACING, HALF_PI, lathe, part, rod, spread, taper, wallBetween } from "./kit";

/** A violin standing on its end: two bouts and a waist, f-holes, bridge, black fingerboard, neck, pegbox and scroll, counted strings; an optional bow lies in front. */
const violin = defineKind({
  name: "violin",
  synonyms: ["fiddle"],
  variants: { viola: { scale: [1.15, 1.15, 1.15] } },
  category: "instrument",
  roles: {
    body: { words: ["body", "top", "back", "belly", "bout", "violin"], material: "wood", color: "copper", body: true },
    neck: { words: ["neck", "scroll", "pegbox", "head"], material: "wood", color: "copper", body: true },
    fingerboard: { words: ["fingerboard", "fretboard"], material: "wood", color: "black" },
    fittings: { words: ["peg", "tailpiece", "chinrest", "tuner"], material: "wood", color: "black" },
    bridge: { words: ["bridge"], material: "wood", color: "beige" },
    holes: { words: ["hole", "soundhole"], material: "paint", color: "black" },
    strings: { words: ["string"], material: "steel" },
    bow: { words: ["bow"], material: "wood", color: "brown", optional: "off" },
  },
  groups: { strings: { role: "strings", unit: "string", default: 4, min: 1, max: 6 } },
  parts: (p) => [
    part("lower_bout", "cylinder", [0.205, 0.205, 0.04], [0, 0, 0.1025], "body", { rot: FACING }),
    part("upper_bout", "cylinder", [0.165, 0.165, 0.04], [0, 0, 0.275], "body", { rot: FACING }),
    part("waist", "box", [0.11, 0.04, 0.09], [0, 0, 0.19], "body"),
    ...[-1, 1].map((s, i) => part(`f_hole_${i + 1}`, "box", [0.006, 0.002, 0.055], [s * 0.04, -0.021, 0.16], "holes")),
    part("bridge", "box", [0.042, 0.008, 0.02], [0, -0.028, 0.135], "bridge"),
    part("tailpiece", taper(0.6), [0.035, 0.008, 0.07], [0, -0.025, 0.055], "fittings", { rot: [Math.PI, 0, 0] }),
    part("chinrest", "rounded_box", [0.06, 0.014, 0.035], [-0.045, -0.026, 0.03], "fittings"),
    part("neck", "box", [0.032, 0.024, 0.135], [0, -0.01, 0.4225], "neck"),
    part("fingerboard", "box", [0.042, 0.01, 0.27], [0, -0.027, 0.38], "fingerboard"),
    part("pegbox", "box", [0.026, 0.024, 0.075], [0, -0.008, 0.525], "neck"),
    part("scroll", "cylinder", [0.04, 0.04, 0.026], [0, -0.008, 0.575], "neck", { rot: ALONG_X }),
    ...[0.5, 0.515, 0.53, 0.545].map((z, i) => {
      const s = i % 2 ? 1 : -1;
      return rod(`peg_${i + 1}`, [s * 0.012, -0.008, z], [s * 0.04, -0.008, z], 0.008, "fittings");
    }),
    ...spread(p.count("strings"), 0.018).map((x, i) =>
      part(`string_${i + 1}`, "box", [0.0012, 0.0012, 0.43], [x, -0.036, 0.3], "strings", { group: "strings" })),
    // The bow lies on the floor in front of the violin: stick, horsehair and frog.
    rod("bow_stick", [-0.37, -0.16, 0.005], [0.37, -0.16, 0.005], 0.008, "bow"),
    part("bow_hair", "box", [0.66, 0.008, 0.003], [0, -0.145, 0.0015], "bow", { tint: "ivory" }),
    part("bow_frog", "box", [0.05, 0.022, 0.022], [-0.32, -0.152, 0.011], "bow", { tint: "black" }),
  ],
});

/** A trumpet with its valves standing on the floor: mouthpiece, lead pipe, three valves with pearl buttons, a tuning loop below and a flared bell to the right. */
const trumpet = defineKind({
  name: "trumpet",
  synonyms: ["brass trumpet"],
  variants: { cornet: { scale: [0.75, 1, 1.05] } },
  category: "instrument",
  roles: {
    tubing: { words: ["tube", "tubing", "pipe", "leadpipe", "slide", "body", "crook"], material: "brass", body: true },
    bell: { words: ["bell", "flare", "horn"], material: "brass", body: true },
    valves: { words: ["valve", "piston", "casing"], material: "brass", body: true },
    buttons: { words: ["button", "key", "cap"], material: "porcelain", color: "ivory" },
    mouthpiece: { words: ["mouthpiece"], material: "silver" },
  },
  parts: () => {
    const up = 0.075, low = 0.025, valves = [-0.03, -0.005, 0.02];
    return [
      ...valves.flatMap((x, i) => [
        part(`valve_${i + 1}`, "cylinder", [0.022, 0.022, 0.105], [x, 0, 0.0525], "valves"),
        part(`valve_stem_${i + 1}`, "cylinder", [0.006, 0.006, 0.012], [x, 0, 0.111], "valves"),
        part(`button_${i + 1}`, "cylinder", [0.018, 0.018, 0.007], [x, 0, 0.12], "buttons"),
      ]),
      { ...rod("mouthpiece", [-0.26, 0, up], [-0.19, 0, up], 0.026, "mouthpiece"), shape: taper(0.4) },
      rod("lead_pipe", [-0.195, 0, up], [-0.041, 0, up], 0.011, "tubing"),
      rod("bell_pipe", [0.031, 0, up], [0.105, 0, up], 0.013, "tubing"),
      rod("tuning_slide", [-0.14, 0, low], [0.07, 0, low], 0.012, "tubing"),
      rod("back_bend", [-0.14, 0, low], [-0.14, 0, up], 0.012, "tubing"),
      rod("front_bend", [0.07, 0, low], [0.07, 0, up], 0.012, "tubing"),
      // Up the outside of the flare and back down inside it: an open bell, narrow end to the valves.
      part("bell", lathe([[0.007, 0], [0.009, 0.06], [0.013, 0.11], [0.022, 0.145], [0.038, 0.168], [0.055, 0.18], [0.052, 0.18], [0.035, 0.17], [0.02, 0.15], [0.011, 0.11], [0.005, 0]]),
        [0.11, 0.11, 0.18], [0.19, 0, up], "bell", { rot: ALONG_X }),
    ];
  },
});

/** A silver concert flute lying on the floor: head joint with lip plate, body and foot joints, a row of counted keys on a key rod. */
const flute = defineKind({
  name: "flute",
  synonyms: ["concert flute", "transverse flute", "silver flute"],
  category: "instrument",
  roles: {
    body: { words: ["body", "tube", "joint", "headjoint", "foot", "crown", "plate", "lip"], material: "silver", body: true },
    keys: { words: ["key", "pad", "rod"], material: "silver" },
    hole: { words: ["hole", "embouchure"], material: "paint", color: "black" },
  },
  groups: { keys: { role: "keys", unit: "key", default: 9, min: 3, max: 16 } },
  parts: (p) => [
    part("head_joint", "cylinder", [0.019, 0.019, 0.2], [-0.225, 0, 0.0095], "body", { rot: ALONG_X }),
    part("crown", "cylinder", [0.021, 0.021, 0.012], [-0.331, 0, 0.0105], "body", { rot: ALONG_X }),
    part("lip_plate", "rounded_box", [0.028, 0.02, 0.004], [-0.27, 0, 0.02], "body"),
    part("embouchure", "cylinder", [0.01, 0.008, 0.002], [-0.27, 0, 0.0225], "hole"),
    part("body_joint", "cylinder", [0.019, 0.019, 0.33], [0.04, 0, 0.0095], "body", { rot: ALONG_X }),
    part("foot_joint", "cylinder", [0.018, 0.018, 0.13], [0.27, 0, 0.0095], "body", { rot: ALONG_X }),
    ...[-0.125, 0.205].map((x, i) => part(`ring_${i + 1}`, "cylinder", [0.021, 0.021, 0.008], [x, 0, 0.0105], "body", { rot: ALONG_X })),
    rod("key_rod", [-0.09, 0.008, 0.017], [0.31, 0.008, 0.017], 0.003, "keys"),
    ...spread(p.count("keys"), 0.36).map((x, i) => part(`key_${i + 1}`, "cylinder", [0.013, 0.013, 0.004], [0.11 + x, 0, 0.0205], "keys", { group: "keys" })),
  ],
});

/** Where a harp's frame runs, in its XZ plane: soundbox from the base up to the neck, neck back over to the column. */
const HARP = { box: [[-0.17, 0.09], [0.42, 1.12]], neck: [[-0.3, 1.4], [0.08, 1.2], [0.45, 1.17]] } as const;

/** Height of a polyline (points sorted by x) at x. */
function heightAt(line: ReadonlyArray<readonly [number, number]>, x: number): number {
  for (let i = 1; i < line.length; i++) {
    const [x0, z0] = line[i - 1], [x1, z1] = line[i];
    if (x <= x1 || i === line.length - 1) return z0 + ((x - x0) / (x1 - x0)) * (z1 - z0);
  }
  return line[0][1];
}

/** A floor harp on its base: a straight column, a curved neck and a slanting soundbox, with counted strings (every seventh red, as C strings are). */
const harp = defineKind({
  name: "harp",
  synonyms: ["concert harp", "lever harp", "celtic harp", "pedal harp", "irish harp"],
  category: "instrument",
  roles: {
    frame: { words: ["frame", "column", "pillar", "neck", "crown", "harp"], material: "wood", color: "tan", body: true },
    soundbox: { words: ["soundbox", "soundboard", "body", "box"], material: "wood", color: "tan", body: true },
    base: { words: ["base", "foot", "pedestal", "plinth"], material: "wood", color: "tan", body: true },
    strings: { words: ["string"], material: "plastic", color: "cream" },
  },
  groups: { strings: { role: "strings", unit: "string", default: 15, min: 4, max: 40 } },
  parts: (p) => {
    const [b0, b1] = HARP.box, [n0, n1, n2] = HARP.neck;
    const strings = spread(p.count("strings"), 0.5).map((dx, i) => {
      const x = 0.125 + dx, bottom = heightAt(HARP.box, x) + 0.08, top = heightAt(HARP.neck, x);
      return part(`string_${i + 1}`, "cylinder", [0.005, 0.005, top - bottom], [x, 0, (top + bottom) / 2], "strings", { group: "strings", ...(i % 7 === 0 && { tint: "red" }) });
    });
    return [
      part("base", "rounded_box", [0.52, 0.28, 0.08], [-0.1, 0, 0.04], "base"),
      part("column_foot", "cylinder", [0.09, 0.09, 0.06], [-0.3, 0, 0.11], "frame"),
      part("column", "cylinder", [0.065, 0.065, 1.3], [-0.3, 0, 0.73], "frame"),
      part("column_top", "cylinder", [0.1, 0.1, 0.08], [-0.3, 0, 1.42], "frame"),
      { ...rod("soundbox", [b0[0], 0, b0[1]], [b1[0], 0, b1[1]], 0.16, "soundbox"), shape: taper(0.35), size: [0.16, 0.3, Math.hypot(b1[0] - b0[0], b1[1] - b0[1])] },
      rod("neck_1", [n0[0], 0, n0[1]], [n1[0], 0, n1[1]], 0.075, "frame"),
      part("neck_elbow", "sphere", [0.075, 0.075, 0.075], [n1[0], 0, n1[1]], "frame"),
      rod("neck_2", [n1[0], 0, n1[1]], [n2[0], 0, n2[1]], 0.07, "frame"),
      part("neck_end", "sphere", [0.09, 0.09, 0.09], [n2[0], 0, n2[1] - 0.01], "frame"),
      ...strings,
    ];
  },
});

const RAINBOW = ["red", "orange", "yellow", "green", "cyan", "blue", "purple", "pink"];

/** A tabletop xylophone: a trapezoid wooden frame of two rails, counted rainbow bars shortening to the right, two mallets resting on top. */
const xylophone = defineKind({
  name: "xylophone",
  synonyms: ["toy xylophone", "wooden xylophone"],
  category: "instrument",
  roles: {
    frame: { words: ["frame", "rail", "base", "body", "stand"], material: "wood", color: "brown", body: true },
    bars: { words: ["bar", "key", "plate"], material: "wood" },
    mallets: { words: ["mallet", "stick", "beater"], material: "wood", color: "beige", optional: "on" },
  },
  groups: { bars: { role: "bars", unit: "bar", default: 12, min: 3, max: 24 } },
  parts: (p) => {
    const n = p.count("bars"), half = ((n - 1) * 0.05) / 2 + 0.04, rail = 0.045, top = rail + 0.018;
    // Bars shorten from 24 cm to 13 cm; the rails meet them at their nodes, about a quarter in from each end.
    const length = (x: number) => 0.185 - (x / half) * 0.055;
    const y = (x: number) => 0.26 * length(x);
    return [
      ...[-1, 1].map((s, i) => wallBetween(`rail_${i + 1}`, [-half, s * y(-half)], [half, s * y(half)], rail, 0.03, "frame")),
      ...[-half, half].map((x, i) => wallBetween(`rail_end_${i + 1}`, [x, -y(x) - 0.015], [x, y(x) + 0.015], rail, 0.03, "frame")),
      ...spread(n, (n - 1) * 0.05).map((x, i) => part(`bar_${i + 1}`, "box", [0.038, length(x), 0.018], [x, 0, rail + 0.009], "bars", { group: "bars", tint: RAINBOW[i % RAINBOW.length] })),
      ...[[-0.12, -0.02], [0.06, 0.02]].flatMap(([x, dy], i) => [
        part(`mallet_head_${i + 1}`, "sphere", [0.03, 0.03, 0.03], [x, dy, top + 0.015], "mallets", { tint: "red" }),
        rod(`mallet_${i + 1}`, [x + 0.01, dy - 0.01, top + 0.015], [x + 0.12, dy - 0.22, top + 0.015], 0.008, "mallets"),
      ]),
    ];
  },
});

/** A piano accordion standing on its end boxes: red bass and treble boxes, black bellows with white-edged folds, a keyboard with black keys, bass buttons and a grille. */
const accordion = defineKind({
  name: "accordion",
  synonyms: ["piano accordion", "squeezebox", "squeeze box", "button accordion"],
  category: "instrument",
  roles: {
    case: { words: ["case", "body", "end", "side", "cabinet"], material: "paint", color: "red", body: true },
    bellows: { words: ["bellows", "fold", "pleat"], material: "fabric", color: "black" },
    keys: { words: ["key", "keyboard"], material: "plastic", color: "white" },
    black_keys: { words: ["sharp", "flat"], material: "plastic", color: "black" },
    buttons: { words: ["button"], material: "plastic", color: "ivory" },
    grille: { words: ["grille", "grill"], material: "chrome" },
  },
  groups: {
    folds: { role: "bellows", unit: "fold", default: 6, min: 3, max: 14 },
    black_keys: { role: "black_keys", unit: "black_key", default: 8, min: 0, max: 16 },
    buttons: { role: "buttons", unit: "button", default: 6, min: 0, max: 24 },
  },
  parts: (p) => {
    const out: PartSpec[] = [
      part("bass_box", "rounded_box", [0.09, 0.2, 0.4], [-0.17, 0, 0.2], "case"),
      part("treble_box", "rounded_box", [0.09, 0.2, 0.42], [0.17, 0, 0.21], "case"),
      part("bellows", "box", [0.25, 0.17, 0.37], [0, 0, 0.2], "bellows"),
      ...spread(p.count("folds"), 0.2).map((x, i) => part(`fold_${i + 1}`, "box", [0.01, 0.19, 0.39], [x, 0, 0.2], "bellows", { group: "folds", tint: "white" })),
      part("keyboard", "box", [0.055, 0.02, 0.34], [0.15, -0.105, 0.21], "keys"),
      part("grille", "box", [0.028, 0.006, 0.3], [0.192, -0.102, 0.22], "grille"),
    ];
    // Black keys follow the 2-3 grouping of a piano: no sharp after E or B.
    const slots: number[] = [];
    for (let k = 0; slots.length < p.count("black_keys") && k < 40; k++) if (![2, 6].includes(k % 7)) slots.push(k);
    const step = 0.34 / ((slots.at(-1) ?? 0) + 2);
    slots.forEach((k, i) => out.push(part(`black_key_${i + 1}`, "box", [0.03, 0.012, step * 0.55], [0.16, -0.121, 0.04 + (k + 1) * step], "black_keys", { group: "black_keys" })));
    for (let i = 0; i < p.count("buttons"); i++) {
      out.push(part(`button_${i + 1}`, "cylinder", [0.014, 0.014, 0.008], [-0.218, i % 2 ? 0.03 : -0.03, 0.1 + Math.floor(i / 2) * 0.035], "buttons", { rot: ALONG_X, group: "buttons" }));
    }
    return out;
  },
});

/** A tambourine lying flat: a wooden hoop with a skin head and counted brass jingles in pairs around the rim. */
const tambourine = defineKind({
  name: "tambourine",
  synonyms: ["timbrel"],
  category: "instrument",
  roles: {
    frame: { words: ["frame", "hoop", "rim", "ring", "shell", "body", "side"], material: "wood", color: "tan", body: true },
    head: { words: ["head", "skin", "membrane", "drumhead"], material: "fabric", color: "ivory", optional: "on" },
    jingles: { words: ["jingle", "zil", "cymbal", "disc"], material: "brass" },
  },
  groups: { jingles: { role: "jingles", unit: "jingle", default: 10, min: 2, max: 20 } },
  parts: (p) => {
    const n = p.count("jingles"), slots = circlePoints(Math.ceil(n / 2), 0.125, -HALF_PI);
    return [
      part("hoop", lathe([[0.117, 0], [0.125, 0], [0.125, 0.05], [0.117, 0.05], [0.117, 0.002]]), [0.25, 0.25, 0.05], [0, 0, 0.025], "frame"),
      part("head", "cylinder", [0.246, 0.246, 0.004], [0, 0, 0.051], "head"),
      ...Array.from({ length: n }, (_, i) => {
        const [x, y] = slots[Math.floor(i / 2)];
        return part(`jingle_${i + 1}`, "cylinder", [0.045, 0.045, 0.004], [x, y, i % 2 ? 0.03 : 0.02], "jingles", { group: "jingles" });
      }),
    ];
  },
});

/** Musical instruments beyond the guitar, drum and piano, as declarative kinds (see define-kind.ts). */
export const INSTRUMENT_KINDS: SubjectDef[] = [violin, trumpet, flute, harp, xylophone, accordion, tambourine];
