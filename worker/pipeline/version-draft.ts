import type { Plan } from "@/lib/validations/plan";
import type { BlenderResult } from "@/worker/blender/types";

/** What a pipeline hands to storeVersion: the result of its last good run and how it was judged. */
export interface VersionDraft {
  plan: Plan;
  code: string;
  provider: string;
  result: BlenderResult;
  /** The run's output folder (local scratch); its files become the version's objects. */
  outDir: string;
  score: number;
  reasons: { severity: string; message: string }[];
  trail?: unknown[];
}
