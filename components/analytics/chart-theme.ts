/** Colours and axis styling shared by the charts (the theme's tokens, as Recharts wants literal values). */
export const CHART = {
  accent: "#8b7cf6",
  success: "#34d399",
  danger: "#f87171",
  grid: "#2a2f3c",
  axis: { stroke: "#3a4050", tick: { fill: "#9aa1b2", fontSize: 12 } },
  tooltip: {
    contentStyle: { background: "#1c202b", border: "1px solid #2a2f3c", borderRadius: 8, color: "#e8eaf0", fontSize: 12 },
    cursor: { fill: "rgba(139,124,246,0.08)" },
  },
} as const;

/** Height of every chart body: fixed, so nothing moves when data arrives. */
export const CHART_HEIGHT = 240;
