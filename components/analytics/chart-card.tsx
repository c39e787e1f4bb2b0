import type { ReactNode } from "react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { CHART_HEIGHT } from "@/components/analytics/chart-theme";

/** Props of ChartCard: title, a one-line note, a text summary for screen readers, and the chart (null while loading). */
export interface ChartCardProps {
  title: string;
  note?: ReactNode;
  summary: string;
  empty?: string | null;
  children: ReactNode | null;
}

/** A chart in a card with a fixed-height body; the chart is described in words for assistive tech. */
export function ChartCard({ title, note, summary, empty, children }: ChartCardProps) {
  return (
    <Card className="min-w-0">
      <CardHeader>
        <h2 className="text-sm font-semibold">{title}</h2>
        {note ? <span className="text-xs text-muted">{note}</span> : null}
      </CardHeader>
      <CardBody>
        <figure style={{ height: CHART_HEIGHT }} className="relative m-0" aria-label={summary || title} role="img">
          {children === null ? (
            <Skeleton className="h-full w-full" />
          ) : empty ? (
            <p className="flex h-full items-center justify-center text-center text-sm text-muted">{empty}</p>
          ) : (
            children
          )}
        </figure>
      </CardBody>
    </Card>
  );
}
