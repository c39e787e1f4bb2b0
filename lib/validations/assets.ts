import { z } from "zod";
import { tagsSchema } from "@/lib/validations/generate";

export const ASSET_SORTS = ["created_at", "-created_at", "quality_score", "-quality_score", "name", "-name"] as const;

const tagListSchema = z
  .string()
  .transform((s) => s.split(",").map((t) => t.trim().toLowerCase()).filter(Boolean))
  .pipe(z.array(z.string().max(32, "a tag is at most 32 characters")).max(20, "at most 20 tags"));

/** Query of GET /api/v1/assets. */
export const listAssetsQuerySchema = z.object({
  tags: tagListSchema.optional().describe("Comma-separated; an asset must have every one."),
  min_quality: z.coerce.number().min(0).max(10).optional().describe("Only assets whose quality score is at least this (0-10)."),
  q: z.string().trim().max(200, "q must be at most 200 characters").optional().describe("Case-insensitive text search over name and prompt."),
  limit: z.coerce.number().int().min(1, "limit must be 1-100").max(100, "limit must be 1-100").default(20),
  offset: z.coerce.number().int().min(0, "offset must be 0 or more").max(100_000).default(0),
  sort: z.enum(ASSET_SORTS, { error: `sort must be one of ${ASSET_SORTS.join(", ")}` }).default("-created_at").describe("A leading '-' sorts descending."),
});

export type ListAssetsQuery = z.infer<typeof listAssetsQuerySchema>;

/** Body of PATCH /api/v1/assets/{id}: at least one of name, tags. */
export const updateAssetSchema = z
  .strictObject({
    name: z.string().trim().min(1, "name must not be empty").max(120, "name must be at most 120 characters").optional(),
    tags: tagsSchema.optional(),
  })
  .refine((v) => v.name !== undefined || v.tags !== undefined, "send name, tags or both");

export type UpdateAssetInput = z.infer<typeof updateAssetSchema>;

/** `?version=` on downloads and the screenshot. */
export const versionQuerySchema = z.object({
  version: z.coerce.number().int().min(1, "version must be 1 or more").optional().describe("A version number; defaults to the current version."),
});

/** The `{version}` path segment. */
export const versionNumberSchema = z.coerce.number({ error: "version must be a number" }).int().min(1, "version must be 1 or more");
