/** Irregular plurals and derived forms that suffix rules get wrong. */
const IRREGULAR: Record<string, string> = {
  people: "person", men: "man", women: "woman", children: "child", feet: "foot", teeth: "tooth",
  mice: "mouse", geese: "goose", cacti: "cactus", fungi: "mushroom", dice: "die", knives: "knife",
  leaves: "leaf", shelves: "shelf", wolves: "wolf", loaves: "loaf", halves: "half", lives: "life",
  legged: "leg", wheeled: "wheel", tiered: "tier", windowed: "window", armed: "arm", bladed: "blade",
  storey: "floor", stories: "floor", storeys: "floor", story: "floor",
};

/** Lower-case words; hyphens and punctuation split ("low-poly" → "low poly"), "3D" and "3-d" become "3d". */
export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/(\d)([a-z])/g, "$1 $2")
    .replace(/\b3\s*-?\s*d\b/g, " 3d ")
    .split(/[^a-z0-9']+/)
    .map((w) => w.replace(/^'+|'+$/g, "").replace(/'s$/, ""))
    .filter((w) => w.length > 0);
}

/** Possible singular forms of a word, most likely first; the caller keeps the first one its lexicon knows. */
export function singularForms(word: string): string[] {
  const out = [word];
  const add = (w: string) => {
    if (w.length > 1 && !out.includes(w)) out.push(w);
  };
  if (IRREGULAR[word]) add(IRREGULAR[word]);
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

/** The first form of `word` that `known` accepts, or null. */
export function lookupSingular<T>(word: string, known: (w: string) => T | null | undefined): { form: string; value: T } | null {
  for (const form of singularForms(word)) {
    const value = known(form);
    if (value !== null && value !== undefined) return { form, value };
  }
  return null;
}
