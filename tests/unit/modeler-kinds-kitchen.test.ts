import { describe, expect, it } from "vitest";
import type { Plan } from "@/lib/validations/plan";
import { planFromPrompt } from "@/lib/modeler/plan-from-prompt";

const plan = (prompt: string) => planFromPrompt({ prompt, quality: "draft" });
const named = (p: Plan, name: string) => p.parts.find((x) => x.name === name);
const colorOf = (p: Plan, name: string) => named(p, name)?.material.color_name;

describe("kitchen kinds: each word builds its own object", () => {
  it.each([
    ["a kettle", "kettle"], ["a tea kettle", "kettle"], ["a frying pan", "frying pan"], ["a skillet", "frying pan"], ["a pan", "frying pan"],
    ["a saucepan", "saucepan"], ["a cooking pot", "saucepan"], ["a stock pot", "saucepan"], ["a jar", "jar"], ["a mason jar", "jar"], ["a rolling pin", "rolling pin"],
  ])("%s → %s", (prompt, subject) => expect(plan(prompt).subject).toBe(subject));

  it("a red kettle paints the body and keeps the black handle; a handle colour lands on the handle", () => {
    const p = plan("a red kettle");
    expect(colorOf(p, "body")).toBe("red");
    expect(colorOf(p, "handle")).toBe("black");
    expect(colorOf(plan("a kettle with a white handle"), "handle")).toBe("white");
  });

  it("a cooking pot without a lid drops the lid and its knob; a jar without a lid has none", () => {
    const p = plan("a cooking pot without a lid");
    expect(named(p, "lid")).toBeUndefined();
    expect(named(p, "knob")).toBeUndefined();
    expect(named(plan("a mason jar without a lid"), "lid")).toBeUndefined();
  });

  it("a teapot keeps its own pot word, and a person keeps a chest", () => {
    expect(plan("a teapot with a red pot").subject).toBe("teapot");
    expect(plan("a person with a red chest").subject).toBe("person");
  });
});

describe("saucepan knob and a witches hat", () => {
  it("a saucepan with a red knob has a red knob on a steel lid, and none without a lid", () => {
    const withKnob = planFromPrompt({ prompt: "a saucepan with a red knob", quality: "draft" });
    expect(withKnob.parts.find((p) => p.name === "knob")!.material.color_name).toBe("red");
    expect(withKnob.parts.find((p) => p.name === "lid")!.material.name).toBe("steel");
    const open = planFromPrompt({ prompt: "a saucepan without a lid", quality: "draft" });
    expect(open.parts.map((p) => p.name)).not.toContain("knob");
  });

  it("a witches hat is the hat, not a traffic cone", () => {
    expect(planFromPrompt({ prompt: "a witches hat", quality: "draft" }).subject).toBe("witch hat");
  });
});
