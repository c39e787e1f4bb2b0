import path from "node:path";
import libCoverage, { type CoverageMap, type CoverageSummary } from "istanbul-lib-coverage";

export const FOLDERS = ["app", "lib", "worker", "components", "scripts"] as const;
type Pct = { lines_pct: number; branches_pct: number };

const pct = (s: CoverageSummary): Pct => ({ lines_pct: rate(s.lines), branches_pct: rate(s.branches) });
// istanbul reports an empty total as 100% ("Unknown" in some versions); an empty folder here reads as 0.
const rate = (c: { total: number; covered: number }) => (c.total ? Math.round((c.covered / c.total) * 10_000) / 100 : 0);

/** Lines and branches per top folder and overall, and the table people read above the JSON line. */
export function summarizeFolders({ map, root }: { map: CoverageMap; root: string }) {
  const total = libCoverage.createCoverageSummary();
  const folders = Object.fromEntries(FOLDERS.map((f) => [f, libCoverage.createCoverageSummary()]));
  for (const file of map.files()) {
    const top = path.relative(root, file).split(path.sep)[0];
    const summary = map.fileCoverageFor(file).toSummary();
    folders[top]?.merge(summary);
    total.merge(summary);
  }
  const row = (name: string, s: CoverageSummary) =>
    `${name.padEnd(12)} ${`${rate(s.lines)}%`.padStart(8)} ${`${s.lines.covered}/${s.lines.total}`.padStart(13)} ${`${rate(s.branches)}%`.padStart(9)} ${`${s.branches.covered}/${s.branches.total}`.padStart(13)}`;
  const table = [`${"folder".padEnd(12)} ${"lines".padStart(8)} ${"".padStart(13)} ${"branches".padStart(9)}`, ...FOLDERS.map((f) => row(`${f}/`, folders[f])), row("all", total)];
  const json = { ...pct(total), by_folder: Object.fromEntries(FOLDERS.map((f) => [f, pct(folders[f])])) };
  return { table, json };
}
