import { ASSET_SORTS } from "@/lib/validations/assets";

/** Cards per page: four full rows on a wide screen. */
export const PAGE_SIZE = 24;

export type AssetSort = (typeof ASSET_SORTS)[number];

/** The library's state, exactly what its URL holds (so reload, back and shared links all work). */
export interface LibraryParams {
  q: string;
  tags: string[];
  minQuality: number | null;
  sort: AssetSort;
  offset: number;
}

export const SORT_LABELS: Record<AssetSort, string> = {
  "-created_at": "Newest first",
  created_at: "Oldest first",
  "-quality_score": "Best quality",
  quality_score: "Lowest quality",
  name: "Name A–Z",
  "-name": "Name Z–A",
};

/** Reads the state from the page's search params, ignoring values the API would refuse. */
export function readLibraryParams(search: URLSearchParams): LibraryParams {
  const sort = search.get("sort");
  const min = Number(search.get("min_quality"));
  const offset = Number(search.get("offset"));
  return {
    q: (search.get("q") ?? "").slice(0, 200),
    tags: (search.get("tags") ?? "").split(",").map((t) => t.trim().toLowerCase()).filter(Boolean).slice(0, 20),
    minQuality: search.has("min_quality") && Number.isFinite(min) && min >= 0 && min <= 10 ? min : null,
    sort: (ASSET_SORTS as readonly string[]).includes(sort ?? "") ? (sort as AssetSort) : "-created_at",
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

/** The query string of a state: defaults are left out so URLs stay short. */
export function libraryQueryString(p: LibraryParams): string {
  const search = new URLSearchParams();
  if (p.q.trim()) search.set("q", p.q.trim());
  if (p.tags.length) search.set("tags", p.tags.join(","));
  if (p.minQuality !== null) search.set("min_quality", String(p.minQuality));
  if (p.sort !== "-created_at") search.set("sort", p.sort);
  if (p.offset > 0) search.set("offset", String(p.offset));
  return search.toString();
}

/** The API query of a state (the page size added). */
export function apiQueryString(p: LibraryParams): string {
  const search = new URLSearchParams(libraryQueryString(p));
  search.set("limit", String(PAGE_SIZE));
  return search.toString();
}

/** Whether any filter (not sort or page) is set. */
export const hasFilters = (p: LibraryParams) => Boolean(p.q.trim() || p.tags.length || p.minQuality !== null);
