import type { PartSpec, SubjectDef } from "../types";
import { defineKind } from "./define-kind";
import { HALF_PI, part, rod } from "./kit";

/** A small shelter: a box with a gabled roof (ridge along X) and a dark doorway on its front (-Y). */
function gabled(w: number, d: number, h: number, roofH: number, door: [number, number], hole = "box"): PartSpec[] {
  return [
    part("walls", "box", [w, d, h], [0, 0, h / 2], "walls"),
    part("roof", "wedge", [w + 0.1 * w, d + 0.12 * d, roofH], [0, 0, h + roofH / 2], "roof"),
    part("door", hole, hole === "box" ? [door[0], 0.02, door[1]] : [door[0], door[0], 0.02], [0, -d / 2 - 0.005, hole === "box" ? door[1] / 2 : h * 0.6], "door",
      hole === "box" ? {} : { rot: [HALF_PI, 0, 0] }),
  ];
}

const doghouse = defineKind({
  name: "doghouse",
  synonyms: ["dog house", "kennel", "dog kennel"],
  category: "building",
  roles: {
    walls: { words: ["wall", "walls", "body", "side"], material: "wood", color: "red", body: true },
    roof: { words: ["roof"], material: "wood", color: "brown" },
    door: { words: ["door", "doorway", "opening", "entrance"], material: "paint", color: "black" },
  },
  parts: gabled(0.9, 1.1, 0.7, 0.4, [0.4, 0.5]),
});

const birdhouse = defineKind({
  name: "birdhouse",
  synonyms: ["bird house", "nest box", "nesting box", "bird box"],
  category: "building",
  roles: {
    walls: { words: ["wall", "walls", "body", "box"], material: "wood", color: "tan", body: true },
    roof: { words: ["roof"], material: "wood", color: "green" },
    door: { words: ["hole", "entrance", "opening", "door"], material: "paint", color: "black" },
    perch: { words: ["perch", "peg"], material: "wood", color: "brown" },
    post: { words: ["post", "pole", "stand"], material: "wood", color: "brown", optional: "on" },
  },
  parts: [
    // The house sits on a post 1.2 m up; the gabled helper builds it at the ground, so lift every piece.
    ...gabled(0.2, 0.18, 0.24, 0.1, [0.06, 0.06], "cylinder").map((x) => ({ ...x, at: [x.at[0], x.at[1], x.at[2] + 1.2] as [number, number, number] })),
    part("perch", "cylinder", [0.012, 0.012, 0.07], [0, -0.125, 1.33], "perch", { rot: [HALF_PI, 0, 0] }),
    part("post", "box", [0.07, 0.07, 1.2], [0, 0, 0.6], "post"),
  ],
});

const tent = defineKind({
  name: "tent",
  synonyms: ["camping tent", "pup tent", "ridge tent"],
  category: "building",
  roles: {
    canvas: { words: ["canvas", "fly", "body", "cover", "fabric"], material: "fabric", color: "orange", body: true },
    door: { words: ["door", "flap", "entrance", "opening"], material: "fabric", color: "charcoal" },
    poles: { words: ["pole", "stick"], material: "metal", color: "gray" },
    pegs: { words: ["peg", "stake", "guy rope", "rope"], material: "metal", color: "silver" },
  },
  parts: [
    // A ridge tent faces -Y with its ridge running front to back, so the gable (the door end) is at the front.
    part("canvas", "wedge", [2.2, 1.6, 1.2], [0, 0, 0.6], "canvas", { rot: [0, 0, HALF_PI] }),
    part("door", "pyramid", [0.7, 0.02, 0.9], [0, -1.1, 0.45], "door"),
    rod("pole_front", [0, -1.12, 0], [0, -1.12, 1.3], 0.03, "poles"),
    rod("pole_back", [0, 1.12, 0], [0, 1.12, 1.3], 0.03, "poles"),
    rod("rope_front", [0, -1.12, 1.25], [0, -1.7, 0.02], 0.01, "pegs"),
    rod("rope_back", [0, 1.12, 1.25], [0, 1.7, 0.02], 0.01, "pegs"),
  ],
});

const igloo = defineKind({
  name: "igloo",
  synonyms: ["snow house", "iglu"],
  category: "building",
  roles: {
    dome: { words: ["dome", "body", "wall", "walls"], material: "snow", body: true },
    tunnel: { words: ["tunnel", "entrance", "porch"], material: "snow", body: true },
    door: { words: ["door", "doorway", "opening"], material: "paint", color: "charcoal" },
    courses: { words: ["block", "course", "brick", "ring"], material: "ice" },
  },
  parts: [
    part("dome", "hemisphere", [3.2, 3.2, 1.6], [0, 0, 0.8], "dome"),
    part("tunnel", "rounded_box", [1.0, 1.2, 0.95], [0, -1.7, 0.475], "tunnel"),
    part("door", "box", [0.6, 0.02, 0.7], [0, -2.31, 0.35], "door"),
    // Rings of blocks where each course meets the next, just proud of the dome.
    ...[0.45, 0.9, 1.3].map((z, i) => {
      const r = Math.sqrt(1.6 ** 2 - z ** 2);
      return part(`course_${i + 1}`, "torus", [2 * r + 0.06, 2 * r + 0.06, 0.05], [0, 0, z], "courses", { group: "courses" });
    }),
  ],
  groups: { courses: { role: "courses", unit: "course", default: 3, min: 3, max: 3 } },
});

const pyramidMonument = defineKind({
  name: "pyramid",
  synonyms: ["egyptian pyramid", "great pyramid", "stone pyramid"],
  category: "building",
  roles: {
    body: { words: ["body", "side", "face", "stone", "block"], material: "stone", color: "tan", body: true },
    capstone: { words: ["capstone", "cap", "top", "tip", "apex"], material: "gold" },
    base: { words: ["base", "platform", "plinth"], material: "stone", color: "beige" },
    door: { words: ["door", "entrance", "doorway"], material: "paint", color: "charcoal" },
  },
  parts: [
    part("base", "box", [240, 240, 2], [0, 0, 1], "base"),
    part("body", "pyramid", [230, 230, 140], [0, 0, 72], "body"),
    part("capstone", "pyramid", [12, 12, 8], [0, 0, 145], "capstone"),
    part("door", "box", [5, 1, 8], [0, -104, 20], "door", { rot: [-0.9, 0, 0] }),
  ],
});

const skyscraper = defineKind({
  name: "skyscraper",
  synonyms: ["high rise", "highrise", "office tower", "tower block", "office building"],
  category: "building",
  roles: {
    tower: { words: ["tower", "body", "wall", "facade", "building"], material: "concrete", color: "gray", body: true },
    windows: { words: ["window", "glass", "floor", "band"], material: "glass", color: "sky" },
    base: { words: ["base", "podium", "lobby"], material: "stone", color: "charcoal" },
    spire: { words: ["spire", "antenna", "mast"], material: "steel", optional: "on" },
  },
  groups: { floors: { role: "windows", unit: "floor", default: 12, min: 4, max: 30 } },
  parts: (p) => {
    const n = p.count("floors"), h = n * 4;
    return [
      part("base", "box", [34, 34, 8], [0, 0, 4], "base"),
      part("tower", "box", [28, 28, h], [0, 0, 8 + h / 2], "tower"),
      part("crown", "box", [20, 20, 6], [0, 0, 8 + h + 3], "tower"),
      part("spire", "cone", [1.2, 1.2, 24], [0, 0, 8 + h + 6 + 12], "spire"),
      // A glass band per storey, a little wider than the tower so it reads as a strip of windows.
      ...Array.from({ length: n }, (_, i) => part(`floor_${i + 1}`, "box", [28.4, 28.4, 2.4], [0, 0, 8 + i * 4 + 2.2], "windows", { group: "floors" })),
    ];
  },
});

/** Buildings and shelters (doghouse, birdhouse, tent, igloo, pyramid, skyscraper), as declarative kinds. */
export const BUILDING_KINDS: SubjectDef[] = [doghouse, birdhouse, tent, igloo, pyramidMonument, skyscraper];
