import type { Task } from "@/lib/generated/prisma/client";
import { mapRoles, type EffectiveLlmSettings } from "@/lib/llm/types";
import { PermanentTaskError } from "@/worker/pipeline/errors";
import { storeVersion } from "@/worker/pipeline/store-version";
import type { TaskContext } from "@/worker/pipeline/task-context";
import { retrievePassages } from "@/worker/rag/retrieve-passages";
import { agentBudgets, type AgentRuntime } from "./agent-runtime";
import { AgentTrail } from "./agent-trail";
import { codeUntilItRuns, type BuiltCode } from "./code-until-it-runs";
import { firstCoderMessage, fixMessage } from "./coder-messages";
import { amendPlan } from "./amend-plan";
import { critiqueBuild } from "./critique-build";
import type { Problem } from "./llm-schemas";
import { loadBaseVersion } from "@/worker/pipeline/load-base-version";
import { planWithLlm } from "./plan-with-llm";
import { loadReference } from "./reference-image";
import { verifyBuild } from "./verify-build";
import { readImportParams } from "@/lib/imports/import-plan";
import { attachBaseOriginal } from "@/worker/imports/attach-base-original";

/** The LLM agent loop for one task: plan → retrieve → code (+repairs) → render views → critique → fix → verify → store. */
export async function runAgentPipeline({ ctx, task, settings, timeoutMs }: { ctx: TaskContext; task: Task; settings: EffectiveLlmSettings; timeoutMs: number }) {
  const rt: AgentRuntime = { ctx, settings, trail: new AgentTrail(), budgets: agentBudgets() };
  const { trail } = rt;
  const endpoints = mapRoles((role) => ({ provider: settings.endpoints[role].provider, base_url: settings.endpoints[role].baseUrl })); // never the keys
  trail.event("settings", { provider: settings.provider, base_url: settings.baseUrl, models: settings.models, endpoints, vision: settings.vision, source: settings.source });

  await ctx.stage("planning", 10);
  const reference = await loadReference({ task, settings });
  if (reference) trail.event("reference_image", { media_type: reference.part.mediaType, width: reference.width, height: reference.height });
  const base = task.type === "refine" ? await loadBaseVersion(task) : undefined;
  if (base) trail.event("refinement", { base_version: base.number, feedback: task.feedback, preserve: task.preserveAspects });
  let plan = await planWithLlm({ rt, task, base: base?.plan, reference });
  // A refined import is still rebuilt from its original: keep the import's parameters and give its runs the file.
  const imported = base && readImportParams(base.plan);
  if (imported) plan.params = { ...(plan.params ?? {}), import: imported };
  const releaseOriginal = base ? await attachBaseOriginal({ ctx, attempt: task.attempts, base }) : null;
  try {
    await ctx.stage("retrieving", 15);
    const passages = retrievePassages({ plan });
    trail.event("retrieval", { passages: passages.map((p) => p.id) });

    const first = firstCoderMessage({ plan, passages, quality: task.qualityLevel, base: base && { code: base.code, feedback: task.feedback ?? "" } });
    let current: BuiltCode = await codeUntilItRuns({ rt, task, plan, messages: [first], purpose: base ? "refine-code" : "code", timeoutMs, progress: 20 });
    try {
      const raised: Problem[] = [];
      for (let round = 1; round <= rt.budgets.maxCriticRounds; round++) {
        await ctx.stage("critiquing", 55);
        const critique = await critiqueBuild({ rt, plan, build: current.build, reference });
        trail.event("critique", { round, source: critique.source, problems: critique.problems, summary: critique.summary });
        if (critique.problems.length === 0) break;
        raised.push(...critique.problems);
        // The plan wins over a fix's words: changes the critic made explicit amend it, and the version keeps that plan.
        const amended = amendPlan(plan, critique.problems);
        if (amended.applied.length || amended.refused.length) trail.event("plan_amended", { round, applied: amended.applied, refused: amended.refused });
        try {
          const fixed = await codeUntilItRuns({ rt, task, plan: amended.plan, messages: [fixMessage({ plan: amended.plan, passages, code: current.code, problems: critique.problems, amendments: amended.applied })], purpose: `fix-${round}`, timeoutMs, progress: 60 });
          await current.build.cleanup();
          current = fixed;
          plan = amended.plan;
        } catch (err) {
          // A fix that never runs must not lose the model that did: keep it and let the verifier judge it.
          if (!(err instanceof PermanentTaskError && err.code === "llm_code_failed")) throw err;
          trail.event("fix_failed", { round, error: err.message });
          break;
        }
      }
      await ctx.stage("verifying", 85);
      const verdict = await verifyBuild({ rt, plan, build: current.build, raised, reference });
      trail.event("verification", { source: verdict.source, score: verdict.score, checks: verdict.checks });
      await ctx.stage("saving", 95);
      const draft = { plan, code: current.code, provider: settings.provider, result: current.build.result, outDir: current.build.outDir, score: verdict.score, reasons: verdict.reasons, trail: trail.finish() };
      return await storeVersion({ ctx, task, draft });
    } finally {
      await current.build.cleanup();
    }
  } finally {
    await releaseOriginal?.();
  }
}
