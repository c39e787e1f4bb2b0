import type { Asset } from "@/components/data/types";
import { Skeleton } from "@/components/ui/skeleton";
import { AssetCard } from "@/components/assets/asset-card";

/** The library's responsive grid columns. */
export const GRID = "grid grid-cols-1 gap-4 min-[480px]:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4";

/** A page of asset cards. */
export function AssetGrid({ assets, busy }: { assets: Asset[]; busy: boolean }) {
  return (
    <ul className={GRID} data-testid="asset-grid" aria-busy={busy} style={{ opacity: busy ? 0.6 : 1 }}>
      {assets.map((asset) => (
        <li key={asset.id}>
          <AssetCard asset={asset} />
        </li>
      ))}
    </ul>
  );
}

/** Card-shaped placeholders with the cards' own sizes, so nothing moves when the page arrives. */
export function AssetGridSkeleton({ count = 8 }: { count?: number }) {
  return (
    <ul className={GRID} aria-busy="true" aria-label="Loading assets">
      {Array.from({ length: count }, (_, i) => (
        <li key={i} className="overflow-hidden rounded-xl border border-line bg-surface">
          <Skeleton className="aspect-square rounded-none" />
          <div className="flex flex-col gap-1.5 p-3.5">
            <Skeleton className="h-6 w-3/4" />
            <Skeleton className="h-4 w-1/2" />
            <Skeleton className="mt-1 h-5 w-2/3" />
          </div>
        </li>
      ))}
    </ul>
  );
}
