import type { Metadata } from "next";
import { AnalyticsDashboard } from "@/components/analytics/analytics-dashboard";

export const metadata: Metadata = { title: "Analytics" };

/** Numbers about the user's assets and generations, aggregated by the database. */
export default function AnalyticsPage() {
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Analytics</h1>
        <p className="mt-1 text-sm text-muted">How your assets score, what you make, and how generations go.</p>
      </div>
      <AnalyticsDashboard />
    </div>
  );
}
