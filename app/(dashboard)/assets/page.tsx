import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { AssetLibrary } from "@/components/assets/asset-library";
import { AssetGridSkeleton } from "@/components/assets/asset-grid";
import { ImportModel } from "@/components/assets/import-model";
import { buttonClasses } from "@/components/ui/button";

export const metadata: Metadata = { title: "Assets" };

/** The asset library: search, filter, sort and page through every model; drop a file anywhere to import one. */
export default function AssetsPage() {
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Assets</h1>
          <p className="mt-1 text-sm text-muted">Your generated and imported models. Open one to orbit it, refine it and download its files.</p>
        </div>
        <Link href="/generate" className={buttonClasses()}>
          New generation
        </Link>
      </div>
      <ImportModel />
      {/* useSearchParams needs a boundary; the skeleton has the grid's own size. */}
      <Suspense fallback={<AssetGridSkeleton />}>
        <AssetLibrary />
      </Suspense>
    </div>
  );
}
