import type { SubjectDef } from "../types";
import { defineKind } from "./define-kind";
import { HALF_PI, part, rod } from "./kit";

/** The plank's tilt: enough for its low end to reach the ground from the 0.55 m pivot. */
const TILT = Math.asin(0.52 / 1.6);
/** Where a point `d` metres along the tilted plank (from its middle, +X downhill) sits: [x, top of the plank z]. */
const along = (d: number): [number, number] => [d * Math.cos(TILT), 0.55 - d * Math.sin(TILT) + 0.03];

const seesaw = defineKind({
  name: "seesaw",
  synonyms: ["see saw", "see-saw", "teeter totter", "teeter-totter", "teeterboard"],
  category: "street",
  roles: {
    plank: { words: ["plank", "board", "beam", "bar"], material: "wood", color: "red", body: true },
    pivot: { words: ["pivot", "stand", "base", "fulcrum", "frame"], material: "metal", color: "blue" },
    seats: { words: ["seat"], material: "plastic", color: "yellow" },
    handles: { words: ["handle", "grip"], material: "metal", color: "silver" },
  },
  parts: [
    // The plank tips down to the ground at one end, as a seesaw at rest does.
    part("pivot", "wedge", [0.6, 0.4, 0.55], [0, 0, 0.275], "pivot", { rot: [0, 0, HALF_PI] }),
    part("plank", "box", [3.2, 0.28, 0.06], [0, 0, 0.55], "plank", { rot: [0, TILT, 0] }),
    ...[-1, 1].flatMap((s) => {
      const side = s < 0 ? "left" : "right", seat = along(s * 1.35), grip = along(s * 1.05);
      // Handle posts stand just outside the plank's edges, joined by a grip across it.
      return [
        part(`seat_${side}`, "box", [0.35, 0.32, 0.05], [seat[0], 0, seat[1] + 0.05], "seats", { rot: [0, TILT, 0] }),
        rod(`handle_${side}_front`, [grip[0], -0.16, grip[1]], [grip[0], -0.16, grip[1] + 0.3], 0.035, "handles"),
        rod(`handle_${side}_back`, [grip[0], 0.16, grip[1]], [grip[0], 0.16, grip[1] + 0.3], 0.035, "handles"),
        rod(`handle_${side}`, [grip[0], -0.18, grip[1] + 0.3], [grip[0], 0.18, grip[1] + 0.3], 0.04, "handles"),
      ];
    }),
  ],
});

const sandbox = defineKind({
  name: "sandbox",
  synonyms: ["sandpit", "sand pit", "sand box"],
  category: "street",
  roles: {
    frame: { words: ["frame", "border", "side", "wall", "edge"], material: "wood", color: "tan", body: true },
    sand: { words: ["sand"], material: "soil", color: "beige" },
    toys: { words: ["toy", "bucket", "spade", "shovel", "castle"], material: "plastic", color: "red", optional: "on" },
  },
  parts: [
    part("sand", "box", [1.8, 1.8, 0.2], [0, 0, 0.1], "sand"),
    part("side_front", "box", [2.0, 0.1, 0.3], [0, -0.95, 0.15], "frame"),
    part("side_back", "box", [2.0, 0.1, 0.3], [0, 0.95, 0.15], "frame"),
    part("side_left", "box", [0.1, 1.8, 0.3], [-0.95, 0, 0.15], "frame"),
    part("side_right", "box", [0.1, 1.8, 0.3], [0.95, 0, 0.15], "frame"),
    part("toy_bucket", "tapered_cylinder:1.3", [0.16, 0.16, 0.15], [0.4, 0.3, 0.275], "toys"),
    part("sand_castle", "cone", [0.3, 0.3, 0.2], [-0.3, -0.2, 0.3], "sand"),
  ],
});

const parkingMeter = defineKind({
  name: "parking meter",
  synonyms: ["parking metre", "meter post"],
  category: "street",
  roles: {
    head: { words: ["head", "meter", "body", "housing"], material: "metal", color: "gray", body: true },
    pole: { words: ["pole", "post"], material: "metal", color: "charcoal" },
    dial: { words: ["dial", "window", "display", "screen"], material: "glass", color: "sky" },
  },
  parts: [
    part("pole", "cylinder", [0.07, 0.07, 1.1], [0, 0, 0.55], "pole"),
    part("head", "capsule", [0.22, 0.16, 0.38], [0, 0, 1.27], "head"),
    part("dial", "hemisphere", [0.15, 0.15, 0.05], [0, -0.08, 1.33], "dial", { rot: [HALF_PI, 0, 0] }),
    part("coin_slot", "box", [0.05, 0.02, 0.01], [0, -0.08, 1.18], "pole"),
  ],
});

const bollard = defineKind({
  name: "bollard",
  synonyms: ["street bollard", "traffic bollard"],
  category: "street",
  roles: {
    post: { words: ["post", "body", "bollard"], material: "metal", color: "charcoal", body: true },
    cap: { words: ["cap", "top", "dome"], material: "metal", color: "charcoal", body: true },
    band: { words: ["band", "stripe", "reflector"], material: "paint", color: "white" },
  },
  parts: [
    part("base", "cylinder", [0.2, 0.2, 0.06], [0, 0, 0.03], "post"),
    part("post", "cylinder", [0.16, 0.16, 0.8], [0, 0, 0.46], "post"),
    part("cap", "hemisphere", [0.16, 0.16, 0.08], [0, 0, 0.9], "cap"),
    part("band", "cylinder", [0.165, 0.165, 0.06], [0, 0, 0.92 - 0.17], "band"),
  ],
});

/** Playground and roadside odds (seesaw, sandbox, parking meter, bollard), as declarative kinds. */
export const YARD_KINDS: SubjectDef[] = [seesaw, sandbox, parkingMeter, bollard];
