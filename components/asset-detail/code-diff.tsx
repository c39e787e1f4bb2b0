"use client";

import { useMemo, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { structuredPatch } from "diff";
import type { VersionSummary } from "@/components/data/types";
import { queryKeys } from "@/components/data/api";
import { getVersion } from "@/components/data/api-assets";
import { Select } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { DiffHunks } from "@/components/asset-detail/diff-hunks";

/** Props of CodeDiff: the asset, its versions and the one shown (compared with the one before by default). */
export interface CodeDiffProps {
  assetId: string;
  versions: VersionSummary[];
  selected: number;
}

/** A unified line diff of two versions' Blender code (jsdiff), three lines of context per change. */
export function CodeDiff({ assetId, versions, selected }: CodeDiffProps) {
  const [to, setTo] = useState(selected);
  const [from, setFrom] = useState(Math.max(1, selected - 1));
  const load = (n: number) => ({ queryKey: queryKeys.version(assetId, n), queryFn: () => getVersion(assetId, n), staleTime: Infinity });
  const a = useQuery(load(from));
  const b = useQuery(load(to));

  const patch = useMemo(
    () => (a.data && b.data ? structuredPatch(`v${from}`, `v${to}`, a.data.code, b.data.code, "", "", { context: 3 }) : null),
    [a.data, b.data, from, to],
  );
  const counts = useMemo(() => {
    let added = 0;
    let removed = 0;
    for (const line of (patch?.hunks ?? []).flatMap((h) => h.lines)) {
      if (line[0] === "+") added++;
      else if (line[0] === "-") removed++;
    }
    return { added, removed };
  }, [patch]);

  if (versions.length < 2) {
    return <p className="p-5 text-sm text-muted">Only one version so far. Refine the asset to compare its code between versions.</p>;
  }
  const options = versions.map((v) => (
    <option key={v.version} value={v.version}>
      Version {v.version}
    </option>
  ));
  return (
    <div className="flex flex-col">
      <div className="flex flex-wrap items-end gap-3 border-b border-line px-3 py-2.5">
        <label className="flex items-center gap-2 text-xs text-muted">
          From
          <Select aria-label="Compare from version" value={from} onChange={(e) => setFrom(Number(e.target.value))} className="h-8 w-32 text-xs">
            {options}
          </Select>
        </label>
        <label className="flex items-center gap-2 text-xs text-muted">
          to
          <Select aria-label="Compare to version" value={to} onChange={(e) => setTo(Number(e.target.value))} className="h-8 w-32 text-xs">
            {options}
          </Select>
        </label>
        {patch ? (
          <p className="ml-auto text-xs tabular-nums" data-testid="diff-summary">
            <span className="text-emerald-300">+{counts.added}</span> <span className="text-red-300">−{counts.removed}</span> lines
          </p>
        ) : null}
      </div>
      {!patch ? (
        <div className="p-4">
          <Skeleton className="h-48 w-full" />
        </div>
      ) : patch.hunks.length === 0 ? (
        <p className="p-5 text-sm text-muted">The code of these two versions is the same.</p>
      ) : (
        <DiffHunks hunks={patch.hunks} />
      )}
    </div>
  );
}
