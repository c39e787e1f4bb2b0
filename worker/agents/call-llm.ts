import { performance } from "node:perf_hooks";
import type { LanguageModel, LanguageModelUsage, ModelMessage } from "ai";
import { createLanguageModel } from "@/lib/llm/create-language-model";
import type { LlmRole } from "@/lib/llm/types";
import { PermanentTaskError } from "@/worker/pipeline/errors";
import type { AgentRuntime } from "./agent-runtime";
import { classifyLlmError, exhausted } from "./llm-errors";

// json_object mode without a schema is our choice for OpenAI-compatible servers (the prompt carries the shape),
// so the SDK's warning about it is noise; other warnings still reach the worker's log.
(globalThis as { AI_SDK_LOG_WARNINGS?: unknown }).AI_SDK_LOG_WARNINGS = ({ warnings }: { warnings: { type: string; feature?: string }[] }) => {
  for (const w of warnings) if (w.feature !== "responseFormat") console.warn(`[ai-sdk] ${JSON.stringify(w)}`);
};

/** One request to a role's model: the system prompt and the conversation so far. */
export interface LlmRequest {
  role: LlmRole;
  purpose: string;
  system: string;
  messages: ModelMessage[];
}

/** What a call produced: the value for the pipeline and the raw text for the trail. */
export interface LlmOutcome<T> {
  value: T;
  text: string;
  usage?: LanguageModelUsage;
}

/** The prompt as text for the trail; images are named, not copied. */
export function describePrompt(system: string, messages: ModelMessage[]): string {
  const parts = [`[system]\n${system}`];
  for (const m of messages) {
    const content = typeof m.content === "string"
      ? m.content
      : m.content.map((p) => (p.type === "text" ? p.text : p.type === "image" ? `[image ${p.mediaType ?? ""} ${p.image instanceof Uint8Array ? p.image.byteLength : "?"} bytes]` : `[${p.type}]`)).join("\n");
    parts.push(`[${m.role}]\n${content}`);
  }
  return parts.join("\n\n");
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });
}

/**
 * Runs one LLM request with a per-call timeout, the task's abort signal, retries with backoff for 429/5xx/timeouts
 * (honouring Retry-After), and a trail entry per attempt. Provider errors end as clear task errors, never a hang.
 */
export async function callLlm<T>({ rt, request, run }: { rt: AgentRuntime; request: LlmRequest; run: (args: { model: LanguageModel; signal: AbortSignal }) => Promise<LlmOutcome<T>> }): Promise<T> {
  const { ctx, settings, trail, budgets } = rt;
  let created: ReturnType<typeof createLanguageModel>;
  try {
    created = createLanguageModel({ settings, role: request.role });
  } catch (err) {
    throw new PermanentTaskError("llm_not_configured", (err as Error).message);
  }
  const { provider, baseUrl } = settings.endpoints[request.role];
  const who = `The ${request.role} model "${created.modelId}" (${provider}) at ${baseUrl}`;
  const prompt = describePrompt(request.system, request.messages);
  for (let attempt = 1; ; attempt++) {
    ctx.checkAlive();
    const timeout = AbortSignal.timeout(budgets.callTimeoutMs);
    const started = performance.now();
    const base = { role: request.role, purpose: request.purpose, provider, base_url: baseUrl, model: created.modelId, attempt, prompt };
    try {
      const out = await run({ model: created.model, signal: AbortSignal.any([ctx.signal, timeout]) });
      const latency = Math.round(performance.now() - started);
      trail.llm({ ...base, response: out.text, tokens: { input: out.usage?.inputTokens ?? null, output: out.usage?.outputTokens ?? null }, latency_ms: latency, error: null });
      return out.value;
    } catch (err) {
      const latency = Math.round(performance.now() - started);
      const failure = classifyLlmError({ err, who, timedOut: timeout.aborted && !ctx.signal.aborted, timeoutMs: budgets.callTimeoutMs });
      const text = (err as { text?: string }).text ?? null;
      trail.llm({ ...base, response: text, tokens: { input: null, output: null }, latency_ms: latency, error: failure.retry ? failure.detail : failure.error.message });
      ctx.checkAlive(); // canceled or timed out as a whole: stop quietly, whatever the request said
      if (!failure.retry) throw failure.error;
      if (attempt > budgets.maxRetries) throw exhausted({ why: failure.why, who, detail: failure.detail, tries: attempt });
      const backoff = failure.delayMs ?? Math.min(8000, 500 * 2 ** (attempt - 1)) * (0.75 + Math.random() / 2);
      const waitStart = performance.now();
      await sleep(backoff, ctx.signal);
      trail.waited(performance.now() - waitStart);
    }
  }
}
