import type { Interpretation, Plan } from "@/lib/validations/plan";
import type { Item } from "./parse-words";
import { USE_WORDS } from "./parse-compounds";

export type { Interpretation };

/**
 * A refined version's reading: what of the original prompt it models (unchanged by feedback) and which words of
 * this refinement's feedback it applied and which it did not.
 */
export function refinedReading(base: Plan, terms: { applied_terms: string[]; unapplied_terms: string[] }): Interpretation {
  const prompt = base.interpretation ?? { subject: base.subject, modelled_terms: [], unmodelled_terms: base.unknown_words };
  return { subject: prompt.subject, modelled_terms: prompt.modelled_terms, unmodelled_terms: prompt.unmodelled_terms, ...terms };
}

/** Item kinds that carry no content of their own once placed (articles, "with", "please"). */
const SILENT = new Set<Item["kind"]>(["filler", "neg"]);

/**
 * Account for every content word: an item is modelled unless it is unknown or its modifier found nothing to act
 * on (`dropped`). The pieces of a hyphenated compound stand or fall together and are reported as one term.
 */
export function readTerms(items: Item[], unknown: Set<number>, dropped: Set<number>): { modelled: string[]; unmodelled: string[] } {
  const modelled: string[] = [];
  const unmodelled: string[] = [];
  const add = (list: string[], term: string) => {
    if (!list.includes(term)) list.push(term);
  };
  const done = new Set<number>();
  items.forEach((it, i) => {
    if (done.has(i)) return;
    if (it.compound !== undefined) {
      const pieces = items.flatMap((x, j) => (x.compound === it.compound ? [j] : []));
      pieces.forEach((j) => done.add(j));
      const text = pieces.map((j) => items[j].text).join("-");
      return add(pieces.some((j) => unknown.has(j) || dropped.has(j)) ? unmodelled : modelled, text);
    }
    if (unknown.has(i) || dropped.has(i)) return add(unmodelled, it.text);
    if (SILENT.has(it.kind) && !USE_WORDS.has(it.text)) return;
    if (it.kind === "word" && !/^\d/.test(it.text)) return add(modelled, it.text);
    if (it.kind !== "word") add(modelled, it.text);
  });
  return { modelled, unmodelled };
}
