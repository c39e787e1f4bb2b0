import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { decodePng } from "../helpers/png";

const run = promisify(execFile);
const dir = await mkdtemp(path.join(os.tmpdir(), "ll3m-eval-test-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("npm run eval:agents -- --scripted", () => {
  it("runs two prompts through the real loop and writes an HTML and a JSON report, its last line the totals", async () => {
    const prompts = path.join(dir, "prompts.txt");
    await writeFile(prompts, "# two prompts\na small wooden table\n\na coffee table\n");
    const out = path.join(dir, "report");
    const { stdout } = await run("npx", ["tsx", "scripts/eval-agents.ts", "--prompts", prompts, "--scripted", "--out", out], { env: process.env, timeout: 600_000, maxBuffer: 10 * 1024 * 1024 });
    const last = JSON.parse(stdout.trim().split("\n").at(-1)!);
    // The scripted provider answers plan, code, a clean critique and a score of 8 for every prompt.
    expect(last).toEqual({ prompts: 2, completed: 2, mean_score: 8, llm_calls: 8, tokens: { input: expect.any(Number), output: expect.any(Number) }, report: path.join(out, "report.html") });
    expect(last.tokens.input).toBeGreaterThan(1000);
    expect(last.tokens.output).toBeGreaterThan(100);

    const report = JSON.parse(await readFile(path.join(out, "report.json"), "utf8"));
    expect(report.results.map((r: { prompt: string; status: string }) => `${r.status} ${r.prompt}`)).toEqual(["completed a small wooden table", "completed a coffee table"]);
    for (const r of report.results) {
      expect(Object.keys(r.tokens).sort()).toEqual(["coder", "critic", "planner"]);
      expect(r.failures).toEqual([]);
      expect(r.seconds).toBeGreaterThan(0);
    }
    const html = await readFile(path.join(out, "report.html"), "utf8");
    const renders = [...html.matchAll(/<img src="data:image\/png;base64,([^"]+)"/g)].map((m) => decodePng(Buffer.from(m[1], "base64")));
    expect(renders).toHaveLength(2);
    for (const png of renders) expect(png.width).toBeGreaterThan(100);
    expect(html).toContain("2/2 completed · mean score 8");
  }, 600_000);
});
