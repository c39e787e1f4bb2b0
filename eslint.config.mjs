// ESLint flat config: typescript-eslint's type-aware rules, React hooks rules and eslint-plugin-security over every
// source folder. `npm run lint` fails on any warning.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import security from "eslint-plugin-security";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", ".next/", "lib/generated/", ".data/", "test-results/", "playwright-report/", "coverage/", "next-env.d.ts", "public/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  reactHooks.configs.flat.recommended,
  security.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      // Every key here is typed by TypeScript (records, tuples, Maps); the rule flags each `obj[key]` regardless.
      "security/detect-object-injection": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  { files: ["**/*.{js,mjs,cjs}"], ...tseslint.configs.disableTypeChecked },
  { files: ["components/**", "app/**/*.tsx"], languageOptions: { globals: { ...globals.browser } } },
  {
    // Paths in the worker, the storage module, the CLI, scripts and tests are built by our own code from checked
    // keys and ids (lib/storage/object-storage.ts checkKey); web-facing code must go through lib/storage instead.
    // lib/migrations reads the migrations folder; lib/assets/obj-bundle.ts runs in the worker on its job directory.
    files: ["worker/**", "lib/storage/**", "lib/cli/**", "lib/migrations/**", "lib/assets/obj-bundle.ts", "scripts/**", "tests/**", "bin/**"],
    rules: { "security/detect-non-literal-fs-filename": "off" },
  },
  {
    // Tests read untyped JSON from real HTTP responses and build regexps from fixtures; Playwright's fixture
    // callback is named `use`, which the hooks rule mistakes for React's.
    files: ["tests/**"],
    rules: {
      "@typescript-eslint/no-unsafe-member-access": "off", "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-argument": "off", "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off", "@typescript-eslint/require-await": "off",
      "security/detect-non-literal-regexp": "off", "react-hooks/rules-of-hooks": "off",
      // The API test client's body defaults to `any` for the same reason: callers pass a type where they need one.
      "@typescript-eslint/no-explicit-any": "off",
    },
  },
);
