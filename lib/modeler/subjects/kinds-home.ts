import type { SubjectDef } from "../types";
import { defineKind } from "./define-kind";
import { HALF_PI, part } from "./kit";

/** A hurricane lantern: a round base and cap joined by four posts, a glass chimney with a flame inside, a wire bail. */
const lantern = defineKind({
  name: "lantern",
  synonyms: ["oil lantern", "oil lamp", "camping lantern", "hurricane lantern", "kerosene lamp", "storm lantern", "paraffin lamp"],
  category: "household",
  roles: {
    frame: { words: ["frame", "base", "cap", "top", "post", "body", "metal"], material: "iron", color: "black", body: true },
    glass: { words: ["glass", "chimney", "globe", "window"], material: "glass", color: "white" },
    flame: { words: ["flame", "light", "fire", "wick"], material: "flame" },
    handle: { words: ["handle", "bail", "ring", "hook"], material: "iron", color: "black" },
  },
  parts: [
    part("base", "cylinder", [0.16, 0.16, 0.04], [0, 0, 0.02], "frame"),
    part("glass", "lathe:60.0_90.30_90.70_60.100", [0.13, 0.13, 0.16], [0, 0, 0.12], "glass"),
    part("flame", "sphere", [0.025, 0.025, 0.05], [0, 0, 0.1], "flame"),
    ...[[1, 0], [0, 1], [-1, 0], [0, -1]].map(([x, y], i) => part(`post_${i + 1}`, "cylinder", [0.008, 0.008, 0.18], [x! * 0.07, y! * 0.07, 0.12], "frame")),
    part("cap", "tapered_cylinder:0.4", [0.15, 0.15, 0.05], [0, 0, 0.225], "frame"),
    part("vent", "cylinder", [0.04, 0.04, 0.02], [0, 0, 0.255], "frame"),
    // The bail stands upright over the cap, as a lantern is carried.
    part("handle", "torus", [0.12, 0.12, 0.008], [0, 0, 0.265], "handle", { rot: [HALF_PI, 0, 0] }),
  ],
});

export const HOME_KINDS: SubjectDef[] = [lantern];
