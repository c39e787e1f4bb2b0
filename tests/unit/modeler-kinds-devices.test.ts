import { describe, expect, it } from "vitest";
import type { Plan } from "@/lib/validations/plan";
import { planFromPrompt } from "@/lib/modeler/plan-from-prompt";

const plan = (prompt: string) => planFromPrompt({ prompt, quality: "draft" });
const named = (p: Plan, name: string) => p.parts.find((x) => x.name === name);
const colorOf = (p: Plan, name: string) => named(p, name)?.material.color_name;

describe("device kinds: each word builds its own object", () => {
  it.each([
    ["a smartphone", "smartphone"], ["a mobile phone", "smartphone"], ["a cell phone", "smartphone"], ["an iphone", "smartphone"],
    ["a laptop", "laptop"], ["a notebook computer", "laptop"], ["a computer monitor", "computer monitor"], ["a monitor", "computer monitor"],
    ["a display", "computer monitor"], ["a computer keyboard", "computer keyboard"], ["a computer mouse", "computer mouse"],
    ["headphones", "headphones"], ["over-ear headphones", "headphones"], ["a headset", "headphones"], ["a camera", "camera"], ["a dslr", "camera"],
    ["a radio", "radio"], ["a transistor radio", "radio"], ["a television", "television"], ["a tv", "television"], ["a flat-screen tv", "television"],
    ["a game controller", "game controller"], ["a gamepad", "game controller"], ["a loudspeaker", "loudspeaker"], ["a speaker", "loudspeaker"],
    ["a bluetooth speaker", "loudspeaker"], ["a microphone", "microphone"], ["a mic", "microphone"], ["a studio microphone", "microphone"],
  ])("%s → %s", (prompt, subject) => expect(plan(prompt).subject).toBe(subject));

  it.each(["a phone", "a mouse", "a keyboard", "a mobile"])("%s is too ambiguous to build a device", (prompt) => {
    expect(plan(prompt).recognized).toBe(false);
  });
});

describe("device colours and parts", () => {
  it("a red smartphone paints the body and buttons and keeps the black screen; a screen colour lands on the screen", () => {
    const p = plan("a red smartphone");
    expect(colorOf(p, "body")).toBe("red");
    expect(colorOf(p, "power_button")).toBe("red");
    expect(colorOf(p, "screen")).toBe("black");
    expect(colorOf(plan("a laptop with a blue screen"), "screen")).toBe("blue");
  });

  it("a white game controller keeps black thumbsticks and its coloured face buttons; red buttons are red", () => {
    const p = plan("a white game controller");
    expect(colorOf(p, "body")).toBe("white");
    expect(colorOf(p, "stick_1")).toBe("black");
    expect(["green", "red", "yellow", "blue"].map((_, i) => colorOf(p, `button_${i + 1}`))).toEqual(["green", "red", "yellow", "blue"]);
    expect(colorOf(plan("a game controller with red buttons"), "button_1")).toBe("red");
  });

  it("a white television keeps its black screen and a silver stand is silver", () => {
    const p = plan("a white television");
    expect(colorOf(p, "housing")).toBe("white");
    expect(colorOf(p, "screen")).toBe("black");
    expect(colorOf(plan("a tv with a silver stand"), "base")).toBe("silver");
  });

  it("optional parts come and go: a radio's antenna, a speaker's grille, a mouse's cable, a headset's mic", () => {
    expect(named(plan("a radio"), "antenna")).toBeDefined();
    expect(named(plan("a radio without an antenna"), "antenna")).toBeUndefined();
    expect(named(plan("a speaker"), "grille")).toBeUndefined();
    expect(named(plan("a speaker with a grille"), "grille")).toBeDefined();
    expect(named(plan("a computer mouse with a cable"), "cable")).toBeDefined();
    expect(named(plan("headphones"), "mic")).toBeUndefined();
    expect(named(plan("a headset"), "mic")).toBeDefined();
  });

  it("a foam windscreen replaces the microphone's mesh head instead of burying it", () => {
    const p = plan("a microphone with a foam windscreen");
    expect(named(p, "windscreen")).toBeDefined();
    expect(named(p, "grille")).toBeUndefined();
  });
});

describe("device words do not take over their neighbours", () => {
  it("a piano's keyboard stays the piano's, and a computer keyboard is never a piano", () => {
    const p = plan("a piano with a red keyboard");
    expect(p.subject).toBe("piano");
    expect(colorOf(p, "white_keys")).toBe("red");
    expect(plan("a computer keyboard").subject).toBe("computer keyboard");
  });

  it("a camera or a display after a phone or a laptop is its own object, not a part", () => {
    expect(plan("a smartphone and a camera").parts.some((x) => x.name.endsWith("_lens"))).toBe(true);
    expect(plan("a laptop and a display").parts.some((x) => x.name.endsWith("_housing"))).toBe(true);
  });

  it("the phone booth keeps its phone and a radio tower is not a radio", () => {
    expect(plan("a phone booth with a red phone").subject).toBe("phone booth");
    expect(plan("a radio tower").recognized ? plan("a radio tower").subject : null).not.toBe("radio");
  });
});
