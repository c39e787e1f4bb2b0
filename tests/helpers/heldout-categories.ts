import { readFileSync } from "node:fs";

/**
 * The categorised held-out prompts (tests/fixtures/modeler-heldout-categories.json): written by someone who saw only
 * the list of kind names, never the modeler's synonyms or parser, the way users type to text-to-3D tools.
 */
export interface CategoryCase {
  category: string;
  prompt: string;
  /** The kind a person expects built; null when it must be refused (out of scope, or a near miss with no kind). */
  subject: string | null;
}

export type Outcome = "right" | "refused" | "wrong";

export interface HeldOutReport {
  byCategory: Record<string, { n: number; right: number; refused: number; wrong: number }>;
  /** Prompts built as another object than the one meant (or built at all when they should be refused). */
  wrong: Array<CategoryCase & { built: string }>;
  /** Of the prompts with an expected kind: the share built as that kind, and the share refused. */
  heldout_subject_accuracy: number;
  refused_rate: number;
  /** Of all prompts: the share built as a different object. */
  wrong_rate: number;
}

export function loadCategoryCases(file = "tests/fixtures/modeler-heldout-categories.json"): CategoryCase[] {
  return JSON.parse(readFileSync(file, "utf8")) as CategoryCase[];
}

/** A built subject (null: refused or failed) judged against the expected one. */
export function outcomeOf(expected: string | null, built: string | null): Outcome {
  if (built === expected) return "right";
  return built === null ? "refused" : "wrong";
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/** Tallies what each prompt became; `built(c)` is the subject it was built as, or null when refused. */
export function judgeHeldOut(cases: CategoryCase[], built: (c: CategoryCase) => string | null): HeldOutReport {
  const byCategory: HeldOutReport["byCategory"] = {};
  const wrong: HeldOutReport["wrong"] = [];
  let inScope = 0, right = 0, refused = 0;
  for (const c of cases) {
    const got = built(c);
    const outcome = outcomeOf(c.subject, got);
    const row = (byCategory[c.category] ??= { n: 0, right: 0, refused: 0, wrong: 0 });
    row.n++;
    row[outcome]++;
    if (outcome === "wrong") wrong.push({ ...c, built: got! });
    if (c.subject !== null) {
      inScope++;
      if (outcome === "right") right++;
      if (outcome === "refused") refused++;
    }
  }
  return {
    byCategory,
    wrong,
    heldout_subject_accuracy: round(right / Math.max(1, inScope)),
    refused_rate: round(refused / Math.max(1, inScope)),
    wrong_rate: round(wrong.length / Math.max(1, cases.length)),
  };
}
