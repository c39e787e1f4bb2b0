"use client";

import { useEffect } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { FINISHED_STATUSES } from "@/components/data/api";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { StatusBadge } from "@/components/generate/status-badge";
import { TaskPreview, PREVIEW_HEIGHT } from "@/components/generate/task-preview";
import { TaskProgress } from "@/components/generate/task-progress";
import { TaskResult } from "@/components/generate/task-result";
import { CancelTaskButton } from "@/components/generate/cancel-task-button";
import { useLiveTask } from "@/components/generate/use-live-task";
import { ReadingTerms } from "@/components/generate/prompt-reading";

/** Live view of one task (streamed, polling as fallback); once done: the model, its numbers and downloads. */
export function TaskPanel({ taskId }: { taskId: string }) {
  const queryClient = useQueryClient();
  const { data: task, error, isPending, transport } = useLiveTask(taskId);

  const status = task?.status;
  useEffect(() => {
    // A finished task changes the recent list and maybe the asset library.
    if (status && FINISHED_STATUSES.has(status)) {
      void queryClient.invalidateQueries({ queryKey: ["tasks"] });
      if (status === "completed") void queryClient.invalidateQueries({ queryKey: ["assets"] });
    }
  }, [status, queryClient]);

  if (isPending) {
    return (
      <Card aria-busy="true" className="overflow-hidden">
        <Skeleton className={`${PREVIEW_HEIGHT} rounded-none`} />
        <CardBody className="flex flex-col gap-3">
          <Skeleton className="h-5 w-2/3" />
          <Skeleton className="h-2 w-full" />
          <Skeleton className="h-16 w-full" />
        </CardBody>
      </Card>
    );
  }
  if (!task) {
    return (
      <Card className="p-5">
        <Alert tone="danger" title="Could not load this task">
          {error?.message ?? "Unknown error."}
        </Alert>
      </Card>
    );
  }

  return (
    <Card className="overflow-hidden" data-testid="task-panel" data-status={task.status} data-transport={transport}>
      <TaskPreview task={task} />
      <CardBody className="flex flex-col gap-5">
        <div className="flex items-start justify-between gap-3">
          <div className="min-w-0">
            <h2 className="line-clamp-2 font-medium break-words text-fg">{task.asset?.name ?? task.prompt}</h2>
            {task.asset && task.asset.name !== task.prompt ? <p className="mt-0.5 line-clamp-1 text-sm text-muted">“{task.prompt}”</p> : null}
          </div>
          <div className="flex shrink-0 items-center gap-2">
            {task.status === "queued" || task.status === "running" ? <CancelTaskButton taskId={task.task_id} /> : null}
            <StatusBadge status={task.status} />
          </div>
        </div>
        {task.interpretation && (task.status === "failed" || task.interpretation.unmodelled_terms.length || task.interpretation.unapplied_terms?.length) ? (
          <div data-testid="task-reading">
            <ReadingTerms reading={task.interpretation} rows={task.status === "failed" ? undefined : ["unmodelled", "applied", "unapplied"]} />
          </div>
        ) : null}
        {task.status === "completed" && task.asset ? <TaskResult asset={task.asset} /> : <TaskProgress task={task} />}
      </CardBody>
    </Card>
  );
}
