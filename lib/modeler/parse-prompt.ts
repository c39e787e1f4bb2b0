import type { QualityLevel } from "@/lib/assets/formats";
import { applyAccents, fitMeasure } from "./parse-finish";
import { foldCompoundNouns, foldHeadNouns, unknownLead } from "./parse-compounds";
import { readTerms } from "./interpretation";
import { classifyWords, collectMentions, ownerAt, removePart, type Mention, type Noun } from "./parse-mentions";
import { resolveBetween } from "./parse-between";
import { markRelations, resolveRelations } from "./parse-placement";
import { partOf, tagWords, type Item } from "./parse-words";
import type { SceneSpec, Vec3 } from "./types";
import { addFinish } from "./vocabulary/finishes";
import { CONNECTORS, SIZE_WORDS, STYLE_WORDS } from "./vocabulary/words";

const ARTICLES = new Set(["a", "an", "the", "any"]);
/** Largest extent of a toy version of a subject, in metres. */
const TOY_SIZE = 0.3;
const MODIFIERS = new Set(["color", "material", "finish", "size", "style", "shape", "number", "neg", "measure"]);

export interface ParsedPrompt {
  scene: SceneSpec | null;
  /** Words (or hyphenated compounds, or compound nouns) nothing could use, in prompt order. */
  unknown: string[];
  /** Content words the scene models, and those it leaves out (unknown words and modifiers of unknown things). */
  modelled: string[];
  unmodelled: string[];
}

/** Parse a prompt into a scene spec; null scene plus the unplaced words when no subject is named. */
export function parsePrompt(prompt: string, quality: QualityLevel): ParsedPrompt {
  const items = tagWords(prompt);
  foldCompoundNouns(items);
  foldHeadNouns(items);
  const lead = unknownLead(items);
  const marks = markRelations(items);
  const { mentions, nouns } = collectMentions(items);
  const unknownAt = new Set(classifyWords(items, mentions, nouns));
  // The unknown thing asked for is reported even when it reads like a modifier elsewhere ("a baby on a bed").
  if (lead !== null) unknownAt.add(lead);
  // A compound with a piece nothing knows ("long-haired") is one unknown modifier: none of its pieces applies.
  const broken = new Set([...unknownAt].map((i) => items[i].compound).filter((c) => c !== undefined));
  items.forEach((it, i) => {
    if (it.compound === undefined || !broken.has(it.compound)) return;
    unknownAt.add(i);
    items[i] = { kind: "filler", text: it.text, compound: it.compound };
  });
  const dropped = new Set<number>();
  const result = (scene: SceneSpec | null): ParsedPrompt => {
    const terms = readTerms(items, unknownAt, dropped);
    const unknown = readTerms(items, unknownAt, new Set()).unmodelled;
    return { scene, unknown, modelled: scene ? terms.modelled : [], unmodelled: scene ? terms.unmodelled : unknown };
  };
  // The thing asked for is unknown ("a chameleon on a branch"): refuse rather than build what it stands on.
  if (mentions.length === 0 || lead !== null) return result(null);

  const styles: string[] = [];
  const sizeWords: string[] = [];
  const accents = new Map<number, string[]>();
  items.forEach((it, i) => {
    if (!MODIFIERS.has(it.kind)) {
      const noun = nouns.get(i);
      // Naming an optional part asks for it ("with armrests").
      if (noun?.kind === "part" && mentions[noun.mention].def.roles[noun.role]?.optional) {
        const m = mentions[noun.mention];
        if (m.spec.features[noun.role] === undefined) m.spec.features[noun.role] = true;
      }
      return;
    }
    if (it.kind === "style") {
      // "A toy car" is a car a child holds: the cartoon style, and no bigger than TOY_SIZE across.
      const toy = it.text === "toy" ? attachTarget(items, nouns, i) : null;
      if (toy && toy !== "unknown" && toy.kind === "subject") mentions[toy.mention].measure ??= { metres: TOY_SIZE, dimension: "any", atMost: true };
      // One style shapes the scene; a second one ("modern rustic") is not modelled.
      if (styles.length && !styles.includes(it.value)) dropped.add(i);
      return void styles.push(it.value);
    }
    // A finish that also names a style ("weathered" is rough and rustic) sets both.
    if (it.kind === "finish" && STYLE_WORDS[it.text]) styles.push(STYLE_WORDS[it.text]);
    const found = attachTarget(items, nouns, i);
    // A modifier of a thing the modeler does not know ("a red dragon", "4 books") must not land on something else.
    if (found === "unknown") return void dropped.add(i);
    // Numbers need their noun ("four legs"); "a bed for two" says nothing about how many beds.
    if (!found && (it.kind === "number" || it.kind === "neg")) return void (it.kind === "number" && dropped.add(i));
    const target = found ?? { kind: "subject" as const, mention: ownerAt(nouns, i) };
    apply(it, target, mentions[target.mention], sizeWords, accents);
  });

  for (const [m, colors] of accents) applyAccents(mentions[m].def, mentions[m].spec, colors);
  const mentionAt = (i: number) => (nouns.get(i)?.kind === "subject" ? nouns.get(i)!.mention : undefined);
  const places = resolveRelations(items, marks, mentionAt);
  for (const [m, place] of resolveBetween(items, marks, mentionAt)) {
    if (places.has(m)) continue;
    places.set(m, place);
    // "A lamp between two chairs and a table beside it": the chairs flank the lamp rather than stand beside it.
    for (const a of [place.anchor, place.other!]) if (places.get(a)?.anchor === m) places.delete(a);
  }
  for (const [m, place] of places) mentions[m].spec.place = place;
  for (const m of mentions) {
    // "chairs" means more than one; "a lamp on each side" means two.
    if (!m.counted && (m.plural || m.spec.place?.rel === "sides")) m.copies = 2;
  }
  for (const m of mentions) {
    // Between one thing and itself is only beside it ("a lamp between the chair").
    const p = m.spec.place;
    if (p?.rel === "between" && p.other === p.anchor && mentions[p.anchor].copies < 2) m.spec.place = { rel: "beside", anchor: p.anchor };
  }
  return result(expand(mentions, styles[0] ?? null, sizeWords, quality));
}

/** Repeat each mention for its copies; placements point at the first instance of their anchor mention. */
function expand(mentions: Mention[], style: string | null, sizeWords: string[], quality: QualityLevel): SceneSpec {
  const first: number[] = [];
  let n = 0;
  for (const m of mentions) {
    first.push(n);
    n += m.copies;
  }
  const scene: SceneSpec = { instances: [], style, sizeWords, quality };
  for (const m of mentions) {
    const p = m.spec.place;
    // "Between two chairs" names one mention twice: its first two copies.
    if (p) m.spec.place = { ...p, anchor: first[p.anchor], ...(p.other !== undefined && { other: first[p.other] + (p.other === p.anchor ? 1 : 0) }) };
    if (m.measure) fitMeasure(m.spec, m.measure, scene);
    for (let c = 0; c < m.copies; c++) scene.instances.push(structuredClone(m.spec));
  }
  return scene;
}

/**
 * The noun a modifier describes: the next noun across other modifiers and unknown adjectives ("a red rocking
 * chair"), else a noun just before it ("legs in black"). "unknown" when it describes an unknown thing ("a red dragon").
 */
function attachTarget(items: Item[], nouns: Map<number, Noun>, i: number): Noun | "unknown" | null {
  let skippedUnknown = false;
  let joined = false;
  for (let j = i + 1; j < items.length; j++) {
    if (nouns.has(j)) return nouns.get(j)!;
    const it = items[j];
    // After "and" an unknown word is another adjective ("red and comfy"), not the thing described.
    if (it.kind === "word") skippedUnknown ||= !joined;
    else if (it.text === "and" || it.text === "or") joined = true;
    // "a pair of dice", "a set of four chairs": the number still counts what follows "of"; "without a tail" reaches the tail.
    else if (!(MODIFIERS.has(it.kind) || (it.text === "of" && items[i].kind === "number") || (items[i].kind === "neg" && ARTICLES.has(it.text)))) break;
  }
  if (skippedUnknown) return "unknown";
  for (let j = i - 1; j >= 0; j--) {
    if (nouns.has(j)) return nouns.get(j)!;
    const it = items[j];
    if (!(CONNECTORS.has(it.text) || it.kind === "color" || it.kind === "material" || it.kind === "finish" || it.text === "and")) break;
  }
  return null;
}

function multiply(a: Vec3, b: Vec3): Vec3 {
  return [a[0] * b[0], a[1] * b[1], a[2] * b[2]];
}

function apply(it: Item, target: Noun, m: Mention, sizeWords: string[], accents: Map<number, string[]>): void {
  const role = target.kind === "part" ? target.role : null;
  const roleSpec = role ? (m.spec.roles[role] ??= {}) : null;
  if (it.kind === "color") {
    // A part keeps the first colour it was given; a second subject-wide colour is an accent ("red and white").
    if (roleSpec) roleSpec.color ??= it.value;
    else if (!m.spec.color) m.spec.color = it.value;
    else if (m.spec.color !== it.value) accents.set(target.mention, [...(accents.get(target.mention) ?? []), it.value]);
  }
  if (it.kind === "material") {
    if (roleSpec) roleSpec.material = it.value;
    else m.spec.material = it.value;
  }
  if (it.kind === "finish") {
    // Finishes add up ("shiny glowing"); a part's own finish replaces the subject-wide one, as its colour does.
    const owner = roleSpec ?? m.spec;
    owner.finish = addFinish(owner.finish, it.value);
  }
  if (it.kind === "size") {
    const s = SIZE_WORDS[it.value];
    if (roleSpec) roleSpec.scale = multiply(roleSpec.scale ?? [1, 1, 1], s);
    else {
      m.spec.scale = multiply(m.spec.scale, s);
      if (target.mention === 0) sizeWords.push(it.value);
    }
  }
  if (it.kind === "measure" && !role) m.measure = { metres: it.metres, dimension: it.dimension };
  if (it.kind === "shape") m.spec.features[it.value] = true;
  if (it.kind === "number") {
    const selfGroup = target.kind === "subject" ? partOf(m.def, m.text)?.group : undefined;
    if (selfGroup) m.spec.counts[selfGroup] = it.value;
    else if (target.kind === "subject") {
      m.copies = Math.max(1, Math.min(8, it.value));
      m.counted = true;
    } else if (target.group) m.spec.counts[target.group] = it.value;
    else if (role && m.def.roles[role]?.optional) m.spec.features[role] = it.value > 0;
  }
  if (it.kind === "neg" && target.kind === "part") removePart(m, target);
  // A part that only received a colour or size still counts as asked for when it is optional.
  if (role && it.kind !== "neg" && m.def.roles[role]?.optional && m.spec.features[role] === undefined) m.spec.features[role] = true;
}
