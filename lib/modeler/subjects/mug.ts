import type { PartSpec, SubjectDef } from "../types";
import { HALF_PI, part } from "./kit";

/** A coffee mug: cylindrical body, a torus handle, a darker inside, optional coffee. */
export const mug: SubjectDef = {
  name: "mug",
  synonyms: ["coffee mug", "tea mug", "beer mug", "tankard", "stein"],
  variants: { "mug of coffee": { features: { coffee: true } } },
  category: "household",
  roles: {
    body: { words: ["body", "cup", "side", "wall", "outside"], material: "ceramic", body: true },
    handle: { words: ["handle", "grip"], material: "ceramic", body: true },
    inside: { words: ["inside", "interior", "inner", "rim"], material: "ceramic", color: "ivory" },
    coffee: { words: ["coffee", "tea", "drink", "liquid"], material: "liquid", color: "brown", optional: "off" },
  },
  build(p) {
    const d = 0.085, h = 0.1;
    const parts: PartSpec[] = [
      part("body", "cylinder", [d, d, h], [0, 0, h / 2], "body"),
      // The handle ring stands upright (rotated about X) and overlaps the wall so it reads as attached.
      part("handle", "torus", [0.06, 0.06, 0.013], [d / 2 + 0.012, 0, h * 0.52], "handle", { rot: [HALF_PI, 0, 0] }),
      part("inside", "cylinder", [d - 0.01, d - 0.01, 0.004], [0, 0, h - 0.001], "inside"),
    ];
    if (p.has("coffee")) parts.push(part("coffee", "cylinder", [d - 0.012, d - 0.012, 0.004], [0, 0, h + 0.0015], "coffee"));
    return parts;
  },
};
