import os from "node:os";
import type { Command } from "commander";
import { ApiClient } from "@/lib/cli/client";
import { readConfigFile, writeConfigFile } from "@/lib/cli/config";
import { CliError, EXIT } from "@/lib/cli/errors";
import { color, printJson } from "@/lib/cli/output";
import { ask } from "@/lib/cli/prompt";
import type { Context } from "@/lib/cli/types";

interface Health {
  status: string;
  version: string;
  uptime: number;
  dependencies: Record<string, string>;
}

/** login, health. */
export function registerAccountCommands(program: Command, ctx: Context) {
  program
    .command("login")
    .description("Sign in with email and password and save a new API key in the config file")
    .option("-e, --email <email>", "account email (asked when missing)")
    .action(async (opts: { email?: string }) => {
      const cfg = await ctx.config();
      const email = opts.email ?? (await ask("Email: "));
      const password = process.env.LL3M_PASSWORD ?? (await ask("Password: ", { hidden: true }));
      if (!email || !password) throw new CliError("Email and password are required.", EXIT.usage);
      const client = new ApiClient({ ...cfg, apiKey: undefined });
      const name = `ll3m CLI on ${os.hostname()}`;
      const res = await client.json<{ key: string; id: string; prefix: string }>("/api/v1/auth/token", { method: "POST", auth: false, body: JSON.stringify({ email, password, name }) });
      await writeConfigFile({ ...(await readConfigFile(cfg.file)), api_url: cfg.apiUrl, api_key: res.key }, cfg.file);
      if (ctx.json()) printJson({ email, api_url: cfg.apiUrl, key_prefix: res.prefix, config: cfg.file });
      else console.log(`Logged in to ${cfg.apiUrl} as ${email}; API key ${res.prefix}… saved to ${cfg.file}`);
    });

  program
    .command("health")
    .description("Check the server and its dependencies")
    .action(async () => {
      const cfg = await ctx.config();
      const client = new ApiClient(cfg);
      // 503 still carries the health document: read it rather than failing on the status.
      const res = await fetch(`${cfg.apiUrl}/api/v1/health`).catch(() => null);
      if (!res) await client.request("/api/v1/health", { auth: false });
      const h = (await res!.json()) as Health;
      if (ctx.json()) printJson(h);
      else {
        const ok = h.status === "healthy";
        console.log(`${ok ? color.green(h.status) : color.yellow(h.status)}  LL3M Studio ${h.version} at ${cfg.apiUrl}, up ${Math.round(h.uptime)} s`);
        for (const [k, v] of Object.entries(h.dependencies)) console.log(`  ${k.padEnd(9)} ${v}`);
      }
      ctx.exit(h.status === "healthy" ? EXIT.ok : EXIT.failed);
    });
}
