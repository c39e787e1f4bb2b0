import type { Command } from "commander";
import { downloadFiles } from "@/lib/cli/download-files";
import { CliError, EXIT } from "@/lib/cli/errors";
import { color, formatBytes, printJson, printTable } from "@/lib/cli/output";
import { ask } from "@/lib/cli/prompt";
import type { ApiAsset, ApiPage, ApiVersion, Context } from "@/lib/cli/types";

const list = (v: string, prev: string[] = []) => [...prev, ...v.split(",").map((s) => s.trim()).filter(Boolean)];
const int = (name: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isFinite(n)) throw new CliError(`${name} must be a number, got '${v}'`, EXIT.usage);
  return n;
};
const day = (iso: string) => iso.slice(0, 16).replace("T", " ");

/** list, show, versions, download, delete. */
export function registerAssetCommands(program: Command, ctx: Context) {
  program
    .command("list")
    .description("List your assets")
    .option("-t, --tags <tags>", "only assets with all these tags (comma-separated)", list)
    .option("-m, --min-quality <score>", "only assets scored at least this (0-10)", int("--min-quality"))
    .option("-s, --search <text>", "search names and prompts")
    .option("-l, --limit <n>", "how many (1-100)", int("--limit"), 20)
    .option("--offset <n>", "skip this many", int("--offset"), 0)
    .option("--sort <field>", "created_at, -created_at, quality_score, -quality_score, name, -name")
    .action(async (opts: { tags?: string[]; minQuality?: number; search?: string; limit: number; offset: number; sort?: string }) => {
      const q = new URLSearchParams({ limit: String(opts.limit), offset: String(opts.offset) });
      if (opts.tags?.length) q.set("tags", opts.tags.join(","));
      if (opts.minQuality !== undefined) q.set("min_quality", String(opts.minQuality));
      if (opts.search) q.set("q", opts.search);
      if (opts.sort) q.set("sort", opts.sort);
      const page = await (await ctx.client()).json<ApiPage<ApiAsset>>(`/api/v1/assets?${q}`);
      if (ctx.json()) return printJson(page);
      if (!page.items.length) return console.log("No assets. Make one with: ll3m generate \"a red wooden chair\" --wait");
      printTable(
        ["ID", "NAME", "QUALITY", "VERSION", "TAGS", "CREATED"],
        page.items.map((a) => [a.id, a.name, a.quality_score === null ? "-" : a.quality_score.toFixed(1), `v${a.current_version ?? "-"}`, a.tags.join(","), day(a.created_at)]),
      );
      console.log(color.dim(`${page.offset + 1}-${page.offset + page.items.length} of ${page.total}`));
    });

  program
    .command("show")
    .description("Show one asset")
    .argument("<asset_id>")
    .action(async (id: string) => {
      const a = await (await ctx.client()).json<ApiAsset>(`/api/v1/assets/${id}`);
      if (ctx.json()) return printJson(a);
      console.log(`${color.bold(a.name)}  ${color.dim(a.id)}`);
      console.log(`prompt   "${a.prompt}"`);
      console.log(`quality  ${a.quality_score ?? "-"}/10   version v${a.current_version} of ${a.versions_count}   tags ${a.tags.join(", ") || "-"}`);
      const size = a.stats.bbox?.size?.map((v) => v.toFixed(2)).join(" x ");
      console.log(`geometry ${a.stats.triangles ?? "?"} triangles, ${a.stats.vertices ?? "?"} vertices, ${a.stats.objects ?? "?"} objects${size ? `, ${size} m` : ""}`);
      console.log(`files    ${Object.entries(a.files).map(([f, v]) => `${f} (${formatBytes(v.bytes)})`).join(", ")}`);
    });

  program
    .command("versions")
    .description("List an asset's versions")
    .argument("<asset_id>")
    .action(async (id: string) => {
      const body = await (await ctx.client()).json<ApiVersion[] | { items: ApiVersion[] }>(`/api/v1/assets/${id}/versions`);
      const items = Array.isArray(body) ? body : body.items;
      if (ctx.json()) return printJson(body);
      printTable(
        ["VERSION", "CURRENT", "QUALITY", "CREATED", "FEEDBACK"],
        items.map((v) => [`v${v.version}`, v.is_current ? "*" : "", v.quality_score?.toFixed(1) ?? "-", day(v.created_at), v.refinement_request ?? ""]),
      );
    });

  program
    .command("download")
    .description("Download an asset's files")
    .argument("<asset_id>")
    .option("-f, --format <formats>", "formats to fetch (default: all the asset has); repeat or comma-separate", list)
    .option("-v, --version <n>", "a version other than the current one", int("--version"))
    .option("-o, --output <dir>", "folder to write into", ".")
    .action(async (id: string, opts: { format?: string[]; version?: number; output: string }) => {
      const client = await ctx.client();
      const asset = await client.json<ApiAsset>(`/api/v1/assets/${id}`);
      const files = await downloadFiles({ client, asset, formats: opts.format ?? [], version: opts.version, dir: opts.output });
      if (ctx.json()) return printJson(files);
      for (const f of files) console.log(`saved ${f.path} (${formatBytes(f.bytes)})`);
    });

  program
    .command("delete")
    .description("Delete an asset with all its versions and files")
    .argument("<asset_id>")
    .option("-y, --yes", "do not ask for confirmation")
    .action(async (id: string, opts: { yes?: boolean }) => {
      const client = await ctx.client();
      if (!opts.yes) {
        if (!process.stdin.isTTY) throw new CliError("Refusing to delete without confirmation; pass --yes.", EXIT.usage);
        const asset = await client.json<ApiAsset>(`/api/v1/assets/${id}`);
        const answer = await ask(`Delete "${asset.name}" and its ${asset.versions_count} version(s)? [y/N] `);
        if (!/^y(es)?$/i.test(answer)) return console.log("Nothing deleted.");
      }
      await client.request(`/api/v1/assets/${id}`, { method: "DELETE" });
      if (ctx.json()) printJson({ id, deleted: true });
      else console.log(`deleted ${id}`);
    });
}
