import type { PartSpec, RoleDef, SubjectDef } from "../types";
import { defineKind } from "./define-kind";
import { circlePoints, part } from "./kit";

/** A hat's band: a short ribbon ring just above the brim, a hair wider than the crown it wraps. */
const band = (d: number, z: number, h = 0.025): PartSpec => part("band", "cylinder", [d, d, h], [0, 0, z], "band");

/** A flat round brim lying on the ground, centred under the crown; `dy` makes it oval (a cowboy hat). */
const brim = (dx: number, dy = dx): PartSpec => part("brim", "cylinder", [dx, dy, 0.01], [0, 0, 0.005], "brim");

const HAT_BAND: RoleDef = { words: ["band", "ribbon", "hatband", "hat band"], material: "fabric", color: "black", optional: "on" };

/** A tall silk top hat resting on its brim: flat brim, straight crown, a ribbon band. */
const topHat = defineKind({
  name: "top hat",
  synonyms: ["tophat", "silk hat", "stovepipe hat", "magician hat"],
  category: "clothing",
  roles: {
    crown: { words: ["crown", "top", "body", "hat"], material: "velvet", color: "black", body: true },
    brim: { words: ["brim", "rim"], material: "velvet", color: "black", body: true },
    band: { ...HAT_BAND, color: "red" },
  },
  parts: [brim(0.32), part("crown", "cylinder", [0.2, 0.2, 0.17], [0, 0, 0.093], "crown"), band(0.205, 0.024)],
});

/** A cowboy hat on its brim: a wide oval brim curled up at the sides and a creased crown with a band. */
const cowboyHat = defineKind({
  name: "cowboy hat",
  synonyms: ["stetson", "ten gallon hat", "ten-gallon hat", "western hat", "rancher hat"],
  category: "clothing",
  roles: {
    crown: { words: ["crown", "top", "body", "hat", "crease"], material: "leather", color: "brown", body: true },
    brim: { words: ["brim", "rim"], material: "leather", color: "brown", body: true },
    band: HAT_BAND,
  },
  parts: [
    brim(0.3, 0.42),
    // The sides of the brim roll up: a raised lip on each side of the crown.
    ...[-1, 1].map((s, i) => part(`brim_curl_${i + 1}`, "capsule", [0.03, 0.34, 0.03], [s * 0.16, 0, 0.03], "brim", { rot: [Math.PI / 2, 0, s * 0.05] })),
    ...[-1, 1].map((s, i) => part(`brim_side_${i + 1}`, "box", [0.06, 0.3, 0.01], [s * 0.13, 0, 0.016], "brim", { rot: [0, s * -0.45, 0] })),
    part("crown", "rounded_box", [0.17, 0.2, 0.13], [0, 0, 0.07], "crown"),
    part("crease", "box", [0.02, 0.15, 0.02], [0, 0, 0.133], "crown"),
    band(0.175, 0.024),
  ],
});

/** A baseball cap on the ground, peak to the front (-Y): a domed crown, a stiff visor and a top button. */
const baseballCap = defineKind({
  name: "baseball cap",
  synonyms: ["ball cap", "trucker cap", "trucker hat", "peaked cap", "snapback", "base ball cap"],
  category: "clothing",
  roles: {
    crown: { words: ["crown", "top", "body", "dome", "panel"], material: "fabric", color: "blue", body: true },
    visor: { words: ["visor", "peak", "brim", "bill"], material: "fabric", color: "blue", body: true },
    button: { words: ["button", "squatchee"], material: "fabric", color: "blue" },
  },
  parts: [
    part("crown", "hemisphere", [0.2, 0.22, 0.11], [0, 0, 0.055], "crown"),
    part("visor", "cylinder", [0.18, 0.13, 0.008], [0, -0.12, 0.006], "visor"),
    part("button", "sphere", [0.018, 0.018, 0.012], [0, 0, 0.112], "button"),
  ],
});

/** A wide-brimmed sun hat on its brim: a broad disc brim, a low round crown and a ribbon; "straw hat" is straw-coloured. */
const sunHat = defineKind({
  name: "sun hat",
  synonyms: ["sunhat", "beach hat", "wide brimmed hat", "wide-brimmed hat", "floppy hat"],
  variants: { "straw hat": { palette: { crown: "tan", brim: "tan" } }, "boater hat": { palette: { crown: "tan", brim: "tan" } } },
  category: "clothing",
  roles: {
    crown: { words: ["crown", "top", "body", "dome"], material: "fabric", color: "beige", body: true },
    brim: { words: ["brim", "rim"], material: "fabric", color: "beige", body: true },
    band: { ...HAT_BAND, color: "pink" },
  },
  parts: [brim(0.5), part("crown", "hemisphere", [0.19, 0.19, 0.11], [0, 0, 0.062], "crown"), band(0.195, 0.022)],
});

/** A pointed witch's hat on its brim: a broad brim, a tall cone and a band with a buckle at the front. */
const witchHat = defineKind({
  name: "witch hat",
  synonyms: ["wizard hat", "pointed hat", "witchhat", "witches hat"],
  category: "clothing",
  roles: {
    crown: { words: ["crown", "cone", "point", "top", "body", "hat"], material: "fabric", color: "black", body: true },
    brim: { words: ["brim", "rim"], material: "fabric", color: "black", body: true },
    band: { ...HAT_BAND, color: "purple" },
    buckle: { words: ["buckle"], material: "gold", color: "gold", optional: "on" },
  },
  parts: [
    brim(0.42),
    part("crown", "cone", [0.2, 0.2, 0.36], [0, 0, 0.185], "crown"),
    band(0.19, 0.03, 0.04),
    part("buckle", "box", [0.04, 0.01, 0.035], [0, -0.094, 0.03], "buckle"),
  ],
});

/** A knitted beanie standing on its cuff: a folded cuff, a domed knit top and an optional pompom. */
const beanie = defineKind({
  name: "beanie",
  synonyms: ["knit hat", "knitted hat", "wool hat", "woolly hat", "bobble hat", "toque", "stocking cap", "winter hat", "beanie hat"],
  category: "clothing",
  roles: {
    body: { words: ["body", "top", "dome", "knit", "hat"], material: "wool", color: "red", body: true },
    cuff: { words: ["cuff", "brim", "band", "fold"], material: "wool", color: "red", body: true },
    pompom: { words: ["pompom", "pom pom", "pom-pom", "bobble", "pom"], material: "wool", color: "white", optional: "on" },
  },
  parts: [
    part("cuff", "cylinder", [0.205, 0.205, 0.05], [0, 0, 0.025], "cuff"),
    part("body", "cylinder", [0.195, 0.195, 0.04], [0, 0, 0.068], "body"),
    part("dome", "hemisphere", [0.195, 0.195, 0.12], [0, 0, 0.148], "body"),
    part("pompom", "sphere", [0.07, 0.07, 0.07], [0, 0, 0.235], "pompom"),
  ],
});

/** A king's crown standing on its band: a gold ring, a velvet cap inside, counted points tipped with pearls, jewels on the band. */
const crown = defineKind({
  name: "crown",
  synonyms: ["royal crown", "king's crown", "kings crown", "queen's crown", "queens crown", "imperial crown"],
  category: "clothing",
  roles: {
    band: { words: ["band", "ring", "base", "body"], material: "gold", color: "gold", body: true },
    points: { words: ["point", "spike", "prong", "tip"], material: "gold", color: "gold", body: true },
    pearls: { words: ["pearl", "ball"], material: "porcelain", color: "ivory" },
    jewels: { words: ["jewel", "gem", "gemstone", "stone", "ruby"], material: "crystal", color: "red", optional: "on" },
    cap: { words: ["cap", "velvet", "cushion", "lining"], material: "velvet", color: "crimson", optional: "on" },
  },
  groups: { points: { role: "points", unit: "point", default: 6, min: 3, max: 12 } },
  parts: (p) => {
    const n = p.count("points");
    const out: PartSpec[] = [part("band", "cylinder", [0.18, 0.18, 0.05], [0, 0, 0.025], "band"), part("cap", "hemisphere", [0.16, 0.16, 0.07], [0, 0, 0.083], "cap")];
    circlePoints(n, 0.082, -Math.PI / 2).forEach(([x, y], i) => {
      out.push(part(`point_${i + 1}`, "cone", [0.04, 0.02, 0.07], [x, y, 0.083], "points", { rot: [0, 0, Math.atan2(y, x) + Math.PI / 2], group: "points" }));
      out.push(part(`pearl_${i + 1}`, "sphere", [0.018, 0.018, 0.018], [x, y, 0.122], "pearls"));
    });
    circlePoints(n, 0.09, -Math.PI / 2 + Math.PI / n).forEach(([x, y], i) => out.push(part(`jewel_${i + 1}`, "sphere", [0.018, 0.018, 0.018], [x, y, 0.025], "jewels")));
    return out;
  },
});

/** Clothing and accessories (hats, shoes, bags, glasses, watches, umbrellas), as declarative kinds (see define-kind.ts). */
export const WEARABLE_KINDS: SubjectDef[] = [topHat, cowboyHat, baseballCap, sunHat, witchHat, beanie, crown];
