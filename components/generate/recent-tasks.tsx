"use client";

import { useQuery } from "@tanstack/react-query";
import { listTasks, queryKeys } from "@/components/data/api";
import { formatRelative } from "@/components/data/format";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Skeleton } from "@/components/ui/skeleton";
import { CancelTaskButton } from "@/components/generate/cancel-task-button";
import { StatusBadge } from "@/components/generate/status-badge";

const LIMIT = 8;

/** Props of RecentTasks: the task shown above, and what to do when another is picked. */
export interface RecentTasksProps {
  activeTaskId: string | null;
  onSelect: (taskId: string) => void;
}

/** The user's latest tasks, refreshed every few seconds; picking one shows it in the task panel. */
export function RecentTasks({ activeTaskId, onSelect }: RecentTasksProps) {
  const { data, error, isPending } = useQuery({
    queryKey: queryKeys.tasks(LIMIT),
    queryFn: () => listTasks(LIMIT),
    refetchInterval: 4000,
  });

  return (
    <Card>
      <CardHeader>
        <h2 className="text-sm font-semibold">Recent tasks</h2>
        {data ? <span className="text-xs text-muted">{data.total} total</span> : null}
      </CardHeader>
      {isPending ? (
        <ul className="divide-y divide-line" aria-busy="true">
          {Array.from({ length: 3 }, (_, i) => (
            <li key={i} className="flex items-center gap-3 px-4 py-3 sm:px-5">
              <Skeleton className="h-4 flex-1" />
              <Skeleton className="h-5 w-20 rounded-full" />
            </li>
          ))}
        </ul>
      ) : error ? (
        <p className="px-5 py-4 text-sm text-red-300">Could not load tasks: {error.message}</p>
      ) : data.items.length === 0 ? (
        <p className="px-5 py-6 text-sm text-muted">No tasks yet. Your generations will show up here.</p>
      ) : (
        <ul className="divide-y divide-line" data-testid="recent-tasks">
          {data.items.map((task) => {
            const active = task.task_id === activeTaskId;
            const cancelable = task.status === "queued" || task.status === "running";
            return (
              <li key={task.task_id} className="flex items-center" data-testid="recent-task" data-status={task.status}>
                <button
                  type="button"
                  onClick={() => onSelect(task.task_id)}
                  aria-current={active ? "true" : undefined}
                  className={cn(
                    "flex min-w-0 flex-1 items-center gap-3 px-4 py-3 text-left transition-colors sm:px-5",
                    active ? "bg-accent/10" : "hover:bg-surface-2",
                  )}
                >
                  <span className="min-w-0 flex-1 truncate text-sm text-fg">{task.prompt}</span>
                  <time dateTime={task.created_at} className="hidden shrink-0 text-xs text-muted sm:inline">
                    {formatRelative(task.created_at)}
                  </time>
                  <StatusBadge status={task.status} />
                </button>
                {cancelable ? (
                  <div className="shrink-0 pr-2 sm:pr-3">
                    <CancelTaskButton taskId={task.task_id} label={`Cancel “${task.prompt}”`} />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
