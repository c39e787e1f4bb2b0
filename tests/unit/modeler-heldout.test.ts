import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Plan } from "@/lib/validations/plan";
import { readSceneSpec } from "@/lib/modeler/assemble-plan";
import { planFromPrompt } from "@/lib/modeler/plan-from-prompt";
import { colorRgb } from "@/lib/modeler/vocabulary/colors";

/**
 * Prompts written apart from the modeler's vocabulary (phrasing, order, commas, two colours, companions) and
 * never tuned one by one: a miss here is a gap in how the parser reads English, not a missing list entry.
 */
interface HeldOut {
  prompt: string;
  /** null: the modeler must refuse clearly, naming the words it did not know (`unknown`). */
  subject: string | null;
  unknown?: string[];
  /** Each colour is some part's base colour. */
  colors?: string[];
  /** Part name → colour name it must have. */
  partColors?: Record<string, string>;
  /** Material keys some part uses (by name suffix: "oak", "red_velvet"). */
  materials?: string[];
  counts?: Record<string, number>;
  /** How many of the main subject stand in the scene. */
  copies?: number;
  /** Companion subject → how many. */
  companions?: Record<string, number>;
  /** Versus the plain subject: "smaller", "larger" or "taller". */
  scale?: "smaller" | "larger" | "taller";
  /** Parts that must not be built ("no backrest"). */
  absent?: string[];
  /** Colours the prompt did not ask for (so "rose" must not be read as pink). */
  notAsked?: string[];
}

const cases: HeldOut[] = JSON.parse(readFileSync("tests/fixtures/modeler-heldout.json", "utf8"));
const plan = (prompt: string) => planFromPrompt({ prompt, quality: "draft" });
// Companion parts carry a "<subject><n>_" prefix; the main subject's parts do not.
const height = (p: Plan) => Math.max(...p.parts.filter((x) => !/^[a-z_]+\d+_/.test(x.name)).map((x) => x.position[2] + x.dimensions[2] / 2));
const sameRgb = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]) < 1e-3);

describe("held-out everyday prompts", () => {
  it("has at least 30 prompts", () => expect(cases.length).toBeGreaterThanOrEqual(30));

  it.each(cases.map((c) => [c.prompt, c] as const))("%s", (_, c) => {
    const p = plan(c.prompt);
    if (c.subject === null) {
      expect(p.recognized).toBe(false);
      for (const w of c.unknown ?? []) expect(p.unknown_words).toContain(w);
      return;
    }
    expect(p.subject).toBe(c.subject);
    const instances = readSceneSpec(p)!.instances;
    const own = instances.filter((s) => s.subject === c.subject).length;
    if (c.copies !== undefined) expect(own, "copies").toBe(c.copies);
    for (const [subject, n] of Object.entries(c.companions ?? {})) expect(instances.filter((s) => s.subject === subject).length, subject).toBe(n);
    for (const name of c.colors ?? []) {
      expect(p.parts.some((x) => sameRgb(x.material.base_color, colorRgb(name))), `a ${name} part`).toBe(true);
    }
    for (const [part, name] of Object.entries(c.partColors ?? {})) {
      const found = p.parts.find((x) => x.name === part);
      expect(found, `part ${part}`).toBeDefined();
      expect(sameRgb(found!.material.base_color, colorRgb(name)), `${part} is ${name}`).toBe(true);
    }
    for (const m of c.materials ?? []) {
      expect(p.parts.some((x) => x.material.name === m || x.material.name.endsWith(`_${m}`)), `a ${m} part`).toBe(true);
    }
    for (const [g, n] of Object.entries(c.counts ?? {})) expect(p.counts[g], g).toBe(n);
    for (const name of c.notAsked ?? []) expect(p.colors).not.toContain(name);
    for (const name of c.absent ?? []) expect(p.parts.map((x) => x.name)).not.toContain(name);
    if (c.scale) {
      const base = plan(`a ${c.subject}`);
      const [h, h0] = [height(p), height(base)];
      if (c.scale === "smaller") expect(h).toBeLessThan(h0 * 0.95);
      else expect(h).toBeGreaterThan(h0 * 1.05);
    }
  });
});
