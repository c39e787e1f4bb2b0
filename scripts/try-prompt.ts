// Developer tool: how the built-in modeler reads prompts, and optionally what real Blender makes of them.
//   npm run modeler:try -- "a red kettle" "two glasses of wine"          the reading of each prompt
//   npm run modeler:try -- --build [--out DIR] "a red kettle"             also build it in Blender: parts, triangles,
//                                                                         the geometric critic's score, preview.png
// No database and no worker: the same planFromPrompt → codeFromPlan → runBlender → critiqueScene path the
// built-in pipeline runs, for checking a new kind or a parser change by eye.
import { mkdir, mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { codeFromPlan } from "@/lib/modeler/code-from-plan";
import { planFromPrompt } from "@/lib/modeler/plan-from-prompt";
import { runBlender } from "@/worker/blender/run-blender";
import { critiqueScene } from "@/worker/critic/geometric-critic";

const args = process.argv.slice(2);
const build = args.includes("--build");
const outAt = args.indexOf("--out");
const outRoot = outAt >= 0 ? args[outAt + 1]! : undefined;
const prompts = args.filter((a, i) => !a.startsWith("--") && (outAt < 0 || i !== outAt + 1));
if (!prompts.length) {
  console.error('usage: npm run modeler:try -- [--build] [--out DIR] "prompt" ["prompt"...]');
  process.exit(2);
}

for (const prompt of prompts) {
  const plan = planFromPrompt({ prompt, quality: "draft" });
  const reading = plan.interpretation;
  console.log(`\n"${prompt}"`);
  if (!plan.recognized) {
    console.log(`  refused: ${plan.notes.join(" ")}`);
    continue;
  }
  console.log(`  subject: ${plan.subject}  parts: ${plan.parts.length}`);
  console.log(`  modelled: ${reading?.modelled_terms.join(", ") || "-"}`);
  console.log(`  not modelled: ${reading?.unmodelled_terms.join(", ") || "-"}`);
  if (!build) continue;
  const outDir = outRoot ? path.join(outRoot, prompt.replace(/[^a-z0-9]+/gi, "-").slice(0, 60)) : await mkdtemp(path.join(os.tmpdir(), "ll3m-try-"));
  await mkdir(outDir, { recursive: true });
  const result = await runBlender({ code: codeFromPlan({ plan, quality: "draft" }), formats: ["glb"], outDir, previewSize: 384 });
  if (!result.ok) {
    console.log(`  BLENDER FAILED (${result.error?.kind}): ${result.error?.message}`);
    process.exitCode = 1;
    continue;
  }
  const critique = critiqueScene({ plan, stats: result.stats! });
  console.log(`  built: ${result.stats!.triangles} triangles, size ${result.stats!.bbox.size.map((v) => v.toFixed(2)).join(" x ")} m`);
  console.log(`  score: ${critique.score}/10  ${critique.reasons.map((r) => r.message).join(" | ")}`);
  console.log(`  preview: ${path.join(outDir, result.preview ?? "preview.png")}`);
}
