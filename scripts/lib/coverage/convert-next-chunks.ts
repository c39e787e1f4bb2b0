import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import convert from "ast-v8-to-istanbul";
import type { EncodedSourceMap } from "@jridgewell/trace-mapping";
import libCoverage, { type CoverageMap } from "istanbul-lib-coverage";
import { parseAstAsync } from "vitest/node";
import { flatten, type ChunkRun } from "./read-raw-coverage";

/** The chunk's source map: the one Node cached while running it, else the `.map` file beside it. */
function sourceMapOf(run: ChunkRun, file: string): EncodedSourceMap | undefined {
  if (run.sourceMap) return run.sourceMap;
  return existsSync(`${file}.map`) ? flatten(JSON.parse(readFileSync(`${file}.map`, "utf8")) as EncodedSourceMap) : undefined;
}

/**
 * Maps the Next server's built chunks back to app/, lib/ and components/ through Turbopack's source maps, with
 * the AST-aware converter vitest itself uses (v8-to-istanbul drops every range that starts in unmapped bundler
 * glue, which marked whole files covered). Chunks whose map names no repo source are skipped.
 */
export async function convertNextChunks({ chunks, isSource }: { chunks: ChunkRun[]; isSource: (file: string) => boolean }): Promise<CoverageMap> {
  const map = libCoverage.createCoverageMap({});
  for (const run of chunks) {
    const file = fileURLToPath(run.coverage.url);
    const sourceMap = sourceMapOf(run, file);
    const ours = sourceMap?.sources.some((s) => {
      const source = s ? new URL(s, run.coverage.url) : null;
      return source?.protocol === "file:" && isSource(fileURLToPath(source));
    });
    if (!ours) continue;
    const code = readFileSync(file, "utf8");
    const data = await convert({ code, sourceMap, ast: parseAstAsync(code), coverage: run.coverage, wrapperLength: 0 });
    for (const [source, fc] of Object.entries(data)) if (isSource(source)) map.merge({ [source]: fc });
  }
  return map;
}
