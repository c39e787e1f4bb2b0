// Developer tool: how the built-in modeler reads prompts, and optionally what real Blender makes of them.
//   npm run modeler:try -- "a red kettle" "two glasses of wine"          the reading of each prompt
//   npm run modeler:try -- --build [--out DIR] [--quality standard] "a red kettle"
//                                                                         also build it in Blender (draft unless
//                                                                         --quality says otherwise): parts, triangles,
//                                                                         the geometric critic's score, preview.png
// No database and no worker: the same planFromPrompt → codeFromPlan → runBlender → critiqueScene path the
// built-in pipeline runs, for checking a new kind or a parser change by eye.
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { QUALITY_LEVELS, type QualityLevel } from "@/lib/assets/formats";
import { codeFromPlan } from "@/lib/modeler/code-from-plan";
import { planFromPrompt } from "@/lib/modeler/plan-from-prompt";
import { runBlender } from "@/worker/blender/run-blender";
import { critiqueScene } from "@/worker/critic/geometric-critic";

const args = process.argv.slice(2);
const build = args.includes("--build");
const outAt = args.indexOf("--out");
const outRoot = outAt >= 0 ? args[outAt + 1] : undefined;
const qualityAt = args.indexOf("--quality");
const quality = (qualityAt >= 0 ? args[qualityAt + 1] : "draft") as QualityLevel;
if (!QUALITY_LEVELS.includes(quality)) {
  console.error(`--quality must be one of ${QUALITY_LEVELS.join(", ")}`);
  process.exit(2);
}
const valueOf = (flag: number, i: number) => flag >= 0 && i === flag + 1;
const prompts = args.filter((a, i) => !a.startsWith("--") && !valueOf(outAt, i) && !valueOf(qualityAt, i));
if (!prompts.length) {
  console.error('usage: npm run modeler:try -- [--build] [--out DIR] "prompt" ["prompt"...]');
  process.exit(2);
}

for (const prompt of prompts) {
  const plan = planFromPrompt({ prompt, quality });
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
  const code = codeFromPlan({ plan, quality });
  await writeFile(path.join(outDir, "script.py"), code);
  const result = await runBlender({ code, formats: ["glb", "obj", "fbx", "blend"], outDir, previewSize: 384, quality });
  if (!result.ok) {
    console.log(`  BLENDER FAILED (${result.error?.kind}): ${result.error?.message}`);
    process.exitCode = 1;
    continue;
  }
  const critique = critiqueScene({ plan, stats: result.stats! });
  console.log(`  built: ${result.stats!.triangles} triangles, size ${result.stats!.bbox.size.map((v) => v.toFixed(2)).join(" x ")} m`);
  console.log(`  score: ${critique.score}/10  ${critique.reasons.map((r) => r.message).join(" | ")}`);
  console.log(`  timings: ${JSON.stringify(result.timings)}`);
  console.log(`  preview: ${path.join(outDir, result.preview ?? "preview.png")}`);
}
