import type { ModelMessage } from "ai";
import type { Task } from "@/lib/generated/prisma/client";
import type { Plan } from "@/lib/validations/plan";
import type { BlenderError, BlenderErrorKind } from "@/worker/blender/types";
import { blenderFailure, tryBuildInBlender, type BlenderBuild } from "@/worker/pipeline/build-in-blender";
import { PermanentTaskError } from "@/worker/pipeline/errors";
import { formatPassages, retrievePassages } from "@/worker/rag/retrieve-passages";
import type { AgentRuntime } from "./agent-runtime";
import { generateReply } from "./generate-structured";
import { extractCode } from "./parse-output";
import { namingProblem } from "./naming-problem";
import { CODER_SYSTEM } from "./prompts";

/** Views rendered around the model for the critic and the verifier. */
export const CRITIC_VIEWS = 4;
// Failures the coder can fix by changing its script; the rest (crash, no sandbox, canceled) are not about the code.
const REPAIRABLE = new Set<BlenderErrorKind>(["static_check", "python_error", "empty_scene", "export_failed", "timeout", "limit_exceeded"]);

/** Script that ran, with the build it produced. */
export interface BuiltCode {
  code: string;
  build: BlenderBuild;
}

/** A Blender failure as the coder needs it: kind, message, line and traceback. */
export function describeBlenderError(error: BlenderError | undefined): string {
  if (!error) return "Blender failed without a report.";
  const lines = [`Kind: ${error.kind}`, `Message: ${error.message}`];
  if (error.line) lines.push(`Line: ${error.line}`);
  if (error.traceback) lines.push(`Traceback:\n${error.traceback}`);
  return lines.join("\n");
}

/**
 * The coder writes a script, Blender (sandboxed, untrusted) runs it; lint violations and tracebacks go back to the
 * coder for repair, up to the repair budget, and so do objects not named after the plan. Returns the first script
 * that built with the plan's names (or, once the budget is spent on naming alone, the last one that built).
 */
export async function codeUntilItRuns({ rt, task, plan, messages, purpose, timeoutMs, progress }: { rt: AgentRuntime; task: Task; plan: Plan; messages: ModelMessage[]; purpose: string; timeoutMs: number; progress: number }): Promise<BuiltCode> {
  const { ctx, trail, budgets } = rt;
  const convo = [...messages];
  for (let attempt = 0; ; attempt++) {
    await ctx.stage("coding", progress);
    const reply = await generateReply({ rt, request: { role: "coder", purpose: attempt ? `${purpose}-repair` : purpose, system: CODER_SYSTEM, messages: convo } });
    const code = extractCode(reply);
    let failure = "Your reply contained no ```python code block with the script.";
    if (code) {
      const run = await tryBuildInBlender({ ctx, task, code, timeoutMs: Math.min(timeoutMs, 120_000), untrusted: true, views: CRITIC_VIEWS, label: `${purpose}-${attempt}`, progress: progress + 5 });
      const result = run.ok ? run.build.result : run.result;
      trail.blender({ purpose, ok: run.ok, ms: result.timings.total_ms, error: result.error ?? null, ...(run.ok ? { stats: { meshes: result.stats?.meshes, triangles: result.stats?.triangles } } : {}) });
      if (run.ok) {
        const naming = namingProblem(plan, run.build.result.stats);
        if (!naming) return { code, build: run.build };
        // A model that runs is kept when the budget is spent: the critic and the score see the unmatched names.
        if (attempt >= budgets.maxRepairs) {
          trail.event("names_unmatched", { purpose, message: naming });
          return { code, build: run.build };
        }
        await run.build.cleanup();
        failure = naming;
      } else {
        if (!result.error || !REPAIRABLE.has(result.error.kind)) throw blenderFailure(result, ctx.signal);
        failure = `The script failed in Blender.\n${describeBlenderError(result.error)}`;
      }
    }
    if (attempt >= budgets.maxRepairs) {
      throw new PermanentTaskError("llm_code_failed", `The coder's script still failed after ${attempt} repair attempt(s). Last error: ${failure.replace(/\s+/g, " ").slice(0, 600)}`);
    }
    // Notes picked for this error (the contract passages are already in the first message).
    const notes = formatPassages(retrievePassages({ extra: failure, limit: 2 }).slice(-2));
    convo.push(
      { role: "assistant", content: reply },
      { role: "user", content: `${failure}\n\nRelevant Blender notes:\n${notes}\n\nFix the problem and reply with the complete corrected script in one \`\`\`python block.` },
    );
  }
}
