"use client";

import { useEffect, useRef } from "react";
import type { Asset } from "@/components/data/types";
import { formatDate } from "@/components/data/format";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { LazyAssetViewer } from "@/components/viewer/lazy-asset-viewer";
import { AssetDownloads } from "@/components/assets/asset-downloads";
import { AssetStats } from "@/components/assets/asset-stats";

/** Props of AssetDialog: the asset to show and how to close. */
export interface AssetDialogProps {
  asset: Asset;
  onClose: () => void;
}

/** A modal with the 3D viewer, numbers and downloads; the native <dialog> traps focus and closes on Escape. */
export function AssetDialog({ asset, onClose }: AssetDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    // No close() on cleanup: unmounting removes the dialog from the top layer, and a close event would re-enter onClose.
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const glb = asset.files.glb?.url;
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      onClick={(e) => e.target === ref.current && ref.current?.close()}
      aria-labelledby="asset-dialog-title"
      className="m-auto w-[min(64rem,calc(100vw-1.5rem))] max-h-[calc(100dvh-1.5rem)] overflow-y-auto rounded-2xl border border-line bg-surface p-0 text-fg shadow-2xl backdrop:bg-black/70 backdrop:backdrop-blur-sm"
    >
      <div className="flex items-start justify-between gap-3 border-b border-line px-4 py-3 sm:px-5">
        <div className="min-w-0">
          <h2 id="asset-dialog-title" className="truncate font-semibold">
            {asset.name}
          </h2>
          <p className="truncate text-sm text-muted">
            {formatDate(asset.created_at)}
            {asset.current_version ? ` · version ${asset.current_version}` : ""}
          </p>
        </div>
        <Button variant="ghost" size="sm" onClick={() => ref.current?.close()} aria-label="Close">
          ✕
        </Button>
      </div>
      {glb ? (
        <LazyAssetViewer url={glb} className="h-[300px] border-b border-line sm:h-[460px]" />
      ) : (
        <p className="border-b border-line p-6 text-sm text-muted">This asset has no GLB to preview.</p>
      )}
      <div className="flex flex-col gap-5 p-4 sm:p-5">
        {asset.prompt ? <p className="text-sm text-muted">“{asset.prompt}”</p> : null}
        <AssetStats asset={asset} />
        {asset.tags.length > 0 ? (
          <div className="flex flex-wrap gap-1.5" aria-label="Tags">
            {asset.tags.map((tag) => (
              <Badge key={tag}>{tag}</Badge>
            ))}
          </div>
        ) : null}
        <div className="flex flex-col gap-2">
          <h3 className="text-sm font-medium">Download</h3>
          <AssetDownloads files={asset.files} />
        </div>
      </div>
    </dialog>
  );
}
