"use client";

import { useState } from "react";
import Link from "next/link";
import type { Asset } from "@/components/data/types";
import { formatDate } from "@/components/data/format";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { AssetEditForm } from "@/components/asset-detail/asset-edit-form";
import { DeleteAssetButton } from "@/components/asset-detail/delete-asset-button";

/** Name, prompt, date, versions and tags, with Edit (rename, retag) and Delete. */
export function AssetHeader({ asset }: { asset: Asset }) {
  const [editing, setEditing] = useState(false);
  return (
    <div className="flex flex-col gap-3">
      <Link href="/assets" className="w-fit text-sm text-muted hover:text-fg">
        ← All assets
      </Link>
      {editing ? (
        <AssetEditForm asset={asset} onDone={() => setEditing(false)} />
      ) : (
        <div className="flex flex-col items-start justify-between gap-3 sm:flex-row">
          <div className="w-full min-w-0 flex-1">
            <h1 className="text-2xl font-semibold tracking-tight break-words" data-testid="asset-name">
              {asset.name}
            </h1>
            <p className="mt-1 text-sm text-muted">
              <time dateTime={asset.created_at}>{formatDate(asset.created_at)}</time> · {asset.versions_count}{" "}
              {asset.versions_count === 1 ? "version" : "versions"}
              {asset.prompt && asset.prompt !== asset.name ? <> · “{asset.prompt}”</> : null}
            </p>
            <ul className="mt-2 flex min-h-5 flex-wrap gap-1.5" aria-label="Tags" data-testid="asset-tags">
              {asset.tags.map((tag) => (
                <li key={tag}>
                  <Link href={`/assets?tags=${encodeURIComponent(tag)}`} className="rounded-full">
                    <Badge className="hover:border-accent/50">{tag}</Badge>
                  </Link>
                </li>
              ))}
              {asset.tags.length === 0 ? <li className="text-xs text-muted">No tags</li> : null}
            </ul>
          </div>
          <div className="flex shrink-0 gap-2">
            <Button variant="secondary" size="sm" onClick={() => setEditing(true)}>
              Edit name and tags
            </Button>
            <DeleteAssetButton asset={asset} />
          </div>
        </div>
      )}
    </div>
  );
}
