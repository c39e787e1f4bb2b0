import type { Plan } from "@/lib/validations/plan";
import { critiqueScene, type Finding } from "@/worker/critic/geometric-critic";
import type { BlenderBuild } from "@/worker/pipeline/build-in-blender";
import type { AgentRuntime } from "./agent-runtime";
import { reviewImages, viewImages } from "./critique-build";
import type { Reference } from "./reference-image";
import { generateStructured } from "./generate-structured";
import { scoreOnlySchema, verdictSchema, type Problem, type Verdict } from "./llm-schemas";
import { describeStats, listProblems, planJson, VERIFIER_SCORE_SYSTEM, VERIFIER_SYSTEM } from "./prompts";

/** The verifier's result as stored on the version. */
export interface Verification {
  source: "vision" | "geometric";
  score: number;
  reasons: Finding[];
  checks: Verdict["checks"];
}

/** The verifier: was each raised problem resolved, and the version's quality score 0-10 with reasons. */
export async function verifyBuild({ rt, plan, build, raised, reference = null }: { rt: AgentRuntime; plan: Plan; build: BlenderBuild; raised: Problem[]; reference?: Reference | null }): Promise<Verification> {
  if (!rt.settings.vision) {
    const c = critiqueScene({ plan, stats: build.result.stats, partSizes: true });
    const open = new Set(c.reasons.map((r) => r.message));
    return { source: "geometric", score: c.score, reasons: c.reasons, checks: raised.map((p) => ({ issue: p.issue, resolved: !open.has(p.issue), note: "" })) };
  }
  const { images, caption } = reviewImages(await viewImages(build), reference);
  // Only what applies: with problems raised, check each off; with none, there is nothing to check, only a score.
  const asked = raised.length ? `\n\nProblems raised earlier:\n${listProblems(raised)}` : "";
  const text = `Plan:\n${planJson(plan)}\n\nWhat the script built:\n${describeStats(build.result.stats)}${asked}\n\n${caption}`;
  const request = { role: "critic" as const, purpose: "verify", system: raised.length ? VERIFIER_SYSTEM : VERIFIER_SCORE_SYSTEM, messages: [{ role: "user" as const, content: [{ type: "text" as const, text }, ...images] }] };
  const verdict: Verdict = raised.length
    ? await generateStructured({ rt, schema: verdictSchema, request })
    : { checks: [], ...(await generateStructured({ rt, schema: scoreOnlySchema, request })) };
  const reasons: Finding[] = [
    ...verdict.reasons.map((message) => ({ severity: "info" as const, message })),
    ...verdict.checks.filter((c) => !c.resolved).map((c) => ({ severity: "warning" as const, message: `Unresolved: ${c.issue}${c.note ? ` (${c.note})` : ""}` })),
  ];
  return { source: "vision", score: Math.round(verdict.score * 10) / 10, reasons, checks: verdict.checks };
}
