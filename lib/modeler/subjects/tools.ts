import type { SubjectDef } from "../types";
import { HALF_PI, part, taper } from "./kit";

/** Tools stand upright on their handle end, like a product shot, so previews show them whole. */
export const hammer: SubjectDef = {
  name: "hammer",
  synonyms: ["mallet", "sledgehammer", "claw hammer"],
  category: "tool",
  roles: {
    handle: { words: ["handle", "shaft", "grip"], material: "wood", body: true },
    head: { words: ["head", "face", "claw"], material: "steel" },
  },
  build: () => [
    part("handle", taper(0.85), [0.035, 0.035, 0.33], [0, 0, 0.165], "handle"),
    part("grip", "capsule", [0.04, 0.04, 0.12], [0, 0, 0.07], "handle"),
    part("head", "rounded_box", [0.12, 0.032, 0.032], [0.01, 0, 0.34], "head"),
    part("face", "cylinder", [0.036, 0.036, 0.03], [0.08, 0, 0.34], "head", { rot: [0, HALF_PI, 0] }),
    part("claw", "wedge", [0.05, 0.03, 0.05], [-0.07, 0, 0.34], "head", { rot: [0, HALF_PI, 0] }),
  ],
};

/** A longsword point-down: blade, fuller ridge, cross-guard, grip and pommel. */
export const sword: SubjectDef = {
  name: "sword",
  synonyms: ["longsword", "broadsword", "blade", "katana", "sabre", "saber", "dagger", "rapier"],
  category: "tool",
  roles: {
    blade: { words: ["blade", "edge"], material: "steel", body: true },
    guard: { words: ["guard", "crossguard", "hilt", "quillon"], material: "brass" },
    grip: { words: ["grip", "handle"], material: "leather", color: "brown" },
    pommel: { words: ["pommel"], material: "brass" },
  },
  build: () => [
    part("tip", "pyramid", [0.05, 0.008, 0.08], [0, 0, 0.04], "blade", { rot: [Math.PI, 0, 0] }),
    part("blade", "box", [0.05, 0.008, 0.8], [0, 0, 0.08 + 0.4], "blade"),
    part("fuller", "box", [0.012, 0.01, 0.65], [0, 0, 0.5], "blade"),
    part("guard", "rounded_box", [0.22, 0.03, 0.03], [0, 0, 0.895], "guard"),
    part("grip", "cylinder", [0.03, 0.03, 0.18], [0, 0, 1.0], "grip"),
    part("pommel", "sphere", [0.05, 0.05, 0.05], [0, 0, 1.11], "pommel"),
  ],
};

/** A woodcutter's axe upright: long handle, wedge head with a steel edge. */
export const axe: SubjectDef = {
  name: "axe",
  synonyms: ["ax", "hatchet", "battleaxe", "battle axe", "tomahawk"],
  category: "tool",
  roles: {
    handle: { words: ["handle", "shaft", "haft"], material: "wood", body: true },
    head: { words: ["head", "blade", "edge", "bit"], material: "iron" },
  },
  build: () => [
    part("handle", "capsule", [0.04, 0.03, 0.75], [0, 0, 0.375], "handle"),
    part("head", "box", [0.06, 0.045, 0.08], [0.02, 0, 0.68], "head"),
    // The wedge lies on its side so its sharp ridge becomes the cutting edge.
    part("blade", "wedge", [0.04, 0.16, 0.13], [0.12, 0, 0.68], "head", { rot: [HALF_PI, 0, -HALF_PI] }),
  ],
};

/** A round shield standing on its rim: board, rim, boss and a cross band. */
export const shield: SubjectDef = {
  name: "shield",
  synonyms: ["buckler", "round shield", "viking shield"],
  category: "tool",
  roles: {
    board: { words: ["board", "face", "body", "front"], material: "wood", color: "maroon", body: true },
    rim: { words: ["rim", "edge", "border", "trim"], material: "iron" },
    boss: { words: ["boss", "center", "centre", "middle"], material: "iron" },
    emblem: { words: ["emblem", "cross", "band", "stripe", "crest"], material: "paint", color: "gold", optional: "on" },
  },
  build(p) {
    const d = 0.8, up: [number, number, number] = [HALF_PI, 0, 0];
    const parts = [
      part("board", "cylinder", [d, d, 0.04], [0, 0, d / 2 + 0.02], "board", { rot: up }),
      part("rim", "torus", [d + 0.04, d + 0.04, 0.05], [0, 0, d / 2 + 0.02], "rim", { rot: up }),
      part("boss", "hemisphere", [0.18, 0.18, 0.08], [0, -0.05, d / 2 + 0.02], "boss", { rot: up }),
    ];
    if (p.has("emblem")) {
      parts.push(part("band_1", "box", [0.08, 0.01, d - 0.04], [0, -0.025, d / 2 + 0.02], "emblem"));
      parts.push(part("band_2", "box", [d - 0.04, 0.01, 0.08], [0, -0.025, d / 2 + 0.02], "emblem"));
    }
    return parts;
  },
};
