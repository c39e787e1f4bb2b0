import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { DETAIL_GRID, VIEWER_HEIGHT } from "@/components/asset-detail/layout";

/** The detail page's shape while it loads: same boxes, same heights. */
export function AssetDetailSkeleton() {
  return (
    <div className="flex flex-col gap-6" aria-busy="true" aria-label="Loading asset">
      <div className="flex flex-col gap-2">
        <Skeleton className="h-4 w-24" />
        <Skeleton className="h-8 w-72 max-w-full" />
        <Skeleton className="h-4 w-96 max-w-full" />
      </div>
      <div className={DETAIL_GRID}>
        <Card className="overflow-hidden">
          <Skeleton className={`${VIEWER_HEIGHT} rounded-none`} />
        </Card>
        <div className="flex flex-col gap-4">
          <Skeleton className="h-56 rounded-xl" />
          <Skeleton className="h-40 rounded-xl" />
        </div>
      </div>
    </div>
  );
}
