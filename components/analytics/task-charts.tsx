"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Analytics } from "@/components/data/types";
import { ChartCard } from "@/components/analytics/chart-card";
import { CHART } from "@/components/analytics/chart-theme";

type Data = Analytics | undefined;

/** Completed tasks by how long they took, with median and 90th percentile. */
export function GenerationTimeChart({ data }: { data: Data }) {
  const g = data?.generation_time;
  const total = g?.buckets.reduce((n, b) => n + b.count, 0) ?? 0;
  return (
    <ChartCard
      title="Generation time"
      note={g && g.median_s !== null ? `median ${g.median_s} s · p90 ${g.p90_s} s` : null}
      summary={g ? g.buckets.filter((b) => b.count).map((b) => `${b.count} took ${b.label}`).join(", ") : ""}
      empty={data && total === 0 ? "No completed generations yet." : null}
    >
      {g ? (
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={g.buckets} margin={{ top: 4, right: 4, bottom: 0, left: -24 }}>
            <CartesianGrid stroke={CHART.grid} vertical={false} />
            <XAxis dataKey="label" {...CHART.axis} interval={0} tickLine={false} />
            <YAxis allowDecimals={false} {...CHART.axis} tickLine={false} />
            <Tooltip {...CHART.tooltip} formatter={(v) => [v, "tasks"]} />
            <Bar dataKey="count" fill={CHART.accent} radius={[4, 4, 0, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      ) : null}
    </ChartCard>
  );
}

/** Per pipeline stage: tasks that got through it and tasks that failed in it. */
export function StageOutcomesChart({ data }: { data: Data }) {
  const rows = data?.stages.map((s) => ({ stage: s.stage, passed: s.reached - s.failed, failed: s.failed })) ?? [];
  const failed = rows.reduce((n, r) => n + r.failed, 0);
  const reached = data?.stages[0]?.reached ?? 0;
  return (
    <ChartCard
      title="Success and failure by stage"
      note={data ? `${failed} of ${reached} failed` : null}
      summary={rows.map((r) => `${r.stage}: ${r.passed} passed, ${r.failed} failed`).join("; ")}
      empty={data && rows.length === 0 ? "No finished tasks yet." : null}
    >
      {data ? (
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 4, right: 4, bottom: 0, left: -24 }}>
            <CartesianGrid stroke={CHART.grid} vertical={false} />
            <XAxis dataKey="stage" {...CHART.axis} interval={0} tickLine={false} />
            <YAxis allowDecimals={false} {...CHART.axis} tickLine={false} />
            <Tooltip {...CHART.tooltip} />
            <Legend wrapperStyle={{ fontSize: 12, color: "#9aa1b2" }} />
            <Bar dataKey="passed" stackId="s" fill={CHART.success} isAnimationActive={false} />
            <Bar dataKey="failed" stackId="s" fill={CHART.danger} radius={[4, 4, 0, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      ) : null}
    </ChartCard>
  );
}
