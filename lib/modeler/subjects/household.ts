import type { PartSpec, SubjectDef } from "../types";
import { circlePoints, HALF_PI, part, rod, taper } from "./kit";

/** A round-bellied teapot: body, lid with knob, spout, handle. */
export const teapot: SubjectDef = {
  name: "teapot",
  synonyms: ["tea pot", "coffee pot"],
  category: "household",
  roles: {
    body: { words: ["body", "belly", "pot"], material: "porcelain", body: true },
    lid: { words: ["lid", "top", "cover", "knob"], material: "porcelain", body: true },
    spout: { words: ["spout", "nozzle"], material: "porcelain", body: true },
    handle: { words: ["handle"], material: "porcelain", body: true },
  },
  build() {
    const d = 0.22, h = 0.17;
    return [
      part("base", "cylinder", [0.12, 0.12, 0.01], [0, 0, 0.005], "body"),
      part("body", "sphere", [d, d, h], [0, 0, h / 2 + 0.005], "body"),
      part("lid", "hemisphere", [0.11, 0.11, 0.035], [0, 0, h - 0.005], "lid"),
      part("knob", "sphere", [0.03, 0.03, 0.03], [0, 0, h + 0.035], "lid"),
      // The spout rises from the lower belly and leans outward, like a poured teapot.
      { ...rod("spout", [d / 2 - 0.03, 0, h * 0.35], [d / 2 + 0.09, 0, h * 0.85], 0.035, "spout"), shape: taper(0.55) },
      part("handle", "torus", [0.12, 0.12, 0.018], [-d / 2 - 0.005, 0, h * 0.55], "handle", { rot: [HALF_PI, 0, 0] }),
    ];
  },
};

/** A mantel clock standing on a small base: face, rim, hour marks, two hands. */
export const clock: SubjectDef = {
  name: "clock",
  synonyms: ["wall clock", "mantel clock", "desk clock", "table clock", "alarm clock"],
  category: "household",
  roles: {
    case: { words: ["case", "rim", "frame", "body", "base", "stand"], material: "wood", body: true },
    face: { words: ["face", "dial"], material: "ceramic", color: "ivory" },
    marks: { words: ["mark", "number", "numeral", "tick"], material: "metal", color: "black" },
    hands: { words: ["hand", "pointer", "needle"], material: "metal", color: "black" },
    bells: { words: ["bell"], material: "brass", optional: "off" },
  },
  groups: { marks: { role: "marks", unit: "mark", default: 12, min: 0, max: 12 } },
  variants: { "alarm clock": { features: { bells: true } } },
  build(p) {
    const r = 0.15, cz = r + 0.04, fy = -0.035;
    const up: [number, number, number] = [HALF_PI, 0, 0];
    const parts: PartSpec[] = [
      part("stand", "rounded_box", [0.2, 0.08, 0.04], [0, 0, 0.02], "case"),
      part("case", "cylinder", [2 * r, 2 * r, 0.06], [0, 0, cz], "case", { rot: up }),
      part("rim", "torus", [2 * r + 0.02, 2 * r + 0.02, 0.025], [0, fy + 0.005, cz], "case", { rot: up }),
      part("face", "cylinder", [2 * r - 0.02, 2 * r - 0.02, 0.004], [0, fy, cz], "face", { rot: up }),
    ];
    const n = p.count("marks");
    circlePoints(n, r - 0.03, HALF_PI).forEach(([x, z], i) => {
      const big = i % Math.max(1, Math.round(n / 4)) === 0;
      parts.push(part(`mark_${i + 1}`, "box", [0.008, 0.004, big ? 0.03 : 0.015], [x, fy - 0.003, cz + z], "marks", { group: "marks", rot: [0, Math.atan2(x, z), 0] }));
    });
    // Ten past ten: the classic display angle for clock hands.
    parts.push(part("hour_hand", "box", [0.01, 0.004, 0.07], [-0.03, fy - 0.006, cz + 0.018], "hands", { rot: [0, -1.05, 0] }));
    parts.push(part("minute_hand", "box", [0.007, 0.004, 0.11], [0.045, fy - 0.008, cz + 0.03], "hands", { rot: [0, 0.95, 0] }));
    parts.push(part("hub", "cylinder", [0.015, 0.015, 0.01], [0, fy - 0.01, cz], "hands", { rot: up }));
    if (p.has("bells")) {
      for (const [i, x] of [-1, 1].entries()) parts.push(part(`bell_${i + 1}`, "hemisphere", [0.08, 0.08, 0.05], [x * 0.09, 0, cz + r + 0.02], "bells", { rot: [0, x * 0.5, 0] }));
    }
    return parts;
  },
};

/** A pillar candle with wick and glowing flame, in an optional brass holder. */
export const candle: SubjectDef = {
  name: "candle",
  synonyms: ["pillar candle", "taper candle", "tealight"],
  category: "household",
  roles: {
    wax: { words: ["wax", "body", "pillar"], material: "wax", body: true },
    wick: { words: ["wick"], material: "fabric", color: "black" },
    flame: { words: ["flame", "fire"], material: "flame" },
    holder: { words: ["holder", "dish", "plate", "base", "candlestick"], material: "brass", optional: "on" },
  },
  build(p) {
    const z0 = p.has("holder") ? 0.015 : 0, h = 0.15;
    const parts: PartSpec[] = [];
    if (z0) parts.push(part("holder", taper(1.3), [0.1, 0.1, 0.015], [0, 0, 0.0075], "holder"));
    parts.push(part("wax", "cylinder", [0.055, 0.055, h], [0, 0, z0 + h / 2], "wax"));
    parts.push(part("wick", "cylinder", [0.004, 0.004, 0.015], [0, 0, z0 + h + 0.0075], "wick"));
    parts.push(part("flame", "sphere", [0.018, 0.018, 0.04], [0, 0, z0 + h + 0.03], "flame"));
    return parts;
  },
};
