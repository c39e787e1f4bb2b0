/** One evaluated prompt: what came out, what it cost, and what went wrong on the way. */
export interface EvalResult {
  prompt: string;
  status: string;
  score: number | null;
  seconds: number | null;
  llm_calls: number;
  tokens: Record<string, { input: number; output: number }>;
  /** The task's own failure first (kind = error code), then failures inside the loop (LLM errors, Blender errors). */
  failures: { kind: string; message: string }[];
  /** The version's preview as a data: URL, for the HTML report. */
  preview: string | null;
}

type TrailEntry = { kind: string; role?: string; error?: string | null; ok?: boolean; purpose?: string; tokens?: { input: number | null; output: number | null }; message?: string };
interface TaskRow { status: string; errorCode: string | null; errorMessage: string | null; startedAt: Date | null; finishedAt: Date | null }

/** One prompt's result from its task row, its version's score and trail, and the preview bytes. */
export function evalResult({ prompt, task, score, trail, preview }: { prompt: string; task: TaskRow; score: number | null; trail: TrailEntry[]; preview: Buffer | null }): EvalResult {
  const tokens: EvalResult["tokens"] = {};
  const failures: EvalResult["failures"] = [];
  if (task.status !== "completed") failures.push({ kind: task.errorCode ?? task.status, message: task.errorMessage ?? `the task ended ${task.status}` });
  let calls = 0;
  for (const e of trail) {
    if (e.kind === "llm") {
      calls++;
      const t = (tokens[e.role ?? "unknown"] ??= { input: 0, output: 0 });
      t.input += e.tokens?.input ?? 0;
      t.output += e.tokens?.output ?? 0;
      if (e.error) failures.push({ kind: `llm_${e.purpose ?? "call"}`, message: e.error });
    } else if (e.kind === "blender" && e.ok === false) {
      const err = e.error as unknown as { kind?: string; message?: string } | null;
      failures.push({ kind: `blender_${err?.kind ?? "error"}`, message: err?.message ?? "Blender failed" });
    } else if (e.kind === "names_unmatched" || e.kind === "fix_failed") {
      failures.push({ kind: e.kind, message: e.message ?? String((e as { error?: string }).error ?? "") });
    }
  }
  const seconds = task.startedAt && task.finishedAt ? Math.round((task.finishedAt.getTime() - task.startedAt.getTime()) / 100) / 10 : null;
  return { prompt, status: task.status, score, seconds, llm_calls: calls, tokens, failures, preview: preview ? `data:image/png;base64,${preview.toString("base64")}` : null };
}

/** The run in the figures the last stdout line carries. */
export function evalTotals(results: EvalResult[]) {
  const scores = results.filter((r) => r.status === "completed" && r.score !== null).map((r) => r.score!);
  const tokens = { input: 0, output: 0 };
  for (const r of results) for (const t of Object.values(r.tokens)) {
    tokens.input += t.input;
    tokens.output += t.output;
  }
  return {
    prompts: results.length,
    completed: results.filter((r) => r.status === "completed").length,
    mean_score: scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100 : null,
    llm_calls: results.reduce((n, r) => n + r.llm_calls, 0),
    tokens,
  };
}
