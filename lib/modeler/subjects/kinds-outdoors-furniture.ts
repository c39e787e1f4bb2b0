import type { SubjectDef } from "../types";
import { defineKind } from "./define-kind";
import { HALF_PI, circlePoints, part, rod } from "./kit";

const coatRack = defineKind({
  name: "coat rack",
  synonyms: ["coat stand", "hat stand", "hat rack", "hall stand", "coat tree", "hatstand"],
  category: "furniture",
  roles: {
    pole: { words: ["pole", "post", "stand", "column"], material: "wood", color: "brown", body: true },
    feet: { words: ["foot", "feet", "leg", "base"], material: "wood", color: "brown", body: true },
    hooks: { words: ["hook", "peg", "arm"], material: "wood", color: "brown", body: true },
    finial: { words: ["finial", "knob", "top"], material: "wood", color: "brown" },
  },
  groups: { hooks: { role: "hooks", unit: "hook", default: 6, min: 2, max: 10 }, feet: { role: "feet", unit: "foot", default: 3, min: 3, max: 4 } },
  parts: (p) => [
    part("pole", "cylinder", [0.05, 0.05, 1.7], [0, 0, 0.9], "pole"),
    part("finial", "sphere", [0.08, 0.08, 0.08], [0, 0, 1.78], "finial"),
    ...circlePoints(p.count("feet"), 0.3, HALF_PI / 3).map(([x, y], i) => rod(`foot_${i + 1}`, [0, 0, 0.3], [x, y, 0.02], 0.04, "feet", { group: "feet" })),
    // Hooks in two rings, angled up so a coat hangs on each.
    ...circlePoints(p.count("hooks"), 0.14).map(([x, y], i) => rod(`hook_${i + 1}`, [0, 0, i % 2 ? 1.5 : 1.65], [x, y, i % 2 ? 1.6 : 1.75], 0.025, "hooks", { group: "hooks" })),
  ],
});

const mirror = defineKind({
  name: "mirror",
  synonyms: ["standing mirror", "floor mirror", "cheval mirror", "full length mirror", "dressing mirror", "looking glass"],
  category: "furniture",
  roles: {
    frame: { words: ["frame", "border", "edge"], material: "wood", color: "brown", body: true },
    glass: { words: ["glass", "mirror", "surface", "reflection"], material: "chrome" },
    stand: { words: ["stand", "leg", "foot", "feet", "support"], material: "wood", color: "brown", body: true },
  },
  parts: [
    part("frame", "box", [0.6, 0.05, 1.6], [0, 0, 1.0], "frame", { rot: [-0.12, 0, 0] }),
    part("glass", "box", [0.5, 0.02, 1.5], [0, -0.03, 1.0], "glass", { rot: [-0.12, 0, 0] }),
    // Two uprights on splayed feet hold the glass on pivots at its middle, as on a cheval glass.
    part("upright_left", "box", [0.05, 0.05, 1.2], [-0.34, 0, 0.6], "stand"),
    part("upright_right", "box", [0.05, 0.05, 1.2], [0.34, 0, 0.6], "stand"),
    part("foot_left", "box", [0.06, 0.5, 0.05], [-0.34, 0, 0.025], "stand"),
    part("foot_right", "box", [0.06, 0.5, 0.05], [0.34, 0, 0.025], "stand"),
    rod("pivot", [-0.34, 0, 1.0], [0.34, 0, 1.0], 0.03, "stand"),
  ],
});

const grandfatherClock = defineKind({
  name: "grandfather clock",
  synonyms: ["longcase clock", "long case clock", "grandmother clock", "tall case clock", "tallcase clock"],
  category: "furniture",
  roles: {
    case: { words: ["case", "body", "cabinet", "trunk"], material: "wood", color: "brown", body: true },
    hood: { words: ["hood", "top", "bonnet", "crown"], material: "wood", color: "brown", body: true },
    face: { words: ["face", "dial"], material: "ceramic", color: "cream" },
    hands: { words: ["hand", "hands"], material: "metal", color: "black" },
    pendulum: { words: ["pendulum", "bob", "weight"], material: "brass" },
    door: { words: ["door", "glass", "window"], material: "glass", color: "sky" },
  },
  parts: [
    part("plinth", "box", [0.55, 0.35, 0.2], [0, 0, 0.1], "case"),
    // An open trunk (back and two sides) behind a glass door, so the pendulum hangs in view.
    part("case", "box", [0.45, 0.04, 1.3], [0, 0.12, 0.85], "case"),
    part("case_left", "box", [0.04, 0.24, 1.3], [-0.205, -0.02, 0.85], "case"),
    part("case_right", "box", [0.04, 0.24, 1.3], [0.205, -0.02, 0.85], "case"),
    part("door", "box", [0.37, 0.02, 1.1], [0, -0.13, 0.85], "door"),
    rod("pendulum_rod", [0, 0, 1.52], [0, 0, 0.65], 0.012, "pendulum"),
    part("pendulum", "cylinder", [0.14, 0.14, 0.02], [0, 0, 0.6], "pendulum", { rot: [HALF_PI, 0, 0] }),
    part("hood", "box", [0.52, 0.32, 0.5], [0, 0, 1.75], "hood"),
    part("crown", "wedge", [0.56, 0.34, 0.14], [0, 0, 2.07], "hood"),
    part("face", "cylinder", [0.34, 0.34, 0.02], [0, -0.165, 1.75], "face", { rot: [HALF_PI, 0, 0] }),
    part("hour_hand", "box", [0.015, 0.01, 0.1], [0.02, -0.18, 1.78], "hands", { rot: [0, 0.6, 0] }),
    part("minute_hand", "box", [0.012, 0.01, 0.14], [0, -0.18, 1.81], "hands"),
  ],
});

const fireplace = defineKind({
  name: "fireplace",
  synonyms: ["fire place", "open fireplace", "hearth fireplace"],
  category: "furniture",
  roles: {
    surround: { words: ["surround", "wall", "chimney breast", "side", "jamb", "brick"], material: "brick", color: "red", body: true },
    mantel: { words: ["mantel", "mantelpiece", "shelf", "mantle"], material: "wood", color: "brown" },
    hearth: { words: ["hearth", "base", "floor"], material: "stone", color: "gray" },
    firebox: { words: ["firebox", "opening", "inside"], material: "paint", color: "black" },
    logs: { words: ["log", "wood", "firewood"], material: "bark", color: "brown", optional: "on" },
    fire: { words: ["fire", "flame", "flames"], material: "flame", color: "orange", optional: "on" },
  },
  parts: [
    part("hearth", "box", [1.8, 0.7, 0.08], [0, -0.15, 0.04], "hearth"),
    part("back", "box", [1.5, 0.3, 1.1], [0, 0.2, 0.63], "surround"),
    part("jamb_left", "box", [0.35, 0.45, 1.02], [-0.575, -0.025, 0.59], "surround"),
    part("jamb_right", "box", [0.35, 0.45, 1.02], [0.575, -0.025, 0.59], "surround"),
    part("lintel", "box", [1.5, 0.45, 0.25], [0, -0.025, 0.97], "surround"),
    part("firebox", "box", [0.8, 0.02, 0.8], [0, 0.04, 0.48], "firebox"),
    part("mantel", "box", [1.8, 0.55, 0.08], [0, -0.05, 1.22], "mantel"),
    rod("log_1", [-0.3, -0.1, 0.14], [0.3, -0.05, 0.14], 0.11, "logs"),
    rod("log_2", [-0.25, 0.0, 0.24], [0.28, -0.12, 0.24], 0.1, "logs"),
    part("fire", "cone", [0.4, 0.25, 0.4], [0, -0.06, 0.48], "fire"),
  ],
});

const hammock = defineKind({
  name: "hammock",
  synonyms: ["hammock stand", "garden hammock", "rope hammock"],
  category: "furniture",
  roles: {
    bed: { words: ["bed", "fabric", "sling", "net", "hammock"], material: "fabric", color: "cream", body: true },
    stand: { words: ["stand", "frame", "base", "arm"], material: "wood", color: "brown" },
    ropes: { words: ["rope", "cord", "chain"], material: "fabric", color: "beige" },
  },
  parts: [
    part("base", "box", [3.0, 0.12, 0.1], [0, 0, 0.05], "stand"),
    part("foot_left", "box", [0.1, 0.9, 0.1], [-1.2, 0, 0.05], "stand"),
    part("foot_right", "box", [0.1, 0.9, 0.1], [1.2, 0, 0.05], "stand"),
    rod("arm_left", [-1.4, 0, 0.05], [-1.75, 0, 1.3], 0.1, "stand"),
    rod("arm_right", [1.4, 0, 0.05], [1.75, 0, 1.3], 0.1, "stand"),
    // The bed sags in the middle between its spreader bars.
    part("bed", "sphere", [2.2, 0.9, 0.3], [0, 0, 0.6], "bed"),
    part("spreader_left", "cylinder", [0.04, 0.04, 0.9], [-1.08, 0, 0.72], "stand", { rot: [HALF_PI, 0, 0] }),
    part("spreader_right", "cylinder", [0.04, 0.04, 0.9], [1.08, 0, 0.72], "stand", { rot: [HALF_PI, 0, 0] }),
    rod("rope_left", [-1.08, 0, 0.72], [-1.72, 0, 1.26], 0.025, "ropes"),
    rod("rope_right", [1.08, 0, 0.72], [1.72, 0, 1.26], 0.025, "ropes"),
  ],
});

/** Furniture (coat rack, mirror, fireplace, hammock), as declarative kinds. */
export const FURNITURE_KINDS: SubjectDef[] = [coatRack, mirror, fireplace, hammock, grandfatherClock];
