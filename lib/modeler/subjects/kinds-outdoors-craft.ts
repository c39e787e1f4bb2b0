import type { SubjectDef } from "../types";
import { defineKind } from "./define-kind";
import { HALF_PI, lathe, part, rod } from "./kit";

const hotAirBalloon = defineKind({
  name: "hot air balloon",
  synonyms: ["hot air baloon", "montgolfier", "air balloon"],
  category: "vehicle",
  roles: {
    envelope: { words: ["envelope", "balloon", "canopy", "body"], material: "fabric", color: "red", body: true },
    basket: { words: ["basket", "gondola"], material: "wood", color: "tan" },
    ropes: { words: ["rope", "cable", "line"], material: "fabric", color: "beige" },
    burner: { words: ["burner", "flame", "fire"], material: "metal", color: "silver" },
  },
  parts: [
    part("basket", "box", [1.2, 1.2, 1.1], [0, 0, 0.55], "basket"),
    part("burner", "cylinder", [0.4, 0.4, 0.35], [0, 0, 1.275], "burner"),
    // Teardrop envelope: narrow open throat at the bottom, widest two thirds up, closed at the crown.
    part("envelope", lathe([[1.5, 0], [4, 3], [7.5, 8.5], [8.5, 12], [7.5, 16], [4.5, 19], [0, 20.5]]), [17, 17, 20.5], [0, 0, 5.5 + 10.25], "envelope"),
    ...[[-1, -1], [1, -1], [1, 1], [-1, 1]].map(([x, y], i) => rod(`rope_${i + 1}`, [x * 0.6, y * 0.6, 1.1], [x * 1.05, y * 1.05, 5.6], 0.04, "ropes")),
  ],
});

const airship = defineKind({
  name: "airship",
  synonyms: ["blimp", "zeppelin", "dirigible"],
  category: "vehicle",
  roles: {
    envelope: { words: ["envelope", "balloon", "hull", "body", "gasbag"], material: "fabric", color: "silver", body: true },
    gondola: { words: ["gondola", "cabin", "car", "cockpit"], material: "paint", color: "white", body: true },
    fins: { words: ["fin", "tail", "rudder"], material: "paint", color: "red" },
    engines: { words: ["engine", "propeller", "motor"], material: "metal", color: "gray" },
    windows: { words: ["window", "glass"], material: "glass", color: "sky" },
  },
  parts: [
    part("gondola", "rounded_box", [10, 3, 2.6], [4, 0, 1.3], "gondola"),
    part("window_band_1", "box", [8, 0.03, 0.7], [4, -1.5, 1.6], "windows"),
    part("window_band_2", "box", [8, 0.03, 0.7], [4, 1.5, 1.6], "windows"),
    // A long ellipsoid hull resting on its gondola, nose to +X.
    part("envelope", "sphere", [60, 15, 15], [0, 0, 2.3 + 7.5], "envelope"),
    part("fin_top", "box", [7, 0.3, 5], [-26, 0, 9.8 + 3.6 + 1.6], "fins"),
    part("fin_bottom", "box", [7, 0.3, 5], [-26, 0, 9.8 - 3.6 - 1.6], "fins"),
    part("fin_left", "box", [7, 5, 0.3], [-26, -5.2, 9.8], "fins"),
    part("fin_right", "box", [7, 5, 0.3], [-26, 5.2, 9.8], "fins"),
    part("engine_1", "capsule", [0.9, 0.9, 2.2], [2, -1.9, 1.8], "engines", { rot: [0, HALF_PI, 0] }),
    part("engine_2", "capsule", [0.9, 0.9, 2.2], [2, 1.9, 1.8], "engines", { rot: [0, HALF_PI, 0] }),
  ],
});

const submarine = defineKind({
  name: "submarine",
  synonyms: ["u-boat", "u boat"],
  category: "vehicle",
  roles: {
    hull: { words: ["hull", "body"], material: "paint", color: "charcoal", body: true },
    tower: { words: ["tower", "sail", "conning tower", "fin"], material: "paint", color: "charcoal", body: true },
    periscope: { words: ["periscope", "mast"], material: "metal", color: "gray" },
    propeller: { words: ["propeller", "screw", "prop"], material: "brass" },
    portholes: { words: ["porthole", "window"], material: "glass", color: "sky" },
  },
  parts: [
    part("hull", "capsule", [2.4, 2.4, 14], [0, 0, 1.2], "hull", { rot: [0, HALF_PI, 0] }),
    part("tower", "rounded_box", [2.2, 0.8, 1.4], [1.5, 0, 2.9], "tower"),
    part("periscope", "cylinder", [0.12, 0.12, 1.2], [1.9, 0, 4.1], "periscope"),
    part("rudder", "box", [0.8, 0.12, 1.6], [-6.9, 0, 1.2], "tower"),
    part("propeller", "cylinder", [1.2, 1.2, 0.12], [-7.36, 0, 1.2], "propeller", { rot: [0, HALF_PI, 0] }),
    ...[-3, -1, 1, 3].map((x, i) => part(`porthole_${i + 1}`, "cylinder", [0.35, 0.35, 0.04], [x, -1.2, 1.5], "portholes", { rot: [HALF_PI, 0, 0], group: "portholes" })),
  ],
  groups: { portholes: { role: "portholes", unit: "porthole", default: 4, min: 4, max: 4 } },
});

const helicopter = defineKind({
  name: "helicopter",
  synonyms: ["chopper", "heli", "copter"],
  category: "vehicle",
  roles: {
    body: { words: ["body", "cabin", "fuselage"], material: "paint", color: "yellow", body: true },
    tail: { words: ["tail", "boom"], material: "paint", color: "yellow", body: true },
    rotor: { words: ["rotor", "blade", "propeller"], material: "metal", color: "charcoal" },
    skids: { words: ["skid", "leg", "landing gear"], material: "metal", color: "gray" },
    windows: { words: ["window", "windshield", "canopy", "glass"], material: "glass", color: "sky" },
  },
  parts: [
    rod("skid_left", [-1.4, -0.9, 0.05], [1.6, -0.9, 0.05], 0.1, "skids"),
    rod("skid_right", [-1.4, 0.9, 0.05], [1.6, 0.9, 0.05], 0.1, "skids"),
    ...[[-0.7, -1], [0.8, -1], [-0.7, 1], [0.8, 1]].map(([x, s], i) => rod(`strut_${i + 1}`, [x, s * 0.9, 0.05], [x, s * 0.55, 0.75], 0.07, "skids")),
    part("body", "sphere", [3.6, 1.9, 2.0], [0.2, 0, 1.6], "body"),
    part("windshield", "sphere", [1.4, 1.5, 1.3], [1.35, 0, 1.85], "windows"),
    part("tail", "cone", [0.55, 0.55, 4.4], [-3.6, 0, 1.8], "tail", { rot: [0, -HALF_PI, 0] }),
    part("tail_fin", "box", [0.7, 0.08, 1.0], [-5.6, 0, 2.2], "tail"),
    part("tail_rotor", "box", [0.12, 0.04, 1.3], [-5.6, 0.1, 2.2], "rotor"),
    part("mast", "cylinder", [0.2, 0.2, 0.5], [0.2, 0, 2.8], "rotor"),
    part("rotor_blade_1", "box", [9, 0.3, 0.05], [0.2, 0, 3.05], "rotor"),
    part("rotor_blade_2", "box", [0.3, 9, 0.05], [0.2, 0, 3.05], "rotor"),
  ],
});

/** Things that fly or dive (hot-air balloon, airship, submarine, helicopter), as declarative kinds. */
export const CRAFT_KINDS: SubjectDef[] = [hotAirBalloon, submarine, helicopter, airship];
