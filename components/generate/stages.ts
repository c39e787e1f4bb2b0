import type { Task } from "@/components/data/types";

/** The pipeline's steps in order, with the words the UI shows for each. */
export const STAGE_STEPS = [
  { key: "planning", label: "Planning" },
  { key: "coding", label: "Writing Blender code" },
  { key: "modeling", label: "Modeling in Blender" },
  { key: "checking", label: "Checking the result" },
  { key: "saving", label: "Saving" },
] as const;

const OTHER_LABELS: Record<string, string> = {
  queued: "Waiting in queue",
  claimed: "Starting",
  retrying: "Retrying after an error",
  completed: "Done",
  failed: "Failed",
  canceled: "Canceled",
};

/** The current stage of a task in words. */
export function stageLabel(task: Pick<Task, "status" | "stage">): string {
  if (task.status === "completed" || task.status === "failed" || task.status === "canceled") return OTHER_LABELS[task.status];
  const stage = task.stage ?? task.status;
  return STAGE_STEPS.find((s) => s.key === stage)?.label ?? OTHER_LABELS[stage] ?? (task.status === "queued" ? OTHER_LABELS.queued : "Working");
}

export type StepState = "done" | "active" | "failed" | "pending";

/** Each step's state and recorded duration, derived from the task's current stage and stage log. */
export function stepStates(task: Task): Array<{ key: string; label: string; state: StepState; ms: number | null }> {
  const logged = new Map<string, number>();
  for (const s of task.stages ?? []) if (typeof s.ms === "number") logged.set(s.name, (logged.get(s.name) ?? 0) + s.ms);
  const current = STAGE_STEPS.findIndex((s) => s.key === task.stage);
  // A failed task's stage reads "failed": the failing step is the first one that never finished.
  const failedAt = task.status === "failed" ? STAGE_STEPS.findIndex((s) => !logged.has(s.key)) : -1;

  return STAGE_STEPS.map((step, i) => {
    let state: StepState = "pending";
    if (task.status === "completed") state = "done";
    else if (i === failedAt) state = "failed";
    else if (i === current && task.status === "running") state = "active";
    else if ((current >= 0 && i < current) || (logged.has(step.key) && i !== current)) state = "done";
    return { ...step, state, ms: logged.get(step.key) ?? null };
  });
}
