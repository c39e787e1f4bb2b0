"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { cancelTask, queryKeys } from "@/components/data/api";
import { Button } from "@/components/ui/button";

/** Cancels a queued or running task; the worker stops Blender within about a second. */
export function CancelTaskButton({ taskId, label }: { taskId: string; /** Accessible name when "Cancel" alone is ambiguous (in a list). */ label?: string }) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: () => cancelTask(taskId),
    onSuccess: (task) => {
      queryClient.setQueryData(queryKeys.task(taskId), task);
      void queryClient.invalidateQueries({ queryKey: ["tasks"] });
    },
    // 409: it finished meanwhile; the next update shows how.
    onError: () => void queryClient.invalidateQueries({ queryKey: queryKeys.task(taskId) }),
  });
  return (
    <Button variant="ghost" size="sm" onClick={() => mutation.mutate()} disabled={mutation.isPending} aria-label={label}>
      {mutation.isPending ? "Canceling…" : "Cancel"}
    </Button>
  );
}
