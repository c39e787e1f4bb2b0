"use client";

import dynamic from "next/dynamic";
import { cn } from "@/components/ui/cn";
import type { AssetViewerProps } from "@/components/viewer/asset-viewer";

// WebGL needs the browser: the viewer is only ever loaded on the client.
const AssetViewer = dynamic(() => import("@/components/viewer/asset-viewer").then((m) => m.AssetViewer), {
  ssr: false,
  loading: () => <div aria-hidden="true" className="h-full w-full animate-pulse bg-[#2b2f3a]" />,
});

/** The AssetViewer behind next/dynamic (ssr: false); className sizes and frames the outer box, so nothing shifts on load. */
export function LazyAssetViewer({ className, ...props }: AssetViewerProps) {
  return (
    <div className={cn("relative w-full overflow-hidden", className)}>
      <AssetViewer {...props} className="h-full w-full" />
    </div>
  );
}
