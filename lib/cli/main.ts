import { Command, CommanderError } from "commander";
import { ApiClient } from "@/lib/cli/client";
import { resolveConfig } from "@/lib/cli/config";
import { CliError, EXIT } from "@/lib/cli/errors";
import { color } from "@/lib/cli/output";
import { closePrompt } from "@/lib/cli/prompt";
import { registerAccountCommands } from "@/lib/cli/commands/account";
import { registerAssetCommands } from "@/lib/cli/commands/assets";
import { registerImportCommand } from "@/lib/cli/commands/import";
import { registerTaskCommands } from "@/lib/cli/commands/tasks";
import type { Context } from "@/lib/cli/types";

/** Runs the CLI with argv; resolves to the exit code (see lib/cli/errors.ts). */
export async function main(argv: string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  // `--version` belongs to `download` (a version number), so the CLI's own version is only `ll3m -V` / `ll3m --version` alone.
  if (argv.length === 3 && ["-V", "--version"].includes(argv[2])) {
    console.log(process.env.npm_package_version ?? "0.1.0");
    return EXIT.ok;
  }
  const program = new Command("ll3m")
    .description("LL3M Studio from the command line: generate, refine and download 3D assets")
    .option("--api-url <url>", "server URL (default: config file, LL3M_API_URL, http://localhost:3000)")
    .option("--api-key <key>", "API key (default: config file, LL3M_API_KEY)")
    .option("--json", "print JSON for scripts")
    .addHelpText("after", "\nRun `ll3m --version` for the version. Exit codes: 0 ok, 1 failed, 2 usage, 3 auth, 4 not found, 5 unreachable, 130 interrupted.")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  const flags = () => program.opts<{ apiUrl?: string; apiKey?: string; json?: boolean }>();
  const ctx: Context = {
    config: () => resolveConfig(flags()),
    client: async () => new ApiClient(await resolveConfig(flags())),
    json: () => Boolean(flags().json),
    exit: (code) => (exitCode = code),
  };
  registerTaskCommands(program, ctx);
  registerImportCommand(program, ctx);
  registerAssetCommands(program, ctx);
  registerAccountCommands(program, ctx);
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (err instanceof CliError) {
      if (flags().json) process.stderr.write(JSON.stringify({ error: { code: err.code ?? "cli_error", message: err.message } }) + "\n");
      else process.stderr.write(`${color.red("error:")} ${err.message}\n`);
      return err.exitCode;
    }
    process.stderr.write(`${color.red("error:")} ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.failed;
  } finally {
    closePrompt();
  }
}
