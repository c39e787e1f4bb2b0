import { findSubject, MAX_PHRASE_WORDS } from "./subjects";
import { lookupSingular, partForms, tokenizeCompounds } from "./tokenize";
import type { SubjectDef } from "./types";
import { COLOR_SHADES, colorName, compoundColor } from "./vocabulary/colors";
import { finishName, finishPhrase } from "./vocabulary/finishes";
import { materialName } from "./vocabulary/materials";
import { CONNECTORS, DIMENSION_WORDS, FILLER, NEGATIONS, numberValue, SHAPE_WORDS, SIZE_WORDS, STYLE_WORDS, UNITS } from "./vocabulary/words";

/** One recognised word or phrase of a prompt, tagged with what it means. */
export type Item = ItemKind & {
  /** Set on the pieces of a hyphenated compound ("well-used"): they stand or fall together as one modifier. */
  compound?: number;
};

type ItemKind =
  | { kind: "subject"; text: string; subject: SubjectDef; variant?: string; plural?: boolean }
  | { kind: "color"; text: string; value: string }
  | { kind: "material"; text: string; value: string }
  /** A surface finish key ("glossy", "matte", "glowing"), see vocabulary/finishes.ts. */
  | { kind: "finish"; text: string; value: string }
  | { kind: "size"; text: string; value: string }
  | { kind: "style"; text: string; value: string }
  | { kind: "shape"; text: string; value: string }
  | { kind: "number"; text: string; value: number }
  /** A length with its unit ("2 m tall"): which extent it sets and how long it is in metres. */
  | { kind: "measure"; text: string; metres: number; dimension: "height" | "length" | "any" }
  | { kind: "neg"; text: string }
  | { kind: "filler"; text: string }
  /** A content word not yet placed: a part name once the owning subject is known, else unknown. */
  | { kind: "word"; text: string };

/** The subject a phrase starting at token i names, trying the longest phrase first and plural forms of its last word. */
function matchSubject(tokens: string[], i: number): { item: Item; length: number } | null {
  for (let len = Math.min(MAX_PHRASE_WORDS, tokens.length - i); len >= 1; len--) {
    const head = tokens.slice(i, i + len - 1);
    const hit = lookupSingular(tokens[i + len - 1], (w) => findSubject([...head, w].join(" ")));
    if (hit) {
      const text = [...head, hit.form].join(" ");
      const plural = hit.form !== tokens[i + len - 1];
      return { item: { kind: "subject", text, subject: hit.value.subject, variant: hit.value.variant, plural }, length: len };
    }
  }
  return null;
}

/** Words that tell a colour word is an adjective even though a subject is spelled the same ("a rose-coloured chair"). */
const COLOR_SUFFIX = new Set(["colored", "coloured", "color", "colour", "tinted", "toned", "painted"]);

/** True when the token after a word is a noun or adjective it could describe, not a preposition or the end. */
function describesNext(next: string | undefined): boolean {
  if (next === undefined) return false;
  return COLOR_SUFFIX.has(next) || (!FILLER.has(next) && !CONNECTORS.has(next) && numberValue(next) === null);
}

const PART_UNITS = new Set(["foot", "feet"]);

/** A length such as "1.5 m tall" starting at token i, with the number of tokens it spans. */
function matchMeasure(tokens: string[], i: number): { item: Item; length: number } | null {
  const n = /^\d/.test(tokens[i]) ? Number(tokens[i]) : numberValue(tokens[i]);
  const unit = UNITS[tokens[i + 1] ?? ""];
  if (n === null || !Number.isFinite(n) || unit === undefined || n <= 0) return null;
  const dim = DIMENSION_WORDS[tokens[i + 2] ?? ""] ?? (tokens[i + 2] === "in" ? DIMENSION_WORDS[tokens[i + 3] ?? ""] : undefined);
  // "one foot" may be a table's pedestal; it is a length only when a dimension word says so ("six feet tall").
  if (!dim && PART_UNITS.has(tokens[i + 1])) return null;
  const length = dim ? (tokens[i + 2] === "in" ? 4 : 3) : 2;
  return { item: { kind: "measure", text: tokens.slice(i, i + length).join(" "), metres: n * unit, dimension: dim ?? "any" }, length };
}

/** Tag every token of a prompt; multi-word colours, styles, lengths and subjects become one item. */
export function tagWords(prompt: string): Item[] {
  const { tokens, compound } = tokenizeCompounds(prompt);
  const items: Item[] = [];
  // Pieces of a hyphenated compound keep its number, unless one item covers the whole compound ("see-through").
  const inside = (from: number, to: number) => {
    const c = compound[from];
    if (c === undefined) return undefined;
    const whole = compound[from - 1] !== c && compound[to] !== c;
    return !whole && compound.slice(from, to).every((x) => x === c) ? c : undefined;
  };
  const emit = (item: Item, from: number, length: number) => {
    const c = inside(from, from + length);
    items.push(c === undefined ? item : { ...item, compound: c });
  };
  // A subject phrase must not start or end inside a compound: "well-used" holds no well, "hot-air balloon" is one phrase.
  const cutsCompound = (from: number, length: number) =>
    (compound[from] !== undefined && compound[from - 1] === compound[from]) ||
    (compound[from + length - 1] !== undefined && compound[from + length] === compound[from + length - 1]);
  for (let i = 0; i < tokens.length; ) {
    const w = tokens[i];
    const next = tokens[i + 1];
    const pair = next ? `${w} ${next}` : "";
    const measure = matchMeasure(tokens, i);
    if (measure) {
      emit(measure.item, i, measure.length);
      i += measure.length;
      continue;
    }
    // Shades and two-word styles come first so "light blue" is a colour, not a lamp followed by blue.
    if (COLOR_SHADES[w] && next && colorName(next)) {
      emit({ kind: "color", text: pair, value: `${COLOR_SHADES[w]} ${colorName(next)}` }, i, 2);
      i += 2;
      continue;
    }
    const compoundColor_ = next ? compoundColor(w, next) : null;
    if (compoundColor_) {
      emit({ kind: "color", text: pair, value: compoundColor_ }, i, 2);
      i += 2;
      continue;
    }
    const finish = next ? finishPhrase(w, next) : null;
    if (finish) {
      emit({ kind: "finish", text: pair, value: finish }, i, 2);
      i += 2;
      continue;
    }
    if (STYLE_WORDS[pair]) {
      emit({ kind: "style", text: pair, value: STYLE_WORDS[pair] }, i, 2);
      i += 2;
      continue;
    }
    // "A witch's hat": an owner and a thing that a subject claims together ("witch hat") is that subject.
    const owned = next === "'s" ? matchSubject([w, ...tokens.slice(i + 2)], 0) : null;
    if (owned && owned.length > 1 && !cutsCompound(i + 2, owned.length - 1)) {
      emit(owned.item, i, owned.length + 1);
      i += owned.length + 1;
      continue;
    }
    const found = matchSubject(tokens, i);
    const subject = found && !cutsCompound(i, found.length) ? found : null;
    // A one-word subject that is also a material or colour ("rose", "stone") is the adjective when it describes what follows.
    const adjective = subject?.length === 1 && (materialName(w) || colorName(w)) && describesNext(next);
    if (subject && !adjective) {
      // A possessive names an owner, not the thing to build ("a child's chair" is a small chair).
      if (tokens[i + subject.length] === "'s") {
        emit(subject.item.kind === "subject" && subject.item.subject.name === "person" ? { kind: "size", text: w, value: "small" } : { kind: "filler", text: w }, i, subject.length);
        i += subject.length + 1;
        continue;
      }
      emit(subject.item, i, subject.length);
      i += subject.length;
      continue;
    }
    emit(tagWord(w), i, 1);
    i += 1;
  }
  return items;
}

/** The size word a word is or grades ("tallest" → tall, "biggest" → big, "tinier" → tiny). */
function sizeWord(w: string): string | null {
  if (SIZE_WORDS[w]) return w;
  const m = /^(.+?)(est|er)$/.exec(w);
  if (!m) return null;
  const stem = m[1];
  const forms = [stem, stem + "e", stem.replace(/i$/, "y"), stem.replace(/(.)\1$/, "$1")];
  return forms.find((f) => SIZE_WORDS[f]) ?? null;
}

function tagWord(w: string): Item {
  const n = numberValue(w);
  if (n !== null) return { kind: "number", text: w, value: n };
  const material = materialName(w);
  if (material) return { kind: "material", text: w, value: material };
  const color = colorName(w);
  if (color) return { kind: "color", text: w, value: color };
  const finish = finishName(w);
  if (finish) return { kind: "finish", text: w, value: finish };
  const size = sizeWord(w);
  if (size) return { kind: "size", text: w, value: size };
  if (STYLE_WORDS[w]) return { kind: "style", text: w, value: STYLE_WORDS[w] };
  if (SHAPE_WORDS[w]) return { kind: "shape", text: w, value: SHAPE_WORDS[w] };
  if (NEGATIONS.has(w)) return { kind: "neg", text: w };
  return { kind: "word", text: w };
}

/** The role (and counted group) a word names within a subject, accepting plurals ("shelves" → shelf). */
export function partOf(def: SubjectDef, word: string): { role: string; group?: string } | null {
  const hit = lookupSingular(word, (w) => {
    for (const [g, gd] of Object.entries(def.groups ?? {})) if (gd.unit === w || g === w) return { role: gd.role, group: g };
    for (const [role, rd] of Object.entries(def.roles)) {
      if (role === w || rd.words.includes(w)) {
        // A role that is itself a counted group (a windmill's blades) is counted by any of its words ("5 sails");
        // a role holding a group among other parts (a chair back and its slats) only by the group's own word.
        const group = Object.entries(def.groups ?? {}).find(([g, gd]) => gd.role === role && (gd.unit === w || g === role))?.[0];
        return { role, group };
      }
    }
    return null;
  }, partForms);
  return hit?.value ?? null;
}

const DESCRIPTIVE = new Set<Item["kind"]>(["size", "color", "material", "finish", "style", "shape"]);

/** True for adjectives that describe a noun ("big", "red", "wooden", "shiny", "modern", "round"). */
export function isDescriptive(it: Item): boolean {
  return DESCRIPTIVE.has(it.kind);
}

/** True for words that carry no meaning of their own. */
export function isFiller(word: string): boolean {
  return FILLER.has(word);
}
