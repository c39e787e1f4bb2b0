import type { SubjectDef } from "../types";
import { defineKind } from "./define-kind";
import { HALF_PI, part, rod, spread } from "./kit";
import { WHEEL_ROLES, axles, wheelPairs } from "./kinds-outdoors-wheels";

const bus = defineKind({
  name: "bus",
  synonyms: ["coach", "city bus", "minibus", "motor coach", "omnibus"],
  variants: { "school bus": { palette: { body: "yellow" } } },
  category: "vehicle",
  roles: {
    body: { words: ["body", "side", "roof", "bus"], material: "paint", color: "red", body: true },
    door: { words: ["door"], material: "glass", color: "charcoal" },
    bumper: { words: ["bumper", "chassis"], material: "plastic", color: "charcoal" },
    ...WHEEL_ROLES,
  },
  groups: { wheels: { role: "wheels", unit: "wheel", default: 4, min: 4, max: 8 } },
  parts: (p) => [
    part("body", "rounded_box", [11, 2.5, 2.7], [0, 0, 0.45 + 1.35], "body"),
    part("bumper", "box", [11.1, 2.4, 0.3], [0, 0, 0.5], "bumper"),
    part("windshield", "box", [0.04, 2.2, 1.2], [5.5, 0, 2.2], "windows"),
    ...[-1, 1].map((s, i) => part(`window_band_${i + 1}`, "box", [9.2, 0.03, 0.9], [-0.4, s * 1.25, 2.35], "windows")),
    part("door", "box", [1.0, 0.03, 2.0], [4.6, -1.25, 1.6], "door"),
    ...[-1, 1].map((s, i) => part(`headlight_${i + 1}`, "box", [0.04, 0.3, 0.2], [5.51, s * 0.9, 0.9], "lights")),
    ...wheelPairs(axles(p.count("wheels"), -3.6, 3.4), 2.2, 1.0, 0.3),
  ],
});

const fireTruck = defineKind({
  name: "fire truck",
  synonyms: ["fire engine", "firetruck", "fire appliance", "ladder truck"],
  category: "vehicle",
  roles: {
    body: { words: ["body", "cab", "side", "truck"], material: "paint", color: "red", body: true },
    ladder: { words: ["ladder", "rung"], material: "metal", color: "silver", optional: "on" },
    siren: { words: ["siren", "light bar", "beacon"], material: "bulb", color: "blue" },
    bumper: { words: ["bumper", "chassis", "lockers"], material: "chrome" },
    ...WHEEL_ROLES,
  },
  groups: { wheels: { role: "wheels", unit: "wheel", default: 6, min: 4, max: 8 } },
  parts: (p) => [
    part("chassis", "box", [8.4, 2.2, 0.4], [0, 0, 0.75], "bumper"),
    part("cab", "rounded_box", [2.4, 2.5, 2.0], [2.9, 0, 0.95 + 1.0], "body"),
    part("windshield", "box", [0.04, 2.2, 0.8], [4.11, 0, 2.4], "windows"),
    part("body", "rounded_box", [5.6, 2.5, 1.9], [-1.2, 0, 0.95 + 0.95], "body"),
    part("siren", "box", [0.3, 1.4, 0.15], [3.0, 0, 3.02], "siren"),
    ...[-1, 1].map((s, i) => part(`headlight_${i + 1}`, "box", [0.04, 0.3, 0.2], [4.11, s * 0.9, 1.3], "lights")),
    // The ladder lies on the body's roof, two rails with rungs across.
    ...[-1, 1].map((s) => part(`ladder_${s < 0 ? "left" : "right"}`, "box", [6.2, 0.08, 0.1], [-0.6, s * 0.4, 2.9], "ladder")),
    ...spread(10, 5.6).map((x, i) => part(`rung_${i + 1}`, "box", [0.05, 0.8, 0.05], [-0.6 + x, 0, 2.9], "ladder")),
    ...wheelPairs(axles(p.count("wheels"), -2.8, 2.8), 2.2, 1.0, 0.34),
  ],
});

const tractor = defineKind({
  name: "tractor",
  synonyms: ["farm tractor"],
  category: "vehicle",
  roles: {
    body: { words: ["body", "hood", "bonnet", "engine"], material: "paint", color: "green", body: true },
    cab: { words: ["cab", "cabin", "roof"], material: "paint", color: "green", body: true },
    seat: { words: ["seat"], material: "leather", color: "black" },
    exhaust: { words: ["exhaust", "chimney", "stack", "pipe"], material: "metal", color: "charcoal" },
    ...WHEEL_ROLES,
    hubs: { words: ["hub", "rim"], material: "paint", color: "yellow" },
  },
  parts: [
    part("body", "rounded_box", [2.0, 0.9, 0.9], [0.6, 0, 1.05], "body"),
    part("frame", "box", [3.0, 0.7, 0.3], [0.2, 0, 0.6], "body"),
    part("seat", "box", [0.45, 0.45, 0.12], [-0.8, 0, 1.36], "seat"),
    part("cab_floor", "box", [1.2, 1.4, 0.1], [-0.8, 0, 1.25], "cab"),
    ...[[-1.35, -0.65], [-1.35, 0.65], [-0.25, -0.65], [-0.25, 0.65]].map(([x, y], i) => part(`cab_post_${i + 1}`, "box", [0.06, 0.06, 1.3], [x, y, 1.95], "cab")),
    part("roof", "box", [1.3, 1.5, 0.08], [-0.8, 0, 2.64], "cab"),
    part("exhaust", "cylinder", [0.1, 0.1, 0.9], [1.2, 0, 1.9], "exhaust"),
    part("headlight", "box", [0.04, 0.5, 0.15], [1.61, 0, 1.2], "lights"),
    // Big drive wheels at the back, small steering wheels at the front, as on every farm tractor.
    part("wheel_1", "cylinder", [0.8, 0.8, 0.3], [1.3, -0.7, 0.4], "wheels", { rot: [HALF_PI, 0, 0], group: "wheels" }),
    part("wheel_2", "cylinder", [0.8, 0.8, 0.3], [1.3, 0.7, 0.4], "wheels", { rot: [HALF_PI, 0, 0], group: "wheels" }),
    part("wheel_3", "cylinder", [1.6, 1.6, 0.5], [-0.8, -0.95, 0.8], "wheels", { rot: [HALF_PI, 0, 0], group: "wheels" }),
    part("wheel_4", "cylinder", [1.6, 1.6, 0.5], [-0.8, 0.95, 0.8], "wheels", { rot: [HALF_PI, 0, 0], group: "wheels" }),
    ...[[1.3, -0.86, 0.4, 0.4], [1.3, 0.86, 0.4, 0.4], [-0.8, -1.21, 0.8, 0.8], [-0.8, 1.21, 0.8, 0.8]].map(([x, y, z, d], i) =>
      part(`hub_${i + 1}`, "cylinder", [d, d, 0.04], [x, y, z], "hubs", { rot: [HALF_PI, 0, 0] })),
    rod("axle_back", [-0.8, -0.75, 0.8], [-0.8, 0.75, 0.8], 0.12, "exhaust"),
  ],
  groups: { wheels: { role: "wheels", unit: "wheel", default: 4, min: 4, max: 4 } },
});

/** Vehicles on four or more wheels (bus, fire truck, tractor), as declarative kinds. */
export const VEHICLE_KINDS: SubjectDef[] = [tractor, bus, fireTruck];
