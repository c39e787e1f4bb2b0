import libCoverage, { type CoverageMap, type FileCoverage } from "istanbul-lib-coverage";

const ran = (fc: FileCoverage) => Object.values(fc.s).some((n) => n > 0) || Object.values(fc.f).some((n) => n > 0);

/**
 * One map from the three converters: vitest's (the test processes, every included file, untested ones at zero),
 * c8's (tsx and plain Node children, counted per source line) and the Next chunks'. A file's all-zero entry is
 * dropped when another converter has the file, so a worker-only file is not held down by branches that vitest
 * never loaded it to see; where several ran a file their statements and branches are merged by location (lines
 * count as covered when any of them covered them).
 */
export function mergeCoverage(maps: CoverageMap[]): CoverageMap {
  const byFile = new Map<string, FileCoverage[]>();
  for (const map of maps) for (const file of map.files()) byFile.set(file, [...(byFile.get(file) ?? []), map.fileCoverageFor(file)]);
  const out = libCoverage.createCoverageMap({});
  for (const entries of byFile.values()) {
    const live = entries.filter(ran);
    for (const fc of live.length ? live : entries.slice(0, 1)) out.addFileCoverage(fc);
  }
  return out;
}
