import type { SubjectDef } from "../types";
import { chicken, sheep } from "./barnyard";
import { bed } from "./bed";
import { bird, duck, penguin } from "./birds";
import { chair } from "./chair";
import { person, robot, snowman } from "./characters";
import { frog, turtle } from "./cold-blooded";
import { airplane, boat, rocket, train } from "./craft";
import { desk } from "./desk";
import { cow, horse, pig } from "./farm-animals";
import { house } from "./house";
import { candle, clock, teapot } from "./household";
import { drum, guitar, piano } from "./instruments";
import { lamp } from "./lamp";
import { mug } from "./mug";
import { cat, dog, fish, rabbit } from "./pets";
import { cactus, flower, mushroom, palmTree, pineTree, rock } from "./plants";
import { bicycle, car, truck } from "./road-vehicles";
import { rug } from "./rug";
import { elephant, giraffe } from "./safari";
import { snake } from "./snake";
import { bench, sofa, stool } from "./seating";
import { bookshelf, cabinet, wardrobe } from "./storage";
import { bridge, fence, streetLamp, well, windmill } from "./structures";
import { table } from "./table";
import { bottle, bowl, cup, plate, vase } from "./tableware";
import { axe, hammer, shield, sword } from "./tools";
import { castle, lighthouse, tower } from "./towers";
import { ball, chessPawn, dice, teddyBear } from "./toys";
import { tree } from "./tree";
import { DEVICE_KINDS } from "./kinds-devices";
import { CONTAINER_KINDS } from "./kinds-containers";
import { FOOD_KINDS } from "./kinds-food";
import { KITCHEN_KINDS } from "./kinds-kitchen";
import { OUTDOOR_KINDS } from "./kinds-outdoors";
import { CARRY_KINDS } from "./kinds-carry";
import { INSTRUMENT_KINDS } from "./kinds-instruments";
import { PLAY_KINDS } from "./kinds-play";
import { WEARABLE_KINDS } from "./kinds-wearables";
import { HOME_KINDS } from "./kinds-home";
import { THINGS_KINDS } from "./kinds-things";
import { PANTRY_KINDS } from "./kinds-pantry";
import { CLOTHES_KINDS } from "./kinds-wardrobe";
import { BUILDINGS_KINDS } from "./kinds-buildings2";

/** Every subject the built-in modeler can build, grouped by category. */
export const SUBJECTS: SubjectDef[] = [
  chair, table, sofa, bed, bookshelf, desk, stool, bench, cabinet, wardrobe,
  lamp, mug, cup, vase, bottle, bowl, plate, teapot, clock, candle, rug,
  car, truck, bicycle, boat, airplane, rocket, train,
  house, tower, castle, bridge, lighthouse, windmill, streetLamp, fence, well,
  tree, pineTree, palmTree, rock, flower, mushroom, cactus,
  snowman, robot, person, hammer, sword, axe, shield,
  guitar, drum, piano, ball, teddyBear, dice, chessPawn,
  cat, dog, rabbit, fish, bird, duck, penguin, horse, cow, pig,
  chicken, sheep, elephant, giraffe, frog, turtle, snake,
  ...KITCHEN_KINDS, ...WEARABLE_KINDS, ...DEVICE_KINDS, ...PLAY_KINDS, ...OUTDOOR_KINDS, ...INSTRUMENT_KINDS, ...CARRY_KINDS, ...FOOD_KINDS, ...CONTAINER_KINDS,
  ...HOME_KINDS, ...THINGS_KINDS, ...PANTRY_KINDS, ...CLOTHES_KINDS, ...BUILDINGS_KINDS,
];

const BY_NAME = new Map(SUBJECTS.map((s) => [s.name, s]));

/** Phrase (name, synonym or variant, singular) → subject and the variant preset it implies. */
const PHRASES = new Map<string, { subject: SubjectDef; variant?: string }>();
/** Phrases two subjects both claim: a programming error that tests/unit/modeler-subjects.test.ts reports. */
export const CLAIMED_TWICE: string[] = [];
for (const s of SUBJECTS) {
  const claim = (raw: string, variant?: string) => {
    // Tokens never hold a hyphen ("hot-air balloon" reads as "hot air balloon"), so neither may a phrase.
    const phrase = raw.replace(/-/g, " ");
    const had = PHRASES.get(phrase);
    if (had && had.subject !== s) CLAIMED_TWICE.push(`"${phrase}": ${had.subject.name} and ${s.name}`);
    PHRASES.set(phrase, { subject: s, variant });
  };
  claim(s.name);
  for (const syn of s.synonyms) claim(syn);
  for (const v of Object.keys(s.variants ?? {})) claim(v, v);
}

/** The subject a singular phrase names ("couch" → sofa), or null. */
export function findSubject(phrase: string): { subject: SubjectDef; variant?: string } | null {
  return PHRASES.get(phrase) ?? null;
}

/** The subject called `name`; throws for an unknown name because that is a programming error. */
export function getSubject(name: string): SubjectDef {
  const s = BY_NAME.get(name);
  if (!s) throw new Error(`Unknown modeler subject "${name}"`);
  return s;
}

/** Longest subject phrase in words, so the parser knows how far to look ahead. */
export const MAX_PHRASE_WORDS = Math.max(...[...PHRASES.keys()].map((k) => k.split(" ").length));
