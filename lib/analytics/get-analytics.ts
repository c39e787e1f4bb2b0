import { assetSummary, assetsOverTime, qualityHistogram, topTags } from "@/lib/analytics/asset-metrics";
import { failureCodes, generationTime, stageOutcomes, taskOutcomes } from "@/lib/analytics/task-metrics";
import type { AnalyticsResponse } from "@/lib/validations/analytics";

/** The user's dashboard numbers, each aggregated in PostgreSQL (no asset or task is loaded into memory). */
export async function getAnalytics({ userId, days }: { userId: string; days: number }): Promise<AnalyticsResponse> {
  const [summary, quality_histogram, assets_over_time, top_tags, generation_time, outcomes, stages, errors] = await Promise.all([
    assetSummary({ userId }),
    qualityHistogram({ userId }),
    assetsOverTime({ userId, days }),
    topTags({ userId }),
    generationTime({ userId }),
    taskOutcomes({ userId }),
    stageOutcomes({ userId }),
    failureCodes({ userId }),
  ]);
  return { summary, quality_histogram, assets_over_time, top_tags, generation_time, outcomes, stages, errors };
}
