/** Irregular plurals and derived forms that suffix rules get wrong. */
const IRREGULAR: Record<string, string> = {
  people: "person", men: "man", women: "woman", children: "child", feet: "foot", teeth: "tooth",
  mice: "mouse", geese: "goose", cacti: "cactus", fungi: "mushroom", dice: "die", knives: "knife",
  leaves: "leaf", shelves: "shelf", wolves: "wolf", loaves: "loaf", halves: "half", lives: "life",
  legged: "leg", wheeled: "wheel", tiered: "tier", windowed: "window", armed: "arm", bladed: "blade",
  storey: "floor", stories: "floor", storeys: "floor", story: "floor",
};

const COMPOUND_TAILS = ["men", "women", "children", "feet", "teeth", "mice", "geese"];

/** Lower-case words and numbers ("1.5" stays one token); "3D" becomes "3d"; a possessive splits off ("child's" → "child", "'s"). */
export function tokenize(text: string): string[] {
  return tokenizeCompounds(text).tokens;
}

/**
 * Tokens plus, per token, the hyphenated compound it belongs to ("well-used" → `well` `used`, both compound 0), so
 * the parser can treat a compound adjective as one modifier and never read "well" in it as a subject.
 */
export function tokenizeCompounds(text: string): { tokens: string[]; compound: Array<number | undefined> } {
  const tokens: string[] = [];
  const compound: Array<number | undefined> = [];
  const raw = text
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/(\d)([a-z])/g, "$1 $2")
    .replace(/\b3\s*-?\s*d\b/g, " 3d ")
    // eslint-disable-next-line security/detect-unsafe-regex -- linear: each repeated group starts with a "-" its class cannot match, so there is one way to split
    .match(/\d+(?:\.\d+)?(?![a-z])|[a-z0-9']+(?:-[a-z0-9']+)*/g) ?? [];
  let next = 0;
  for (const chunk of raw) {
    const pieces = chunk.split("-").flatMap((w) => {
      const word = w.replace(/^'+|'+$/g, "");
      if (!word) return [];
      return /[a-z]'s$/.test(word) ? [word.slice(0, -2), "'s"] : [word];
    });
    const id = chunk.includes("-") && pieces.length > 1 ? next++ : undefined;
    for (const p of pieces) {
      tokens.push(p);
      compound.push(id);
    }
  }
  return { tokens, compound };
}

/** Possible singular forms of a word, most likely first; the caller keeps the first one its lexicon knows. */
export function singularForms(word: string): string[] {
  const out = [word];
  const add = (w: string) => {
    if (w.length > 1 && !out.includes(w)) out.push(w);
  };
  if (IRREGULAR[word]) add(IRREGULAR[word]);
  // Compounds keep the irregular plural of their last word ("snowmen", "firemen").
  for (const tail of COMPOUND_TAILS) if (word.length > tail.length && word.endsWith(tail)) add(word.slice(0, -tail.length) + IRREGULAR[tail]);
  if (word.endsWith("ies")) add(word.slice(0, -3) + "y");
  if (word.endsWith("ves")) {
    add(word.slice(0, -3) + "f");
    add(word.slice(0, -3) + "fe");
  }
  if (/(ches|shes|xes|sses|zes|oes)$/.test(word)) add(word.slice(0, -2));
  if (word.endsWith("s") && !/(ss|us|is)$/.test(word)) add(word.slice(0, -1));
  if (word.endsWith("es")) add(word.slice(0, -1));
  return out;
}

/** Singular forms plus the nouns inside "-ed" adjectives ("wheeled" → wheel, "finned" → fin, "striped" → stripe). */
export function partForms(word: string): string[] {
  const out = singularForms(word);
  if (word.length > 4 && word.endsWith("ed")) {
    out.push(word.slice(0, -2), word.slice(0, -1));
    if (/([b-df-hj-np-tv-z])\1ed$/.test(word)) out.push(word.slice(0, -3));
  }
  return out;
}

/** The first form of `word` that `known` accepts, or null. */
export function lookupSingular<T>(word: string, known: (w: string) => T | null | undefined, forms = singularForms): { form: string; value: T } | null {
  for (const form of forms(word)) {
    const value = known(form);
    if (value !== null && value !== undefined) return { form, value };
  }
  return null;
}
