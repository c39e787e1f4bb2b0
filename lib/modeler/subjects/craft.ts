import type { PartSpec, SubjectDef } from "../types";
import { circlePoints, HALF_PI, part, spread, taper } from "./kit";

/** A small motor boat: rounded hull, deck cabin, stripe; open boats drop the cabin, sailing ones add mast and sail. */
export const boat: SubjectDef = {
  name: "boat",
  synonyms: ["ship", "yacht", "motorboat", "vessel", "ferry", "tugboat", "fishing boat"],
  variants: {
    // Open boats have no cabin, and a canoe or kayak is long and narrow.
    rowboat: { features: { cabin: false } }, "rowing boat": { features: { cabin: false } }, dinghy: { features: { cabin: false }, scale: [0.6, 0.8, 0.8] },
    canoe: { features: { cabin: false }, scale: [1, 0.45, 0.55] }, kayak: { features: { cabin: false }, scale: [1, 0.4, 0.45] },
    sailboat: { features: { sail: true, cabin: false } }, "sail boat": { features: { sail: true, cabin: false } },
  },
  category: "vehicle",
  roles: {
    hull: { words: ["hull", "body", "bottom"], material: "paint", color: "white", body: true },
    deck: { words: ["deck", "floor"], material: "wood", color: "tan" },
    cabin: { words: ["cabin", "wheelhouse", "bridge"], material: "paint", color: "white", optional: "on" },
    windows: { words: ["window", "porthole"], material: "glass", color: "sky" },
    stripe: { words: ["stripe", "trim", "band"], material: "paint", color: "navy" },
    mast: { words: ["mast", "pole"], material: "wood", optional: "off" },
    sail: { words: ["sail"], material: "fabric", color: "white", optional: "off" },
  },
  build(p) {
    const l = 5, w = 1.9, h = 0.9;
    // A dome turned upside down gives a hull with a flat deck at the top.
    const parts: PartSpec[] = [
      part("hull", "hemisphere", [l, w, h], [0, 0, h / 2], "hull", { rot: [Math.PI, 0, 0] }),
      part("stripe", "hemisphere", [l * 1.005, w * 1.01, 0.12], [0, 0, h - 0.06], "stripe", { rot: [Math.PI, 0, 0] }),
      part("deck", "cylinder", [l - 0.15, w - 0.1, 0.04], [0, 0, h + 0.02], "deck"),
    ];
    if (p.has("cabin")) {
      parts.push(part("cabin", "rounded_box", [1.6, 1.1, 0.8], [-0.4, 0, h + 0.44], "cabin"));
      for (const [i, y] of [-1, 1].entries()) parts.push(part(`window_${i + 1}`, "box", [1.1, 0.03, 0.3], [-0.4, y * 0.56, h + 0.55], "windows", { group: "windows" }));
    }
    if (p.has("sail") || p.has("mast")) {
      parts.push(part("mast", "cylinder", [0.1, 0.1, 4.5], [0.3, 0, h + 2.25], "mast"));
      // A wedge stood on end is a triangular sail: its base runs along the boom.
      parts.push(part("sail", "wedge", [0.02, 2.2, 3.8], [-0.5, 0, h + 2.2], "sail", { rot: [0, 0, HALF_PI] }));
    }
    return parts;
  },
};

/** A passenger airplane: fuselage, wings, tail, counted engines, landing gear. */
export const airplane: SubjectDef = {
  name: "airplane",
  synonyms: ["aeroplane", "plane", "jet", "aircraft", "airliner", "jetliner", "jet plane"],
  variants: { glider: { counts: { engines: 0 } } },
  category: "vehicle",
  roles: {
    fuselage: { words: ["fuselage", "body", "hull"], material: "paint", color: "white", body: true },
    wings: { words: ["wing", "stabilizer", "tail", "fin", "rudder"], material: "aluminum", body: true },
    engines: { words: ["engine", "turbine", "jet"], material: "steel" },
    windows: { words: ["window", "cockpit", "windshield"], material: "glass", color: "navy" },
    gear: { words: ["gear", "wheel", "tire", "tyre"], material: "rubber" },
  },
  groups: { engines: { role: "engines", unit: "engine", default: 2, min: 0, max: 4 } },
  build(p) {
    const len = 9, d = 1.1, z = 1.3, along: [number, number, number] = [0, HALF_PI, 0];
    const parts: PartSpec[] = [
      part("fuselage", "capsule", [d, d, len], [0, 0, z], "fuselage", { rot: along }),
      part("cockpit", "sphere", [0.9, 0.8, 0.35], [len / 2 - 0.75, 0, z + 0.25], "windows"),
      part("wing", "rounded_box", [1.6, 10, 0.12], [0.3, 0, z - 0.2], "wings"),
      part("tail_fin", "rounded_box", [1.2, 0.1, 1.6], [-len / 2 + 0.7, 0, z + 1.1], "wings", { rot: [0, -0.3, 0] }),
      part("stabilizer", "rounded_box", [0.9, 3.6, 0.08], [-len / 2 + 0.6, 0, z + 0.2], "wings"),
    ];
    const n = p.count("engines");
    spread(n, n > 2 ? 6.4 : 4.6).forEach((y, i) => parts.push(part(`engine_${i + 1}`, "cylinder", [0.5, 0.5, 1.3], [0.7, y, z - 0.5], "engines", { group: "engines", rot: along })));
    for (const [i, [x, y]] of [[len / 2 - 1.5, 0], [0, -1.2], [0, 1.2]].entries()) {
      parts.push(part(`gear_strut_${i + 1}`, "cylinder", [0.08, 0.08, z - 0.45], [x, y, 0.2 + (z - 0.45) / 2], "gear"));
      parts.push(part(`gear_wheel_${i + 1}`, "cylinder", [0.4, 0.4, 0.16], [x, y, 0.2], "gear", { rot: [HALF_PI, 0, 0] }));
    }
    return parts;
  },
};

/** A classic rocket: body, nose cone, counted fins, porthole, nozzle; optional exhaust flame. */
export const rocket: SubjectDef = {
  name: "rocket",
  synonyms: ["spaceship", "space ship", "rocketship", "rocket ship", "spacecraft", "missile"],
  category: "vehicle",
  roles: {
    body: { words: ["body", "hull", "fuselage"], material: "paint", color: "white", body: true },
    nose: { words: ["nose", "cone", "tip", "top"], material: "paint", color: "red" },
    fins: { words: ["fin", "wing"], material: "paint", color: "red" },
    window: { words: ["window", "porthole"], material: "glass", color: "sky" },
    nozzle: { words: ["nozzle", "engine", "thruster", "exhaust"], material: "steel", color: "charcoal" },
    flame: { words: ["flame", "fire"], material: "flame", optional: "off" },
  },
  groups: { fins: { role: "fins", unit: "fin", default: 3, min: 2, max: 8 } },
  build(p) {
    const d = 1, h = 4.5, z0 = 0.9;
    const parts: PartSpec[] = [
      part("nozzle", taper(0.6), [0.7, 0.7, 0.5], [0, 0, z0 - 0.25], "nozzle"),
      part("body", "cylinder", [d, d, h], [0, 0, z0 + h / 2], "body"),
      part("nose", "cone", [d, d, 1.6], [0, 0, z0 + h + 0.8], "nose"),
      part("window", "cylinder", [0.4, 0.4, 0.06], [0, -d / 2, z0 + h * 0.7], "window", { rot: [HALF_PI, 0, 0] }),
      part("window_rim", "torus", [0.48, 0.48, 0.06], [0, -d / 2, z0 + h * 0.7], "nose", { rot: [HALF_PI, 0, 0] }),
    ];
    // Fins reach the ground and hold the rocket up, like a launch stand.
    circlePoints(p.count("fins"), d / 2 + 0.35, -HALF_PI).forEach(([x, y], i) => {
      parts.push(part(`fin_${i + 1}`, "wedge", [0.08, 0.7, 1.6], [x, y, 0.8], "fins", { group: "fins", rot: [0, 0, Math.atan2(y, x) + HALF_PI] }));
    });
    if (p.has("flame")) parts.push(part("flame", "cone", [0.6, 0.6, 1.2], [0, 0, z0 - 0.9], "flame", { rot: [Math.PI, 0, 0] }));
    return parts;
  },
};

/** A steam locomotive with counted carriages. */
export const train: SubjectDef = {
  name: "train",
  synonyms: ["locomotive", "steam train", "steam locomotive", "steam engine", "railway engine"],
  category: "vehicle",
  roles: {
    engine: { words: ["engine", "locomotive", "boiler", "cab", "body"], material: "paint", color: "green", body: true },
    carriages: { words: ["carriage", "car", "wagon", "coach", "cart"], material: "paint", color: "maroon", body: true },
    wheels: { words: ["wheel"], material: "iron", color: "charcoal" },
    chimney: { words: ["chimney", "funnel", "smokestack", "stack"], material: "iron", color: "black" },
    windows: { words: ["window"], material: "glass", color: "sky" },
  },
  groups: { carriages: { role: "carriages", unit: "carriage", default: 1, min: 0, max: 5 } },
  build(p) {
    const w = 1.4, wd = 0.7;
    const parts: PartSpec[] = [
      part("chassis", "box", [4.4, w, 0.3], [0, 0, 0.6], "wheels"),
      part("boiler", "cylinder", [1.3, 1.3, 2.6], [0.6, 0, 1.4], "engine", { rot: [0, HALF_PI, 0] }),
      part("cab", "rounded_box", [1.5, w, 1.9], [-1.4, 0, 0.75 + 0.95], "engine"),
      part("cab_roof", "rounded_box", [1.8, w + 0.2, 0.12], [-1.4, 0, 2.7], "chimney"),
      part("chimney", taper(1.4), [0.4, 0.4, 0.9], [1.5, 0, 2.4], "chimney"),
      part("cowcatcher", "wedge", [0.5, w, 0.5], [2.3, 0, 0.45], "chimney", { rot: [0, 0, HALF_PI] }),
      part("cab_window", "box", [0.03, 0.9, 0.5], [-0.64, 0, 2.05], "windows"),
    ];
    spread(3, 3).forEach((x, i) => {
      for (const [k, y] of [-1, 1].entries()) parts.push(part(`wheel_${i * 2 + k + 1}`, "cylinder", [wd, wd, 0.15], [x, y * (w / 2), wd / 2], "wheels", { rot: [HALF_PI, 0, 0] }));
    });
    for (let c = 0; c < p.count("carriages"); c++) {
      const cx = -2.4 - 0.5 - 2.5 - c * 5.4;
      parts.push(part(`carriage_${c + 1}`, "rounded_box", [5, w + 0.1, 2.0], [cx, 0, 0.8 + 1.0], "carriages", { group: "carriages" }));
      // The underframe rests on the wheels and carries the body, as the locomotive's chassis does.
      parts.push(part(`carriage_${c + 1}_frame`, "box", [4.6, w, 0.2], [cx, 0, 0.7], "wheels"));
      spread(4, 3.4).forEach((x, i) => parts.push(part(`carriage_${c + 1}_window_${i + 1}`, "box", [0.6, w + 0.14, 0.55], [cx + x, 0, 2.1], "windows")));
      spread(2, 3.6).forEach((x, i) => {
        for (const [k, y] of [-1, 1].entries()) parts.push(part(`carriage_${c + 1}_wheel_${i * 2 + k + 1}`, "cylinder", [wd, wd, 0.15], [cx + x, y * (w / 2), wd / 2], "wheels", { rot: [HALF_PI, 0, 0] }));
      });
    }
    return parts;
  },
};
