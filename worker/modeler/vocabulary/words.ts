import type { Vec3 } from "../types";

/** Size words as a whole-subject scale [x, y, z]. */
export const SIZE_WORDS: Record<string, Vec3> = {
  tiny: [0.4, 0.4, 0.4], mini: [0.5, 0.5, 0.5], miniature: [0.4, 0.4, 0.4], little: [0.7, 0.7, 0.7],
  small: [0.7, 0.7, 0.7], compact: [0.8, 0.8, 0.8], medium: [1, 1, 1], big: [1.4, 1.4, 1.4],
  large: [1.4, 1.4, 1.4], huge: [2, 2, 2], giant: [2.5, 2.5, 2.5], enormous: [2.5, 2.5, 2.5],
  massive: [2, 2, 2], tall: [1, 1, 1.35], high: [1, 1, 1.35], short: [1, 1, 0.7], low: [1, 1, 0.7],
  wide: [1.35, 1.35, 1], broad: [1.35, 1.35, 1], narrow: [0.75, 0.75, 1], thin: [0.75, 0.75, 1],
  slim: [0.75, 0.75, 1], skinny: [0.65, 0.65, 1], thick: [1.3, 1.3, 1], chunky: [1.3, 1.3, 1.1],
  long: [1.4, 1, 1], fat: [1.35, 1.35, 1],
};

/** Comparatives used in feedback ("make it taller"), as a multiplicative scale. */
export const COMPARATIVES: Record<string, Vec3> = {
  bigger: [1.25, 1.25, 1.25], larger: [1.25, 1.25, 1.25], smaller: [0.8, 0.8, 0.8],
  taller: [1, 1, 1.25], higher: [1, 1, 1.25], shorter: [1, 1, 0.8], lower: [1, 1, 0.8],
  wider: [1.25, 1.25, 1], broader: [1.25, 1.25, 1], narrower: [0.8, 0.8, 1], thinner: [0.75, 0.75, 1],
  slimmer: [0.75, 0.75, 1], thicker: [1.3, 1.3, 1], fatter: [1.3, 1.3, 1], longer: [1.25, 1, 1],
};

/** Adverbs that soften or strengthen a comparative ("a bit taller", "much bigger"). */
export const INTENSITY: Record<string, number> = {
  slightly: 0.4, bit: 0.4, little: 0.4, somewhat: 0.6, much: 2, lot: 2, way: 2, far: 2, very: 1.5, really: 1.5,
};

const NUMBERS = [
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
];
const NUMBER_EXTRA: Record<string, number> = { single: 1, pair: 2, couple: 2, double: 2, twin: 2, dozen: 12, triple: 3, several: 3, few: 3, many: 6 };

/** The integer a word or digit string names ("four", "5"), or null. */
export function numberValue(word: string): number | null {
  if (/^\d{1,3}$/.test(word)) return Number(word);
  const i = NUMBERS.indexOf(word);
  if (i >= 0) return i;
  return NUMBER_EXTRA[word] ?? null;
}

/** Style words mapped to the canonical style the builders and code-gen understand. */
export const STYLE_WORDS: Record<string, string> = {
  "low poly": "low-poly", lowpoly: "low-poly", polygonal: "low-poly", faceted: "low-poly",
  modern: "modern", contemporary: "modern", sleek: "modern", minimalist: "modern", minimal: "modern",
  medieval: "medieval", gothic: "medieval", ancient: "medieval", old: "rustic", antique: "rustic", vintage: "rustic",
  futuristic: "futuristic", "sci fi": "futuristic", scifi: "futuristic", cyberpunk: "futuristic",
  rustic: "rustic", farmhouse: "rustic", weathered: "rustic", cartoon: "cartoon", cartoony: "cartoon",
  cute: "cartoon", toy: "cartoon", stylized: "cartoon", stylised: "cartoon", realistic: "realistic",
  detailed: "realistic", simple: "simple", basic: "simple", scandinavian: "modern", industrial: "industrial",
};

/** Words that carry no modelling meaning; they are skipped, never reported as unknown. */
export const FILLER = new Set(
  ("a an the some any this that these those it its it's itself them they of with and or but for to in on at by from " +
    "into onto over under above below beside besides next near behind front left right side top bottom around " +
    "between among against along is are be being been was were has have having had which who whose where there here " +
    "please make me create generate build model render design draw give show want need would like could can you i we " +
    "my our your let us 3d three-d object asset mesh scene thing one's quick nice pretty beautiful lovely cool awesome " +
    "just also too very really kind sort type style looking look looks shaped shape made out like as so then each every " +
    "all both other another new standing sitting placed put set up down outside only painted colored coloured " +
    "color colour entirely completely fully done finished toned version model quite cosy cozy pile bunch " +
    "group collection couple set pair lot lots little bit fashioned classic traditional typical regular normal").split(" "),
);

/** Words that turn a following part off ("without armrests", "no chimney"). */
/** Words that may sit between a part and its colour or material ("legs in black", "seat made of leather"). */
export const CONNECTORS = new Set(["in", "to", "into", "of", "made", "is", "are", "be", "from", "painted", "colored", "coloured", "all", "entirely", "completely", "fully", "done", "finished", "out", "with"]);

/** Words that describe a subject's outline and reach its builder as features ("a round table"). */
export const SHAPE_WORDS: Record<string, string> = { round: "round", circular: "round", oval: "round", square: "square", rectangular: "square" };

export const NEGATIONS = new Set(["without", "no", "not", "minus", "lacking", "sans"]);

/** Feedback verbs: add or remove parts, or set an exact count ("add two shelves", "only three legs"). */
export const ADD_WORDS = new Set(["add", "more", "extra", "another", "additional", "plus"]);
/** Verbs that ask for a part, or with a number for an exact count ("give it 6 legs" means six, not six more). */
export const GIVE_WORDS = new Set(["give", "put", "include", "attach", "with", "have", "has", "use"]);
export const REMOVE_WORDS = new Set(["remove", "delete", "drop", "fewer", "less", "take", "rid", "lose", "without", "no", "minus", "subtract"]);
export const EXACT_WORDS = new Set(["only", "just", "exactly"]);
