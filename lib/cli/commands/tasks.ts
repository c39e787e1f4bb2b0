import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Command } from "commander";
import type { ApiClient } from "@/lib/cli/client";
import { downloadFiles } from "@/lib/cli/download-files";
import { CliError, EXIT } from "@/lib/cli/errors";
import { color, formatBytes, printJson, statusText } from "@/lib/cli/output";
import type { ApiInterpretation, ApiPreview, ApiTask, Context } from "@/lib/cli/types";
import { waitForTask } from "@/lib/cli/wait-for-task";

const list = (v: string, prev: string[] = []) => [...prev, ...v.split(",").map((s) => s.trim()).filter(Boolean)];

/** The reading's word lists, one line each, left out when empty ("not modelled: bow, tie"). */
function describeReading(r: ApiInterpretation, { understood }: { understood: boolean }) {
  const rows: Array<[string, string[] | undefined, (s: string) => string]> = [
    ["understood", understood ? r.modelled_terms : [], (s) => s],
    ["not modelled", r.unmodelled_terms, color.yellow],
    ["feedback applied", r.applied_terms, (s) => s],
    ["feedback not applied", r.unapplied_terms, color.yellow],
  ];
  for (const [label, terms, paint] of rows) if (terms?.length) console.log(paint(`${label}: ${terms.join(", ")}`));
}

/** Prints a task for people: status, stage, error or the asset it made, and what of the prompt it modelled. */
function describeTask(t: ApiTask) {
  console.log(`${color.bold(t.task_id)}  ${statusText(t.status)}  ${t.progress}%${t.stage ? `  ${t.stage}` : ""}`);
  if (t.error_message) console.log(color.red(`error (${t.error_code}): ${t.error_message}`));
  if (t.asset) console.log(`asset ${t.asset.id}  "${t.asset.name}"  quality ${t.asset.quality_score ?? "-"}/10  v${t.asset.current_version}`);
  if (t.interpretation) describeReading(t.interpretation, { understood: false });
}

/** Waits when asked, downloads when asked, and turns a failed task into a non-zero exit. */
export async function finish(client: ApiClient, task: ApiTask, opts: { wait?: boolean; output?: string; json?: boolean; format?: string[] }) {
  if (!opts.wait && !opts.output) {
    if (opts.json) printJson(task);
    else console.log(`queued task ${color.bold(task.task_id)}; follow it with: ll3m status ${task.task_id}`);
    return EXIT.ok;
  }
  const done = await waitForTask(client, task.task_id, { quiet: opts.json });
  const files = done.status === "completed" && opts.output && done.asset ? await downloadFiles({ client, asset: done.asset, formats: opts.format ?? [], dir: opts.output }) : [];
  if (opts.json) printJson({ ...done, downloaded: files });
  else {
    describeTask(done);
    for (const f of files) console.log(`saved ${f.path} (${formatBytes(f.bytes)})`);
  }
  return done.status === "completed" ? EXIT.ok : EXIT.failed;
}

/** The generate request as multipart/form-data with the image file; the server checks the image's content. */
async function generateForm(body: { prompt: string; quality_level: string; output_formats: string[]; tags: string[] }, file: string): Promise<FormData> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new CliError(`Cannot read the image ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`, EXIT.usage);
  }
  const form = new FormData();
  form.set("prompt", body.prompt);
  form.set("quality_level", body.quality_level);
  for (const f of body.output_formats) form.append("output_formats", f);
  for (const t of body.tags) form.append("tags", t);
  form.set("image", new Blob([new Uint8Array(bytes)]), path.basename(file));
  return form;
}

/** generate, refine, status, cancel. */
export function registerTaskCommands(program: Command, ctx: Context) {
  program
    .command("generate")
    .description("Generate a 3D asset from a text prompt")
    .argument("<prompt>", "what to make, e.g. \"a red wooden chair\"")
    .option("-q, --quality <level>", "draft, standard or high")
    .option("-f, --format <formats>", "output formats (glb, gltf, obj, stl, fbx, blend); repeat or comma-separate", list)
    .option("-t, --tag <tags>", "tags; repeat or comma-separate", list)
    .option("-w, --wait", "wait for the asset, with a progress bar")
    .option("-o, --output <dir>", "wait, then download the files into this folder")
    .option("-i, --image <file>", "a reference image (PNG, JPEG or WebP, up to 8 MB) for a vision-capable model")
    .action(async (prompt: string, opts: { quality?: string; format?: string[]; tag?: string[]; wait?: boolean; output?: string; image?: string }) => {
      const client = await ctx.client();
      const cfg = await ctx.config();
      const body = { prompt, quality_level: opts.quality ?? cfg.defaultQuality, output_formats: opts.format ?? cfg.defaultFormats, tags: opts.tag ?? [] };
      const init = opts.image ? { method: "POST", body: await generateForm(body, opts.image) } : { method: "POST", body: JSON.stringify(body) };
      const task = await client.json<ApiTask>("/api/v1/generate", init);
      ctx.exit(await finish(client, task, { ...opts, json: ctx.json() }));
    });

  program
    .command("preview")
    .description("Show how the built-in modeler reads a prompt (what it would build and leave out) without generating")
    .argument("<prompt>")
    .action(async (prompt: string) => {
      const p = await (await ctx.client()).json<ApiPreview>("/api/v1/generate/preview", { method: "POST", body: JSON.stringify({ prompt }) });
      if (ctx.json()) return printJson(p);
      if (p.pipeline === "llm") console.log(`your LLM provider (${p.provider}) will plan and build this; the built-in modeler's reading follows`);
      if (p.recognized) {
        console.log(`will build: ${color.bold(p.subject ?? "")}`);
        describeReading(p.interpretation, { understood: true });
      } else {
        console.log(color.yellow(`the built-in modeler cannot build this: ${p.message}`));
      }
      // Exit 1 when it would refuse, so scripts can check prompts before spending a generation on them.
      ctx.exit(p.recognized || p.pipeline === "llm" ? EXIT.ok : EXIT.failed);
    });

  program
    .command("refine")
    .description("Make a new version of an asset from feedback")
    .argument("<asset_id>")
    .argument("<feedback>", "what to change, e.g. \"make the legs thinner\"")
    .option("-p, --preserve <aspects>", "aspects to keep; repeat or comma-separate", list)
    .option("-w, --wait", "wait for the new version")
    .option("-o, --output <dir>", "wait, then download the new version's files")
    .action(async (assetId: string, feedback: string, opts: { preserve?: string[]; wait?: boolean; output?: string }) => {
      const client = await ctx.client();
      const task = await client.json<ApiTask>(`/api/v1/generate/${assetId}/refine`, { method: "POST", body: JSON.stringify({ feedback, preserve_aspects: opts.preserve ?? [] }) });
      ctx.exit(await finish(client, task, { ...opts, json: ctx.json() }));
    });

  program
    .command("status")
    .description("Show a task's status, stage and result")
    .argument("<task_id>")
    .action(async (taskId: string) => {
      const task = await (await ctx.client()).json<ApiTask>(`/api/v1/generate/${taskId}`);
      if (ctx.json()) printJson(task);
      else describeTask(task);
      ctx.exit(task.status === "failed" ? EXIT.failed : EXIT.ok);
    });

  program
    .command("cancel")
    .description("Cancel a queued or running task")
    .argument("<task_id>")
    .action(async (taskId: string) => {
      const task = await (await ctx.client()).json<ApiTask>(`/api/v1/generate/${taskId}/cancel`, { method: "POST" });
      if (ctx.json()) printJson(task);
      else console.log(`task ${taskId} ${statusText(task.status)}`);
    });
}

