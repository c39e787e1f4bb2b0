import type { QualityLevel } from "@/lib/assets/formats";
import { isFiller, partOf, tagWords, type Item } from "./parse-words";
import type { SceneSpec, SubjectDef, SubjectSpec, Vec3 } from "./types";
import { CONNECTORS, SIZE_WORDS } from "./vocabulary/words";

/** A noun a modifier can attach to: a subject mention, or a part of one. */
type Noun = { kind: "subject"; mention: number } | { kind: "part"; mention: number; role: string; group?: string };

interface Mention {
  /** The words that named it ("rocks"), which may also name a counted group ("five rocks" = five stones). */
  text: string;
  def: SubjectDef;
  spec: SubjectSpec;
  copies: number;
}

const MODIFIERS = new Set(["color", "material", "size", "style", "shape", "number", "neg"]);

/** Parse a prompt into a scene spec; null scene plus the unplaced words when no subject is named. */
export function parsePrompt(prompt: string, quality: QualityLevel): { scene: SceneSpec | null; unknown: string[] } {
  const items = tagWords(prompt);
  const mentions: Mention[] = [];
  const nouns = new Map<number, Noun>();
  // Subjects first; a subject word that names a part of the subject before it is that part ("bookshelf with books").
  items.forEach((it, i) => {
    if (it.kind !== "subject") return;
    const prev = mentions.at(-1);
    if (prev && partOf(prev.def, it.text)) {
      items[i] = { kind: "word", text: it.text };
      return;
    }
    const v = it.variant ? it.subject.variants?.[it.variant] : undefined;
    const spec: SubjectSpec = {
      subject: it.subject.name, counts: { ...v?.counts }, features: { ...v?.features }, roles: {}, scale: v?.scale ? [...v.scale] : [1, 1, 1],
    };
    nouns.set(i, { kind: "subject", mention: mentions.length });
    mentions.push({ text: it.text, def: it.subject, spec, copies: 1 });
  });
  const unknown: string[] = [];
  const ownerAt = (i: number) => {
    let owner = 0;
    for (const [j, n] of nouns) if (n.kind === "subject" && j < i) owner = n.mention;
    return owner;
  };
  items.forEach((it, i) => {
    if (it.kind !== "word") return;
    const order = mentions.length ? [ownerAt(i), ...mentions.keys()] : [];
    for (const m of order) {
      const part = partOf(mentions[m]!.def, it.text);
      if (part) return void nouns.set(i, { kind: "part", mention: m, ...part });
    }
    if (isFiller(it.text)) items[i] = { kind: "filler", text: it.text };
    else if (!/^\d+$/.test(it.text)) unknown.push(it.text);
  });
  if (mentions.length === 0) return { scene: null, unknown };

  const styles: string[] = [];
  const sizeWords: string[] = [];
  items.forEach((it, i) => {
    if (!MODIFIERS.has(it.kind)) {
      const noun = nouns.get(i);
      // Naming an optional part asks for it ("with armrests").
      if (noun?.kind === "part" && mentions[noun.mention]!.def.roles[noun.role]?.optional) {
        const m = mentions[noun.mention]!;
        if (m.spec.features[noun.role] === undefined) m.spec.features[noun.role] = true;
      }
      return;
    }
    if (it.kind === "style") return void styles.push(it.value);
    const target = attachTarget(items, nouns, i) ?? { kind: "subject", mention: ownerAt(i) };
    const m = mentions[target.mention]!;
    apply(it, target, m, sizeWords);
  });
  const instances = mentions.flatMap((m) => Array.from({ length: m.copies }, () => structuredClone(m.spec)));
  return { scene: { instances, style: styles[0] ?? null, sizeWords, quality }, unknown };
}

/** The noun a modifier describes: the next noun across other modifiers, else a noun just before it ("legs in black"). */
function attachTarget(items: Item[], nouns: Map<number, Noun>, i: number): Noun | null {
  for (let j = i + 1; j < items.length; j++) {
    if (nouns.has(j)) return nouns.get(j)!;
    const it = items[j]!;
    if (!(MODIFIERS.has(it.kind) || it.text === "and" || it.text === "or")) break;
  }
  for (let j = i - 1; j >= 0; j--) {
    if (nouns.has(j)) return nouns.get(j)!;
    const it = items[j]!;
    if (!(CONNECTORS.has(it.text) || it.kind === "color" || it.kind === "material" || it.text === "and")) break;
  }
  return null;
}

function multiply(a: Vec3, b: Vec3): Vec3 {
  return [a[0] * b[0], a[1] * b[1], a[2] * b[2]];
}

function apply(it: Item, target: Noun, m: Mention, sizeWords: string[]): void {
  const role = target.kind === "part" ? target.role : null;
  const roleSpec = role ? (m.spec.roles[role] ??= {}) : null;
  if (it.kind === "color") roleSpec ? (roleSpec.color = it.value) : (m.spec.color = it.value);
  if (it.kind === "material") roleSpec ? (roleSpec.material = it.value) : (m.spec.material = it.value);
  if (it.kind === "size") {
    const s = SIZE_WORDS[it.value]!;
    if (roleSpec) roleSpec.scale = multiply(roleSpec.scale ?? [1, 1, 1], s);
    else {
      m.spec.scale = multiply(m.spec.scale, s);
      if (target.mention === 0) sizeWords.push(it.value);
    }
  }
  if (it.kind === "shape") m.spec.features[it.value] = true;
  if (it.kind === "number") {
    const selfGroup = target.kind === "subject" ? partOf(m.def, m.text)?.group : undefined;
    if (selfGroup) m.spec.counts[selfGroup] = it.value;
    else if (target.kind === "subject") m.copies = Math.max(1, Math.min(8, it.value));
    else if (target.group) m.spec.counts[target.group] = it.value;
    else if (role && m.def.roles[role]?.optional) m.spec.features[role] = it.value > 0;
  }
  if (it.kind === "neg" && role) {
    if (target.kind === "part" && target.group) m.spec.counts[target.group] = 0;
    if (m.def.roles[role]?.optional) m.spec.features[role] = false;
  }
  // A part that only received a colour or size still counts as asked for when it is optional.
  if (role && it.kind !== "neg" && m.def.roles[role]?.optional && m.spec.features[role] === undefined) m.spec.features[role] = true;
}
