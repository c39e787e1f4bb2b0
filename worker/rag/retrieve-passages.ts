import MiniSearch from "minisearch";
import type { Plan } from "@/lib/validations/plan";
import { loadKnowledge, type Passage } from "./load-knowledge";

// The coder always sees the contract and the lint rules: most failed runs break one of them.
const PINNED = ["01-harness#harness-contract-what-your-script-must-do", "01-harness#what-the-static-check-forbids"];
const MATERIALS = "05-materials#creating-a-principled-bsdf-material";
const STOPWORDS = new Set(["the", "and", "with", "for", "from", "into", "that", "this", "its", "part", "parts", "one", "two", "three", "four", "a", "an", "of", "on", "in", "to", "is", "be"]);

let cached: { index: MiniSearch<Passage>; byId: Map<string, Passage> } | undefined;

function knowledgeIndex() {
  if (cached) return cached;
  const passages = loadKnowledge();
  const index = new MiniSearch<Passage>({
    fields: ["title", "tags", "text"],
    storeFields: ["id"],
    searchOptions: { boost: { tags: 3, title: 2 }, prefix: true, fuzzy: 0.15, combineWith: "OR" },
  });
  index.addAll(passages);
  cached = { index, byId: new Map(passages.map((p) => [p.id, p])) };
  return cached;
}

/** Words that describe what the plan needs from Blender: subject, shapes, materials and their finishes. */
export function planQuery(plan: Plan): string {
  const words = [plan.subject, plan.name, plan.style ?? "", ...plan.materials, ...plan.colors, ...Object.keys(plan.counts)];
  for (const part of plan.parts) {
    words.push(part.name, part.shape, part.group ?? "", part.material.name);
    if (part.material.transmission > 0) words.push("glass transmission");
    if (part.material.emission > 0) words.push("emission glow");
    if (part.material.metallic > 0.5) words.push("metal");
  }
  if (Object.keys(plan.counts).length) words.push("loop count repeat");
  return words.join(" ");
}

function terms(text: string): string[] {
  const seen = new Set<string>();
  for (const w of text.toLowerCase().replace(/[^a-z0-9]+/g, " ").split(" ")) if (w.length > 2 && !STOPWORDS.has(w) && !/^\d+$/.test(w)) seen.add(w);
  return [...seen].slice(0, 80);
}

/** The passages most relevant to a plan (and optional extra text such as an error), pinned contract passages first. */
export function retrievePassages({ plan, extra = "", limit = 6 }: { plan?: Plan; extra?: string; limit?: number }): Passage[] {
  const { index, byId } = knowledgeIndex();
  const query = terms(`${plan ? planQuery(plan) : ""} ${extra}`).join(" ");
  const hits = query ? index.search(query) : [];
  // Every planned part needs a material, so a plan always brings the Principled BSDF basics.
  const chosen = plan ? [...PINNED, MATERIALS] : [...PINNED];
  const max = chosen.length + limit;
  for (const hit of hits) {
    if (chosen.length >= max) break;
    if (!chosen.includes(hit.id as string)) chosen.push(hit.id as string);
  }
  return chosen.map((id) => byId.get(id)).filter((p): p is Passage => Boolean(p));
}

/** Passages as one block of text for a prompt. */
export function formatPassages(passages: Passage[]): string {
  return passages.map((p) => `### ${p.title}\n${p.text}`).join("\n\n");
}
