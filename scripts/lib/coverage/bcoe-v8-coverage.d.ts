// @bcoe/v8-coverage ships no types; this is the one function we use (the merge c8 itself runs).
declare module "@bcoe/v8-coverage" {
  import type { Profiler } from "node:inspector";
  /** Sums the counts of several processes' coverage, script by script (by URL). */
  export function mergeProcessCovs(processCovs: { result: Profiler.ScriptCoverage[] }[]): { result: Profiler.ScriptCoverage[] };
}
