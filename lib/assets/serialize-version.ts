import type { AssetVersion } from "@/lib/generated/prisma/client";
import { downloadUrls, type VersionFiles } from "@/lib/assets/serialize-asset";
import { readInterpretation } from "@/lib/validations/plan";

/** One line of GET /assets/{id}/versions. */
export function serializeVersionSummary(v: AssetVersion, currentVersionId: string | null) {
  return {
    version: v.number,
    created_at: v.createdAt.toISOString(),
    quality_score: v.qualityScore,
    refinement_request: v.feedback,
    interpretation: readInterpretation((v.plan as { interpretation?: unknown } | null)?.interpretation),
    is_current: v.id === currentVersionId,
    source: v.source as "generate" | "import",
  };
}

/** GET /assets/{id}/versions/{version}: plan, code, scene stats, quality reasons, files as URLs and the trail. */
export function serializeVersionDetail(v: AssetVersion, currentVersionId: string | null) {
  return {
    ...serializeVersionSummary(v, currentVersionId),
    provider: v.provider,
    plan: (v.plan ?? {}) as Record<string, unknown>,
    code: v.code,
    stats: (v.stats ?? {}) as Record<string, unknown>,
    quality_reasons: (v.qualityReasons ?? []) as { severity: string; message: string }[],
    files: downloadUrls(v.assetId, v.files as VersionFiles, v.number),
    screenshot_url: v.previewFile ? `/api/v1/assets/${v.assetId}/screenshot?version=${v.number}` : null,
    trail: (v.trail ?? []) as unknown[],
  };
}
