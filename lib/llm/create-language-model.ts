import { createAnthropic } from "@ai-sdk/anthropic";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { LanguageModel } from "ai";
import type { EffectiveLlmSettings, LlmRole } from "@/lib/llm/types";

/**
 * The base URL @ai-sdk/anthropic expects: it posts to `${baseURL}/messages`, while Anthropic's own SDKs (and
 * ANTHROPIC_BASE_URL, and proxies documented for them) name the bare origin, which would 404 on `/messages`.
 */
export function anthropicBaseUrl(url: string): string {
  const u = new URL(url);
  return u.pathname.replace(/\/+$/, "") === "" ? `${u.origin}/v1` : url;
}

/** The AI SDK model for one role, at that role's endpoint; throws when the role has no model configured. */
export function createLanguageModel({ settings, role }: { settings: EffectiveLlmSettings; role: LlmRole }): { model: LanguageModel; modelId: string } {
  const modelId = settings.models[role];
  const { provider, baseUrl, apiKey } = settings.endpoints[role];
  if (!modelId) throw new Error(`No ${role} model is configured for provider ${provider}; set one in Settings or LL3M_LLM_MODEL.`);
  if (provider === "anthropic") {
    // An empty key (not undefined) keeps the SDK from falling back to the worker's own ANTHROPIC_API_KEY.
    const anthropic = createAnthropic({ baseURL: anthropicBaseUrl(baseUrl ?? "https://api.anthropic.com"), apiKey: apiKey ?? "" });
    return { model: anthropic(modelId), modelId };
  }
  if (provider === "openai-compatible") {
    // json_object mode (not json_schema) is what Ollama, vLLM, LM Studio and OpenRouter all accept; the prompt carries the shape.
    const openai = createOpenAICompatible({
      name: "openai-compatible",
      baseURL: baseUrl ?? "https://api.openai.com/v1",
      apiKey: apiKey ?? undefined,
      includeUsage: true,
      supportsStructuredOutputs: false,
    });
    return { model: openai.chatModel(modelId), modelId };
  }
  throw new Error("The built-in modeler has no language model.");
}
