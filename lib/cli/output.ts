import { stripVTControlCharacters } from "node:util";
import pc from "picocolors";

/** Whether to draw for a person (colours, progress line) or print plain lines for a pipe. */
export const interactive = () => Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;

/** Colours that vanish when output is not a terminal. */
export const color = {
  dim: (s: string) => (interactive() ? pc.dim(s) : s),
  bold: (s: string) => (interactive() ? pc.bold(s) : s),
  green: (s: string) => (interactive() ? pc.green(s) : s),
  red: (s: string) => (interactive() ? pc.red(s) : s),
  yellow: (s: string) => (interactive() ? pc.yellow(s) : s),
  cyan: (s: string) => (interactive() ? pc.cyan(s) : s),
};

export function printJson(data: unknown) {
  process.stdout.write(JSON.stringify(data, null, 2) + "\n");
}

const STATUS_COLOR: Record<string, (s: string) => string> = {
  completed: color.green,
  failed: color.red,
  canceled: color.yellow,
  running: color.cyan,
  queued: color.dim,
};

export const statusText = (s: string) => (STATUS_COLOR[s] ?? ((x: string) => x))(s);

/** A plain aligned table; long cells are cut so one row stays one line. */
export function printTable(headers: string[], rows: string[][], maxWidth = 48) {
  const cut = (s: string) => (s.length > maxWidth ? s.slice(0, maxWidth - 1) + "…" : s);
  const cells = rows.map((r) => r.map(cut));
  // Width from the text without colour codes.
  const plain = stripVTControlCharacters;
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => plain(r[i] ?? "").length)));
  const line = (r: string[]) => r.map((c, i) => c + " ".repeat(widths[i] - plain(c).length)).join("  ").trimEnd();
  console.log(color.bold(line(headers)));
  for (const r of cells) console.log(line(r));
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
