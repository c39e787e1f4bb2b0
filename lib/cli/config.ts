import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { CliError, EXIT } from "@/lib/cli/errors";

const fileSchema = z.object({
  api_url: z.string().url().optional(),
  api_key: z.string().optional(),
  default_quality: z.enum(["draft", "standard", "high"]).optional(),
  default_formats: z.array(z.string()).optional(),
});

export type ConfigFile = z.infer<typeof fileSchema>;

export interface CliConfig {
  apiUrl: string;
  apiKey?: string;
  defaultQuality: "draft" | "standard" | "high";
  defaultFormats: string[];
  file: string;
}

/** ~/.ll3m/config.json, or LL3M_CONFIG when set (tests point it elsewhere). */
export function configPath(): string {
  return process.env.LL3M_CONFIG ?? path.join(os.homedir(), ".ll3m", "config.json");
}

export async function readConfigFile(file = configPath()): Promise<ConfigFile> {
  const text = await readFile(file, "utf8").catch(() => null);
  if (text === null) return {};
  const parsed = fileSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new CliError(`${file} is not a valid config: ${parsed.error.issues[0]?.message}`, EXIT.usage);
  return parsed.data;
}

/** Writes the config readable only by the user (it holds an API key). */
export async function writeConfigFile(data: ConfigFile, file = configPath()) {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await writeFile(file, JSON.stringify(data, null, 2) + "\n", { mode: 0o600 });
  await chmod(file, 0o600);
}

/** File, then environment (LL3M_API_URL, LL3M_API_KEY), then flags: later wins. */
export async function resolveConfig(flags: { apiUrl?: string; apiKey?: string }): Promise<CliConfig> {
  const file = configPath();
  const saved = await readConfigFile(file);
  return {
    apiUrl: (flags.apiUrl ?? process.env.LL3M_API_URL ?? saved.api_url ?? "http://localhost:3000").replace(/\/+$/, ""),
    apiKey: flags.apiKey ?? process.env.LL3M_API_KEY ?? saved.api_key,
    defaultQuality: saved.default_quality ?? "standard",
    defaultFormats: saved.default_formats ?? ["glb", "obj"],
    file,
  };
}
