import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    // `npm run coverage` (scripts/coverage.ts): set in the test processes after they start, NODE_V8_COVERAGE
    // reaches only the processes they spawn (web, worker, CLI), whose raw coverage that script merges.
    env: process.env.LL3M_CHILD_V8_COVERAGE ? { NODE_V8_COVERAGE: process.env.LL3M_CHILD_V8_COVERAGE } : {},
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Real Blender, Postgres and whole app processes: one file at a time keeps timings honest on 2 cores.
          fileParallelism: false,
          globalSetup: ["tests/integration/global-setup.ts"],
        },
      },
    ],
  },
});
