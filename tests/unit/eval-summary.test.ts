import { describe, expect, it } from "vitest";
import { evalResult, evalTotals } from "@/scripts/lib/eval-summary";

const t0 = new Date("2026-12-08T10:00:00Z");
const task = (status: string, extra: Record<string, unknown> = {}) => ({ status, errorCode: null, errorMessage: null, startedAt: t0, finishedAt: new Date(t0.getTime() + 12_345), ...extra });
const call = (role: string, purpose: string, input: number, output: number, error: string | null = null) => ({ kind: "llm", role, purpose, tokens: { input, output }, error });

describe("eval results", () => {
  it("sums tokens per role and lists every failure with its kind, the task's own first", () => {
    const r = evalResult({
      prompt: "a saxophone",
      task: task("failed", { errorCode: "llm_code_failed", errorMessage: "still failed" }),
      score: null,
      trail: [call("planner", "plan", 100, 50), call("coder", "code", 300, 900), { kind: "blender", ok: false, error: { kind: "python_error", message: "NameError" } } as never, call("coder", "code-repair", 400, 800, "HTTP 500")],
      preview: null,
    });
    expect(r).toMatchObject({ status: "failed", score: null, seconds: 12.3, llm_calls: 3, preview: null });
    expect(r.tokens).toEqual({ planner: { input: 100, output: 50 }, coder: { input: 700, output: 1700 } });
    expect(r.failures).toEqual([
      { kind: "llm_code_failed", message: "still failed" },
      { kind: "blender_python_error", message: "NameError" },
      { kind: "llm_code-repair", message: "HTTP 500" },
    ]);
  });

  it("totals count completed prompts and average only their scores", () => {
    const ok = evalResult({ prompt: "a", task: task("completed"), score: 8, trail: [call("planner", "plan", 10, 5)], preview: Buffer.from("png") });
    const bad = evalResult({ prompt: "b", task: task("failed", { errorCode: "llm_timeout" }), score: null, trail: [call("planner", "plan", 20, 0)], preview: null });
    expect(ok.preview).toBe("data:image/png;base64,cG5n");
    expect(evalTotals([ok, bad])).toEqual({ prompts: 2, completed: 1, mean_score: 8, llm_calls: 2, tokens: { input: 30, output: 5 } });
  });
});
