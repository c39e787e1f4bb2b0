import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { AssetDetail } from "@/components/asset-detail/asset-detail";
import { AssetDetailSkeleton } from "@/components/asset-detail/asset-detail-skeleton";

export const metadata: Metadata = { title: "Asset" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One asset: 3D viewer, versions, code and diff, agent trail, quality, refine, downloads and edits. */
export default async function AssetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  return (
    <Suspense fallback={<AssetDetailSkeleton />}>
      <AssetDetail assetId={id} />
    </Suspense>
  );
}
