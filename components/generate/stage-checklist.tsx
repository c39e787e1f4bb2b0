import type { Task } from "@/components/data/types";
import { cn } from "@/components/ui/cn";
import { stepStates, type StepState } from "@/components/generate/stages";

const DOT: Record<StepState, string> = {
  done: "border-emerald-500/60 bg-emerald-500/15 text-emerald-300",
  active: "border-accent bg-accent/20 text-violet-200",
  failed: "border-red-500/60 bg-red-500/15 text-red-300",
  pending: "border-line text-muted/60",
};
const STATE_WORDS: Record<StepState, string> = { done: "done", active: "in progress", failed: "failed", pending: "not started" };

/** The pipeline steps with a tick, a spinner or a cross, and how long each took. */
export function StageChecklist({ task }: { task: Task }) {
  return (
    <ol className="grid gap-1.5 sm:grid-cols-2" aria-label="Generation steps">
      {stepStates(task).map((step) => (
        <li key={step.key} className="flex items-center gap-2.5 text-sm" data-state={step.state}>
          <span className={cn("flex size-5 shrink-0 items-center justify-center rounded-full border text-[11px]", DOT[step.state])} aria-hidden="true">
            {step.state === "done" ? "✓" : step.state === "failed" ? "✕" : step.state === "active" ? (
              <span className="size-2 animate-pulse rounded-full bg-current" />
            ) : null}
          </span>
          <span className={cn(step.state === "pending" ? "text-muted" : "text-fg", step.state === "active" && "font-medium")}>{step.label}</span>
          <span className="sr-only">: {STATE_WORDS[step.state]}</span>
          {step.ms !== null && step.state === "done" ? <span className="ml-auto text-xs tabular-nums text-muted">{formatMs(step.ms)}</span> : null}
        </li>
      ))}
    </ol>
  );
}

function formatMs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
