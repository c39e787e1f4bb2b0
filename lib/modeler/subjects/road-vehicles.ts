import type { PartSpec, SubjectDef } from "../types";
import { HALF_PI, part, rod, spread } from "./kit";

/** Wheels stand on the ground with their axle along Y; pairs are spread along the vehicle's length (X). */
function wheels(count: number, length: number, track: number, d: number, w: number, x0 = 0): PartSpec[] {
  const pairs = Math.max(1, Math.round(count / 2));
  const out: PartSpec[] = [];
  spread(pairs, length).forEach((x, i) => {
    for (const [k, y] of [-1, 1].entries()) {
      const n = i * 2 + k + 1;
      if (n > count) continue;
      out.push(part(`wheel_${n}`, "cylinder", [d, d, w], [x0 + x, y * track / 2, d / 2], "wheels", { group: "wheels", rot: [HALF_PI, 0, 0] }));
      out.push(part(`hub_${n}`, "cylinder", [d * 0.5, d * 0.5, w + 0.02], [x0 + x, y * track / 2, d / 2], "hubs", { rot: [HALF_PI, 0, 0] }));
    }
  });
  return out;
}

const wheelRoles = {
  wheels: { words: ["wheel", "tire", "tyre"], material: "rubber" },
  hubs: { words: ["hub", "hubcap", "rim"], material: "chrome" },
  lights: { words: ["light", "headlight", "headlamp", "lamp"], material: "bulb", color: "cream" },
  windows: { words: ["window", "windshield", "windscreen", "glass"], material: "glass", color: "sky" },
};

/** A sedan: body, cabin with glass, counted wheels with hubs, head and tail lights. */
export const car: SubjectDef = {
  name: "car",
  synonyms: ["automobile", "sedan", "auto", "vehicle", "coupe", "hatchback", "suv", "jeep", "convertible", "limousine", "limo", "roadster", "minivan"],
  variants: {
    taxi: { palette: { body: "yellow", cabin: "yellow" } }, cab: { palette: { body: "yellow", cabin: "yellow" } }, "taxi cab": { palette: { body: "yellow", cabin: "yellow" } },
    "police car": { palette: { body: "white", cabin: "navy" } },
    "sports car": { scale: [1.05, 1, 0.8] }, "race car": { scale: [1.05, 1, 0.75] }, "racing car": { scale: [1.05, 1, 0.75] } },
  category: "vehicle",
  roles: {
    body: { words: ["body", "hood", "bonnet", "door", "chassis", "paint"], material: "paint", color: "red", body: true },
    cabin: { words: ["cabin", "roof", "top"], material: "paint", color: "red", body: true },
    ...wheelRoles,
    taillights: { words: ["taillight", "brake"], material: "bulb", color: "red" },
  },
  groups: { wheels: { role: "wheels", unit: "wheel", default: 4, min: 3, max: 8 } },
  build(p) {
    const l = 4.2, w = 1.8, wd = 0.66;
    const parts: PartSpec[] = [
      part("body", "rounded_box", [l, w, 0.65], [0, 0, 0.3 + 0.325], "body"),
      part("cabin", "rounded_box", [2.2, w - 0.14, 0.58], [-0.25, 0, 0.95 + 0.27], "cabin"),
      part("windshield", "box", [0.05, w - 0.3, 0.44], [0.87, 0, 1.2], "windows", { rot: [0, -0.35, 0] }),
      part("side_window_1", "box", [1.8, 0.03, 0.36], [-0.25, -(w - 0.14) / 2 - 0.01, 1.24], "windows"),
      part("side_window_2", "box", [1.8, 0.03, 0.36], [-0.25, (w - 0.14) / 2 + 0.01, 1.24], "windows"),
      ...wheels(p.count("wheels"), 2.7, w - 0.1, wd, 0.26),
    ];
    for (const [i, y] of [-1, 1].entries()) {
      parts.push(part(`headlight_${i + 1}`, "sphere", [0.06, 0.3, 0.14], [l / 2, y * (w / 2 - 0.3), 0.75], "lights"));
      parts.push(part(`taillight_${i + 1}`, "box", [0.04, 0.3, 0.1], [-l / 2, y * (w / 2 - 0.3), 0.78], "taillights"));
    }
    return parts;
  },
};

/** A box truck: cab, cargo box, counted wheels. */
export const truck: SubjectDef = {
  name: "truck",
  synonyms: ["lorry", "van", "delivery truck", "semi", "camper", "camper van", "lorry truck", "box truck", "moving truck"],
  // A pickup, dump truck or tanker has an open bed, a tipper or a tank, not this cargo box: they are refused.
  variants: { ambulance: { palette: { cab: "white", cargo: "white" } } },
  category: "vehicle",
  roles: {
    cab: { words: ["cab", "cabin", "front", "hood"], material: "paint", color: "blue", body: true },
    cargo: { words: ["cargo", "box", "trailer", "container", "bed", "back"], material: "paint", color: "white", body: true },
    chassis: { words: ["chassis", "frame", "bumper"], material: "iron", color: "charcoal" },
    ...wheelRoles,
  },
  groups: { wheels: { role: "wheels", unit: "wheel", default: 6, min: 4, max: 12 } },
  build(p) {
    const w = 2.3, wd = 0.95;
    return [
      part("chassis", "box", [7.2, w - 0.4, 0.3], [0, 0, 0.75], "chassis"),
      part("cab", "rounded_box", [1.9, w, 2.0], [2.6, 0, 0.9 + 1.0], "cab"),
      part("windshield", "box", [0.05, w - 0.3, 0.8], [3.56, 0, 2.35], "windows"),
      part("cargo", "rounded_box", [5.0, w + 0.1, 2.6], [-0.9, 0, 0.9 + 1.3], "cargo"),
      part("headlight_1", "box", [0.05, 0.3, 0.2], [3.56, -w / 2 + 0.3, 1.3], "lights"),
      part("headlight_2", "box", [0.05, 0.3, 0.2], [3.56, w / 2 - 0.3, 1.3], "lights"),
      ...wheels(p.count("wheels"), 5.4, w - 0.2, wd, 0.35, -0.2),
    ];
  },
};

/** A bicycle: two torus wheels, a diamond frame of tubes, saddle, handlebar and pedals. */
export const bicycle: SubjectDef = {
  name: "bicycle",
  synonyms: ["bike", "cycle", "push bike", "mountain bike", "road bike"],
  category: "vehicle",
  roles: {
    frame: { words: ["frame", "tube", "fork", "body"], material: "paint", color: "red", body: true },
    wheels: { words: ["wheel", "tire", "tyre"], material: "rubber" },
    hubs: { words: ["hub", "spoke", "rim"], material: "steel" },
    saddle: { words: ["saddle", "seat"], material: "leather", color: "black" },
    handlebar: { words: ["handlebar", "handle", "bar", "grip"], material: "steel" },
    pedals: { words: ["pedal", "crank", "chain"], material: "iron" },
  },
  build() {
    const r = 0.34, wx = 0.52, z = r, tube = 0.035;
    const bb: [number, number, number] = [0, 0, 0.3];
    const seatTop: [number, number, number] = [-0.12, 0, 0.82];
    const head: [number, number, number] = [0.4, 0, 0.84];
    const headLow: [number, number, number] = [0.44, 0, 0.7];
    const parts: PartSpec[] = [];
    for (const [i, x] of [-wx, wx].entries()) {
      parts.push(part(`wheel_${i + 1}`, "torus", [2 * r, 2 * r, 0.045], [x, 0, z], "wheels", { rot: [HALF_PI, 0, 0] }));
      parts.push(part(`hub_${i + 1}`, "cylinder", [0.07, 0.07, 0.08], [x, 0, z], "hubs", { rot: [HALF_PI, 0, 0] }));
      parts.push(part(`spokes_${i + 1}`, "cylinder", [2 * r - 0.05, 2 * r - 0.05, 0.005], [x, 0, z], "hubs", { rot: [HALF_PI, 0, 0] }));
    }
    parts.push(rod("seat_tube", bb, seatTop, tube, "frame"));
    parts.push(rod("top_tube", [-0.1, 0, 0.76], head, tube, "frame"));
    parts.push(rod("down_tube", bb, headLow, tube * 1.2, "frame"));
    parts.push(rod("chain_stay", bb, [-wx, 0, z], tube * 0.8, "frame"));
    parts.push(rod("seat_stay", [-0.1, 0, 0.76], [-wx, 0, z], tube * 0.8, "frame"));
    parts.push(rod("fork", head, [wx, 0, z], tube, "frame"));
    parts.push(rod("stem", head, [0.36, 0, 1.0], tube, "handlebar"));
    parts.push(part("handlebar", "cylinder", [0.03, 0.03, 0.55], [0.36, 0, 1.0], "handlebar", { rot: [HALF_PI, 0, 0] }));
    parts.push(part("saddle", "capsule", [0.09, 0.06, 0.26], [-0.14, 0, 0.86], "saddle", { rot: [0, HALF_PI, 0] }));
    parts.push(part("crank", "cylinder", [0.16, 0.16, 0.02], [0, -0.05, 0.3], "pedals", { rot: [HALF_PI, 0, 0] }));
    for (const [i, s] of [-1, 1].entries()) parts.push(part(`pedal_${i + 1}`, "box", [0.1, 0.08, 0.02], [s * 0.08, s * 0.12, 0.3 - s * 0.05], "pedals"));
    // The far pedal hangs on an axle through the bottom bracket and its own crank arm, not in the air.
    parts.push(rod("axle", [0, -0.06, 0.3], [0, 0.12, 0.3], 0.03, "pedals"));
    parts.push(rod("crank_arm", [0, 0.12, 0.3], [0.08, 0.12, 0.25], 0.025, "pedals"));
    return parts;
  },
};
