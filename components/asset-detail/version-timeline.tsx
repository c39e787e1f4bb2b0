"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { VersionSummary } from "@/components/data/types";
import { formatRelative } from "@/components/data/format";
import { restoreVersion } from "@/components/data/api-assets";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Skeleton } from "@/components/ui/skeleton";
import { QualityScore } from "@/components/assets/asset-stats";

/** Props of VersionTimeline: the versions (oldest first), the one shown and how to pick another. */
export interface VersionTimelineProps {
  assetId: string;
  versions: VersionSummary[] | undefined;
  selected: number | null;
  onSelect: (version: number | null) => void;
}

/** Every version with the feedback that made it; picking one shows it everywhere on the page, "Make current" restores it. */
export function VersionTimeline({ assetId, versions, selected, onSelect }: VersionTimelineProps) {
  const queryClient = useQueryClient();
  const restore = useMutation({
    mutationFn: (version: number) => restoreVersion(assetId, version),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["assets"] });
      void queryClient.invalidateQueries({ queryKey: ["analytics"] });
    },
  });

  return (
    <Card>
      <CardHeader>
        <h2 className="text-sm font-semibold">Versions</h2>
        {versions ? <span className="text-xs text-muted">{versions.length}</span> : null}
      </CardHeader>
      {!versions ? (
        <div className="flex flex-col gap-2 p-4">
          <Skeleton className="h-14 w-full" />
        </div>
      ) : (
        <ol className="flex flex-col p-2" aria-label="Version timeline" data-testid="version-timeline">
          {[...versions].reverse().map((v) => {
            const active = v.version === selected;
            return (
              <li key={v.version} className="relative pl-5">
                <span aria-hidden="true" className={cn("absolute top-4 left-1.5 size-2.5 rounded-full border-2", v.is_current ? "border-emerald-400 bg-emerald-400/40" : "border-line bg-surface")} />
                <button
                  type="button"
                  onClick={() => onSelect(v.version)}
                  aria-pressed={active}
                  aria-label={`Version ${v.version}${v.is_current ? " (current)" : ""}`}
                  className={cn("flex w-full flex-col gap-1 rounded-lg px-3 py-2.5 text-left transition-colors", active ? "bg-accent/12 ring-1 ring-accent/50" : "hover:bg-surface-2")}
                >
                  <span className="flex items-center gap-2 text-sm font-medium">
                    v{v.version}
                    {v.is_current ? <Badge tone="success">current</Badge> : null}
                    <span className="ml-auto text-xs font-normal">
                      <QualityScore score={v.quality_score} />
                    </span>
                  </span>
                  <span className="line-clamp-2 text-xs text-muted">{v.refinement_request ? `“${v.refinement_request}”` : "Generated from the prompt"}</span>
                  <time dateTime={v.created_at} className="text-[11px] text-muted/80">
                    {formatRelative(v.created_at)}
                  </time>
                </button>
                {active && !v.is_current ? (
                  <Button variant="secondary" size="sm" className="mt-1 mb-1 ml-3" disabled={restore.isPending} onClick={() => restore.mutate(v.version)}>
                    {restore.isPending ? "Restoring…" : "Make current"}
                  </Button>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
      {restore.error ? <Alert tone="danger" className="m-3">{restore.error.message}</Alert> : null}
    </Card>
  );
}
