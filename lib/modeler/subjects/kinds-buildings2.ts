import type { SubjectDef } from "../types";
import { defineKind } from "./define-kind";
import { HALF_PI, part, rod, spread } from "./kit";

// Buildings and structures people ask for by name. Every one faces -Y (its door at the front), as all kinds do.

/** A village church: a long nave with a pitched roof and a square tower at the front under a pointed steeple. */
const church = defineKind({
  name: "church",
  synonyms: ["chapel", "village church", "country church", "parish church"],
  category: "building",
  roles: {
    walls: { words: ["wall", "walls", "nave", "body", "facade"], material: "stone", color: "beige", body: true },
    roof: { words: ["roof"], material: "tile", color: "charcoal" },
    tower: { words: ["tower", "belfry", "bell tower"], material: "stone", color: "beige", body: true },
    steeple: { words: ["steeple", "spire"], material: "tile", color: "charcoal" },
    door: { words: ["door", "doorway", "entrance"], material: "wood", color: "brown" },
    windows: { words: ["window", "stained glass"], material: "glass", color: "sky" },
    cross: { words: ["cross"], material: "gold", optional: "on" },
  },
  parts: [
    part("nave", "box", [8, 14, 6], [0, 0, 3], "walls"),
    // The wedge's ridge runs along X; turned a quarter, it runs front to back so the gable faces the street.
    part("roof", "wedge", [14.6, 8.8, 4], [0, 0, 8], "roof", { rot: [0, 0, HALF_PI] }),
    part("tower", "box", [3.6, 3.6, 12], [0, -8.5, 6], "tower"),
    part("steeple", "pyramid", [3.8, 3.8, 7], [0, -8.5, 15.5], "steeple"),
    part("cross", "box", [0.2, 0.2, 1.8], [0, -8.5, 19.6], "cross"),
    part("cross_bar", "box", [0.9, 0.2, 0.2], [0, -8.5, 19.9], "cross"),
    part("door", "box", [1.6, 0.1, 2.8], [0, -10.33, 1.4], "door"),
    part("belfry", "box", [1.2, 0.1, 1.6], [0, -10.33, 10], "windows"),
    ...[-1, 1].flatMap((s) => [-3.5, 0, 3.5].map((y, i) => part(`window_${s < 0 ? "left" : "right"}_${i + 1}`, "box", [0.1, 1.0, 2.6], [s * 4.03, y, 3.2], "windows"))),
  ],
});

/** A Greek temple: a stepped marble base, a ring of columns holding a beam and a low pediment roof, a cella inside. */
const temple = defineKind({
  name: "temple",
  synonyms: ["greek temple", "roman temple", "ancient temple", "classical temple", "parthenon"],
  category: "building",
  roles: {
    columns: { words: ["column", "pillar", "colonnade"], material: "marble", color: "white", body: true },
    base: { words: ["base", "step", "stair", "platform", "plinth"], material: "marble", color: "white" },
    entablature: { words: ["entablature", "beam", "frieze", "lintel"], material: "marble", color: "white", body: true },
    roof: { words: ["roof", "pediment", "gable"], material: "stone", color: "cream" },
    cella: { words: ["cella", "wall", "walls", "sanctuary"], material: "stone", color: "beige" },
    door: { words: ["door", "doorway", "entrance"], material: "paint", color: "charcoal" },
  },
  parts: () => {
    const front = spread(6, 11).map((x) => [x, -9.6] as const);
    const back = front.map(([x]) => [x, 9.6] as const);
    const sides = [-5.5, 5.5].flatMap((x) => [-3.2, 3.2].map((y) => [x, y] as const));
    return [
      part("step_1", "box", [14, 22, 0.5], [0, 0, 0.25], "base"),
      part("step_2", "box", [13, 21, 0.5], [0, 0, 0.75], "base"),
      part("cella", "box", [8, 14, 6], [0, 0, 4], "cella"),
      part("door", "box", [2, 0.1, 3.5], [0, -7.03, 2.75], "door"),
      ...[...front, ...back, ...sides].map(([x, y], i) => part(`column_${i + 1}`, "tapered_cylinder:0.85", [0.9, 0.9, 6], [x, y, 4], "columns")),
      part("entablature", "box", [12.4, 20.4, 1.2], [0, 0, 7.6], "entablature"),
      part("roof", "wedge", [20.8, 12.8, 2.2], [0, 0, 9.3], "roof", { rot: [0, 0, HALF_PI] }),
    ];
  },
});

/** A farm silo: a tall round steel bin on a concrete footing, hooped, with a domed cap and a ladder up the front. */
const silo = defineKind({
  name: "silo",
  synonyms: ["grain silo", "farm silo", "grain bin"],
  category: "building",
  roles: {
    body: { words: ["body", "bin", "tank", "wall", "side"], material: "metal", color: "silver", body: true },
    dome: { words: ["dome", "roof", "cap", "top"], material: "metal", color: "silver", body: true },
    hoops: { words: ["hoop", "band", "ring"], material: "steel", color: "gray" },
    base: { words: ["base", "footing", "foundation"], material: "concrete", color: "gray" },
    ladder: { words: ["ladder", "rail"], material: "steel", color: "charcoal" },
  },
  parts: [
    part("base", "cylinder", [5.6, 5.6, 0.5], [0, 0, 0.25], "base"),
    part("body", "cylinder", [5, 5, 16], [0, 0, 8.4], "body"),
    part("dome", "hemisphere", [5.1, 5.1, 1.8], [0, 0, 17.3], "dome"),
    part("vent", "cylinder", [0.6, 0.6, 0.5], [0, 0, 18.3], "dome"),
    ...[4, 8, 12].map((z, i) => part(`hoop_${i + 1}`, "torus", [5.1, 5.1, 0.12], [0, 0, z], "hoops")),
    rod("ladder_rail_1", [-0.25, -2.6, 0.5], [-0.25, -2.6, 16.4], 0.06, "ladder"),
    rod("ladder_rail_2", [0.25, -2.6, 0.5], [0.25, -2.6, 16.4], 0.06, "ladder"),
  ],
});

/** A water tower: a round tank with a conical roof high on four splayed legs tied by braces, a riser pipe and a catwalk. */
const waterTower = defineKind({
  name: "water tower",
  synonyms: ["watertower", "water tank tower", "elevated water tank"],
  category: "building",
  roles: {
    tank: { words: ["tank", "body", "reservoir"], material: "metal", color: "white", body: true },
    roof: { words: ["roof", "cap", "top", "cone"], material: "metal", color: "gray" },
    legs: { words: ["leg", "support", "stilt"], material: "steel", color: "gray" },
    braces: { words: ["brace", "strut", "beam"], material: "steel", color: "gray" },
    pipe: { words: ["pipe", "riser"], material: "steel", color: "charcoal" },
    catwalk: { words: ["catwalk", "walkway", "balcony", "railing"], material: "steel", color: "charcoal" },
  },
  parts: () => {
    const corners = [[-1, -1], [1, -1], [1, 1], [-1, 1]] as const;
    const at = (k: number, z: number, reach: number) => [corners[k][0] * reach, corners[k][1] * reach, z] as [number, number, number];
    return [
      part("tank", "cylinder", [6, 6, 5], [0, 0, 15.5], "tank"),
      part("roof", "cone", [6.4, 6.4, 1.8], [0, 0, 18.9], "roof"),
      part("catwalk", "torus", [6.6, 6.6, 0.15], [0, 0, 13.1], "catwalk"),
      part("pipe", "cylinder", [0.8, 0.8, 13.2], [0, 0, 6.6], "pipe"),
      // Legs lean in from a wide footprint to the tank's rim; braces join them halfway up.
      ...corners.map((_, k) => rod(`leg_${k + 1}`, at(k, 0, 3.2), at(k, 13.2, 2.1), 0.4, "legs")),
      ...corners.map((_, k) => rod(`brace_${k + 1}`, at(k, 6.5, 2.66), at((k + 1) % 4, 6.5, 2.66), 0.2, "braces")),
    ];
  },
});

/** A yurt: a round felt-covered wall under a low conical roof with a crown ring at its peak, roped round, a bright door. */
const yurt = defineKind({
  name: "yurt",
  synonyms: ["mongolian yurt", "felt tent"],
  category: "building",
  roles: {
    walls: { words: ["wall", "walls", "felt", "cover", "body"], material: "fabric", color: "cream", body: true },
    roof: { words: ["roof", "cone"], material: "fabric", color: "white", body: true },
    crown: { words: ["crown", "top", "skylight"], material: "wood", color: "brown" },
    ropes: { words: ["rope", "band", "strap"], material: "fabric", color: "brown" },
    door: { words: ["door", "doorway", "entrance"], material: "wood", color: "orange" },
  },
  parts: [
    part("walls", "cylinder", [6, 6, 1.8], [0, 0, 0.9], "walls"),
    part("roof", "cone", [6.4, 6.4, 1.5], [0, 0, 2.55], "roof"),
    part("crown", "cylinder", [0.9, 0.9, 0.25], [0, 0, 3.05], "crown"),
    part("rope_1", "torus", [6.05, 6.05, 0.06], [0, 0, 0.6], "ropes"),
    part("rope_2", "torus", [6.05, 6.05, 0.06], [0, 0, 1.3], "ropes"),
    part("door", "box", [0.9, 0.2, 1.5], [0, -2.95, 0.75], "door"),
  ],
});

/** A treehouse: a small hut with a pitched roof on a deck in a leafy tree, braced to the trunk, a ladder to the ground. */
const treehouse = defineKind({
  name: "treehouse",
  // "tree house" is listed in parse-compounds as not a house; claiming it whole makes it this kind instead of refused.
  synonyms: ["tree house", "tree fort"],
  category: "building",
  roles: {
    walls: { words: ["wall", "walls", "hut", "cabin", "body"], material: "wood", color: "tan", body: true },
    roof: { words: ["roof"], material: "wood", color: "red" },
    deck: { words: ["deck", "platform", "floor"], material: "wood", color: "brown" },
    door: { words: ["door", "doorway", "entrance"], material: "paint", color: "charcoal" },
    window: { words: ["window"], material: "glass", color: "sky" },
    trunk: { words: ["trunk", "tree", "branch"], material: "bark" },
    leaves: { words: ["leaf", "leaves", "canopy", "foliage", "crown"], material: "foliage", color: "green" },
    ladder: { words: ["ladder", "rung", "step"], material: "wood", color: "brown", optional: "on" },
  },
  parts: [
    part("trunk", "cylinder", [0.7, 0.7, 7], [0, 0, 3.5], "trunk"),
    part("canopy", "sphere", [4.2, 4.2, 3.2], [0, 0.4, 7.4], "leaves"),
    part("canopy_left", "sphere", [3, 3, 2.4], [-1.8, 0.6, 6.6], "leaves"),
    part("canopy_right", "sphere", [3, 3, 2.4], [1.8, 0.6, 6.6], "leaves"),
    part("deck", "box", [3.4, 3.4, 0.2], [0, 0, 3.0], "deck"),
    rod("brace_1", [-0.3, 0, 1.8], [-1.6, 0, 2.95], 0.16, "deck"),
    rod("brace_2", [0.3, 0, 1.8], [1.6, 0, 2.95], 0.16, "deck"),
    part("walls", "box", [2.4, 2.4, 1.8], [0, 0.3, 4.0], "walls"),
    part("roof", "wedge", [2.9, 2.9, 1.1], [0, 0.3, 5.45], "roof"),
    part("door", "box", [0.7, 0.05, 1.3], [0.4, -0.92, 3.75], "door"),
    part("window", "box", [0.6, 0.05, 0.5], [-0.55, -0.92, 4.2], "window"),
    rod("ladder_rail_1", [-0.7, -1.95, 0], [-0.7, -1.72, 3.05], 0.07, "ladder"),
    rod("ladder_rail_2", [-0.2, -1.95, 0], [-0.2, -1.72, 3.05], 0.07, "ladder"),
    ...[0.5, 1.1, 1.7, 2.3].map((z, i) => rod(`rung_${i + 1}`, [-0.7, -1.95 + z * 0.075, z], [-0.2, -1.95 + z * 0.075, z], 0.05, "ladder")),
  ],
});

/** Buildings and structures: church, temple, silo, water tower, yurt, treehouse. */
export const BUILDINGS_KINDS: SubjectDef[] = [church, temple, silo, waterTower, yurt, treehouse];
