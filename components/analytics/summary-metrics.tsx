import type { Analytics } from "@/components/data/types";
import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";

/** The headline numbers: total assets, average quality, unique tags, high-quality count (and success rate). */
export function SummaryMetrics({ data }: { data: Analytics | undefined }) {
  const s = data?.summary;
  const finished = data ? data.outcomes.completed + data.outcomes.failed : 0;
  const items = [
    { id: "total-assets", label: "Total assets", value: s?.total_assets.toLocaleString("en-US"), note: s ? `${s.total_versions} versions` : "" },
    { id: "average-quality", label: "Average quality", value: s ? (s.average_quality === null ? "–" : `${s.average_quality.toFixed(1)}/10`) : undefined, note: "of scored assets" },
    { id: "unique-tags", label: "Unique tags", value: s?.unique_tags.toLocaleString("en-US"), note: "across your assets" },
    { id: "high-quality", label: "High quality", value: s?.high_quality.toLocaleString("en-US"), note: "scored 8 or more" },
    {
      id: "success-rate",
      label: "Success rate",
      value: data ? (finished ? `${Math.round((100 * data.outcomes.completed) / finished)}%` : "–") : undefined,
      note: data ? `${data.outcomes.completed} of ${finished} finished tasks` : "",
    },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
      {items.map((item) => (
        <Card key={item.id} className="flex h-[6.5rem] flex-col justify-between px-4 py-3">
          <dt className="text-xs text-muted">{item.label}</dt>
          <dd className="text-2xl font-semibold tabular-nums" data-testid={`metric-${item.id}`}>
            {item.value ?? <Skeleton className="h-7 w-16" />}
          </dd>
          <dd className="truncate text-xs text-muted">{item.value !== undefined ? item.note : "\u00a0"}</dd>
        </Card>
      ))}
    </dl>
  );
}
