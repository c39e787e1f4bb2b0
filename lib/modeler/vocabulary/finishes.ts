/** The PBR values a finish changes; both material presets and plan materials have them. */
interface Surface {
  metallic: number;
  roughness: number;
  transmission?: number;
  emission?: number;
}

/** Each finish sets one channel of a surface, so "glossy" and "glowing" combine while "matte" replaces "glossy". */
const FINISHES: Record<string, { channel: "sheen" | "light" | "clarity"; apply: (s: Surface) => Partial<Surface> }> = {
  glossy: { channel: "sheen", apply: (s) => ({ roughness: Math.min(s.roughness, 0.15) }) },
  matte: { channel: "sheen", apply: (s) => ({ roughness: Math.max(s.roughness, 0.85) }) },
  // Brushed metal keeps its sheen along the grain; anything else brushed is simply matte.
  brushed: { channel: "sheen", apply: (s) => ({ roughness: s.metallic >= 0.5 ? 0.45 : Math.max(s.roughness, 0.85) }) },
  // As strong as the lamp bulb preset: visibly lit without washing out the colour.
  glowing: { channel: "light", apply: (s) => ({ emission: Math.max(s.emission ?? 0, 3) }) },
  unlit: { channel: "light", apply: () => ({ emission: 0 }) },
  transparent: { channel: "clarity", apply: () => ({ transmission: 1 }) },
  translucent: { channel: "clarity", apply: () => ({ transmission: 0.6 }) },
  opaque: { channel: "clarity", apply: () => ({ transmission: 0 }) },
};

/** Prompt words (and two-word phrases) that name a finish; comparatives serve feedback ("make it glossier"). */
const WORDS: Record<string, string> = {
  shiny: "glossy", glossy: "glossy", polished: "glossy", lacquered: "glossy", varnished: "glossy", gleaming: "glossy",
  shinier: "glossy", glossier: "glossy", matte: "matte", matt: "matte", dull: "matte", rough: "matte", weathered: "matte",
  duller: "matte", rougher: "matte", brushed: "brushed", glowing: "glowing", luminous: "glowing", neon: "glowing",
  glowy: "glowing", unlit: "unlit", transparent: "transparent", clear: "transparent",
  "see through": "transparent", translucent: "translucent", frosted: "translucent", opaque: "opaque",
};

/** What "not shiny" or "less transparent" asks for instead. */
const OPPOSITE: Record<string, string> = {
  glossy: "matte", matte: "glossy", brushed: "glossy", glowing: "unlit", unlit: "glowing",
  transparent: "opaque", translucent: "opaque", opaque: "transparent",
};

const NEGATING = new Set(["not", "less", "non"]);

/** The finish a word names ("shiny" → glossy), or null. */
export function finishName(word: string): string | null {
  return WORDS[word] ?? null;
}

/** The finish two adjacent words name ("see through", "not shiny" → matte), or null. */
export function finishPhrase(first: string, second: string): string | null {
  const negated = NEGATING.has(first) ? finishName(second) : null;
  return WORDS[`${first} ${second}`] ?? (negated ? OPPOSITE[negated] : null);
}

/** Add a finish to those already asked for ("glossy glowing"); one of the same channel is replaced. */
export function addFinish(current: string | null | undefined, finish: string): string {
  const kept = (current ?? "").split(" ").filter((f) => f && FINISHES[f]?.channel !== FINISHES[finish]?.channel);
  return [...kept, finish].join(" ");
}

/** A surface with its finishes applied, in order; other fields (colour, name) are kept. */
export function applyFinish<T extends Surface>(surface: T, finish: string | null | undefined): T {
  return (finish ?? "").split(" ").reduce((s, f) => (FINISHES[f] ? { ...s, ...FINISHES[f].apply(s) } : s), surface);
}
