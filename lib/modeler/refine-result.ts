import type { Plan } from "@/lib/validations/plan";

/** What a refinement returns; its own file so refine-plan.ts and refine-loose-plan.ts both import it, not each other. */
export interface RefineResult {
  plan: Plan;
  changes: string[];
  understood: boolean;
  unknown_words: string[];
  /** The feedback's words this refinement acted on, and those it did not (shown on the version and the task). */
  applied_terms: string[];
  unapplied_terms: string[];
}
