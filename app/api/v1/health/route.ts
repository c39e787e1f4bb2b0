import { NextResponse } from "next/server";
import { withRequestLog } from "@/lib/api/with-request-log";
import { getHealth } from "@/lib/health/get-health";

export const dynamic = "force-dynamic";

/** GET /api/v1/health (public): 200 when database, storage and a worker are up, 503 otherwise. */
export const GET = withRequestLog(async () => {
  const health = await getHealth();
  return NextResponse.json(health, { status: health.status === "healthy" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
});
