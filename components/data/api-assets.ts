import type { Asset, Page, Task, VersionDetail, VersionSummary } from "@/components/data/types";
import { apiFetch } from "@/components/data/api";

const asset = (id: string) => `/api/v1/assets/${encodeURIComponent(id)}`;

/** One page of assets; `params` is the query string the library page keeps in its URL. */
export const listAssets = (params: string) => apiFetch<Page<Asset>>(`/api/v1/assets${params ? `?${params}` : ""}`);
export const getAsset = (id: string) => apiFetch<Asset>(asset(id));
export const updateAsset = (id: string, input: { name?: string; tags?: string[] }) =>
  apiFetch<Asset>(asset(id), { method: "PATCH", body: JSON.stringify(input) });
export const deleteAsset = (id: string) => apiFetch<null>(asset(id), { method: "DELETE" });
export const listVersions = (id: string) => apiFetch<VersionSummary[]>(`${asset(id)}/versions`);
export const getVersion = (id: string, version: number) => apiFetch<VersionDetail>(`${asset(id)}/versions/${version}`);
export const restoreVersion = (id: string, version: number) => apiFetch<Asset>(`${asset(id)}/versions/${version}/restore`, { method: "POST" });
export const refineAsset = (id: string, input: { feedback: string; preserve_aspects: string[]; version?: number; quality_level?: string }) =>
  apiFetch<Task>(`/api/v1/generate/${encodeURIComponent(id)}/refine`, { method: "POST", body: JSON.stringify(input) });
