import type { Task } from "@/lib/generated/prisma/client";
import { LlmSettingsError, resolveLlmSettings } from "@/lib/llm/resolve-llm-settings";
import type { EffectiveLlmSettings } from "@/lib/llm/types";
import { PermanentTaskError } from "@/worker/pipeline/errors";

/** The task owner's effective LLM settings, or null when the built-in modeler should run. */
export async function llmSettingsForTask(task: Task): Promise<EffectiveLlmSettings | null> {
  try {
    const settings = await resolveLlmSettings({ userId: task.userId });
    return settings.provider === "builtin" ? null : settings;
  } catch (err) {
    if (err instanceof LlmSettingsError) throw new PermanentTaskError(err.code, err.message);
    throw err;
  }
}
