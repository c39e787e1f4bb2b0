import { joinedBefore, PRONOUNS, SKIP, type RelationMark } from "./parse-placement";
import { isDescriptive, type Item } from "./parse-words";
import type { Placement } from "./types";

type MentionAt = (i: number) => number | undefined;

/** Whether a word may stand between a relation and the thing it names ("between the two big chairs"). */
const passable = (it: Item) => SKIP.has(it.text) || PRONOUNS.has(it.text) || it.kind === "number" || isDescriptive(it);

/** The first mention from position `from` on, across articles, numbers and adjectives; with where it is and whether a pronoun came first. */
function nextMention(items: Item[], from: number, mentionAt: MentionAt): { mention?: number; at: number; pronoun: boolean } {
  let pronoun = false;
  for (let j = from; j < items.length; j++) {
    const m = mentionAt(j);
    if (m !== undefined) return { mention: m, at: j, pronoun };
    pronoun ||= PRONOUNS.has(items[j].text);
    if (!passable(items[j])) break;
  }
  return { at: from, pronoun };
}

/** The first mention at or after position `from`, across any words. */
function laterMention(from: number, end: number, mentionAt: MentionAt): { mention: number; at: number } | undefined {
  for (let j = from; j < end; j++) {
    const m = mentionAt(j);
    if (m !== undefined) return { mention: m, at: j };
  }
  return undefined;
}

/** The nearest mention before position `from`, and where. */
function previousMention(from: number, mentionAt: MentionAt): { mention: number; at: number } | undefined {
  for (let j = from - 1; j >= 0; j--) {
    const m = mentionAt(j);
    if (m !== undefined) return { mention: m, at: j };
  }
  return undefined;
}

/**
 * "X between two Ys" / "X between the Ys" (one mention, two of its copies), "X between Y and Z", "Y and Z with X
 * between them", "between two Ys stands an X": the middle mention → a between placement whose `anchor` and `other`
 * are mentions (the same one twice for a group; parse-prompt.ts turns that into its first two copies).
 */
export function resolveBetween(items: Item[], marks: RelationMark[], mentionAt: MentionAt): Map<number, Placement> {
  const out = new Map<number, Placement>();
  for (const mark of marks.filter((m) => m.rel === "between")) {
    const first = nextMention(items, mark.at + mark.length, mentionAt);
    let anchors: [number, number] | undefined;
    let end = first.at;
    if (first.mention !== undefined && !first.pronoun) {
      // "and" joins a second anchor to one thing ("between the sofa and the table"); after "two chairs" it starts anew.
      const and = !several(items, first.at) && items[first.at + 1]?.text === "and" ? nextMention(items, first.at + 2, mentionAt) : undefined;
      const second = and?.mention !== undefined && and.mention !== first.mention ? and : undefined;
      anchors = [first.mention, second?.mention ?? first.mention];
      end = second?.at ?? first.at;
    }
    let middle = previousMention(mark.at, mentionAt);
    if (!anchors && middle) anchors = namedBefore(items, middle.at, mentionAt);
    // Nothing before the phrase: "between two houses stands a tree".
    if (!middle && anchors) middle = laterMention(end + 1, items.length, mentionAt);
    const m = middle?.mention;
    if (m === undefined || !anchors || anchors.includes(m) || out.has(m)) continue;
    out.set(m, { rel: "between", anchor: anchors[0], other: anchors[1] });
  }
  return out;
}

/**
 * What "between them" points back to, from the middle named at `at`: the nearest group ("two vases on a table with
 * a candle between them"), else the two things named last ("a sofa and a table", "a sofa with a table in front of it").
 */
function namedBefore(items: Item[], at: number, mentionAt: MentionAt): [number, number] | undefined {
  const y = previousMention(at, mentionAt);
  if (!y) return undefined;
  for (let g: typeof y | undefined = y; g; g = previousMention(g.at, mentionAt)) if (several(items, g.at)) return [g.mention, g.mention];
  const z = joinedBefore(items, y.at - 1, mentionAt)[0] ?? previousMention(y.at, mentionAt)?.mention;
  return [z ?? y.mention, y.mention];
}

/** Whether the subject named at `at` is several ("chairs", "two chairs"). */
function several(items: Item[], at: number): boolean {
  const it = items[at];
  if (it.kind === "subject" && it.plural) return true;
  let j = at - 1;
  while (j >= 0 && isDescriptive(items[j])) j--;
  const n = items[j];
  return n?.kind === "number" && n.value >= 2;
}
