"use client";

import { Area, AreaChart, Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Analytics } from "@/components/data/types";
import { ChartCard } from "@/components/analytics/chart-card";
import { CHART } from "@/components/analytics/chart-theme";

type Data = Analytics | undefined;

/** Assets per quality band (0-1 … 9-10). */
export function QualityHistogramChart({ data }: { data: Data }) {
  const rows = data?.quality_histogram.map((b) => ({ band: `${b.min}-${b.max}`, count: b.count })) ?? [];
  const scored = rows.reduce((n, r) => n + r.count, 0);
  return (
    <ChartCard
      title="Quality scores"
      note={data ? `${scored} scored` : null}
      summary={rows.filter((r) => r.count).map((r) => `${r.count} assets scored ${r.band}`).join(", ")}
      empty={data && scored === 0 ? "No scored assets yet." : null}
    >
      {data ? (
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 4, right: 4, bottom: 0, left: -24 }}>
            <CartesianGrid stroke={CHART.grid} vertical={false} />
            <XAxis dataKey="band" {...CHART.axis} interval={0} tickLine={false} />
            <YAxis allowDecimals={false} {...CHART.axis} tickLine={false} />
            <Tooltip {...CHART.tooltip} formatter={(v) => [v, "assets"]} labelFormatter={(l) => <>Score {l}</>} />
            <Bar dataKey="count" fill={CHART.accent} radius={[4, 4, 0, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      ) : null}
    </ChartCard>
  );
}

/** Assets created per day over the last 30 days. */
export function AssetsOverTimeChart({ data }: { data: Data }) {
  const rows = data?.assets_over_time.map((d) => ({ ...d, label: d.date.slice(5) })) ?? [];
  const total = rows.reduce((n, r) => n + r.count, 0);
  return (
    <ChartCard title="Assets created" note="last 30 days" summary={`${total} assets created in the last 30 days`} empty={data && total === 0 ? "Nothing created in the last 30 days." : null}>
      {data ? (
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart data={rows} margin={{ top: 4, right: 8, bottom: 0, left: -24 }}>
            <CartesianGrid stroke={CHART.grid} vertical={false} />
            <XAxis dataKey="label" {...CHART.axis} tickLine={false} minTickGap={24} />
            <YAxis allowDecimals={false} {...CHART.axis} tickLine={false} />
            <Tooltip {...CHART.tooltip} formatter={(v) => [v, "assets"]} labelFormatter={(l) => rows.find((r) => r.label === l)?.date ?? ""} />
            <Area type="monotone" dataKey="count" stroke={CHART.accent} fill={CHART.accent} fillOpacity={0.25} isAnimationActive={false} />
          </AreaChart>
        </ResponsiveContainer>
      ) : null}
    </ChartCard>
  );
}

/** The ten most used tags as horizontal bars. */
export function TopTagsChart({ data }: { data: Data }) {
  const rows = data?.top_tags ?? [];
  return (
    <ChartCard title="Most used tags" summary={rows.map((t) => `${t.tag}: ${t.count}`).join(", ")} empty={data && rows.length === 0 ? "No tags yet: add some when you generate." : null}>
      {data ? (
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} layout="vertical" margin={{ top: 0, right: 8, bottom: 0, left: 8 }}>
            <CartesianGrid stroke={CHART.grid} horizontal={false} />
            <XAxis type="number" allowDecimals={false} {...CHART.axis} tickLine={false} />
            <YAxis type="category" dataKey="tag" width={88} {...CHART.axis} tickLine={false} />
            <Tooltip {...CHART.tooltip} formatter={(v) => [v, "assets"]} />
            <Bar dataKey="count" fill={CHART.success} radius={[0, 4, 4, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      ) : null}
    </ChartCard>
  );
}
