"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { ASSET_SORTS } from "@/lib/validations/assets";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { SORT_LABELS, type AssetSort, type LibraryParams } from "@/components/assets/library-params";

const MIN_QUALITY = [5, 7, 8, 9];
const SEARCH_DELAY_MS = 300;

/** Props of AssetFilters: the current state, a change handler (replace: typing, not worth a history entry) and tag suggestions. */
export interface AssetFiltersProps {
  params: LibraryParams;
  onChange: (next: Partial<LibraryParams>, options?: { replace?: boolean }) => void;
  suggestions: string[];
}

/** Search, tag filter, minimum quality and sort; every change lands in the URL. */
export function AssetFilters({ params, onChange, suggestions }: AssetFiltersProps) {
  const [q, setQ] = useState(params.q);
  const [tag, setTag] = useState("");

  const sent = useRef(params.q);

  // Back/forward change the URL under us: follow it (but not our own debounced writes, typing may be ahead of them).
  useEffect(() => {
    if (params.q === sent.current) return;
    sent.current = params.q;
    setQ(params.q);
  }, [params.q]);
  useEffect(() => {
    if (q === sent.current) return;
    const timer = setTimeout(() => {
      sent.current = q;
      onChange({ q }, { replace: true });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [q, onChange]);

  function addTag(event: FormEvent) {
    event.preventDefault();
    const t = tag.trim().toLowerCase();
    if (t && !params.tags.includes(t)) onChange({ tags: [...params.tags, t] });
    setTag("");
  }

  return (
    <div className="flex flex-col gap-3" role="search" aria-label="Filter assets">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[minmax(0,2fr)_minmax(0,1.3fr)_minmax(0,1fr)_minmax(0,1fr)]">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="asset-search">Search</Label>
          <Input id="asset-search" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Name or prompt" maxLength={200} />
        </div>
        <form className="flex flex-col gap-1.5" onSubmit={addTag}>
          <Label htmlFor="asset-tag">Tag</Label>
          <div className="flex gap-2">
            <Input id="asset-tag" value={tag} onChange={(e) => setTag(e.target.value)} list="asset-tag-suggestions" placeholder="e.g. furniture" maxLength={32} />
            <Button type="submit" variant="secondary" className="h-10" disabled={!tag.trim()}>
              Add
            </Button>
          </div>
          <datalist id="asset-tag-suggestions">
            {suggestions.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </form>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="asset-min-quality">Minimum quality</Label>
          <Select
            id="asset-min-quality"
            value={params.minQuality === null ? "" : String(params.minQuality)}
            onChange={(e) => onChange({ minQuality: e.target.value === "" ? null : Number(e.target.value) })}
          >
            <option value="">Any</option>
            {MIN_QUALITY.map((m) => (
              <option key={m} value={m}>
                {m}+ / 10
              </option>
            ))}
          </Select>
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="asset-sort">Sort</Label>
          <Select id="asset-sort" value={params.sort} onChange={(e) => onChange({ sort: e.target.value as AssetSort })}>
            {ASSET_SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <ul className="flex min-h-6 flex-wrap items-center gap-1.5" aria-label="Tag filters">
        {params.tags.map((t) => (
          <li key={t}>
            <Badge tone="accent" className="py-0.5 pr-0.5">
              {t}
              <button
                type="button"
                onClick={() => onChange({ tags: params.tags.filter((x) => x !== t) })}
                aria-label={`Remove tag filter ${t}`}
                className="rounded-full px-1.5 hover:bg-white/10"
              >
                ✕
              </button>
            </Badge>
          </li>
        ))}
        {params.tags.length === 0 ? <li className="text-xs text-muted">No tag filter: add one to see only assets with every listed tag.</li> : null}
      </ul>
    </div>
  );
}
