import { partOf, tagWords, type Item } from "./parse-words";
import type { SubjectDef } from "./types";
import { ADD_WORDS, COMPARATIVES, CONNECTORS, EXACT_WORDS, FILLER, GIVE_WORDS, INTENSITY, REMOVE_WORDS, SIZE_WORDS, TIMES, TIMES_WORDS } from "./vocabulary/words";

/** What one piece of feedback asks for, before it is applied. */
export type Request =
  | { kind: "color" | "material" | "finish"; value: string; role: string | null }
  | { kind: "scale"; factor: [number, number, number]; word: string; role: string | null }
  | { kind: "count"; group: string; mode: "set" | "delta" | "times"; value: number }
  | { kind: "measure"; metres: number; dimension: "height" | "length" | "any" }
  | { kind: "feature"; role: string; on: boolean }
  | { kind: "style"; value: string }
  /** A variant of the same subject ("make it look like a throne" on a chair): its features, counts and scale. */
  | { kind: "variant"; name: string };

/** Requests, and which of the feedback's words they account for: `applied` words act, `unapplied` ones do not. */
export interface ParsedFeedback {
  requests: Request[];
  /** Words nothing could use (kept for the error message of feedback that does nothing). */
  unknown: string[];
  applied: string[];
  /** The word each request came from, by index ("remove the backrest": "backrest"). */
  sources: string[];
  /** Unknown words, looks and sizes for parts this subject lacks ("gold wings" on a chair), other objects. */
  unapplied: string[];
}

type Tagged = Item & { role?: string; group?: string };

/** Words about how a part looks, which may stand between a part and another such word ("the legs glossy black"). */
const LOOKS = new Set<Item["kind"]>(["color", "material", "finish"]);

/**
 * Read feedback as requests against the main subject's parts, and account for every content word: applied, or
 * not (unknown, a look for a part it lacks, an object that is not in the scene). `present` names the subjects
 * in the scene, which feedback may name without asking for anything ("make the chair red").
 */
export function parseFeedback(feedback: string, def: SubjectDef, present: string[] = [def.name]): ParsedFeedback {
  // Part words win over subject words here: in "add a lamp" to a street lamp, the lamp is a part.
  const items: Tagged[] = tagWords(feedback).map((it) => {
    const part = it.kind === "word" || it.kind === "subject" ? partOf(def, it.text) : null;
    return part ? { kind: "word", text: it.text, ...part } : it;
  });
  const requests: Request[] = [];
  const unknown: string[] = [];
  const applied: string[] = [];
  const sources: string[] = [];
  const unapplied: string[] = [];
  const note = (list: string[], word: string) => {
    if (!list.includes(word)) list.push(word);
  };
  const isNoun = (i: number) => items[i]?.role !== undefined;
  const skippable = (it: Tagged) => it.kind === "subject" || FILLER.has(it.text) || CONNECTORS.has(it.text) || INTENSITY[it.text] !== undefined || it.text === "a";
  const unknownWord = (it: Tagged) => it.kind === "word" && !it.role && !skippable(it) && !VERBS.some((v) => v.has(it.text)) && !COMPARATIVES[it.text] && !/^\d/.test(it.text);
  // The part a describing word belongs to: just before it ("legs thinner"), else just after ("a taller back");
  // "unknown" when that word is a part this subject does not have ("the wheels bigger" on a chair).
  const nounNear = (i: number): Tagged | "unknown" | null => {
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
      if (isNoun(j)) return items[j];
      if (unknownWord(items[j])) return "unknown";
      if (!skippable(items[j]) && !LOOKS.has(items[j].kind)) break;
    }
    for (let j = i + 1; j < items.length && j <= i + 4; j++) {
      if (isNoun(j)) return items[j];
      if (items[j].text === "and") break;
      if (unknownWord(items[j])) return "unknown";
      if (!skippable(items[j]) && !LOOKS.has(items[j].kind) && items[j].kind !== "size") break;
    }
    return null;
  };
  // "a little bit taller": a size word right before a comparative only says how much.
  const softens = (i: number) => INTENSITY[items[i].text] !== undefined && [1, 2].some((k) => COMPARATIVES[items[i + k]?.text ?? ""]);
  items.forEach((it, i) => {
    const before = requests.length;
    const near = nounNear(i);
    if (near === "unknown" && (LOOKS.has(it.kind) || ["size", "measure"].includes(it.kind)) || (near === "unknown" && COMPARATIVES[it.text])) {
      return note(unapplied, it.text);
    }
    const target = near === "unknown" ? null : near;
    if (it.kind === "subject") {
      // The subject itself or one in the scene is only named; a variant of it is a change; anything else is not done.
      if (it.subject === def && it.variant && def.variants?.[it.variant]) requests.push({ kind: "variant", name: it.variant });
      else if (!present.includes(it.subject.name)) note(unapplied, it.text);
    } else if (it.kind === "color" || it.kind === "material" || it.kind === "finish") requests.push({ kind: it.kind, value: it.value, role: target?.role ?? null });
    else if (it.kind === "style") requests.push({ kind: "style", value: it.value });
    else if ((it.kind === "word" || it.kind === "size") && COMPARATIVES[it.text]) {
      const prev = items[i - 1]?.text ?? "";
      const k = INTENSITY[prev] ?? INTENSITY[items[i - 2]?.text ?? ""] ?? 1;
      const factor = COMPARATIVES[it.text].map((f) => 1 + (f - 1) * k) as [number, number, number];
      requests.push({ kind: "scale", factor, word: it.text, role: target?.role ?? null });
    } else if (it.kind === "size" && softens(i)) {
      return note(applied, it.text);
    } else if (it.kind === "measure") {
      if (!target) requests.push({ kind: "measure", metres: it.metres, dimension: it.dimension });
    } else if (it.kind === "size") {
      requests.push({ kind: "scale", factor: [...SIZE_WORDS[it.value]], word: it.value, role: target?.role ?? null });
    } else if (it.role) requests.push(...partRequests(items, i, def.roles[it.role]?.optional !== undefined));
    else if (unknownWord(it)) {
      unknown.push(it.text);
      note(unapplied, it.text);
    }
    if (requests.length > before) {
      while (sources.length < requests.length) sources.push(it.text);
      note(applied, it.text);
      // The part a look or size was for is applied with it ("gold back": both words).
      if (target && target !== it) note(applied, target.text);
    }
  });
  // A part word is applied when something acted on it, else it is a part nothing was asked of ("the legs").
  items.forEach((it) => {
    if (it.role && !applied.includes(it.text) && !unapplied.includes(it.text)) note(applied, it.text);
  });
  return { requests, unknown, applied, sources, unapplied };
}

const VERBS = [ADD_WORDS, GIVE_WORDS, REMOVE_WORDS, EXACT_WORDS, TIMES_WORDS];

/** Count and add/remove requests for a part word, from the verb and number just before it. */
function partRequests(items: Tagged[], i: number, optional: boolean): Request[] {
  const noun = items[i];
  let number: number | null = null, add = false, remove = false, exact = false, give = false, fewer = false, times: number | null = null;
  for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
    const w = items[j];
    if (w.role) break;
    if (TIMES_WORDS.has(w.text)) times = TIMES[w.text]!;
    else if (w.kind === "number" && number === null) number = w.value;
    if (w.kind === "neg" || REMOVE_WORDS.has(w.text)) remove = true;
    if (w.text === "fewer" || w.text === "less") fewer = true;
    if (ADD_WORDS.has(w.text)) add = true;
    if (GIVE_WORDS.has(w.text)) give = true;
    if (EXACT_WORDS.has(w.text)) exact = true;
  }
  const out: Request[] = [];
  if (noun.group && times !== null) return [{ kind: "count", group: noun.group, mode: "times", value: times }];
  if (noun.group) {
    const plural = noun.text.endsWith("s") || noun.text === "feet";
    if (exact || (number !== null && !add && !remove)) out.push({ kind: "count", group: noun.group, mode: "set", value: number ?? 1 });
    else if (add) out.push({ kind: "count", group: noun.group, mode: "delta", value: number ?? 1 });
    // "remove the legs" takes them all (down to the minimum); "fewer legs" takes one.
    else if (remove) out.push(number === null && plural && !fewer ? { kind: "count", group: noun.group, mode: "set", value: 0 } : { kind: "count", group: noun.group, mode: "delta", value: -(number ?? 1) });
  }
  if (!noun.group && give) add = true;
  if (optional && (add || remove) && !(noun.group && out.length)) out.push({ kind: "feature", role: noun.role!, on: !remove });
  return out;
}
