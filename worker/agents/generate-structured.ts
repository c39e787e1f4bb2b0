import { generateObject, generateText, NoObjectGeneratedError } from "ai";
import { getEnv } from "@/lib/env";
import type { z } from "zod";
import { PermanentTaskError } from "@/worker/pipeline/errors";
import type { AgentRuntime } from "./agent-runtime";
import { callLlm, type LlmRequest } from "./call-llm";
import { describeIssues, parseJsonReply } from "./parse-output";

/** One plain-text request through callLlm. */
export function generateReply({ rt, request }: { rt: AgentRuntime; request: LlmRequest }): Promise<string> {
  return callLlm({
    rt,
    request,
    run: async ({ model, signal }) => {
      const r = await generateText({ model, system: request.system, messages: request.messages, abortSignal: signal, maxRetries: 0, maxOutputTokens: getEnv().LL3M_LLM_MAX_OUTPUT_TOKENS });
      return { value: r.text, text: r.text, usage: r.usage };
    },
  });
}

/** The problem in one short line: the schema's issues when some cause down the chain carries them (not the SDK's dump of the value). */
function whyUnusable(err: NoObjectGeneratedError): string {
  for (let cause: unknown = err.cause, depth = 0; cause && depth < 4; cause = (cause as { cause?: unknown }).cause, depth++) {
    if (Array.isArray((cause as { issues?: unknown }).issues)) return `the JSON does not match the required shape: ${describeIssues(cause as z.ZodError)}`;
  }
  return (err.cause as { message?: string } | undefined)?.message ?? err.message;
}

/**
 * A structured answer checked against `schema`: the provider's JSON mode when the settings allow it, else JSON in
 * plain text. A malformed answer gets one repair request naming the problem; a second one fails the task clearly.
 */
export async function generateStructured<T>({ rt, request, schema }: { rt: AgentRuntime; request: LlmRequest; schema: z.ZodType<T> }): Promise<T> {
  let bad: { text: string; error: string };
  if (rt.settings.structuredOutput) {
    try {
      return await callLlm({
        rt,
        request,
        run: async ({ model, signal }) => {
          const r = await generateObject({ model, schema, system: request.system, messages: request.messages, abortSignal: signal, maxRetries: 0, maxOutputTokens: getEnv().LL3M_LLM_MAX_OUTPUT_TOKENS });
          return { value: r.object as T, text: JSON.stringify(r.object), usage: r.usage };
        },
      });
    } catch (err) {
      if (!NoObjectGeneratedError.isInstance(err)) throw err;
      // Models often wrap good JSON in prose or a code fence even in JSON mode: read it out before asking again.
      const salvaged = err.text ? parseJsonReply(err.text, schema) : null;
      if (salvaged?.ok) {
        rt.trail.event("json_salvaged", { role: request.role, purpose: request.purpose });
        return salvaged.value;
      }
      bad = { text: err.text ?? "", error: whyUnusable(err) };
    }
  } else {
    const text = await generateReply({ rt, request });
    const parsed = parseJsonReply(text, schema);
    if (parsed.ok) return parsed.value;
    bad = { text, error: parsed.error };
  }
  const retry: LlmRequest = {
    ...request,
    purpose: `${request.purpose}-repair`,
    messages: [
      ...request.messages,
      { role: "assistant", content: bad.text || "(empty reply)" },
      { role: "user", content: `That reply could not be used: ${bad.error}. Answer again with only the corrected JSON object: no prose, no code fences.` },
    ],
  };
  const text = await generateReply({ rt, request: retry });
  const parsed = parseJsonReply(text, schema);
  if (parsed.ok) return parsed.value;
  throw new PermanentTaskError("llm_bad_output", `The ${request.role} model returned unusable output twice for the ${request.purpose} step: ${parsed.error}.`);
}
