import { createAnthropic } from "@ai-sdk/anthropic";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { LanguageModel } from "ai";
import type { EffectiveLlmSettings, LlmRole } from "@/lib/llm/types";

/** The AI SDK model for one role under the given settings; throws when the role has no model configured. */
export function createLanguageModel({ settings, role }: { settings: EffectiveLlmSettings; role: LlmRole }): { model: LanguageModel; modelId: string } {
  const modelId = settings.models[role];
  if (!modelId) throw new Error(`No ${role} model is configured for provider ${settings.provider}; set one in Settings or LL3M_LLM_MODEL.`);
  if (settings.provider === "anthropic") {
    const anthropic = createAnthropic({ baseURL: settings.baseUrl ?? undefined, apiKey: settings.apiKey ?? "" });
    return { model: anthropic(modelId), modelId };
  }
  if (settings.provider === "openai-compatible") {
    // json_object mode (not json_schema) is what Ollama, vLLM, LM Studio and OpenRouter all accept; the prompt carries the shape.
    const provider = createOpenAICompatible({
      name: "openai-compatible",
      baseURL: settings.baseUrl ?? "https://api.openai.com/v1",
      apiKey: settings.apiKey ?? undefined,
      includeUsage: true,
      supportsStructuredOutputs: false,
    });
    return { model: provider.chatModel(modelId), modelId };
  }
  throw new Error("The built-in modeler has no language model.");
}
