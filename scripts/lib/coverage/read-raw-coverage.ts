import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Profiler } from "node:inspector";
import { mergeProcessCovs } from "@bcoe/v8-coverage";
import { FlattenMap, encodedMap, type EncodedSourceMap } from "@jridgewell/trace-mapping";

type SourceMapEntry = { lineLengths?: number[]; data?: EncodedSourceMap & { sections?: unknown[] } };
interface RawDump {
  result: Profiler.ScriptCoverage[];
  "source-map-cache"?: Record<string, SourceMapEntry>;
}

/** A Next server chunk, its counts summed over every process that ran it, with the source map Node saw for it. */
export interface ChunkRun {
  coverage: Profiler.ScriptCoverage;
  sourceMap?: EncodedSourceMap;
}

/** Turbopack writes index maps (sections); the converters read flat maps only. */
export function flatten(map: SourceMapEntry["data"]): EncodedSourceMap | undefined {
  if (!map) return undefined;
  return map.sections ? encodedMap(new FlattenMap(map)) : map;
}

/**
 * Reads every NODE_V8_COVERAGE file in `rawDir` (one per process the tests started) and keeps the repo's own
 * scripts: Next's built chunks under `.next/` come back as `chunks`, summed over the processes, for the
 * AST-aware converter; everything else (tsx-run TypeScript, plain .mjs) is rewritten, small, into `c8Dir` for c8.
 * node_modules is dropped here, since a Next server's dump is ~30 MB and most of it is Next itself.
 */
export async function readRawCoverage({ rawDir, c8Dir, root }: { rawDir: string; c8Dir: string; root: string }) {
  const rootUrl = pathToFileURL(root).href + "/";
  const nextUrl = rootUrl + ".next/";
  const ours = (url: string) => url.startsWith(rootUrl) && !url.includes("/node_modules/");
  const chunkCovs: { result: Profiler.ScriptCoverage[] }[] = [];
  const chunkMaps = new Map<string, EncodedSourceMap | undefined>();
  let processes = 0;
  for (const file of (await readdir(rawDir)).filter((f) => f.endsWith(".json"))) {
    let dump: RawDump;
    try {
      dump = JSON.parse(await readFile(path.join(rawDir, file), "utf8")) as RawDump;
    } catch {
      continue; // a process killed while writing its dump leaves a torn file
    }
    processes++;
    const cache = dump["source-map-cache"] ?? {};
    const chunks: Profiler.ScriptCoverage[] = [];
    const rest: Profiler.ScriptCoverage[] = [];
    const restMaps: Record<string, SourceMapEntry> = {};
    for (const script of dump.result) {
      if (!ours(script.url)) continue;
      if (script.url.startsWith(nextUrl)) {
        chunks.push(script);
        if (!chunkMaps.get(script.url)) chunkMaps.set(script.url, flatten(cache[script.url]?.data));
      } else {
        rest.push(script);
        const entry = cache[script.url];
        if (entry) restMaps[script.url] = { ...entry, data: flatten(entry.data) };
      }
    }
    if (rest.length) await writeFile(path.join(c8Dir, file), JSON.stringify({ result: rest, "source-map-cache": restMaps }));
    if (chunks.length) chunkCovs.push({ result: chunks });
  }
  const merged = chunkCovs.length ? mergeProcessCovs(chunkCovs).result : [];
  const chunks: ChunkRun[] = merged.map((coverage) => ({ coverage, sourceMap: chunkMaps.get(coverage.url) }));
  return { chunks, processes };
}
