import { describe, expect, it } from "vitest";
import { planFromPrompt } from "@/lib/modeler/plan-from-prompt";
import { loadKnowledge } from "@/worker/rag/load-knowledge";
import { retrievePassages } from "@/worker/rag/retrieve-passages";

const ids = (prompt: string) => retrievePassages({ plan: planFromPrompt({ prompt, quality: "standard" }) }).map((p) => p.id);

describe("BlenderRAG knowledge base", () => {
  it("ships 30+ passages, each with a title, tags and text, with unique ids", () => {
    const passages = loadKnowledge();
    expect(passages.length).toBeGreaterThanOrEqual(30);
    expect(new Set(passages.map((p) => p.id)).size).toBe(passages.length);
    for (const p of passages) {
      expect(p.title.length, p.id).toBeGreaterThan(3);
      expect(p.tags.length, p.id).toBeGreaterThan(3);
      expect(p.text.length, p.id).toBeGreaterThan(100);
    }
  });

  it("always gives the coder the harness contract, the static-check rules and the material basics", () => {
    const got = ids("a red wooden chair");
    expect(got.slice(0, 3)).toEqual(["01-harness#harness-contract-what-your-script-must-do", "01-harness#what-the-static-check-forbids", "05-materials#creating-a-principled-bsdf-material"]);
  });

  it.each([
    ["a red wooden chair", "08-recipes#recipe-chair-or-stool"],
    ["a blue mug", "08-recipes#recipe-mug-cup-vase"],
    ["a glass vase", "05-materials#glass-transparency-and-emission"],
    ["a low-poly tree", "08-recipes#low-poly-style"],
    ["a low-poly tree", "08-recipes#recipe-tree-and-plants"],
    ["a car", "08-recipes#recipe-vehicle"],
  ])("finds what %s needs (%s)", (prompt, expected) => {
    expect(ids(prompt)).toContain(expected);
  });

  it("finds notes for an error the coder must repair", () => {
    const got = retrievePassages({ extra: "Kind: python_error\nMessage: KeyError: 'bpy_prop_collection[key]: key \"Base Colour\" not found' Traceback", limit: 2 }).map((p) => p.id);
    expect(got).toContain("01-harness#reading-a-blender-traceback-from-the-harness");
    const lint = retrievePassages({ extra: "static_check: import of 'os' is not allowed", limit: 2 }).map((p) => p.id);
    expect(lint).toContain("01-harness#what-the-static-check-forbids");
  });
});
