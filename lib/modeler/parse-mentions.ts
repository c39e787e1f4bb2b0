import { USE_WORDS } from "./parse-compounds";
import { isDescriptive, isFiller, partOf, type Item } from "./parse-words";
import type { SubjectDef, SubjectSpec } from "./types";

/** A noun a modifier can attach to: a subject mention, or a part of one. */
export type Noun = { kind: "subject"; mention: number } | { kind: "part"; mention: number; role: string; group?: string };

/** One subject named in the prompt, with the spec its modifiers fill in. */
export interface Mention {
  /** The words that named it ("rocks"), which may also name a counted group ("five rocks" = five stones). */
  text: string;
  def: SubjectDef;
  spec: SubjectSpec;
  copies: number;
  /** Named in the plural ("chairs"), so more than one is meant even without a number. */
  plural: boolean;
  /** A number set the copies ("two chairs"). */
  counted: boolean;
  /** Position of the item that named it. */
  at: number;
  /** A length the prompt gave ("2 m tall"), applied as a uniform scale once everything else is known. */
  /** A length the subject must have; `atMost` only shrinks it ("toy": a toy ball keeps its own size). */
  measure?: { metres: number; dimension: "height" | "length" | "any"; atMost?: boolean };
}

const DEFINITE = new Set(["the", "that", "this", "those", "these"]);

/** Subjects named in the prompt; "the table" after a table is that table again, and a subject word that names a part of the one before is that part ("bookshelf with books"). */
export function collectMentions(items: Item[]): { mentions: Mention[]; nouns: Map<number, Noun> } {
  const mentions: Mention[] = [];
  const nouns = new Map<number, Noun>();
  items.forEach((it, i) => {
    if (it.kind !== "subject") return;
    const prev = mentions.at(-1);
    if (prev && holds(items, prev, i, it.subject)) {
      // "roses in a vase": the roses are the vase's flowers, so the vase is the subject and they are its part.
      mentions.pop();
      nouns.delete(prev.at);
      items[prev.at] = { kind: "word", text: partOf(it.subject, prev.text) ? prev.text : prev.def.name };
    } else if (prev && partOf(prev.def, it.text)) {
      items[i] = { kind: "word", text: it.text };
      return;
    }
    let j = i - 1;
    while (j >= 0 && isDescriptive(items[j])) j--;
    const earlier = DEFINITE.has(items[j]?.text ?? "") ? mentions.findIndex((m) => m.def === it.subject) : -1;
    if (earlier >= 0) return void nouns.set(i, { kind: "subject", mention: earlier });
    const v = it.variant ? it.subject.variants?.[it.variant] : undefined;
    const spec: SubjectSpec = {
      subject: it.subject.name, counts: { ...v?.counts }, features: { ...v?.features }, roles: {}, scale: v?.scale ? [...v.scale] : [1, 1, 1],
      ...(v?.palette && { palette: { ...v.palette } }),
    };
    nouns.set(i, { kind: "subject", mention: mentions.length });
    mentions.push({ text: it.text, def: it.subject, spec, copies: 1, plural: it.plural ?? false, counted: false, at: i });
  });
  return { mentions, nouns };
}

const CONTAINED = new Set(["in", "inside", "into", "within"]);

/** True when "X in a Y" names a container Y with a counted part X ("flowers in a vase", "fruit in a bowl"). */
function holds(items: Item[], x: Mention, at: number, y: SubjectDef): boolean {
  if (x.at !== mentionsLast(items, at) || !(partOf(y, x.text) ?? partOf(y, x.def.name))?.group) return false;
  // One flower "in a pot" is a potted flower; several are the contents of the container.
  let k = x.at - 1;
  while (k >= 0 && isDescriptive(items[k])) k--;
  if (!x.plural && items[k]?.kind !== "number") return false;
  const between = items.slice(x.at + 1, at);
  return between.some((it) => CONTAINED.has(it.text)) && between.every((it) => CONTAINED.has(it.text) || ["a", "an", "the"].includes(it.text) || isDescriptive(it));
}

/** Index of the last subject item before `at`. */
function mentionsLast(items: Item[], at: number): number {
  for (let j = at - 1; j >= 0; j--) if (items[j].kind === "subject") return j;
  return -1;
}

/** The mention whose words come last before item i (the first one when none does). */
export function ownerAt(nouns: Map<number, Noun>, i: number): number {
  let owner = 0;
  for (const [j, n] of nouns) if (n.kind === "subject" && j < i) owner = n.mention;
  return owner;
}

/**
 * Place the remaining content words: part names (of the nearest subject first), "-less" words that take a part
 * away ("backless", "armless"), fillers and use words ("garden"); returns the indices of the words nothing could use.
 */
export function classifyWords(items: Item[], mentions: Mention[], nouns: Map<number, Noun>): number[] {
  const unknown: number[] = [];
  items.forEach((it, i) => {
    if (it.kind !== "word") return;
    const order = mentions.length ? [ownerAt(nouns, i), ...mentions.keys()] : [];
    for (const m of order) {
      const part = partOf(mentions[m].def, it.text);
      if (part) return void nouns.set(i, { kind: "part", mention: m, ...part });
    }
    if (it.text.length > 5 && it.text.endsWith("less")) {
      for (const m of order) {
        const part = partOf(mentions[m].def, it.text.slice(0, -4));
        if (part && removePart(mentions[m], part)) return void (items[i] = { ...it, kind: "filler" });
      }
    }
    if (isFiller(it.text) || USE_WORDS.has(it.text)) items[i] = { ...it, kind: "filler" };
    else if (!/^\d+$|^\d+\.\d+$/.test(it.text)) unknown.push(i);
  });
  return unknown;
}

/** Turn a part off ("without a backrest", "backless"); false when the part cannot be left out. */
export function removePart(m: Mention, part: { role: string; group?: string }): boolean {
  const group = part.group ? m.def.groups?.[part.group] : undefined;
  if (group && group.min === 0) m.spec.counts[part.group!] = 0;
  if (m.def.roles[part.role]?.optional) m.spec.features[part.role] = false;
  return Boolean((group && group.min === 0) || m.def.roles[part.role]?.optional);
}
