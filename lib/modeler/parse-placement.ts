import { isDescriptive, type Item } from "./parse-words";
import type { Placement } from "./types";

/** Spatial phrases, longest first so "on top of" wins over "on" and "on either side" over both. */
const PHRASES: Array<[string[], Placement["rel"]]> = ([
  [["on", "either", "side", "of"], "sides"], [["on", "each", "side", "of"], "sides"], [["on", "both", "sides", "of"], "sides"],
  [["on", "either", "side"], "sides"], [["on", "each", "side"], "sides"], [["on", "both", "sides"], "sides"],
  [["either", "side", "of"], "sides"], [["either", "side"], "sides"], [["both", "sides", "of"], "sides"], [["flanking"], "sides"],
  [["on", "top", "of"], "on"], [["on", "top"], "on"], [["on"], "on"], [["onto"], "on"], [["atop"], "on"], [["upon"], "on"],
  [["in", "front", "of"], "front"], [["in", "front"], "front"], [["in", "back", "of"], "behind"], [["behind"], "behind"],
  [["next", "to"], "beside"], [["close", "to"], "beside"], [["beside"], "beside"], [["besides"], "beside"], [["near"], "beside"],
  [["nearby"], "beside"], [["alongside"], "beside"], [["by"], "beside"],
  [["around"], "around"], [["surrounding"], "around"], [["encircling"], "around"], [["all", "around"], "around"],
  [["under"], "under"], [["underneath"], "under"], [["beneath"], "under"], [["below"], "under"],
  [["between"], "between"], [["in", "between"], "between"], [["midway", "between"], "between"], [["halfway", "between"], "between"],
] as Array<[string[], Placement["rel"]]>).sort((a, b) => b[0].length - a[0].length);

/** Words that point back to a thing already named ("around it", "beside them"). */
export const PRONOUNS = new Set(["it", "them", "this", "that", "these", "those", "its", "each", "other"]);
export const SKIP = new Set(["a", "an", "the", "some", "two", "its", "his", "her", "their"]);

/** A spatial phrase found in the prompt: where it is and which relation it names. */
export interface RelationMark {
  at: number;
  length: number;
  rel: Placement["rel"];
}

/** Find spatial phrases and turn their words into fillers, so "side" in "on either side" is not read as a part. */
export function markRelations(items: Item[]): RelationMark[] {
  const marks: RelationMark[] = [];
  for (let i = 0; i < items.length; i++) {
    const hit = PHRASES.find(([words]) => words.every((w, k) => items[i + k]?.text === w));
    if (!hit) continue;
    marks.push({ at: i, length: hit[0].length, rel: hit[1] });
    for (let k = 0; k < hit[0].length; k++) items[i + k] = { kind: "filler", text: items[i + k].text };
    i += hit[0].length - 1;
  }
  return marks;
}

/**
 * Which mention is placed against which: "X beside it" and "X around the table" place X against the thing named
 * before it; "X on Y" places X on a thing named after it. Returns dependent mention → placement (anchor = mention).
 * `mentionAt(i)` is the subject mention that item i names, if any.
 */
export function resolveRelations(items: Item[], marks: RelationMark[], mentionAt: (i: number) => number | undefined): Map<number, Placement> {
  const out = new Map<number, Placement>();
  for (const mark of marks) {
    // "Between" names two anchors; parse-between.ts reads it.
    if (mark.rel === "between") continue;
    let before: number | undefined;
    let pos = mark.at - 1;
    for (; pos >= 0 && before === undefined; pos--) before = mentionAt(pos);
    if (before === undefined) continue;
    const together = [before, ...joinedBefore(items, pos, mentionAt)];
    let after: number | undefined;
    let pronoun = false;
    for (let j = mark.at + mark.length; j < items.length; j++) {
      const text = items[j].text;
      after = mentionAt(j);
      if (after !== undefined) break;
      if (PRONOUNS.has(text)) pronoun = true;
      if (!(SKIP.has(text) || PRONOUNS.has(text) || items[j].kind === "number" || isDescriptive(items[j]))) break;
    }
    if (after !== undefined && after !== before && !pronoun) {
      // "X on Y": X depends on Y, except that "beside" reads both ways and the later-named thing joins the other.
      if (mark.rel === "beside") out.set(Math.max(before, after), { rel: "beside", anchor: Math.min(before, after) });
      else for (const m of together) if (!out.has(m) && m !== after) out.set(m, { rel: mark.rel, anchor: after });
    } else if (before > 0 && !out.has(before)) {
      // "Y with X around it": X is placed against the thing named before X (the main subject, usually).
      const anchor = after !== undefined && after !== before ? after : 0;
      for (const m of together) if (m > 0 && m !== anchor && !out.has(m)) out.set(m, { rel: mark.rel, anchor });
    }
  }
  return out;
}

/** Mentions listed with "and" just before position `pos` ("a teapot and two cups on a table" puts both on it). */
export function joinedBefore(items: Item[], pos: number, mentionAt: (i: number) => number | undefined): number[] {
  const out: number[] = [];
  let joined = false;
  for (let j = pos; j >= 0; j--) {
    const m = mentionAt(j);
    if (m !== undefined) {
      if (!joined) break;
      out.push(m);
      joined = false;
      continue;
    }
    const it = items[j];
    if (it.text === "and" || it.text === "or") joined = true;
    else if (!(SKIP.has(it.text) || it.kind === "number" || isDescriptive(it))) break;
  }
  return out;
}
