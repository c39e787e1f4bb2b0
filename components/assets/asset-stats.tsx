import type { Asset } from "@/components/data/types";
import { formatCount, formatDimensions } from "@/components/data/format";
import { cn } from "@/components/ui/cn";

/** The quality score (0-10) coloured by band, or a dash when the critic gave none. */
export function QualityScore({ score, className }: { score: number | null; className?: string }) {
  if (score === null || score === undefined) return <span className={cn("text-muted", className)}>–</span>;
  const tone = score >= 7 ? "text-emerald-300" : score >= 4 ? "text-amber-300" : "text-red-300";
  return (
    <span className={cn("tabular-nums", tone, className)}>
      {score.toFixed(1)}
      <span className="text-muted">/10</span>
    </span>
  );
}

/** Quality, triangles, vertices and dimensions as a definition list; `narrow` (side panels, quality shown elsewhere) drops quality. */
export function AssetStats({ asset, narrow = false }: { asset: Pick<Asset, "quality_score" | "stats">; narrow?: boolean }) {
  const { stats } = asset;
  const items = [
    ...(narrow ? [] : [{ term: "Quality", value: <QualityScore score={asset.quality_score} />, wide: false }]),
    { term: "Triangles", value: formatCount(stats.triangles), wide: false },
    { term: "Vertices", value: formatCount(stats.vertices), wide: false },
    { term: "Size (W × D × H)", value: formatDimensions(stats.bbox?.size), wide: narrow },
  ];
  return (
    <dl className={cn("grid grid-cols-2 gap-x-4 gap-y-3", !narrow && "sm:grid-cols-4")}>
      {items.map(({ term, value, wide }) => (
        <div key={term} className={cn("min-w-0", wide && "col-span-2")}>
          <dt className="text-xs text-muted">{term}</dt>
          <dd className="mt-0.5 truncate text-sm font-medium tabular-nums text-fg">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
