import type { Task } from "@/lib/generated/prisma/client";
import { baseUrlRefusal, firstRefusedBaseUrl } from "@/lib/llm/allowed-base-url";
import { LlmSettingsError } from "@/lib/llm/llm-settings-error";
import { resolveLlmSettings } from "@/lib/llm/resolve-llm-settings";
import { ROLES, type EffectiveLlmSettings, type LlmRole } from "@/lib/llm/types";
import { PermanentTaskError } from "@/worker/pipeline/errors";

/** The roles a run calls: without vision the geometric critic stands in for the critic model. */
const rolesInUse = (settings: EffectiveLlmSettings): LlmRole[] => ROLES.filter((r) => r !== "critic" || settings.vision);

/** The task owner's effective LLM settings, or null when the built-in modeler should run. */
export async function llmSettingsForTask(task: Task): Promise<EffectiveLlmSettings | null> {
  try {
    const settings = await resolveLlmSettings({ userId: task.userId });
    if (settings.provider === "builtin") return null;
    // Checked again here, for every endpoint a role will call: the allowlist may have been tightened after the user saved.
    const refused = settings.source === "user" ? firstRefusedBaseUrl(rolesInUse(settings).map((r) => [r, settings.endpoints[r].baseUrl])) : undefined;
    if (refused) throw new PermanentTaskError("llm_base_url_not_allowed", baseUrlRefusal(refused.url, refused.name));
    return settings;
  } catch (err) {
    if (err instanceof LlmSettingsError) throw new PermanentTaskError(err.code, err.message);
    throw err;
  }
}
