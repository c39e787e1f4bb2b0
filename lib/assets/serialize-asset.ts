import type { Asset, AssetVersion } from "@/lib/generated/prisma/client";
import type { DownloadFormat } from "@/lib/assets/formats";

/** What a version's `files` column holds: format → file name (inside the version folder) and size; `original` is an import's uploaded file. */
export type VersionFiles = Partial<Record<DownloadFormat, { file: string; bytes: number }>>;

/** Download links per format; never a server path. */
export function downloadUrls(assetId: string, files: VersionFiles, version?: number) {
  const q = version ? `?version=${version}` : "";
  return Object.fromEntries(
    Object.entries(files).map(([format, f]) => [format, { url: `/api/v1/assets/${assetId}/download/${format}${q}`, bytes: f?.bytes ?? 0 }]),
  );
}

/** The API's asset shape (snake_case), with the current version's files as URLs. */
export function serializeAsset(asset: Asset & { currentVersion: Pick<AssetVersion, "number" | "files" | "previewFile" | "stats"> | null; _count?: { versions: number } }) {
  const v = asset.currentVersion;
  const files = (v?.files ?? {}) as VersionFiles;
  return {
    id: asset.id,
    name: asset.name,
    prompt: asset.prompt,
    tags: asset.tags,
    metadata: asset.metadata ?? {},
    quality_score: asset.qualityScore,
    created_at: asset.createdAt.toISOString(),
    updated_at: asset.updatedAt.toISOString(),
    current_version: v?.number ?? null,
    versions_count: asset._count?.versions ?? (v ? 1 : 0),
    files: downloadUrls(asset.id, files),
    screenshot_url: v?.previewFile ? `/api/v1/assets/${asset.id}/screenshot` : null,
    stats: v?.stats ?? {},
  };
}

export type AssetResponse = ReturnType<typeof serializeAsset>;
