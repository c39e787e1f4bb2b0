import { z } from "zod";

/** Query of GET /api/v1/analytics. */
export const analyticsQuerySchema = z.object({
  days: z.coerce.number().int().min(7, "days must be 7-365").max(365, "days must be 7-365").default(30).describe("How many days 'assets created over time' covers, up to today (UTC)."),
});

const count = z.number().int().min(0);

/** What GET /api/v1/analytics answers: the caller's numbers, computed in SQL. */
export const analyticsResponseSchema = z.strictObject({
  summary: z.strictObject({
    total_assets: count,
    average_quality: z.number().nullable().describe("Mean quality score (0-10) of scored assets; null when none is scored."),
    unique_tags: count,
    high_quality: count.describe("Assets scoring 8 or more."),
    total_versions: count,
  }),
  quality_histogram: z.array(z.strictObject({ min: z.number(), max: z.number(), count })).describe("Ten bins of one point each, 0-10."),
  assets_over_time: z.array(z.strictObject({ date: z.string().describe("YYYY-MM-DD (UTC)"), count })),
  top_tags: z.array(z.strictObject({ tag: z.string(), count })).describe("The ten most used tags."),
  generation_time: z.strictObject({
    buckets: z.array(z.strictObject({ label: z.string(), min_s: z.number(), max_s: z.number().nullable(), count })),
    median_s: z.number().nullable(),
    p90_s: z.number().nullable(),
  }).describe("Completed tasks, started_at to finished_at."),
  outcomes: z.strictObject({ completed: count, failed: count, canceled: count }),
  stages: z.array(z.strictObject({ stage: z.string(), reached: count, failed: count })).describe("Per pipeline stage: finished tasks that reached it and those that failed in it."),
  errors: z.array(z.strictObject({ code: z.string(), count })).describe("Failed tasks by error code."),
});

export type AnalyticsResponse = z.infer<typeof analyticsResponseSchema>;
