"use client";

import { useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Progress } from "@/components/ui/progress";
import { Skeleton } from "@/components/ui/skeleton";
import { CancelTaskButton } from "@/components/generate/cancel-task-button";
import { StatusBadge } from "@/components/generate/status-badge";
import { stageLabel } from "@/components/generate/stages";
import { useLiveTask } from "@/components/generate/use-live-task";

/** Props of RefineProgress: the refine task, what to do when it completed (with the new version), and how to close it after a failure. */
export interface RefineProgressProps {
  taskId: string;
  onCompleted: (version: number | null) => void;
  onDismiss: () => void;
}

/** A refine task followed live (events, polling as fallback); hands over the new version once it is made. */
export function RefineProgress({ taskId, onCompleted, onDismiss }: RefineProgressProps) {
  const { data: task, error, transport } = useLiveTask(taskId);
  const reported = useRef(false);
  useEffect(() => {
    if (task?.status !== "completed" || reported.current) return;
    reported.current = true;
    onCompleted(task.asset?.current_version ?? null);
  }, [task, onCompleted]);

  if (!task) return error ? <Alert tone="danger">{error.message}</Alert> : <Skeleton className="h-24 w-full" />;
  const failed = task.status === "failed" || task.status === "canceled";
  return (
    <div className="flex flex-col gap-3" data-testid="refine-progress" data-status={task.status} data-transport={transport}>
      <p className="line-clamp-2 text-sm text-muted">“{task.feedback ?? task.prompt}”</p>
      <div className="flex items-center justify-between gap-2 text-sm">
        <span className="font-medium" aria-live="polite">
          {stageLabel(task)}
        </span>
        <span className="flex items-center gap-2">
          {task.status === "queued" || task.status === "running" ? <CancelTaskButton taskId={task.task_id} /> : null}
          <StatusBadge status={task.status} />
        </span>
      </div>
      <Progress value={failed ? Math.max(task.progress, 4) : task.progress} label="Refinement progress" tone={failed ? "danger" : "accent"} />
      {task.status === "failed" ? (
        <Alert tone="danger" title="Refinement failed">
          {task.error_message ?? "The task failed without a message."}
        </Alert>
      ) : null}
      {failed ? (
        <Button variant="secondary" size="sm" onClick={onDismiss}>
          Try other feedback
        </Button>
      ) : null}
    </div>
  );
}
