import type { SubjectDef } from "../types";
import { defineKind } from "./define-kind";
import { HALF_PI, part, rod, spread } from "./kit";
import { WHEEL_ROLES, wheelPairs } from "./kinds-outdoors-wheels";

/** A crawler track along X on one side: a long rounded belt with road wheels showing on its outer face. */
const track = (side: number, y: number, length: number, h: number, w: number) => [
  part(`track_${side < 0 ? "left" : "right"}`, "rounded_box", [length, w, h], [0, y, h / 2], "tracks"),
  ...spread(4, length - h).map((x, i) => part(`road_wheel_${side < 0 ? "left" : "right"}_${i + 1}`, "cylinder", [h * 0.7, h * 0.7, 0.04], [x, y + side * (w / 2 + 0.01), h / 2], "hubs", { rot: [HALF_PI, 0, 0] })),
];

const trackRoles = {
  tracks: { words: ["track", "tread", "caterpillar"], material: "rubber", color: "charcoal" },
  hubs: { words: ["road wheel", "hub", "sprocket"], material: "metal", color: "gray" },
};

const excavator = defineKind({
  name: "excavator",
  synonyms: ["digger", "mechanical digger", "power shovel"],
  category: "vehicle",
  roles: {
    body: { words: ["body", "house", "engine"], material: "paint", color: "yellow", body: true },
    cab: { words: ["cab", "cabin"], material: "paint", color: "yellow", body: true },
    arm: { words: ["arm", "boom", "stick"], material: "paint", color: "yellow", body: true },
    bucket: { words: ["bucket", "scoop", "shovel"], material: "metal", color: "charcoal" },
    windows: WHEEL_ROLES.windows,
    ...trackRoles,
  },
  parts: [
    ...track(-1, -1.1, 3.6, 0.8, 0.6), ...track(1, 1.1, 3.6, 0.8, 0.6),
    part("turntable", "cylinder", [1.6, 1.6, 0.2], [0, 0, 0.9], "body"),
    part("body", "rounded_box", [2.8, 2.3, 1.0], [-0.4, 0, 1.5], "body"),
    part("cab", "rounded_box", [1.0, 1.0, 1.3], [0.5, -0.6, 2.6], "cab"),
    part("windshield", "box", [0.03, 0.85, 1.0], [1.01, -0.6, 2.65], "windows"),
    // Boom up and forward, stick down to a bucket resting on the ground in front of the tracks.
    rod("boom", [0.6, 0.45, 1.8], [2.7, 0.45, 3.4], 0.35, "arm"),
    rod("stick", [2.7, 0.45, 3.4], [3.4, 0.45, 0.7], 0.25, "arm"),
    part("bucket", "wedge", [0.8, 0.9, 0.7], [3.4, 0.45, 0.35], "bucket", { rot: [0, 0, HALF_PI] }),
  ],
});

const tank = defineKind({
  // Never a bare "tank": a water tank or a fish tank is not this.
  name: "army tank",
  synonyms: ["battle tank", "military tank", "panzer", "tank destroyer"],
  category: "vehicle",
  roles: {
    hull: { words: ["hull", "body", "armor", "armour"], material: "paint", color: "olive", body: true },
    turret: { words: ["turret", "top"], material: "paint", color: "olive", body: true },
    gun: { words: ["gun", "barrel", "cannon"], material: "metal", color: "charcoal" },
    hatch: { words: ["hatch", "lid"], material: "metal", color: "charcoal" },
    ...trackRoles,
  },
  parts: [
    ...track(-1, -1.45, 6.5, 1.0, 0.7), ...track(1, 1.45, 6.5, 1.0, 0.7),
    part("hull", "rounded_box", [6.8, 2.2, 0.9], [0, 0, 1.25], "hull"),
    part("glacis", "wedge", [1.0, 2.2, 0.5], [3.0, 0, 1.6], "hull", { rot: [0, 0, HALF_PI] }),
    part("turret", "rounded_box", [2.8, 2.2, 0.8], [-0.4, 0, 2.1], "turret"),
    part("hatch", "cylinder", [0.6, 0.6, 0.1], [-0.9, 0.4, 2.55], "hatch"),
    rod("gun", [1.0, 0, 2.15], [5.2, 0, 2.25], 0.26, "gun"),
  ],
});

const forklift = defineKind({
  name: "forklift",
  synonyms: ["fork lift", "forklift truck", "lift truck"],
  category: "vehicle",
  roles: {
    body: { words: ["body", "chassis", "counterweight"], material: "paint", color: "orange", body: true },
    mast: { words: ["mast", "upright", "carriage"], material: "metal", color: "charcoal" },
    forks: { words: ["fork", "tine", "prong"], material: "steel" },
    cage: { words: ["cage", "roof", "guard", "post"], material: "metal", color: "charcoal" },
    seat: { words: ["seat"], material: "leather", color: "black" },
    ...WHEEL_ROLES,
  },
  groups: { wheels: { role: "wheels", unit: "wheel", default: 4, min: 4, max: 4 } },
  parts: [
    ...wheelPairs([0.55, -0.55], 1.0, 0.55, 0.22),
    part("body", "rounded_box", [1.9, 1.1, 0.7], [-0.1, 0, 0.65], "body"),
    part("counterweight", "rounded_box", [0.4, 1.1, 0.6], [-1.2, 0, 0.75], "body"),
    part("seat", "box", [0.45, 0.45, 0.12], [-0.4, 0, 1.06], "seat"),
    ...[[-0.8, -0.5], [-0.8, 0.5], [0.45, -0.5], [0.45, 0.5]].map(([x, y], i) => part(`cage_post_${i + 1}`, "box", [0.05, 0.05, 1.2], [x, y, 1.6], "cage")),
    part("roof", "box", [1.35, 1.1, 0.05], [-0.18, 0, 2.22], "cage"),
    part("mast_left", "box", [0.1, 0.1, 2.2], [0.9, -0.35, 1.2], "mast"),
    part("mast_right", "box", [0.1, 0.1, 2.2], [0.9, 0.35, 1.2], "mast"),
    part("carriage", "box", [0.06, 0.9, 0.5], [0.98, 0, 0.3], "mast"),
    part("fork_left", "box", [1.1, 0.1, 0.05], [1.55, -0.25, 0.07], "forks"),
    part("fork_right", "box", [1.1, 0.1, 0.05], [1.55, 0.25, 0.07], "forks"),
  ],
});

const goKart = defineKind({
  name: "go kart",
  synonyms: ["go-kart", "gokart", "go cart", "kart", "karting car"],
  category: "vehicle",
  roles: {
    frame: { words: ["frame", "chassis", "body", "floor"], material: "paint", color: "red", body: true },
    seat: { words: ["seat"], material: "plastic", color: "black" },
    wheel: { words: ["steering wheel", "steering"], material: "rubber", color: "black" },
    bumper: { words: ["bumper", "nose", "nosecone"], material: "plastic", color: "red", body: true },
    engine: { words: ["engine", "motor"], material: "metal", color: "gray" },
    ...WHEEL_ROLES,
  },
  groups: { wheels: { role: "wheels", unit: "wheel", default: 4, min: 4, max: 4 } },
  parts: [
    ...wheelPairs([0.5, -0.5], 1.05, 0.28, 0.18),
    part("frame", "box", [1.5, 0.8, 0.05], [0, 0, 0.1], "frame"),
    part("nose", "rounded_box", [0.3, 0.9, 0.15], [0.85, 0, 0.14], "bumper"),
    part("seat", "rounded_box", [0.4, 0.4, 0.35], [-0.25, 0, 0.3], "seat"),
    part("engine", "box", [0.3, 0.25, 0.25], [-0.55, 0.3, 0.24], "engine"),
    rod("steering_column", [0.5, 0, 0.12], [0.25, 0, 0.5], 0.03, "frame"),
    part("steering_wheel", "torus", [0.28, 0.28, 0.03], [0.25, 0, 0.5], "wheel", { rot: [0, -0.9, 0] }),
  ],
});

/** Work and tracked machines and small motor vehicles (excavator, tank, forklift, go-kart), as declarative kinds. */
export const MACHINE_KINDS: SubjectDef[] = [excavator, tank, forklift, goKart];
