"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { ApiRequestError, queryKeys } from "@/components/data/api";
import { getAsset, getVersion, listVersions } from "@/components/data/api-assets";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { AssetDownloads } from "@/components/assets/asset-downloads";
import { LazyAssetViewer } from "@/components/viewer/lazy-asset-viewer";
import { AssetDetailSkeleton } from "@/components/asset-detail/asset-detail-skeleton";
import { AssetHeader } from "@/components/asset-detail/asset-header";
import { DetailTabs } from "@/components/asset-detail/detail-tabs";
import { DETAIL_GRID, VIEWER_HEIGHT } from "@/components/asset-detail/layout";
import { RefineForm } from "@/components/asset-detail/refine-form";
import { VersionQuality } from "@/components/asset-detail/version-quality";
import { VersionTimeline } from "@/components/asset-detail/version-timeline";
import { useSelectedVersion } from "@/components/asset-detail/use-selected-version";

/** The asset page's client part: everything about one asset, for the version picked in `?v=`. */
export function AssetDetail({ assetId }: { assetId: string }) {
  const [picked, select] = useSelectedVersion();
  const asset = useQuery({ queryKey: queryKeys.asset(assetId), queryFn: () => getAsset(assetId) });
  const versions = useQuery({ queryKey: queryKeys.versions(assetId), queryFn: () => listVersions(assetId) });
  const number = picked ?? asset.data?.current_version ?? null;
  const version = useQuery({
    queryKey: queryKeys.version(assetId, number ?? 0),
    queryFn: () => getVersion(assetId, number!),
    enabled: number !== null,
    staleTime: Infinity, // a version never changes once made
  });

  if (asset.isPending) return <AssetDetailSkeleton />;
  if (asset.error) {
    const missing = asset.error instanceof ApiRequestError && asset.error.status === 404;
    return (
      <Alert tone="danger" title={missing ? "Asset not found" : "Could not load this asset"}>
        <p>{missing ? "It was deleted, or it belongs to someone else." : asset.error.message}</p>
        <Link href="/assets" className="mt-2 inline-block font-medium underline">
          Back to your assets
        </Link>
      </Alert>
    );
  }
  const a = asset.data;
  const glb = version.data?.files.glb?.url;

  return (
    <div className="flex flex-col gap-6" data-testid="asset-detail" data-version={version.data?.version ?? ""}>
      <AssetHeader asset={a} />
      <div className={DETAIL_GRID}>
        <div className="flex min-w-0 flex-col gap-6">
          <Card className="overflow-hidden">
            {glb ? (
              <LazyAssetViewer url={glb} autoRotate={false} controls className={VIEWER_HEIGHT} />
            ) : version.error ? (
              <div className={`${VIEWER_HEIGHT} flex items-center justify-center p-6 text-sm text-red-200`}>Could not load version {number}: {version.error.message}</div>
            ) : version.data ? (
              <div className={`${VIEWER_HEIGHT} flex items-center justify-center text-sm text-muted`}>This version has no GLB to preview.</div>
            ) : (
              <Skeleton className={`${VIEWER_HEIGHT} rounded-none`} />
            )}
          </Card>
          <DetailTabs assetName={a.name} version={version.data ?? null} versions={versions.data ?? []} assetId={assetId} />
        </div>
        <aside className="flex min-w-0 flex-col gap-4" aria-label="Versions and actions">
          <VersionTimeline assetId={assetId} versions={versions.data} selected={number} onSelect={select} />
          <VersionQuality version={version.data ?? null} />
          <Card>
            <CardHeader>
              <h2 className="text-sm font-semibold">Download{version.data ? ` version ${version.data.version}` : ""}</h2>
            </CardHeader>
            <CardBody className="min-h-[4.5rem]">{version.data ? <AssetDownloads files={version.data.files} /> : <Skeleton className="h-8 w-full" />}</CardBody>
          </Card>
          <RefineForm asset={a} baseVersion={version.data?.version ?? null} lastRefinement={version.data ?? null} onDone={(v) => select(v)} />
        </aside>
      </div>
    </div>
  );
}
