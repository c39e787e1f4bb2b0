import type { PartSpec, SubjectDef } from "../types";
import { part, taper } from "./kit";

/** A table lamp: weighted base, stem, tapered shade and a glowing bulb. */
export const lamp: SubjectDef = {
  name: "lamp",
  synonyms: ["table lamp", "desk lamp", "bedside lamp", "reading lamp", "lampshade"],
  variants: { "floor lamp": { scale: [1.3, 1.3, 3.2] }, "standing lamp": { scale: [1.3, 1.3, 3.2] } },
  category: "household",
  roles: {
    base: { words: ["base", "foot", "stand"], material: "metal", color: "charcoal", body: true },
    stem: { words: ["stem", "pole", "neck", "rod", "arm", "body"], material: "metal", color: "charcoal", body: true },
    shade: { words: ["shade", "lampshade", "hood", "cover"], material: "fabric", color: "cream" },
    bulb: { words: ["bulb", "lightbulb"], material: "bulb" },
  },
  build(p) {
    const baseH = 0.03, stemH = 0.36, shadeH = 0.22;
    const modern = p.style === "modern" || p.style === "futuristic";
    const parts: PartSpec[] = [
      part("base", modern ? "cylinder" : "hemisphere", [0.18, 0.18, modern ? baseH : 0.06], [0, 0, modern ? baseH / 2 : 0.03], "base"),
      part("stem", "cylinder", [0.022, 0.022, stemH], [0, 0, stemH / 2 + baseH], "stem"),
    ];
    const top = baseH + stemH;
    // The bulb sits inside the shade's lower half, where a real socket would hold it.
    parts.push(part("bulb", "sphere", [0.07, 0.07, 0.09], [0, 0, top + 0.02], "bulb"));
    const shape = modern ? "hemisphere" : taper(0.6);
    const size: [number, number, number] = modern ? [0.32, 0.32, 0.16] : [0.32, 0.32, shadeH];
    parts.push(part("shade", shape, size, [0, 0, top - 0.03 + size[2] / 2], "shade"));
    return parts;
  },
};
