import type { Task } from "@/lib/generated/prisma/client";
import { baseUrlRefusal, isAllowedBaseUrl } from "@/lib/llm/allowed-base-url";
import { LlmSettingsError, resolveLlmSettings } from "@/lib/llm/resolve-llm-settings";
import type { EffectiveLlmSettings } from "@/lib/llm/types";
import { PermanentTaskError } from "@/worker/pipeline/errors";

/** The task owner's effective LLM settings, or null when the built-in modeler should run. */
export async function llmSettingsForTask(task: Task): Promise<EffectiveLlmSettings | null> {
  try {
    const settings = await resolveLlmSettings({ userId: task.userId });
    if (settings.provider === "builtin") return null;
    // Checked again here: the allowlist may have been tightened after the user saved their URL.
    if (settings.source === "user" && settings.baseUrl && !isAllowedBaseUrl(settings.baseUrl)) {
      throw new PermanentTaskError("llm_base_url_not_allowed", baseUrlRefusal(settings.baseUrl));
    }
    return settings;
  } catch (err) {
    if (err instanceof LlmSettingsError) throw new PermanentTaskError(err.code, err.message);
    throw err;
  }
}
