import { buildInstance, hasFeature } from "./assemble-plan";
import { bounds } from "./transform";
import type { SceneSpec, SubjectDef, SubjectSpec, Vec3 } from "./types";

// Materials whose look is not a paint colour: an accent colour would make glass or a flame look wrong.
const UNPAINTED = new Set(["glass", "crystal", "bulb", "flame", "liquid", "skin", "ice"]);

/**
 * Give a second (third...) subject-wide colour somewhere to show ("a red and white chair"): body roles marked
 * `accent` take them when there are any (a cat's chest and paws), else body roles take the colours in turn when
 * there are several (seat red, legs white), else the first paintable non-body roles take one each (a ball's seams,
 * a lighthouse's stripes). Roles that already have a colour of their own keep it.
 */
export function applyAccents(def: SubjectDef, spec: SubjectSpec, colors: string[]): void {
  const open = (role: string) => !spec.roles[role]?.color;
  const built = (role: string) => !def.roles[role].optional || hasFeature(def, spec, role);
  const body = Object.keys(def.roles).filter((r) => def.roles[r].body && built(r) && open(r));
  const marked = body.filter((r) => def.roles[r].accent);
  if (marked.length) {
    // The subject says where a second colour goes: "a black and white cat" has a white chest, muzzle and paws.
    marked.forEach((role, k) => ((spec.roles[role] ??= {}).color = colors[k % colors.length]));
    return;
  }
  if (body.length >= 2) {
    // Body roles cycle through the palette: red, white, red... or red, white, blue.
    body.forEach((role, k) => {
      const c = k % (colors.length + 1);
      if (c > 0) (spec.roles[role] ??= {}).color = colors[c - 1];
    });
    return;
  }
  const accents = Object.keys(def.roles).filter((r) => !def.roles[r].body && built(r) && open(r) && !UNPAINTED.has(def.roles[r].material));
  accents.slice(0, colors.length).forEach((role, k) => {
    (spec.roles[role] ??= {}).color = colors[k];
  });
}

/** Scale a subject uniformly so the asked-for extent ("2 m tall", "1.5 m long") has that length. */
export function fitMeasure(spec: SubjectSpec, measure: { metres: number; dimension: "height" | "length" | "any"; atMost?: boolean }, scene: SceneSpec): void {
  const { min, max } = bounds(buildInstance(spec, scene));
  const size: Vec3 = [max[0] - min[0], max[1] - min[1], max[2] - min[2]];
  const extent = measure.dimension === "height" ? size[2] : measure.dimension === "length" ? Math.max(size[0], size[1]) : Math.max(...size);
  if (!(extent > 0) || (measure.atMost && extent <= measure.metres)) return;
  // A typo such as "2 km" must not make a model no viewer can frame.
  const f = Math.min(50, Math.max(0.02, measure.metres / extent));
  spec.scale = spec.scale.map((v) => v * f) as Vec3;
}
