import { isFiller, partOf, type Item } from "./parse-words";

/**
 * Compound nouns whose last word names a subject but which are another object: a rocking horse is a toy, not a
 * horse. They are read as one unknown phrase unless a subject claims the whole phrase (which the tagger tries first).
 */
const DIFFERENT_THINGS = new Set([
  "rocking horse", "hobby horse", "sea horse", "saw horse", "clothes horse", "paper airplane", "paper plane", "paper boat",
  "paper crane", "pocket watch", "fire truck", "fire engine", "hot air balloon", "toy soldier", "sea lion", "sea cow",
  "sea dog", "hot dog", "prairie dog", "guinea pig", "bird house", "dog house", "cat tree", "family tree", "shoe tree",
  "fire hydrant", "fire place", "tree house", "house boat", "rocking", "piggy bank", "horse shoe", "bear trap",
  "cable car", "ring light", "key lime", "table cloth", "cat toy", "dog toy", "pet toy", "bird toy", "car toy",
]);

/**
 * Participles that join a noun to the object it describes: a "horse drawn carriage" is a carriage, a "car shaped bed"
 * a bed. The subject before them only says what pulls, shapes or powers the object, so the three words are one thing.
 */
const LINKING_PARTICIPLES = new Set(["drawn", "pulled", "powered", "shaped", "themed", "inspired", "styled", "driven", "operated", "mounted", "sized", "print", "printed", "patterned", "headed", "faced"]);

/** Nouns that end like participles or adjectives ("sled", "ring"): after an object's name they head the compound. */
const NOUNS_LIKE_PARTICIPLES = new Set([
  "sled", "bed", "shed", "seed", "reed", "weed", "steed", "ring", "string", "king", "wing", "swing", "sling", "spring",
  "building", "painting", "pudding", "icing", "filling", "stocking", "ceiling", "wedding", "bedding", "earring",
]);

/** Endings that mark an English adjective ("ornate", "victorian", "wooden", "sleeping"): a modifier left unmodelled. */
const ADJECTIVE_ENDING = /(y|al|ic|ous|ful|ish|ive|less|en|ed|ing|ian|ese|ary|ory|ent|ant|ible|able|like|esque|ern|ate|ile|some)$/;

/** Adjectives with no such ending that people put before an object; the modeler reports them as not modelled. */
const PLAIN_ADJECTIVES = new Set([
  "steampunk", "fancy", "elegant", "ornate", "cozy", "posh", "chic", "gothic", "retro", "baroque", "boho", "kawaii",
  "chibi", "punk", "grand", "royal", "majestic", "magic", "magical", "happy", "sad", "angry", "old", "young", "brand",
  "odd", "weird", "strange", "broken", "clean", "dirty", "wet", "dry", "hot", "cold", "warm", "cool", "soft", "hard",
  "heavy", "light", "smooth", "sharp", "blunt", "quiet", "loud", "fast", "slow", "rich", "poor", "cheap", "luxury",
  "premium", "deluxe", "vintage", "art", "deco", "pop", "folk", "tribal", "zen", "boxy", "bulky", "sturdy", "flimsy",
  // Where a style comes from: "a dutch windmill" is a windmill.
  "dutch", "french", "swiss", "greek", "thai", "english", "german", "nordic", "moroccan", "mexican", "persian",
  "british", "american", "london", "paris", "parisian", "tokyo", "western", "eastern", "oriental",
]);

/** Words that say where or for what an object is used, not a different object ("a garden bench" is a bench). */
export const USE_WORDS = new Set([
  "kitchen", "garden", "office", "park", "patio", "bedroom", "bathroom", "outdoor", "indoor", "beach", "school",
  "camping", "dining", "living", "room", "lounge", "porch", "terrace", "bar", "cafe", "restaurant", "hotel", "home",
  "household", "everyday", "family", "kids", "kid's", "children's", "baby", "nursery", "study", "library", "classroom",
  "workshop", "nook", "corner", "farm", "country", "city", "street", "village", "backyard", "yard", "lawn", "poolside", "wedding", "party",
  "holiday", "christmas", "halloween", "birthday", "summer", "winter", "spring", "autumn", "fall", "night", "morning",
  "bedside", "news", "travel", "playground", "toddler", "pet", "desktop", "tabletop", "countertop", "wall", "floor", "ceiling", "roadside", "seaside",
]);

/** True when a word before a subject noun is an adjective or a use, so the noun still names the object asked for. */
function describes(word: string): boolean {
  return ADJECTIVE_ENDING.test(word) || PLAIN_ADJECTIVES.has(word) || USE_WORDS.has(word);
}

const PREPOSITIONS = new Set(["on", "in", "inside", "with", "under", "beside", "near", "atop", "upon", "by", "at", "onto", "over", "behind", "holding", "wearing", "riding"]);

/**
 * Fold compound nouns into one unknown phrase: a noun-like unknown word right before a subject ("paper airplane",
 * "sea horse") makes a different object, and so does a listed compound ("rocking horse"). Returns the item indices
 * that became unknown phrases.
 */
export function foldCompoundNouns(items: Item[]): number[] {
  const folded: number[] = [];
  items.forEach((it, i) => {
    if (it.kind !== "subject" || i === 0) return;
    const prev = items[i - 1];
    const phrase = `${prev.text} ${it.text}`;
    // A listed compound folds whatever its first word is ("paper" is also a material, "fire" a plain word).
    const listed = DIFFERENT_THINGS.has(phrase) || DIFFERENT_THINGS.has(prev.text);
    if (!listed && (prev.kind !== "word" || prev.compound !== undefined || isFiller(prev.text) || partOf(it.subject, prev.text) || describes(prev.text))) return;
    items[i - 1] = { kind: "filler", text: prev.text };
    items[i] = { kind: "word", text: phrase };
    folded.push(i);
  });
  return folded;
}

/**
 * Nouns that, right after an object's name, make it another object: a bird cage is a cage, a cat painting is a
 * painting. The object's name is then only a modifier, so the pair is read as one unknown phrase.
 */
const HEAD_NOUNS = new Set([
  "cage", "tank", "aquarium", "feeder", "trap", "collar", "leash", "carrier", "kennel", "food", "treat", "costume", "mask",
  "globe", "ornament", "magnet", "sticker", "poster", "painting", "drawing", "sketch", "logo", "icon", "emblem", "pattern",
  "print", "charm", "keychain", "keyring", "pendant", "tattoo", "cookie", "stamp", "coin", "badge", "silhouette", "shadow",
  "skeleton", "bone", "nest", "egg", "hutch", "coop", "pen", "stable", "barn", "garage", "dock", "harbor", "harbour",
  "shed", "shop", "store", "factory", "park", "track", "race", "wash", "seat", "cover", "case", "bag", "box",
  "stand", "holder", "rack", "mount", "charger", "remote", "lizard", "hanger", "hook", "shelf", "tray",
]);

/**
 * English compounds put the head last: in "a dog bed" or "a bird cage" the object asked for is the bed or the cage,
 * not the dog or bird. A subject directly followed by another subject (not one of its parts, not the same thing
 * named twice as in "bunny rabbit") or by a head noun folds with it into one unknown phrase, so the prompt is refused
 * (or its other subjects built) instead of building the modifier. Phrases a subject claims whole ("coffee table",
 * "dog house") were matched before this runs.
 */
export function foldHeadNouns(items: Item[]): void {
  items.forEach((it, i) => {
    const next = items[i + 1];
    if (it.kind !== "subject" || it.plural || !next || next.compound !== undefined) return;
    // "A piano bench": a subject that is also the first one's optional accessory, ending the noun, is that thing on
    // its own; a core part is the first one's own ("a trophy cup" is the trophy).
    // "A horse drawn carriage": the subject and the participle describe the noun after them.
    const linked = items[i + 2];
    if (LINKING_PARTICIPLES.has(next.text) && linked && linked.compound === undefined && (linked.kind === "word" || linked.kind === "subject") && !PREPOSITIONS.has(linked.text) && !isFiller(linked.text) && linked.text !== "like") {
      items[i] = { kind: "filler", text: it.text };
      items[i + 1] = { kind: "filler", text: next.text };
      items[i + 2] = { kind: "word", text: `${it.text} ${next.text} ${linked.text}` };
      return;
    }
    const accessory = next.kind === "subject" && !next.plural ? partOf(it.subject, next.text) : null;
    if (accessory && it.subject.roles[accessory.role]?.optional && closesNoun(items[i + 2])) {
      items[i] = { kind: "filler", text: it.text };
      return;
    }
    const subjectHead = next.kind === "subject" && next.subject !== it.subject && !partOf(it.subject, next.text) && !partOf(next.subject, it.text);
    const nounHead = next.kind === "word" && HEAD_NOUNS.has(next.text) && !partOf(it.subject, next.text);
    // Nouns after the object's name, up to the end of the noun, are the head: "a guitar pick", "a table tennis
    // paddle", "a tv stand" (its own part, alone). Only a singular lone part: "five fence posts" counts the posts.
    let end = i + 1;
    while (isHeadWord(items[end])) end++;
    const run = items.slice(i + 1, end);
    const foreign = run.some((x) => !partOf(it.subject, x.text));
    const tailHead = run.length > 0 && closesNoun(items[end]) && (foreign || (run.length === 1 && !next.text.endsWith("s")));
    if (!subjectHead && !nounHead && !tailHead && !DIFFERENT_THINGS.has(`${it.text} ${next.text}`)) return;
    const length = tailHead ? run.length : 1;
    items[i] = { kind: "filler", text: it.text };
    items[i + 1] = { kind: "word", text: [it.text, ...items.slice(i + 1, i + 1 + length).map((x) => x.text)].join(" ") };
    for (let k = i + 2; k <= i + length; k++) items[k] = { kind: "filler", text: items[k].text };
  });
}

/** Words after an object's name that say what form it takes, not what it is: "a snowman figurine" is a snowman. */
const FORM_WORDS = new Set(["figurine", "figure", "statue", "statuette", "sculpture", "miniature", "replica", "character", "design", "concept"]);

/**
 * Endings of words that follow a noun as adjectives or participles ("a dog sitting", "a vase, handmade"). Stricter than
 * ADJECTIVE_ENDING: after a noun, "oven", "picnic" or "factory" are nouns heading the compound.
 */
const AFTER_NOUN_ADJECTIVE = /(ing|ed|ly|ous|ful|less|able|ible|ish|ive|esque|like|made)$/;

/** A noun that may head a compound after an object's name: a content word that is no adjective, use or form word. */
function isHeadWord(it: Item | undefined): boolean {
  if (it?.kind !== "word" || it.compound !== undefined || /^\d/.test(it.text)) return false;
  const w = it.text;
  if (NOUNS_LIKE_PARTICIPLES.has(w)) return true;
  return !isFiller(w) && !FORM_WORDS.has(w) && !PLAIN_ADJECTIVES.has(w) && !USE_WORDS.has(w) && !AFTER_NOUN_ADJECTIVE.test(w);
}

/** True at the end of a noun: the prompt ends, or a filler or preposition follows ("a guitar pick with ..."). */
function closesNoun(it: Item | undefined): boolean {
  return !it || it.kind === "filler" || it.kind === "neg" || PREPOSITIONS.has(it.text);
}

/**
 * "A chameleon on a tree branch": an unknown noun that opens the prompt and is followed by a placement word before
 * any subject is the thing asked for, so the prompt must be refused rather than build the support. Returns its index, or null.
 */
export function unknownLead(items: Item[]): number | null {
  const first = items.findIndex((it) => it.kind === "subject");
  if (first < 0) return null;
  const subjects = items.flatMap((it) => (it.kind === "subject" ? [it.subject] : []));
  for (let k = 0; k < first; k++) {
    const it = items[k];
    if (it.kind !== "word" || isFiller(it.text)) continue;
    // Right before a preposition a word is the noun of its phrase, whatever its ending: "a monkey on a tree", "a
    // fairy on a mushroom", "a baby on a bed". Only plain adjectives and participles there still describe.
    const headOfPhrase = PREPOSITIONS.has(items[k + 1]?.text ?? "") && !PLAIN_ADJECTIVES.has(it.text) && !/(ed|ing)$/.test(it.text);
    if (!headOfPhrase && describes(it.text)) continue;
    // "red apples in a wooden bowl": a part of a subject named later is that subject's contents, not the thing asked for.
    if (subjects.some((s) => partOf(s, it.text))) continue;
    if (items.slice(k + 1, first).some((x) => PREPOSITIONS.has(x.text))) return k;
  }
  return null;
}
