import type { TaskStatus } from "@/components/data/types";
import { Badge } from "@/components/ui/badge";

const TONES = { queued: "neutral", running: "accent", completed: "success", failed: "danger", canceled: "warning" } as const;
const LABELS: Record<TaskStatus, string> = { queued: "Queued", running: "Running", completed: "Completed", failed: "Failed", canceled: "Canceled" };

/** A task's status as a coloured pill. */
export function StatusBadge({ status }: { status: TaskStatus }) {
  return (
    <Badge tone={TONES[status]} data-status={status}>
      {status === "running" ? <span aria-hidden="true" className="size-1.5 animate-pulse rounded-full bg-current" /> : null}
      {LABELS[status]}
    </Badge>
  );
}
