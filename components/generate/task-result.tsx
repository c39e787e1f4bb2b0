import Link from "next/link";
import type { Asset } from "@/components/data/types";
import { AssetDownloads } from "@/components/assets/asset-downloads";
import { AssetStats } from "@/components/assets/asset-stats";

/** A finished task's numbers, downloads and a way to the library. */
export function TaskResult({ asset }: { asset: Asset }) {
  return (
    <div className="flex flex-col gap-5">
      <AssetStats asset={asset} />
      <div className="flex flex-col gap-2">
        <h3 className="text-sm font-medium text-fg">Download</h3>
        <AssetDownloads files={asset.files} />
      </div>
      <p className="text-sm text-muted">
        Saved to your library.{" "}
        <Link href="/assets" className="font-medium text-violet-300 hover:text-violet-200 hover:underline">
          View all assets →
        </Link>
      </p>
    </div>
  );
}
