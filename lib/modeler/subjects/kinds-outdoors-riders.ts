import type { SubjectDef } from "../types";
import { defineKind } from "./define-kind";
import { HALF_PI, part, rod } from "./kit";
import { WHEEL_ROLES, wheel, wheelPairs } from "./kinds-outdoors-wheels";

const motorcycle = defineKind({
  name: "motorcycle",
  synonyms: ["motorbike", "motor bike", "motor cycle", "dirt bike"],
  category: "vehicle",
  roles: {
    body: { words: ["body", "tank", "fuel tank", "fairing"], material: "paint", color: "red", body: true },
    frame: { words: ["frame", "fork", "chassis"], material: "chrome" },
    engine: { words: ["engine", "motor", "exhaust"], material: "metal", color: "gray" },
    seat: { words: ["seat", "saddle"], material: "leather", color: "black" },
    handlebar: { words: ["handlebar", "handlebars", "handle", "bar"], material: "chrome" },
    ...WHEEL_ROLES,
  },
  groups: { wheels: { role: "wheels", unit: "wheel", default: 2, min: 2, max: 2 } },
  parts: [
    wheel("wheel_1", 0.72, 0, 0.64, 0.13),
    wheel("wheel_2", -0.72, 0, 0.64, 0.16),
    rod("fork", [0.72, 0, 0.32], [0.55, 0, 0.98], 0.05, "frame"),
    rod("frame", [-0.72, 0, 0.32], [0.5, 0, 0.62], 0.06, "frame"),
    part("engine", "rounded_box", [0.45, 0.3, 0.32], [0.05, 0, 0.45], "engine"),
    rod("exhaust", [-0.1, 0.18, 0.38], [-0.85, 0.18, 0.45], 0.07, "engine"),
    part("tank", "sphere", [0.5, 0.3, 0.24], [0.25, 0, 0.78], "body"),
    part("seat", "rounded_box", [0.6, 0.28, 0.1], [-0.28, 0, 0.77], "seat"),
    part("rear_fender", "box", [0.5, 0.18, 0.04], [-0.66, 0, 0.7], "body", { rot: [0, 0.25, 0] }),
    rod("handlebar", [0.53, -0.36, 1.0], [0.53, 0.36, 1.0], 0.03, "handlebar"),
    part("headlight", "cylinder", [0.16, 0.16, 0.08], [0.64, 0, 0.9], "lights", { rot: [0, HALF_PI, 0] }),
  ],
});

const scooter = defineKind({
  name: "scooter",
  synonyms: ["kick scooter", "push scooter", "razor scooter"],
  category: "toy",
  roles: {
    deck: { words: ["deck", "board", "platform", "base"], material: "plastic", color: "blue", body: true },
    stem: { words: ["stem", "pole", "column", "fork"], material: "aluminum", body: true },
    handlebar: { words: ["handlebar", "handlebars", "handle", "grip"], material: "rubber", color: "black" },
    ...WHEEL_ROLES,
  },
  groups: { wheels: { role: "wheels", unit: "wheel", default: 2, min: 2, max: 2 } },
  parts: [
    wheel("wheel_1", 0.33, 0, 0.12, 0.03),
    wheel("wheel_2", -0.33, 0, 0.12, 0.03),
    part("deck", "rounded_box", [0.55, 0.12, 0.03], [-0.03, 0, 0.075], "deck"),
    rod("neck", [0.24, 0, 0.09], [0.33, 0, 0.06], 0.03, "stem"),
    rod("stem", [0.33, 0, 0.06], [0.3, 0, 0.85], 0.03, "stem"),
    rod("handlebar", [0.3, -0.2, 0.85], [0.3, 0.2, 0.85], 0.025, "handlebar"),
  ],
});

const wagon = defineKind({
  name: "wagon",
  synonyms: ["toy wagon", "pull wagon", "coaster wagon"],
  category: "toy",
  roles: {
    bed: { words: ["bed", "body", "tray", "box", "tub"], material: "paint", color: "red", body: true },
    handle: { words: ["handle", "tongue", "pull"], material: "metal", color: "black" },
    axles: { words: ["axle"], material: "metal", color: "charcoal" },
    ...WHEEL_ROLES,
  },
  groups: { wheels: { role: "wheels", unit: "wheel", default: 4, min: 4, max: 4 } },
  parts: [
    ...wheelPairs([0.28, -0.28], 0.42, 0.2, 0.05),
    rod("axle_front", [0.28, -0.21, 0.1], [0.28, 0.21, 0.1], 0.02, "axles"),
    rod("axle_back", [-0.28, -0.21, 0.1], [-0.28, 0.21, 0.1], 0.02, "axles"),
    part("bed", "box", [0.85, 0.4, 0.04], [0, 0, 0.22], "bed"),
    part("side_left", "box", [0.85, 0.02, 0.12], [0, -0.2, 0.3], "bed"),
    part("side_right", "box", [0.85, 0.02, 0.12], [0, 0.2, 0.3], "bed"),
    part("side_front", "box", [0.02, 0.4, 0.12], [0.425, 0, 0.3], "bed"),
    part("side_back", "box", [0.02, 0.4, 0.12], [-0.425, 0, 0.3], "bed"),
    part("mount", "box", [0.1, 0.1, 0.1], [0.28, 0, 0.15], "axles"),
    rod("handle", [0.45, 0, 0.2], [1.05, 0, 0.55], 0.025, "handle"),
    rod("grip", [1.05, -0.1, 0.55], [1.05, 0.1, 0.55], 0.03, "handle"),
  ],
});

/** Two-wheelers and carts (motorcycle, scooter, wagon), as declarative kinds. */
export const RIDER_KINDS: SubjectDef[] = [motorcycle, scooter, wagon];
