import type { Task } from "@/lib/generated/prisma/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { findAssetRows, type AssetRow } from "@/lib/assets/find-asset-rows";

/**
 * Adds the asset of each completed task (the task answer shows it only then), all in one query: Prisma's include
 * would skip the version count or, with `_count`, group the whole versions table on every poll.
 */
export async function attachAssets<T extends Task>(tasks: T[]): Promise<(T & { asset: AssetRow | null })[]> {
  const ids = [...new Set(tasks.filter((t) => t.status === "completed" && t.assetId).map((t) => t.assetId!))];
  const { rows } = ids.length ? await findAssetRows({ where: Prisma.sql`a.id = ANY(${ids}::uuid[])`, limit: ids.length }) : { rows: [] };
  return tasks.map((t) => ({ ...t, asset: rows.find((a) => a.id === t.assetId) ?? null }));
}
