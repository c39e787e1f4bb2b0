import { z } from "zod";
import { EXPORT_FORMAT_NAMES, QUALITY_LEVELS, type ExportFormat } from "@/lib/assets/formats";

/** Text the plan forbids in prompts: they look like code injection aimed at the Blender step. */
export const FORBIDDEN_PROMPT_PATTERNS = ["import os", "subprocess", "eval(", "exec("];

export const promptSchema = z
  .string({ error: "prompt is required" })
  .trim()
  .min(1, "prompt must not be empty")
  .max(500, "prompt must be at most 500 characters")
  .superRefine((value, ctx) => {
    const lower = value.toLowerCase();
    const hit = FORBIDDEN_PROMPT_PATTERNS.find((p) => lower.includes(p));
    if (hit) ctx.addIssue({ code: "custom", message: `prompt contains forbidden pattern: ${hit}` });
  });

export const tagsSchema = z
  .array(z.string().trim().toLowerCase().min(1, "tags must not be empty").max(32, "a tag is at most 32 characters"))
  .max(20, "at most 20 tags")
  .transform((tags) => [...new Set(tags)]);

export const formatsSchema = z
  .array(z.enum(EXPORT_FORMAT_NAMES as [ExportFormat, ...ExportFormat[]], { error: `formats must be among ${EXPORT_FORMAT_NAMES.join(", ")}` }))
  .min(1, "ask for at least one format")
  .max(EXPORT_FORMAT_NAMES.length)
  .transform((f) => [...new Set(f)]);

export const metadataSchema = z
  .record(z.string(), z.unknown())
  .refine((m) => JSON.stringify(m).length <= 8192, "metadata must be at most 8 KB of JSON");

/** Body of POST /api/v1/generate. */
export const generateSchema = z.object({
  prompt: promptSchema.describe(`What to build, 1-500 characters after trimming; may not contain ${FORBIDDEN_PROMPT_PATTERNS.join(", ")}.`).meta({ examples: ["a red wooden chair"] }),
  quality_level: z.enum(QUALITY_LEVELS, { error: "quality_level must be one of draft, standard, high" }).default("standard"),
  output_formats: formatsSchema.default(["blend", "obj"]).describe("Files to export; a GLB is always made too (the viewer needs it)."),
  tags: tagsSchema.default([]).describe("Up to 20 tags of at most 32 characters, lower-cased."),
  metadata: metadataSchema.optional().describe("Your own JSON object, at most 8 KB, kept on the asset."),
});

export type GenerateInput = z.infer<typeof generateSchema>;

const IMAGE_RULES = "PNG, JPEG or WebP (checked by content, not name), at most 8 MB and 4096 pixels a side. Only with a vision-capable LLM (LLM settings `vision: true`); otherwise the request is refused with 422 vision_required";

/** The JSON body of POST /api/v1/generate: the fields above plus an optional base64 reference image. */
export const generateJsonSchema = generateSchema.extend({
  image: z.string().optional().describe(`Optional reference image as base64 (a data: URL works too): ${IMAGE_RULES}. The planner plans after it and the critic compares the renders with it.`),
});

/** The multipart/form-data body of POST /api/v1/generate: the same fields as text (lists repeated or comma-separated, metadata as JSON) and an optional `image` file. */
export const generateFormSchema = generateSchema.extend({
  image: z.string().meta({ format: "binary" }).optional().describe(`Optional reference image file: ${IMAGE_RULES}.`),
});

/** Body of POST /api/v1/generate/preview: the prompt as /generate would take it. */
export const previewSchema = z.object({
  prompt: generateSchema.shape.prompt,
  quality_level: generateSchema.shape.quality_level,
});
