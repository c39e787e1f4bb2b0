"use client";

import { useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/components/data/api";
import { getHealth } from "@/components/data/api-account";
import { Badge } from "@/components/ui/badge";
import { Skeleton } from "@/components/ui/skeleton";
import { SettingsSection } from "@/components/settings/settings-section";

/** App version, Blender, sandbox, live workers and queue, from /api/v1/health (refreshed every 10 s). */
export function AboutSection() {
  const { data } = useQuery({ queryKey: queryKeys.health, queryFn: getHealth, refetchInterval: 10_000 });
  const rows = data
    ? [
        ["App version", data.version],
        ["Blender", data.dependencies.blender],
        ["Sandbox", data.dependencies.sandbox],
        ["Live workers", String(data.workers.live)],
        ["Queue", `${data.queue.queued ?? "?"} queued · ${data.queue.running ?? "?"} running`],
        ["Database", data.dependencies.database],
        ["Storage", data.dependencies.storage],
      ]
    : [];
  return (
    <SettingsSection id="about" title="About" description="What this server runs.">
      {data ? (
        <dl className="grid min-h-[12rem] gap-x-6 gap-y-3 sm:grid-cols-2" data-testid="about">
          <div className="flex items-center gap-2 sm:col-span-2">
            <dt className="text-sm text-muted">Status</dt>
            <dd>
              <Badge tone={data.status === "healthy" ? "success" : "warning"}>{data.status}</Badge>
            </dd>
          </div>
          {rows.map(([term, value]) => (
            <div key={term} className="min-w-0">
              <dt className="text-xs text-muted">{term}</dt>
              <dd className="truncate text-sm" title={value}>
                {value}
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <Skeleton className="h-[12rem] w-full" />
      )}
    </SettingsSection>
  );
}
