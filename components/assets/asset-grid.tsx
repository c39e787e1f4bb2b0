"use client";

import { useState } from "react";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import type { Asset } from "@/components/data/types";
import { listAssets, queryKeys } from "@/components/data/api";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { AssetCard } from "@/components/assets/asset-card";
import { AssetDialog } from "@/components/assets/asset-dialog";

const LIMIT = 60;
const GRID = "grid grid-cols-1 gap-4 min-[480px]:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4";

/** The user's assets as cards; opening one shows it in a dialog with the viewer and downloads. */
export function AssetGrid() {
  const [open, setOpen] = useState<Asset | null>(null);
  const { data, error, isPending } = useQuery({ queryKey: queryKeys.assets(LIMIT), queryFn: () => listAssets(LIMIT) });

  if (isPending) {
    return (
      <ul className={GRID} aria-busy="true" aria-label="Loading assets">
        {Array.from({ length: 8 }, (_, i) => (
          <li key={i} className="overflow-hidden rounded-xl border border-line bg-surface">
            <Skeleton className="aspect-[4/3] rounded-none" />
            <div className="flex flex-col gap-2 p-3.5">
              <Skeleton className="h-4 w-3/4" />
              <Skeleton className="h-3 w-1/2" />
            </div>
          </li>
        ))}
      </ul>
    );
  }
  if (error) return <Alert tone="danger" title="Could not load your assets">{error.message}</Alert>;
  if (data.items.length === 0) {
    return (
      <div className="flex flex-col items-center gap-3 rounded-xl border border-dashed border-line px-6 py-16 text-center">
        <p className="font-medium">No assets yet</p>
        <p className="max-w-sm text-sm text-muted">Every model you generate is saved here with its files and preview.</p>
        <Link href="/generate" className={buttonClasses({ className: "mt-2" })}>
          Generate your first model
        </Link>
      </div>
    );
  }

  return (
    <>
      <p className="mb-4 text-sm text-muted">
        {data.total} {data.total === 1 ? "asset" : "assets"}
        {data.total > data.items.length ? `, showing the newest ${data.items.length}` : ""}
      </p>
      <ul className={GRID} data-testid="asset-grid">
        {data.items.map((asset) => (
          <li key={asset.id}>
            <AssetCard asset={asset} onOpen={() => setOpen(asset)} />
          </li>
        ))}
      </ul>
      {open ? <AssetDialog asset={open} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
