"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { Task } from "@/components/data/types";
import { FINISHED_STATUSES, getTask, queryKeys } from "@/components/data/api";

const POLL_MS = 1000;
const never = () => () => {};
/** Whether this browser has EventSource; the server answers yes, as the first client render did before the check. */
const useCanStream = () => useSyncExternalStore(never, () => typeof EventSource !== "undefined", () => true);

/**
 * A task kept live: Server-Sent Events (GET /generate/{id}/events) push each change into the query cache; if the
 * stream cannot be opened or breaks, polling takes over. `transport` says which one is in use.
 */
export function useLiveTask(taskId: string | null) {
  const queryClient = useQueryClient();
  const [streamBroke, setStreamBroke] = useState(false);
  // Without EventSource there is no stream to try: poll from the start.
  const canStream = useCanStream();
  const streamFailed = streamBroke || !canStream;
  const query = useQuery({
    queryKey: queryKeys.task(taskId ?? "none"),
    queryFn: () => getTask(taskId!),
    enabled: Boolean(taskId),
    refetchInterval: (q) => (q.state.data && FINISHED_STATUSES.has(q.state.data.status) ? false : streamFailed ? POLL_MS : false),
    retry: 2,
  });
  const finished = query.data ? FINISHED_STATUSES.has(query.data.status) : false;

  useEffect(() => {
    if (!taskId || finished || streamFailed) return;
    const key = queryKeys.task(taskId);
    const source = new EventSource(`/api/v1/generate/${encodeURIComponent(taskId)}/events`);
    source.addEventListener("task", (event) => {
      queryClient.setQueryData(key, JSON.parse((event as MessageEvent<string>).data) as Task);
    });
    source.addEventListener("end", () => {
      source.close();
      void queryClient.invalidateQueries({ queryKey: key });
    });
    // EventSource would reconnect by itself; polling is simpler to reason about once the stream broke.
    source.onerror = () => {
      source.close();
      setStreamBroke(true);
    };
    return () => source.close();
  }, [taskId, finished, streamFailed, queryClient]);

  return { ...query, transport: streamFailed ? ("polling" as const) : ("stream" as const) };
}
