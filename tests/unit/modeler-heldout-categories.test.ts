import { describe, expect, it } from "vitest";
import { planFromPrompt } from "@/lib/modeler/plan-from-prompt";
import { judgeHeldOut, loadCategoryCases } from "../helpers/heldout-categories";

// The set was written from the list of kind names alone; a miss is a gap in reading English, not a missing synonym.
const cases = loadCategoryCases();
const report = judgeHeldOut(cases, (c) => {
  const plan = planFromPrompt({ prompt: c.prompt, quality: "draft" });
  return plan.recognized ? plan.subject : null;
});
const inScope = Object.keys(report.byCategory).filter((k) => k !== "out-of-scope" && k !== "near-miss");

describe("categorised held-out prompts", () => {
  it("covers every category people ask for, with several prompts each", () => {
    expect(inScope.length).toBeGreaterThanOrEqual(17);
    for (const k of inScope) expect(report.byCategory[k].n, k).toBeGreaterThanOrEqual(8);
  });

  it("never builds a different object: out-of-scope prompts and near misses are refused or built as the thing meant", () => {
    expect(report.wrong.map((w) => `${w.prompt} → ${w.built} (meant ${w.subject ?? "nothing built"})`)).toEqual([]);
  });

  it.each(inScope)("builds most %s prompts as the object meant", (category) => {
    const row = report.byCategory[category];
    // At least three in four per category; the rest may be refused with a clear message, never built wrong.
    expect(row.right / row.n, JSON.stringify(row)).toBeGreaterThanOrEqual(0.75);
  });

  it("builds nine in ten of all everyday prompts right", () => {
    expect(report.heldout_subject_accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
