#!/usr/bin/env node
// The `ll3m` command-line client. It is TypeScript run through tsx, with the project's tsconfig for `@/` imports.
import { fileURLToPath } from "node:url";
import { tsImport } from "tsx/esm/api";

const tsconfig = fileURLToPath(new URL("../tsconfig.json", import.meta.url));
const { main } = await tsImport("../lib/cli/main.ts", { parentURL: import.meta.url, tsconfig });
process.exitCode = await main(process.argv);
