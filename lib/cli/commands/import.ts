import { openAsBlob } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import type { Command } from "commander";
import { finish } from "@/lib/cli/commands/tasks";
import { CliError, EXIT } from "@/lib/cli/errors";
import type { ApiTask, Context } from "@/lib/cli/types";

const list = (v: string, prev: string[] = []) => [...prev, ...v.split(",").map((s) => s.trim()).filter(Boolean)];

/** import FILE: upload a model (streamed from disk) as a new asset, optionally waiting for the conversion. */
export function registerImportCommand(program: Command, ctx: Context) {
  program
    .command("import")
    .description("Import a model file (GLB, glTF zip, OBJ or OBJ zip, STL, PLY, FBX, .blend) as a new asset")
    .argument("<file>", "the model file")
    .option("-n, --name <name>", "the asset's name (default: the file's name)")
    .option("-t, --tags <tags>", "tags; repeat or comma-separate", list)
    .option("--normalize", "rebuild it in metres, origin at the base centre, ground at z = 0")
    .option("-w, --wait", "wait for the conversion, with a progress bar")
    .option("-o, --output <dir>", "wait, then download the files into this folder")
    .action(async (file: string, opts: { name?: string; tags?: string[]; normalize?: boolean; wait?: boolean; output?: string }) => {
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) throw new CliError(`No such file: ${file}`, EXIT.usage);
      const form = new FormData();
      if (opts.name) form.set("name", opts.name);
      if (opts.tags?.length) form.set("tags", opts.tags.join(","));
      if (opts.normalize) form.set("normalize", "true");
      // openAsBlob reads the file as fetch sends it, so a large model is never held in memory.
      form.set("file", await openAsBlob(file), path.basename(file));
      const client = await ctx.client();
      const task = await client.json<ApiTask>("/api/v1/assets/import", { method: "POST", body: form });
      ctx.exit(await finish(client, task, { wait: opts.wait, output: opts.output, json: ctx.json() }));
    });
}
