import type { Vec3 } from "../types";

/** Size words as a whole-subject scale [x, y, z]. */
export const SIZE_WORDS: Record<string, Vec3> = {
  tiny: [0.4, 0.4, 0.4], mini: [0.5, 0.5, 0.5], miniature: [0.4, 0.4, 0.4], little: [0.7, 0.7, 0.7],
  small: [0.7, 0.7, 0.7], compact: [0.8, 0.8, 0.8], medium: [1, 1, 1], big: [1.4, 1.4, 1.4],
  large: [1.4, 1.4, 1.4], huge: [2, 2, 2], giant: [2.5, 2.5, 2.5], enormous: [2.5, 2.5, 2.5],
  massive: [2, 2, 2], tall: [1, 1, 1.35], high: [1, 1, 1.35], short: [1, 1, 0.7], low: [1, 1, 0.7],
  wide: [1.35, 1.35, 1], broad: [1.35, 1.35, 1], narrow: [0.75, 0.75, 1], thin: [0.75, 0.75, 1],
  slim: [0.75, 0.75, 1], skinny: [0.65, 0.65, 1], thick: [1.3, 1.3, 1], chunky: [1.3, 1.3, 1.1],
  long: [1.4, 1, 1], fat: [1.35, 1.35, 1], petite: [0.6, 0.6, 0.6], wee: [0.6, 0.6, 0.6], gigantic: [2.5, 2.5, 2.5],
  colossal: [2.5, 2.5, 2.5], jumbo: [1.8, 1.8, 1.8], oversized: [1.5, 1.5, 1.5], lanky: [0.8, 0.8, 1.3], squat: [1.2, 1.2, 0.7],
  // Comparatives in a prompt ("a bigger table") mean the same as the plain size word.
  bigger: [1.4, 1.4, 1.4], larger: [1.4, 1.4, 1.4], smaller: [0.7, 0.7, 0.7], taller: [1, 1, 1.35], shorter: [1, 1, 0.7],
  wider: [1.35, 1.35, 1], thinner: [0.75, 0.75, 1], longer: [1.4, 1, 1],
};

/** Length units in metres ("2 m tall", "50 cm wide", "6 feet tall"). */
export const UNITS: Record<string, number> = {
  m: 1, meter: 1, meters: 1, metre: 1, metres: 1, cm: 0.01, centimeter: 0.01, centimeters: 0.01, centimetre: 0.01,
  centimetres: 0.01, mm: 0.001, millimeter: 0.001, millimeters: 0.001, millimetre: 0.001, millimetres: 0.001,
  ft: 0.3048, foot: 0.3048, feet: 0.3048, inch: 0.0254, inches: 0.0254, km: 1000,
};

/** Which extent a measurement gives: height, or the longest horizontal one; absent means the largest extent. */
export const DIMENSION_WORDS: Record<string, "height" | "length"> = {
  tall: "height", high: "height", height: "height", long: "length", length: "length", wide: "length", width: "length",
  across: "length", diameter: "length", deep: "length", big: "length",
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
  rustic: "rustic", farmhouse: "rustic", weathered: "rustic", rusty: "rustic", worn: "rustic", cartoon: "cartoon", cartoony: "cartoon",
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
    "group collection couple set pair lot lots little bit fashioned classic traditional typical regular normal " +
    // Animals: how many and how soft say nothing the builders can use ("a flock of birds", "a fluffy bunny").
    "flock herd fluffy furry fuzzy feathered woolly wooly scaly slimy warty " +
    // Informal requests: verbs, politeness and hedges that carry no shape, colour or count.
    "i'd i'm i'll let's we'd you'd get got gimme wanna gonna pls plz thanks thank hey hi hello ok okay maybe perhaps " +
    "something somewhat kinda sorta lil super extremely rather fairly slightly imagine picture produce sculpt construct " +
    "craft draw drawn designed built created generated modelled modeled rendered featuring having containing holding " +
    "wearing carrying sporting including includes topped equipped fitted decorated covered filled full stands sits rests " +
    "resting lying lies stacked arranged placed positioned located right left either neither atop upon onto underneath " +
    "beneath alongside nearby surrounding flanking facing close 's what how about sorts types typically usually " +
    "real actual proper good great fine perfect ideal neat should must will shall might may gotta needs wants extra " +
    "change paint turn swap switch recolor recolour adjust modify update alter tweak instead size sized").split(" "),
);

/** Words that may sit between a part and its colour or material ("legs in black", "seat made of leather"). */
export const CONNECTORS = new Set(["in", "to", "into", "of", "made", "is", "are", "be", "from", "painted", "colored", "coloured", "all", "entirely", "completely", "fully", "done", "finished", "out", "with"]);

/** Words that describe a subject's outline and reach its builder as features ("a round table"). */
export const SHAPE_WORDS: Record<string, string> = { round: "round", circular: "round", oval: "round", square: "square", rectangular: "square" };

/** Words that turn a following part off ("without armrests", "no chimney"). */
export const NEGATIONS = new Set(["without", "no", "not", "minus", "lacking", "sans"]);

/** Feedback verbs: add or remove parts, or set an exact count ("add two shelves", "only three legs"). */
export const ADD_WORDS = new Set(["add", "more", "extra", "another", "additional", "plus"]);
/** Verbs that ask for a part, or with a number for an exact count ("give it 6 legs" means six, not six more). */
export const GIVE_WORDS = new Set(["give", "put", "include", "attach", "with", "have", "has", "use"]);
export const REMOVE_WORDS = new Set(["remove", "delete", "drop", "fewer", "less", "take", "rid", "lose", "without", "no", "minus", "subtract"]);
export const EXACT_WORDS = new Set(["only", "just", "exactly"]);
/** Multipliers for a count ("double the legs", "halve the windows"). */
export const TIMES: Record<string, number> = { double: 2, twice: 2, triple: 3, treble: 3, half: 0.5, halve: 0.5 };
export const TIMES_WORDS = new Set(Object.keys(TIMES));
