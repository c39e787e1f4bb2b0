import { NextResponse } from "next/server";
import { getHealth } from "@/lib/health/get-health";

export const dynamic = "force-dynamic";

/** GET /api/v1/health: 200 when database, storage and a worker are up, 503 otherwise. */
export async function GET() {
  const health = await getHealth();
  return NextResponse.json(health, { status: health.status === "healthy" ? 200 : 503 });
}
