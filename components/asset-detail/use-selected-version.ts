"use client";

import { useCallback } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";

/** The version picked on the detail page, held in `?v=` (null: the asset's current version). */
export function useSelectedVersion(): [number | null, (version: number | null) => void] {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const raw = Number(search.get("v"));
  const selected = Number.isInteger(raw) && raw >= 1 ? raw : null;
  const select = useCallback(
    (version: number | null) => router.replace(version ? `${pathname}?v=${version}` : pathname, { scroll: false }),
    [pathname, router],
  );
  return [selected, select];
}
