import type { PartSpec, SubjectDef } from "../types";
import { defineKind } from "./define-kind";
import { circlePoints, lathe, part, rod, spread } from "./kit";

/** Upright posts at the given ground points, from the ground to `height`. */
const posts = (pts: Array<[number, number]>, height: number, d: number, group?: string): PartSpec[] =>
  pts.map(([x, y], i) => part(`post_${i + 1}`, "cylinder", [d, d, height], [x, y, height / 2], "posts", group ? { group } : {}));

const gazebo = defineKind({
  name: "gazebo",
  synonyms: ["pavilion", "bandstand", "garden gazebo", "summerhouse"],
  category: "building",
  roles: {
    roof: { words: ["roof", "top", "dome"], material: "wood", color: "green" },
    posts: { words: ["post", "pillar", "column"], material: "wood", color: "white", body: true },
    floor: { words: ["floor", "deck", "platform", "base"], material: "wood", color: "tan", body: true },
    railing: { words: ["railing", "rail", "balustrade"], material: "wood", color: "white", body: true, optional: "on" },
    finial: { words: ["finial", "spire", "tip"], material: "metal", color: "gold" },
  },
  groups: { posts: { role: "posts", unit: "post", default: 6, min: 4, max: 10 } },
  parts: (p) => {
    const n = p.count("posts"), r = 1.8;
    return [
      part("floor", "cylinder", [4.2, 4.2, 0.25], [0, 0, 0.125], "floor"),
      ...posts(circlePoints(n, r), 2.6, 0.14, "posts").map((x) => ({ ...x, at: [x.at[0], x.at[1], 0.25 + 1.3] as [number, number, number] })),
      part("eave", "cylinder", [4.3, 4.3, 0.2], [0, 0, 2.95], "roof"),
      part("roof", "cone", [4.5, 4.5, 1.6], [0, 0, 3.85], "roof"),
      part("finial", "sphere", [0.2, 0.2, 0.3], [0, 0, 4.7], "finial"),
      // A rail between each pair of posts except the front gap, which is the way in.
      ...circlePoints(n, r).flatMap(([x, y], i) => {
        const [x2, y2] = circlePoints(n, r)[(i + 1) % n];
        return (y + y2) / 2 < -r * 0.6 ? [] : [rod(`rail_${i + 1}`, [x, y, 1.15], [x2, y2, 1.15], 0.07, "railing")];
      }),
    ];
  },
});

const fountain = defineKind({
  name: "fountain",
  synonyms: ["garden fountain", "tiered fountain", "stone fountain", "water feature"],
  category: "street",
  roles: {
    basin: { words: ["basin", "pool", "bowl", "base"], material: "stone", color: "beige", body: true },
    column: { words: ["column", "pedestal", "pillar", "stem"], material: "stone", color: "beige", body: true },
    tier: { words: ["tier", "upper bowl", "dish"], material: "stone", color: "beige", body: true },
    water: { words: ["water", "spray", "jet"], material: "liquid", color: "sky" },
  },
  parts: [
    // Hollow basins: up the outside, over the lip, down the inside.
    part("basin", lathe([[0, 0], [1.5, 0], [1.5, 0.5], [1.38, 0.5], [1.38, 0.12], [0, 0.12]]), [3, 3, 0.5], [0, 0, 0.25], "basin"),
    part("water", "cylinder", [2.74, 2.74, 0.04], [0, 0, 0.4], "water"),
    part("column", lathe([[0.2, 0], [0.12, 0.3], [0.1, 0.9], [0.18, 1.2]]), [0.4, 0.4, 1.2], [0, 0, 0.72], "column"),
    part("tier", lathe([[0.1, 0], [0.7, 0.25], [0.65, 0.3], [0, 0.12]]), [1.4, 1.4, 0.3], [0, 0, 1.47], "tier"),
    part("spout", "cylinder", [0.08, 0.08, 0.4], [0, 0, 1.78], "column"),
    part("jet", "cone", [0.16, 0.16, 0.5], [0, 0, 2.2], "water"),
  ],
});

const busStop = defineKind({
  name: "bus stop",
  synonyms: ["bus shelter", "bus station shelter", "tram stop"],
  category: "street",
  roles: {
    roof: { words: ["roof", "canopy"], material: "metal", color: "gray", body: true },
    posts: { words: ["post", "frame", "pillar"], material: "metal", color: "gray", body: true },
    panels: { words: ["panel", "wall", "glass", "window"], material: "glass", color: "sky" },
    bench: { words: ["bench", "seat"], material: "wood", color: "brown", optional: "on" },
    sign: { words: ["sign", "pole", "timetable"], material: "paint", color: "blue" },
  },
  parts: [
    ...posts([[-1.5, 0.6], [1.5, 0.6], [-1.5, -0.6], [1.5, -0.6]], 2.4, 0.08),
    part("roof", "box", [3.3, 1.6, 0.1], [0, 0, 2.45], "roof"),
    part("back_panel", "box", [3.0, 0.03, 2.0], [0, 0.6, 1.2], "panels"),
    part("side_panel", "box", [0.03, 1.2, 2.0], [-1.5, 0, 1.2], "panels"),
    part("bench", "box", [2.0, 0.35, 0.05], [0, 0.4, 0.45], "bench"),
    part("bench_leg_left", "box", [0.05, 0.3, 0.43], [-0.9, 0.4, 0.215], "bench"),
    part("bench_leg_right", "box", [0.05, 0.3, 0.43], [0.9, 0.4, 0.215], "bench"),
    part("sign_pole", "cylinder", [0.06, 0.06, 2.6], [2.0, -0.6, 1.3], "sign"),
    part("sign", "cylinder", [0.45, 0.45, 0.03], [2.0, -0.62, 2.6], "sign", { rot: [Math.PI / 2, 0, 0] }),
  ],
});

const phoneBooth = defineKind({
  name: "phone booth",
  synonyms: ["telephone booth", "phone box", "telephone box", "call box", "phone kiosk"],
  category: "street",
  roles: {
    frame: { words: ["frame", "body", "booth", "box", "wall"], material: "paint", color: "red", body: true },
    roof: { words: ["roof", "top", "crown"], material: "paint", color: "red", body: true },
    windows: { words: ["window", "glass", "pane"], material: "glass", color: "sky" },
    sign: { words: ["sign", "label", "header"], material: "bulb", color: "white" },
    phone: { words: ["phone", "telephone", "handset"], material: "plastic", color: "black" },
  },
  parts: [
    part("base", "box", [1.0, 1.0, 0.12], [0, 0, 0.06], "frame"),
    ...([[-0.45, -0.45], [0.45, -0.45], [0.45, 0.45], [-0.45, 0.45]] as const).map(([x, y], i) => part(`corner_${i + 1}`, "box", [0.1, 0.1, 2.2], [x, y, 1.22], "frame")),
    part("door_window", "box", [0.8, 0.03, 1.7], [0, -0.45, 1.2], "windows"),
    part("left_window", "box", [0.03, 0.8, 1.7], [-0.45, 0, 1.2], "windows"),
    part("right_window", "box", [0.03, 0.8, 1.7], [0.45, 0, 1.2], "windows"),
    part("back_wall", "box", [0.8, 0.04, 2.2], [0, 0.45, 1.22], "frame"),
    part("phone", "box", [0.2, 0.1, 0.28], [0, 0.38, 1.3], "phone"),
    part("header", "box", [1.0, 1.0, 0.2], [0, 0, 2.42], "frame"),
    part("sign", "box", [0.7, 1.02, 0.12], [0, 0, 2.42], "sign"),
    part("roof", "pyramid", [1.05, 1.05, 0.25], [0, 0, 2.645], "roof"),
  ],
});

const swingSet = defineKind({
  name: "swing set",
  synonyms: ["swing", "swingset", "playground swing", "garden swing"],
  category: "street",
  roles: {
    frame: { words: ["frame", "leg", "bar", "beam", "post"], material: "metal", color: "blue", body: true },
    seats: { words: ["seat", "swing"], material: "rubber", color: "red" },
    chains: { words: ["chain", "rope"], material: "metal", color: "silver" },
  },
  groups: { seats: { role: "seats", unit: "seat", default: 2, min: 1, max: 4 } },
  parts: (p) => {
    const n = p.count("seats"), span = 1.1 * n + 0.6, h = 2.2;
    const frame = [-1, 1].flatMap((s) => [
      rod(`leg_${s < 0 ? 1 : 3}`, [s * span / 2, -0.8, 0], [s * span / 2, 0, h], 0.07, "frame"),
      rod(`leg_${s < 0 ? 2 : 4}`, [s * span / 2, 0.8, 0], [s * span / 2, 0, h], 0.07, "frame"),
    ]);
    const swings = spread(n, 1.1 * (n - 1)).flatMap((x, i) => [
      part(`seat_${i + 1}`, "box", [0.45, 0.18, 0.03], [x, 0, 0.45], "seats", { group: "seats" }),
      rod(`chain_${i + 1}_left`, [x - 0.2, 0, 0.46], [x - 0.2, 0, h], 0.015, "chains"),
      rod(`chain_${i + 1}_right`, [x + 0.2, 0, 0.46], [x + 0.2, 0, h], 0.015, "chains"),
    ]);
    return [...frame, rod("top_bar", [-span / 2, 0, h], [span / 2, 0, h], 0.08, "frame"), ...swings];
  },
});

const slide = defineKind({
  name: "slide",
  synonyms: ["playground slide", "children's slide", "slippery slide", "sliding board"],
  category: "street",
  roles: {
    chute: { words: ["chute", "slide", "slope", "ramp"], material: "plastic", color: "yellow", body: true },
    ladder: { words: ["ladder", "step", "rung", "stair"], material: "metal", color: "blue" },
    platform: { words: ["platform", "top", "deck"], material: "metal", color: "blue" },
    rails: { words: ["rail", "railing", "handrail", "side"], material: "plastic", color: "red" },
  },
  parts: [
    rod("ladder_left", [-1.3, -0.25, 0], [-0.9, -0.25, 1.5], 0.05, "ladder"),
    rod("ladder_right", [-1.3, 0.25, 0], [-0.9, 0.25, 1.5], 0.05, "ladder"),
    ...[0.3, 0.6, 0.9, 1.2].map((z, i) => rod(`rung_${i + 1}`, [-1.3 + z * 0.267, -0.25, z], [-1.3 + z * 0.267, 0.25, z], 0.035, "ladder")),
    part("platform", "box", [0.5, 0.6, 0.06], [-0.7, 0, 1.5], "platform"),
    part("leg", "cylinder", [0.05, 0.05, 1.5], [-0.5, 0, 0.75], "platform"),
    // The chute runs from the platform down to the ground at about 35 degrees.
    part("chute", "box", [2.6, 0.5, 0.04], [0.6, 0, 0.77], "chute", { rot: [0, 0.62, 0] }),
    part("rail_left", "box", [2.6, 0.04, 0.14], [0.6, -0.27, 0.85], "rails", { rot: [0, 0.62, 0] }),
    part("rail_right", "box", [2.6, 0.04, 0.14], [0.6, 0.27, 0.85], "rails", { rot: [0, 0.62, 0] }),
  ],
});

/** Park and playground things (gazebo, fountain, bus stop, phone booth, swing set, slide), as declarative kinds. */
export const PARK_KINDS: SubjectDef[] = [gazebo, fountain, busStop, phoneBooth, swingSet, slide];
