import { findSubject, MAX_PHRASE_WORDS } from "./subjects";
import { lookupSingular, tokenize } from "./tokenize";
import type { SubjectDef } from "./types";
import { COLOR_SHADES, colorName } from "./vocabulary/colors";
import { materialName } from "./vocabulary/materials";
import { FILLER, NEGATIONS, numberValue, SHAPE_WORDS, SIZE_WORDS, STYLE_WORDS } from "./vocabulary/words";

/** One recognised word or phrase of a prompt, tagged with what it means. */
export type Item =
  | { kind: "subject"; text: string; subject: SubjectDef; variant?: string }
  | { kind: "color"; text: string; value: string }
  | { kind: "material"; text: string; value: string }
  | { kind: "size"; text: string; value: string }
  | { kind: "style"; text: string; value: string }
  | { kind: "shape"; text: string; value: string }
  | { kind: "number"; text: string; value: number }
  | { kind: "neg"; text: string }
  | { kind: "filler"; text: string }
  /** A content word not yet placed: a part name once the owning subject is known, else unknown. */
  | { kind: "word"; text: string };

/** The subject a phrase starting at token i names, trying the longest phrase first and plural forms of its last word. */
function matchSubject(tokens: string[], i: number): { item: Item; length: number } | null {
  for (let len = Math.min(MAX_PHRASE_WORDS, tokens.length - i); len >= 1; len--) {
    const head = tokens.slice(i, i + len - 1);
    const hit = lookupSingular(tokens[i + len - 1]!, (w) => findSubject([...head, w].join(" ")));
    if (hit) {
      const text = [...head, hit.form].join(" ");
      return { item: { kind: "subject", text, subject: hit.value.subject, variant: hit.value.variant }, length: len };
    }
  }
  return null;
}

/** Tag every token of a prompt; multi-word colours, styles and subjects become one item. */
export function tagWords(prompt: string): Item[] {
  const tokens = tokenize(prompt);
  const items: Item[] = [];
  for (let i = 0; i < tokens.length; ) {
    const w = tokens[i]!;
    const next = tokens[i + 1];
    const pair = next ? `${w} ${next}` : "";
    // Shades and two-word styles come first so "light blue" is a colour, not a lamp followed by blue.
    if (COLOR_SHADES.has(w) && next && colorName(next)) {
      items.push({ kind: "color", text: pair, value: `${w} ${colorName(next)}` });
      i += 2;
      continue;
    }
    if (STYLE_WORDS[pair]) {
      items.push({ kind: "style", text: pair, value: STYLE_WORDS[pair]! });
      i += 2;
      continue;
    }
    const subject = matchSubject(tokens, i);
    // Material and colour readings win for single words that are also subjects only when a noun follows.
    if (subject && !(subject.length === 1 && materialName(w) && next)) {
      items.push(subject.item);
      i += subject.length;
      continue;
    }
    items.push(tagWord(w));
    i += 1;
  }
  return items;
}

function tagWord(w: string): Item {
  const n = numberValue(w);
  if (n !== null) return { kind: "number", text: w, value: n };
  const material = materialName(w);
  if (material) return { kind: "material", text: w, value: material };
  const color = colorName(w);
  if (color) return { kind: "color", text: w, value: color };
  if (SIZE_WORDS[w]) return { kind: "size", text: w, value: w };
  if (STYLE_WORDS[w]) return { kind: "style", text: w, value: STYLE_WORDS[w]! };
  if (SHAPE_WORDS[w]) return { kind: "shape", text: w, value: SHAPE_WORDS[w]! };
  if (NEGATIONS.has(w)) return { kind: "neg", text: w };
  return { kind: "word", text: w };
}

/** The role (and counted group) a word names within a subject, accepting plurals ("shelves" → shelf). */
export function partOf(def: SubjectDef, word: string): { role: string; group?: string } | null {
  const hit = lookupSingular(word, (w) => {
    for (const [g, gd] of Object.entries(def.groups ?? {})) if (gd.unit === w || g === w) return { role: gd.role, group: g };
    for (const [role, rd] of Object.entries(def.roles)) {
      if (role === w || rd.words.includes(w)) {
        const group = Object.entries(def.groups ?? {}).find(([, gd]) => gd.role === role && gd.unit === w)?.[0];
        return { role, group };
      }
    }
    return null;
  });
  return hit?.value ?? null;
}

/** True for words that carry no meaning of their own. */
export function isFiller(word: string): boolean {
  return FILLER.has(word);
}
