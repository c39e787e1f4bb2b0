import type { Task } from "@/components/data/types";
import { Alert } from "@/components/ui/alert";
import { Progress } from "@/components/ui/progress";
import { StageChecklist } from "@/components/generate/stage-checklist";
import { stageLabel } from "@/components/generate/stages";

/** Progress bar, the current stage in words, the step checklist, and the error when the task failed. */
export function TaskProgress({ task }: { task: Task }) {
  const failed = task.status === "failed";
  const label = stageLabel(task);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-2">
        <div className="flex items-baseline justify-between gap-3 text-sm">
          <span className="font-medium text-fg" data-testid="task-stage" aria-live="polite">
            {label}
          </span>
          <span className="tabular-nums text-muted">{Math.round(task.progress)}%</span>
        </div>
        <Progress value={failed ? Math.max(task.progress, 4) : task.progress} label="Generation progress" tone={failed ? "danger" : "accent"} />
      </div>
      {failed ? (
        <Alert tone="danger" title="Generation failed">
          {task.error_message ?? "The task failed without a message."}
          {task.error_code ? <span className="mt-1 block font-mono text-xs opacity-70">{task.error_code}</span> : null}
        </Alert>
      ) : null}
      {task.status === "canceled" ? <Alert title="Canceled">This task was canceled before it finished.</Alert> : null}
      {task.stage === "retrying" && task.error_message ? (
        <Alert title="Retrying">The last attempt failed ({task.error_message}); the worker will try again.</Alert>
      ) : null}
      <StageChecklist task={task} />
    </div>
  );
}
