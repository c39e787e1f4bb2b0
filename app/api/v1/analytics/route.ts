import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";
import { getAnalytics } from "@/lib/analytics/get-analytics";
import { analyticsQuerySchema } from "@/lib/validations/analytics";

/** GET /api/v1/analytics?days=: the caller's asset and task metrics, aggregated in SQL. */
export const GET = withAuth(async ({ req, user }) => {
  const { days } = analyticsQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return NextResponse.json(await getAnalytics({ userId: user.id, days }), { headers: { "Cache-Control": "private, no-store" } });
});
