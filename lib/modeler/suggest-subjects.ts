import { distance } from "fastest-levenshtein";
import { SUBJECTS } from "./subjects";

/** Two neighbouring letters swapped ("chiar" for chair): one slip of the fingers, though Levenshtein counts two. */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
}

/** Everyday subjects to offer when nothing in the prompt is close to one the modeler knows. */
const FALLBACK = ["chair", "table", "lamp", "mug", "tree", "house"];

/**
 * The built-in subjects nearest to words the modeler did not know: a misspelling ("chiar" → chair) or a phrase that
 * shares a word with a subject's name or synonym ("pocket watch" → wristwatch when one holds "watch").
 */
export function suggestSubjects(words: string[], max = 3): string[] {
  const scored = new Map<string, number>();
  const offer = (name: string, score: number) => scored.set(name, Math.min(scored.get(name) ?? Infinity, score));
  for (const term of words) {
    const pieces = term.split(/[\s-]+/).filter((w) => w.length >= 3);
    for (const s of SUBJECTS) {
      for (const phrase of [s.name, ...s.synonyms]) {
        const d = isSwap(term, phrase) ? 1 : distance(term, phrase);
        if (d <= Math.max(1, Math.floor(term.length / 4))) offer(s.name, d);
        const shared = phrase.split(" ").some((w) => pieces.includes(w));
        if (shared && term !== phrase) offer(s.name, 3);
      }
    }
  }
  const near = [...scored].sort((a, b) => a[1] - b[1]).map(([n]) => n).slice(0, max);
  return near.length ? near : FALLBACK;
}
