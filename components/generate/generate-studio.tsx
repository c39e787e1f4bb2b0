"use client";

import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { GenerateInput } from "@/lib/validations/generate";
import { createTask, queryKeys } from "@/components/data/api";
import { getMe } from "@/components/data/api-account";
import { Card, CardBody } from "@/components/ui/card";
import { GenerateForm } from "@/components/generate/generate-form";
import { RecentTasks } from "@/components/generate/recent-tasks";
import { TaskPanel } from "@/components/generate/task-panel";
import { PREVIEW_HEIGHT } from "@/components/generate/task-preview";
import { cn } from "@/components/ui/cn";

/** The Generate page's client part: form, live task panel and recent tasks; the shown task lives in ?task=. */
export function GenerateStudio({ initialTaskId }: { initialTaskId: string | null }) {
  const queryClient = useQueryClient();
  const [taskId, setTaskId] = useState<string | null>(initialTaskId);
  const me = useQuery({ queryKey: queryKeys.me, queryFn: getMe, staleTime: 30_000 });

  const show = (id: string) => {
    setTaskId(id);
    // Keeps the task on reload and in shared links, without a server round trip.
    window.history.replaceState(null, "", `?task=${encodeURIComponent(id)}`);
  };

  const mutation = useMutation({
    mutationFn: ({ input, image }: { input: GenerateInput; image: File | null }) => createTask(input, image),
    onSuccess: (task) => {
      queryClient.setQueryData(queryKeys.task(task.task_id), task);
      void queryClient.invalidateQueries({ queryKey: ["tasks"] });
      show(task.task_id);
    },
  });

  return (
    <div className="flex flex-col gap-6">
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,26rem)_minmax(0,1fr)]">
        <Card>
          <CardBody>
            {/* Remounted once the defaults arrive; disabled until then, so nothing typed is lost and nothing shifts. */}
            <GenerateForm
              key={me.isPending ? "loading" : "ready"}
              loading={me.isPending}
              defaults={me.data?.preferences}
              onSubmit={(input, image) => mutation.mutate({ input, image })}
              pending={mutation.isPending}
              error={mutation.error?.message ?? null}
            />
          </CardBody>
        </Card>
        <section aria-label="Current task" className="lg:sticky lg:top-20">
          {taskId ? <TaskPanel key={taskId} taskId={taskId} /> : <EmptyPanel />}
        </section>
      </div>
      <RecentTasks activeTaskId={taskId} onSelect={show} />
    </div>
  );
}

function EmptyPanel() {
  return (
    <Card className="overflow-hidden">
      <div className={cn(PREVIEW_HEIGHT, "flex flex-col items-center justify-center gap-3 bg-[radial-gradient(ellipse_at_center,#1f2330,#151821_70%)] px-6 text-center")}>
        <svg viewBox="0 0 32 32" className="size-12 opacity-70" aria-hidden="true">
          <path d="M16 5 26 10.5v11L16 27 6 21.5v-11L16 5Z" fill="none" stroke="#8b7cf6" strokeWidth="1.2" strokeLinejoin="round" />
          <path d="M6 10.5 16 16l10-5.5M16 16v11" fill="none" stroke="#8b7cf6" strokeWidth="1.2" strokeLinejoin="round" />
        </svg>
        <p className="font-medium text-fg">Your model will appear here</p>
        <p className="max-w-xs text-sm text-muted">Describe an object and press Generate. You can orbit, zoom and download it when it is ready.</p>
      </div>
    </Card>
  );
}
