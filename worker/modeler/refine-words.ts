import { partOf, tagWords, type Item } from "./parse-words";
import type { SubjectDef } from "./types";
import { ADD_WORDS, COMPARATIVES, CONNECTORS, EXACT_WORDS, FILLER, GIVE_WORDS, INTENSITY, REMOVE_WORDS } from "./vocabulary/words";

/** What one piece of feedback asks for, before it is applied. */
export type Request =
  | { kind: "color" | "material"; value: string; role: string | null }
  | { kind: "scale"; factor: [number, number, number]; word: string; role: string | null }
  | { kind: "count"; group: string; mode: "set" | "delta"; value: number }
  | { kind: "feature"; role: string; on: boolean }
  | { kind: "style"; value: string };

type Tagged = Item & { role?: string; group?: string };

/** Read feedback as requests against the main subject's parts; also return words nothing used. */
export function parseFeedback(feedback: string, def: SubjectDef): { requests: Request[]; unknown: string[] } {
  // Part words win over subject words here: in "add a lamp" to a street lamp, the lamp is a part.
  const items: Tagged[] = tagWords(feedback).map((it) => {
    const part = it.kind === "word" || it.kind === "subject" ? partOf(def, it.text) : null;
    return part ? { kind: "word", text: it.text, ...part } : it;
  });
  const requests: Request[] = [];
  const unknown: string[] = [];
  const isNoun = (i: number) => items[i]?.role !== undefined;
  const skippable = (it: Tagged) => it.kind === "subject" || FILLER.has(it.text) || CONNECTORS.has(it.text) || INTENSITY[it.text] !== undefined || it.text === "a";
  // The part a describing word belongs to: just before it ("legs thinner"), else just after ("a taller back").
  const nounNear = (i: number): Tagged | null => {
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
      if (isNoun(j)) return items[j]!;
      if (!skippable(items[j]!) && items[j]!.kind !== "color" && items[j]!.kind !== "material") break;
    }
    for (let j = i + 1; j < items.length && j <= i + 4; j++) {
      if (isNoun(j)) return items[j]!;
      if (!skippable(items[j]!) && !["color", "material", "size"].includes(items[j]!.kind)) break;
    }
    return null;
  };
  items.forEach((it, i) => {
    const target = nounNear(i);
    if (it.kind === "color" || it.kind === "material") requests.push({ kind: it.kind, value: it.value, role: target?.role ?? null });
    else if (it.kind === "style") requests.push({ kind: "style", value: it.value });
    else if (it.kind === "word" && COMPARATIVES[it.text]) {
      const prev = items[i - 1]?.text ?? "";
      const k = INTENSITY[prev] ?? INTENSITY[items[i - 2]?.text ?? ""] ?? 1;
      const factor = COMPARATIVES[it.text]!.map((f) => 1 + (f - 1) * k) as [number, number, number];
      requests.push({ kind: "scale", factor, word: it.text, role: target?.role ?? null });
    } else if (it.kind === "size") {
      requests.push({ kind: "scale", factor: [1, 1, 1], word: it.value, role: target?.role ?? null });
    } else if (it.role) requests.push(...partRequests(items, i, def.roles[it.role]?.optional !== undefined));
    else if (it.kind === "word" && !FILLER.has(it.text) && !ADD_WORDS.has(it.text) && !GIVE_WORDS.has(it.text) && !REMOVE_WORDS.has(it.text) && !EXACT_WORDS.has(it.text) && INTENSITY[it.text] === undefined && !/^\d+$/.test(it.text)) unknown.push(it.text);
  });
  return { requests, unknown };
}

/** Count and add/remove requests for a part word, from the verb and number just before it. */
function partRequests(items: Tagged[], i: number, optional: boolean): Request[] {
  const noun = items[i]!;
  let number: number | null = null, add = false, remove = false, exact = false, give = false;
  for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
    const w = items[j]!;
    if (w.role) break;
    if (w.kind === "number" && number === null) number = w.value;
    if (w.kind === "neg" || REMOVE_WORDS.has(w.text)) remove = true;
    if (ADD_WORDS.has(w.text)) add = true;
    if (GIVE_WORDS.has(w.text)) give = true;
    if (EXACT_WORDS.has(w.text)) exact = true;
  }
  const out: Request[] = [];
  if (noun.group) {
    const plural = noun.text.endsWith("s") || noun.text === "feet";
    if (exact || (number !== null && !add && !remove)) out.push({ kind: "count", group: noun.group, mode: "set", value: number ?? 1 });
    else if (add) out.push({ kind: "count", group: noun.group, mode: "delta", value: number ?? 1 });
    else if (remove) out.push(number === null && plural ? { kind: "count", group: noun.group, mode: "set", value: 0 } : { kind: "count", group: noun.group, mode: "delta", value: -(number ?? 1) });
  }
  if (!noun.group && give) add = true;
  if (optional && (add || remove) && !(noun.group && out.length)) out.push({ kind: "feature", role: noun.role!, on: !remove });
  return out;
}
