import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Files that import each other (type imports included) are one module split in two: shared types belong in a file
// both import. This walks the project's own imports and lists every circle.
const root = path.resolve(".");
const FOLDERS = ["app", "lib", "worker", "components", "scripts"];
const SKIP = new Set(["node_modules", "generated", ".next"]);
// Owned by the storage work in progress (issue 16 leaves this pair to it); remove once it is split.
const KNOWN = new Set(["worker/pipeline/commit-version.ts <-> worker/pipeline/store-version.ts"]);

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((e) => {
    const p = path.join(dir, e);
    if (SKIP.has(e)) return [];
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(e) && !e.endsWith(".d.ts") ? [p] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  for (const c of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(c) && statSync(c).isFile()) return c;
  }
  return null;
}

/** Strongly connected components of more than one file (Tarjan), as sorted relative paths. */
function importCircles(): string[][] {
  const files = FOLDERS.flatMap((f) => sourceFiles(path.join(root, f)));
  const edges = new Map(files.map((f) => [f, ts.preProcessFile(readFileSync(f, "utf8"), true, true).importedFiles.map((i) => resolveImport(f, i.fileName)).filter((x): x is string => !!x)]));
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    for (let w = stack.pop()!; ; w = stack.pop()!) {
      onStack.delete(w);
      component.push(path.relative(root, w));
      if (w === v) break;
    }
    if (component.length > 1) out.push(component.sort());
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return out;
}

describe("imports", () => {
  it("form no circles between the project's files", () => {
    const circles = importCircles().map((c) => c.join(" <-> ")).filter((c) => !KNOWN.has(c));
    expect(circles).toEqual([]);
  });
});
