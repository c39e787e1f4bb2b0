import { z } from "zod";
import { EXPORT_FORMAT_NAMES, QUALITY_LEVELS, type ExportFormat } from "@/lib/assets/formats";
import { formatsSchema } from "@/lib/validations/generate";

/** What a user gets before saving any preference: the Generate form's own defaults. */
export const DEFAULT_PREFERENCES = { quality_level: "standard", output_formats: ["glb", "obj", "stl", "blend"] } as const satisfies {
  quality_level: (typeof QUALITY_LEVELS)[number];
  output_formats: ExportFormat[];
};

const qualitySchema = z.enum(QUALITY_LEVELS, { error: "quality_level must be one of draft, standard, high" });

/** The Generate form's defaults as stored in users.preferences. */
export const preferencesSchema = z.strictObject({
  quality_level: qualitySchema.describe("Quality the Generate form starts with."),
  output_formats: formatsSchema.describe("Formats the Generate form starts with (GLB is always made)."),
});

export type Preferences = z.infer<typeof preferencesSchema>;

/** Body of PATCH /api/v1/me: a new name and/or some preferences (the others are kept). */
export const updateMeSchema = z
  .strictObject({
    name: z.string().trim().max(100, "name must be at most 100 characters").nullable().optional().describe("Your display name; empty or null clears it."),
    preferences: z.strictObject({ quality_level: qualitySchema.optional(), output_formats: formatsSchema.optional() }).optional(),
  })
  .refine((v) => v.name !== undefined || v.preferences !== undefined, "send name, preferences or both");

export type UpdateMeInput = z.infer<typeof updateMeSchema>;

/** What GET and PATCH /api/v1/me answer. */
export const meResponseSchema = z.strictObject({
  id: z.uuid(),
  email: z.string(),
  name: z.string().nullable(),
  preferences: preferencesSchema,
});

export type MeResponse = z.infer<typeof meResponseSchema>;

/** Stored preferences read leniently: a missing or stale value falls back to the default. */
export function readPreferences(stored: unknown): Preferences {
  const raw = (stored && typeof stored === "object" ? stored : {}) as Record<string, unknown>;
  const quality = qualitySchema.safeParse(raw.quality_level);
  const formats = z.array(z.enum(EXPORT_FORMAT_NAMES as [ExportFormat, ...ExportFormat[]])).min(1).safeParse(raw.output_formats);
  return {
    quality_level: quality.success ? quality.data : DEFAULT_PREFERENCES.quality_level,
    output_formats: formats.success ? [...new Set(formats.data)] : [...DEFAULT_PREFERENCES.output_formats],
  };
}
