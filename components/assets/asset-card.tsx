import type { Asset } from "@/components/data/types";
import { formatDate } from "@/components/data/format";
import { Badge } from "@/components/ui/badge";
import { QualityScore } from "@/components/assets/asset-stats";

/** Props of AssetCard: the asset and what opening it does. */
export interface AssetCardProps {
  asset: Asset;
  onOpen: () => void;
}

/** A library card: screenshot, name, date, quality and tags; the whole card is one button. */
export function AssetCard({ asset, onOpen }: AssetCardProps) {
  return (
    <button
      type="button"
      onClick={onOpen}
      aria-label={`Open ${asset.name}`}
      className="group flex h-full w-full flex-col overflow-hidden rounded-xl border border-line bg-surface text-left transition-colors hover:border-accent/50"
    >
      <div className="relative aspect-[4/3] w-full overflow-hidden bg-[#2b2f3a]">
        {asset.screenshot_url ? (
          // Plain <img>: the screenshot is an authenticated API route that next/image would refetch without cookies.
          <img
            src={asset.screenshot_url}
            alt=""
            loading="lazy"
            className="h-full w-full object-cover transition-transform duration-300 group-hover:scale-[1.03]"
          />
        ) : (
          <div className="flex h-full items-center justify-center text-sm text-muted">No preview</div>
        )}
        <span className="absolute top-2 right-2 rounded-md bg-black/50 px-1.5 py-0.5 text-xs font-medium backdrop-blur">
          <QualityScore score={asset.quality_score} />
        </span>
      </div>
      <div className="flex flex-1 flex-col gap-1.5 p-3.5">
        <span className="line-clamp-1 font-medium text-fg">{asset.name}</span>
        <time dateTime={asset.created_at} className="text-xs text-muted">
          {formatDate(asset.created_at)}
        </time>
        {asset.tags.length > 0 ? (
          <span className="mt-1 flex flex-wrap gap-1">
            {asset.tags.slice(0, 4).map((tag) => (
              <Badge key={tag}>{tag}</Badge>
            ))}
            {asset.tags.length > 4 ? <Badge>+{asset.tags.length - 4}</Badge> : null}
          </span>
        ) : null}
      </div>
    </button>
  );
}
