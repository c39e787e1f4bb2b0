import { NextResponse } from "next/server";
import { readJson } from "@/lib/api/read-json";
import { withAuth } from "@/lib/api/with-auth";
import { LlmSettingsError } from "@/lib/llm/llm-settings-error";
import { resolveLlmSettings } from "@/lib/llm/resolve-llm-settings";
import { previewPrompt } from "@/lib/modeler/preview-prompt";
import { previewSchema } from "@/lib/validations/generate";

/** Which pipeline a generate request of this user would run now: the built-in modeler, or their LLM provider. */
async function pipelineFor(userId: string): Promise<{ pipeline: "builtin" | "llm"; provider: string }> {
  try {
    const settings = await resolveLlmSettings({ userId });
    return { pipeline: settings.provider === "builtin" ? "builtin" : "llm", provider: settings.provider };
  } catch (err) {
    // Settings an LLM run would refuse still send the task down the LLM path, where it fails with this message.
    if (err instanceof LlmSettingsError) return { pipeline: "llm", provider: "unavailable" };
    throw err;
  }
}

/**
 * POST /api/v1/generate/preview: how the built-in modeler reads a prompt (what it would build, which words it
 * models, which it leaves out, or why it refuses), without queuing anything. Cheap enough to call while typing.
 */
export const POST = withAuth(async ({ req, user }) => {
  const input = previewSchema.parse(await readJson(req));
  const reading = previewPrompt(input.prompt, input.quality_level);
  return NextResponse.json({ ...(await pipelineFor(user.id)), ...reading });
});
