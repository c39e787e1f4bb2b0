"use client";

import { useCallback, useMemo } from "react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/components/data/api";
import { getAnalytics } from "@/components/data/api-account";
import { listAssets } from "@/components/data/api-assets";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { AssetFilters } from "@/components/assets/asset-filters";
import { AssetGrid, AssetGridSkeleton } from "@/components/assets/asset-grid";
import { AssetPagination } from "@/components/assets/asset-pagination";
import { apiQueryString, hasFilters, libraryQueryString, readLibraryParams, type LibraryParams } from "@/components/assets/library-params";

/** The asset library: filters, a page of cards and pagination, all held in the URL's query. */
export function AssetLibrary() {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const params = useMemo(() => readLibraryParams(new URLSearchParams(search.toString())), [search]);
  const apiQuery = apiQueryString(params);

  const { data, error, isPending, isPlaceholderData, refetch } = useQuery({
    queryKey: queryKeys.assets(apiQuery),
    queryFn: () => listAssets(apiQuery),
    placeholderData: keepPreviousData,
  });
  const tags = useQuery({ queryKey: queryKeys.analytics(30), queryFn: () => getAnalytics(30), staleTime: 60_000 });

  const update = useCallback(
    (next: Partial<LibraryParams>, options?: { replace?: boolean }) => {
      // Any filter change starts again from the first page.
      const merged = { ...params, ...next, offset: "offset" in next ? (next.offset ?? 0) : 0 };
      const qs = libraryQueryString(merged);
      const url = qs ? `${pathname}?${qs}` : pathname;
      if (options?.replace) router.replace(url, { scroll: false });
      else router.push(url, { scroll: "offset" in next });
    },
    [params, pathname, router],
  );

  return (
    <div className="flex flex-col gap-5">
      <AssetFilters params={params} onChange={update} suggestions={tags.data?.top_tags.map((t) => t.tag) ?? []} />
      <div data-testid="asset-library" data-loaded={!isPending && !isPlaceholderData ? "true" : "false"} className="flex min-h-96 flex-col gap-4">
        {isPending ? (
          <AssetGridSkeleton />
        ) : error && !data ? (
          <Alert tone="danger" title="Could not load your assets">
            <p>{error.message}</p>
            <Button variant="secondary" size="sm" className="mt-3" onClick={() => void refetch()}>
              Try again
            </Button>
          </Alert>
        ) : data.total === 0 ? (
          <EmptyLibrary filtered={hasFilters(params)} onClear={() => update({ q: "", tags: [], minQuality: null })} />
        ) : (
          <>
            <AssetPagination offset={params.offset} total={data.total} onOffset={(offset) => update({ offset })} />
            <AssetGrid assets={data.items} busy={isPlaceholderData} />
            {data.total > data.items.length ? <AssetPagination offset={params.offset} total={data.total} onOffset={(offset) => update({ offset })} /> : null}
          </>
        )}
      </div>
    </div>
  );
}

function EmptyLibrary({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  return (
    <div className="flex flex-col items-center gap-3 rounded-xl border border-dashed border-line px-6 py-16 text-center">
      <p className="font-medium">{filtered ? "No assets match these filters" : "No assets yet"}</p>
      <p className="max-w-sm text-sm text-muted">
        {filtered ? "Try fewer tags, a lower minimum quality or another search." : "Every model you generate is saved here with its files and preview."}
      </p>
      {filtered ? (
        <Button variant="secondary" className="mt-2" onClick={onClear}>
          Clear filters
        </Button>
      ) : (
        <Link href="/generate" className={buttonClasses({ className: "mt-2" })}>
          Generate your first model
        </Link>
      )}
    </div>
  );
}
