"use client";

import { useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/components/data/api";
import { getAnalytics } from "@/components/data/api-account";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { AssetsOverTimeChart, QualityHistogramChart, TopTagsChart } from "@/components/analytics/asset-charts";
import { SummaryMetrics } from "@/components/analytics/summary-metrics";
import { GenerationTimeChart, StageOutcomesChart } from "@/components/analytics/task-charts";

const DAYS = 30;

/** Summary numbers and five charts from GET /api/v1/analytics; every box keeps its size while loading. */
export function AnalyticsDashboard() {
  const { data, error, isPending, refetch } = useQuery({ queryKey: queryKeys.analytics(DAYS), queryFn: () => getAnalytics(DAYS) });
  if (error && !data) {
    return (
      <Alert tone="danger" title="Could not load analytics">
        <p>{error.message}</p>
        <Button variant="secondary" size="sm" className="mt-3" onClick={() => void refetch()}>
          Try again
        </Button>
      </Alert>
    );
  }
  return (
    <div className="flex flex-col gap-5" data-testid="analytics" data-loaded={isPending ? "false" : "true"}>
      <SummaryMetrics data={data} />
      <div className="grid gap-5 lg:grid-cols-2">
        <QualityHistogramChart data={data} />
        <AssetsOverTimeChart data={data} />
        <TopTagsChart data={data} />
        <GenerationTimeChart data={data} />
        <StageOutcomesChart data={data} />
        <Card className="min-w-0">
          <CardHeader>
            <h2 className="text-sm font-semibold">Failures by error</h2>
            {data ? <span className="text-xs text-muted">{data.outcomes.canceled} canceled</span> : null}
          </CardHeader>
          <CardBody className="h-[272px] overflow-auto sm:h-[280px]">
            {!data ? null : data.errors.length === 0 ? (
              <p className="text-sm text-muted">No failed generations.</p>
            ) : (
              <ul className="flex flex-col gap-2" data-testid="failure-codes">
                {data.errors.map((e) => (
                  <li key={e.code} className="flex items-center justify-between gap-3 text-sm">
                    <code className="truncate font-mono text-xs text-red-200">{e.code}</code>
                    <Badge tone="danger">{e.count}</Badge>
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>
      </div>
    </div>
  );
}
