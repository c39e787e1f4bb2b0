import Link from "next/link";
import type { Asset } from "@/components/data/types";
import { formatDate } from "@/components/data/format";
import { Badge } from "@/components/ui/badge";
import { QualityScore } from "@/components/assets/asset-stats";

/** A library card: screenshot, name, date, quality, versions and tags; the whole card links to the asset's page. */
export function AssetCard({ asset }: { asset: Asset }) {
  return (
    <Link
      href={`/assets/${asset.id}`}
      aria-label={`Open ${asset.name}`}
      data-testid="asset-card"
      className="group flex h-full w-full flex-col overflow-hidden rounded-xl border border-line bg-surface text-left transition-colors hover:border-accent/50"
    >
      <div className="relative aspect-square w-full overflow-hidden bg-viewer">
        {asset.screenshot_url ? (
          // Plain <img>: the screenshot is an authenticated API route that next/image would refetch without cookies.
          <img
            src={asset.screenshot_url}
            alt=""
            loading="lazy"
            decoding="async"
            className="h-full w-full object-cover transition-transform duration-300 group-hover:scale-[1.03]"
          />
        ) : (
          <div className="flex h-full items-center justify-center text-sm text-muted">No preview</div>
        )}
        <span className="absolute top-2 right-2 rounded-md bg-black/50 px-1.5 py-0.5 text-xs font-medium backdrop-blur">
          <QualityScore score={asset.quality_score} />
        </span>
        {asset.versions_count > 1 ? (
          <span className="absolute top-2 left-2 rounded-md bg-black/50 px-1.5 py-0.5 text-xs text-fg/90 backdrop-blur">v{asset.current_version}</span>
        ) : null}
      </div>
      <div className="flex flex-1 flex-col gap-1.5 p-3.5">
        <span className="line-clamp-1 font-medium text-fg">{asset.name}</span>
        <time dateTime={asset.created_at} className="text-xs text-muted">
          {formatDate(asset.created_at)}
        </time>
        <span className="mt-1 flex h-5 flex-wrap gap-1 overflow-hidden" data-testid="asset-card-tags">
          {asset.tags.slice(0, 3).map((tag) => (
            <Badge key={tag}>{tag}</Badge>
          ))}
          {asset.tags.length > 3 ? <Badge>+{asset.tags.length - 3}</Badge> : null}
        </span>
      </div>
    </Link>
  );
}
