import type { SubjectDef } from "../types";
import { defineKind } from "./define-kind";
import { HALF_PI, lathe, part, rod, taper } from "./kit";

/** A pail: a hollow turned body with a rim and a wire bail handle. */
const bucket = defineKind({
  name: "bucket",
  synonyms: ["pail", "metal bucket", "water bucket"],
  category: "container",
  roles: {
    body: { words: ["body", "side", "bucket", "pail"], material: "metal", body: true },
    rim: { words: ["rim", "lip", "edge"], material: "metal", body: true },
    handle: { words: ["handle", "bail"], material: "metal", color: "dark gray" },
    water: { words: ["water", "contents"], material: "liquid", color: "blue", optional: "off" },
  },
  parts: [
    // Up the outside, over the rim, down the inside: a real open pail, 28 cm tall.
    part("body", lathe([[0, 0], [0.12, 0], [0.15, 0.28], [0.145, 0.28], [0.115, 0.01], [0, 0.01]]), [0.3, 0.3, 0.28], [0, 0, 0.14], "body"),
    part("rim", "torus", [0.31, 0.31, 0.012], [0, 0, 0.28], "rim"),
    part("water", "cylinder", [0.27, 0.27, 0.01], [0, 0, 0.22], "water"),
    rod("handle", [-0.15, 0, 0.27], [0, 0, 0.42], 0.008, "handle"),
    rod("handle_2", [0.15, 0, 0.27], [0, 0, 0.42], 0.008, "handle"),
  ],
});

/** A stovetop kettle standing on the hob: a domed body, a lid with a knob, a spout and an arched top handle. */
const kettle = defineKind({
  name: "kettle",
  synonyms: ["tea kettle", "teakettle", "electric kettle", "stovetop kettle", "whistling kettle"],
  category: "kitchenware",
  roles: {
    body: { words: ["body", "belly"], material: "steel", body: true },
    lid: { words: ["lid", "cover", "top"], material: "steel", body: true },
    knob: { words: ["knob"], material: "plastic", color: "black" },
    spout: { words: ["spout", "nozzle"], material: "steel", body: true },
    handle: { words: ["handle", "grip"], material: "plastic", color: "black" },
  },
  parts: [
    part("body", lathe([[0, 0], [0.1, 0], [0.11, 0.04], [0.1, 0.12], [0.06, 0.17], [0, 0.17]]), [0.22, 0.22, 0.17], [0, 0, 0.085], "body"),
    part("lid", "hemisphere", [0.12, 0.12, 0.025], [0, 0, 0.165], "lid"),
    part("knob", "sphere", [0.03, 0.03, 0.025], [0, 0, 0.195], "knob"),
    { ...rod("spout", [0.08, 0, 0.05], [0.17, 0, 0.15], 0.035, "spout"), shape: taper(0.5) },
    rod("handle_post", [-0.06, 0, 0.15], [-0.06, 0, 0.25], 0.018, "handle"),
    rod("handle_post_2", [0.05, 0, 0.15], [0.05, 0, 0.25], 0.018, "handle"),
    rod("handle", [-0.07, 0, 0.25], [0.06, 0, 0.25], 0.026, "handle"),
  ],
});

/** A frying pan flat on the hob: a shallow round pan and a long handle off to the side. */
const fryingPan = defineKind({
  name: "frying pan",
  synonyms: ["skillet", "frypan", "fry pan", "pan", "cast iron pan", "cast iron skillet", "nonstick pan"],
  category: "kitchenware",
  roles: {
    body: { words: ["body", "pan", "base", "side", "rim"], material: "iron", body: true },
    handle: { words: ["handle", "grip"], material: "plastic", color: "black" },
    food: { words: ["egg", "food"], material: "ceramic", color: "white", optional: "off" },
  },
  parts: [
    part("body", lathe([[0, 0], [0.12, 0], [0.14, 0.05], [0.133, 0.05], [0.115, 0.008], [0, 0.008]]), [0.28, 0.28, 0.05], [0, 0, 0.025], "body"),
    part("rim", "torus", [0.285, 0.285, 0.01], [0, 0, 0.05], "body"),
    rod("handle", [0.13, 0, 0.04], [0.34, 0, 0.07], 0.026, "handle"),
    part("food", "cylinder", [0.1, 0.1, 0.008], [0, 0, 0.012], "food"),
  ],
});

/** A cooking pot on the hob: a straight-sided steel pot, a lid with a knob and two side handles. */
const saucepan = defineKind({
  name: "saucepan",
  synonyms: ["sauce pan", "pot", "cooking pot", "stock pot", "stockpot", "soup pot", "casserole pot", "dutch oven"],
  category: "kitchenware",
  roles: {
    body: { words: ["body", "side", "pot"], material: "steel", body: true },
    lid: { words: ["lid", "cover", "top"], material: "steel", body: true, optional: "on" },
    knob: { words: ["knob"], material: "plastic", color: "black" },
    handle: { words: ["handle", "grip"], material: "steel", body: true },
  },
  // The knob is its own part (black, recolourable: "a red knob") but leaves with the lid it sits on.
  parts: (p) => [
    part("body", lathe([[0, 0], [0.1, 0], [0.1, 0.15], [0.095, 0.15], [0.095, 0.008], [0, 0.008]]), [0.2, 0.2, 0.15], [0, 0, 0.075], "body"),
    part("lid", "hemisphere", [0.205, 0.205, 0.025], [0, 0, 0.15], "lid"),
    ...(p.has("lid") ? [part("knob", "sphere", [0.035, 0.035, 0.025], [0, 0, 0.178], "knob")] : []),
    ...[-1, 1].map((s, i) => part(`handle_${i + 1}`, "torus", [0.05, 0.05, 0.012], [s * 0.1, 0, 0.125], "handle", { rot: [0, 0, 0] })),
  ],
});

/** A glass storage jar with a screw lid, standing upright. */
const jar = defineKind({
  name: "jar",
  synonyms: ["glass jar", "mason jar", "jam jar", "cookie jar", "storage jar", "honey jar", "pickle jar"],
  category: "container",
  roles: {
    body: { words: ["body", "jar", "side"], material: "glass", body: true },
    lid: { words: ["lid", "cap", "top"], material: "metal", color: "gold", optional: "on" },
    label: { words: ["label", "sticker"], material: "paper", color: "white" },
    contents: { words: ["contents", "jam", "honey", "cookie"], material: "ceramic", color: "red", optional: "off" },
  },
  parts: [
    part("body", lathe([[0, 0], [0.045, 0], [0.05, 0.02], [0.05, 0.1], [0.038, 0.12], [0.038, 0.135], [0.035, 0.135], [0.046, 0.1], [0.046, 0.005], [0, 0.005]]), [0.1, 0.1, 0.135], [0, 0, 0.0675], "body"),
    part("lid", "cylinder", [0.082, 0.082, 0.018], [0, 0, 0.14], "lid"),
    part("label", "cylinder", [0.102, 0.102, 0.05], [0, 0, 0.06], "label"),
    part("contents", "cylinder", [0.09, 0.09, 0.08], [0, 0, 0.046], "contents"),
  ],
});

/** A wooden rolling pin lying on the counter: a long turned barrel with a handle at each end. */
const rollingPin = defineKind({
  name: "rolling pin",
  synonyms: ["rollingpin", "pastry roller"],
  category: "kitchenware",
  roles: {
    body: { words: ["barrel", "roller", "body"], material: "wood", body: true },
    handle: { words: ["handle", "grip"], material: "wood", body: true },
  },
  parts: [
    part("barrel", "cylinder", [0.06, 0.06, 0.26], [0, 0, 0.03], "body", { rot: [0, HALF_PI, 0] }),
    ...[-1, 1].map((s, i) => part(`handle_${i + 1}`, "capsule", [0.028, 0.028, 0.1], [s * 0.17, 0, 0.03], "handle", { rot: [0, HALF_PI, 0] })),
  ],
});

/** Kitchenware, tableware, food and drink, and containers, as declarative kinds (see define-kind.ts). */
export const KITCHEN_KINDS: SubjectDef[] = [bucket, kettle, fryingPan, saucepan, jar, rollingPin];
