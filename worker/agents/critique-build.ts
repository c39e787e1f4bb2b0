import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ImagePart } from "ai";
import type { Plan } from "@/lib/validations/plan";
import { critiqueScene } from "@/worker/critic/geometric-critic";
import type { BlenderBuild } from "@/worker/pipeline/build-in-blender";
import type { AgentRuntime } from "./agent-runtime";
import { generateStructured } from "./generate-structured";
import { critiqueSchema, type Problem } from "./llm-schemas";
import { CRITIC_SYSTEM, describeStats, planJson } from "./prompts";
import type { Reference } from "./reference-image";

/** The build's rendered views as image parts for a vision model. */
export async function viewImages(build: BlenderBuild): Promise<ImagePart[]> {
  const files = build.result.views;
  return Promise.all(files.map(async (f) => ({ type: "image" as const, image: new Uint8Array(await readFile(path.join(build.outDir, f))), mediaType: "image/png" })));
}

/** What the views show, for the prompt: view i is taken at 360·i/n degrees around the model, view 0 from the front. */
export const viewCaption = (n: number) => `${n} views around the model, starting from the front and turning ${360 / Math.max(1, n)} degrees each.`;

/** The images for a review, the user's reference first (when there is one), and the caption that says which is which. */
export function reviewImages(views: ImagePart[], reference: Reference | null): { images: ImagePart[]; caption: string } {
  if (!reference) return { images: views, caption: viewCaption(views.length) };
  return {
    images: [reference.part, ...views],
    caption: `The first image is the user's reference image: compare the renders with it (parts, proportions, colours) as well as with the plan. Then ${viewCaption(views.length)}`,
  };
}

/** The critic: a vision model looks at the views and the plan; without vision the geometric critic stands in. */
export async function critiqueBuild({ rt, plan, build, reference = null }: { rt: AgentRuntime; plan: Plan; build: BlenderBuild; reference?: Reference | null }): Promise<{ source: "vision" | "geometric"; problems: Problem[]; summary: string }> {
  if (!rt.settings.vision) {
    const c = critiqueScene({ plan, stats: build.result.stats, partSizes: true });
    const problems = c.reasons.filter((r) => r.severity !== "info").map((r) => ({ severity: r.severity === "error" ? ("error" as const) : ("warning" as const), part: null, issue: r.message, fix: "", plan_change: null }));
    return { source: "geometric", problems, summary: `geometric score ${c.score}` };
  }
  const { images, caption } = reviewImages(await viewImages(build), reference);
  const text = `Plan:\n${planJson(plan)}\n\nWhat the script built:\n${describeStats(build.result.stats)}\n\n${caption}`;
  const critique = await generateStructured({
    rt,
    schema: critiqueSchema,
    request: { role: "critic", purpose: "critique", system: CRITIC_SYSTEM, messages: [{ role: "user", content: [{ type: "text", text }, ...images] }] },
  });
  return { source: "vision", problems: critique.problems, summary: critique.summary };
}
