import Link from "next/link";
import type { Asset } from "@/components/data/types";
import { AssetDownloads } from "@/components/assets/asset-downloads";
import { AssetStats } from "@/components/assets/asset-stats";
import { buttonClasses } from "@/components/ui/button";

/** A finished task's numbers, downloads and the way to the asset's page (versions, code, refine). */
export function TaskResult({ asset }: { asset: Asset }) {
  return (
    <div className="flex flex-col gap-5">
      <AssetStats asset={asset} />
      <div className="flex flex-col gap-2">
        <h3 className="text-sm font-medium text-fg">Download</h3>
        <AssetDownloads files={asset.files} />
      </div>
      <div className="flex flex-wrap items-center gap-3 text-sm text-muted">
        <Link href={`/assets/${asset.id}`} className={buttonClasses({ variant: "secondary", size: "sm" })}>
          Open asset →
        </Link>
        <span>Refine it, see its code and versions.</span>
      </div>
    </div>
  );
}
