import { ApiError } from "@/lib/api/errors";
import type { EffectiveLlmSettings } from "@/lib/llm/types";

/**
 * Why a reference image cannot be used with these settings, or null when it can: the built-in modeler cannot look
 * at images, and an LLM provider must be marked vision-capable (`vision` in the LLM settings, LL3M_LLM_VISION for
 * the operator's defaults), because its planner and critic are sent the image.
 */
export function visionRefusal(settings: Pick<EffectiveLlmSettings, "provider" | "vision" | "source">): string | null {
  const where = settings.source === "user" ? "your LLM settings (Settings → LLM)" : "the server's default LLM settings (LL3M_LLM_PROVIDER, LL3M_LLM_VISION)";
  if (settings.provider === "builtin") return `A reference image needs a vision-capable LLM, but ${where} use the built-in modeler, which cannot look at images. Choose an OpenAI-compatible or Anthropic provider with a vision model and set vision on, or send the prompt without an image.`;
  if (!settings.vision) return `A reference image needs a vision-capable LLM, but ${where} do not say the model accepts images. If the planner and critic models take images, set vision on (\`vision: true\`); otherwise send the prompt without an image.`;
  return null;
}

/** Throws the API's vision_required error when the image cannot be used. */
export function requireVision(settings: Pick<EffectiveLlmSettings, "provider" | "vision" | "source">): void {
  const refusal = visionRefusal(settings);
  if (refusal) throw new ApiError("vision_required", refusal);
}
