import { z } from "zod";
import { QUALITY_LEVELS } from "@/lib/assets/formats";
import { FORBIDDEN_PROMPT_PATTERNS, formatsSchema } from "@/lib/validations/generate";

/** Body of POST /api/v1/generate/{asset_id}/refine. */
export const refineSchema = z.object({
  feedback: z
    .string({ error: "feedback is required" })
    .trim()
    .min(1, "feedback must not be empty")
    .max(300, "feedback must be at most 300 characters")
    // Feedback reaches the same code-writing step as prompts, so the plan's forbidden patterns apply to it too.
    .superRefine((value, ctx) => {
      const hit = FORBIDDEN_PROMPT_PATTERNS.find((p) => value.toLowerCase().includes(p));
      if (hit) ctx.addIssue({ code: "custom", message: `feedback contains forbidden pattern: ${hit}` });
    })
    .describe("What to change, in words (1-300 characters).")
    .meta({ examples: ["make the legs black"] }),
  preserve_aspects: z
    .array(z.string().trim().min(1, "an aspect must not be empty").max(100, "an aspect is at most 100 characters"))
    .max(20, "at most 20 aspects")
    .default([])
    .describe("Aspects to keep as they are, e.g. [\"color\", \"proportions\"]."),
  version: z.number().int().min(1).optional().describe("The version to refine; defaults to the current one."),
  quality_level: z
    .enum(QUALITY_LEVELS, { error: "quality_level must be one of draft, standard, high" })
    .optional()
    .describe("Defaults to the quality the refined version was made at (standard when unknown)."),
  output_formats: formatsSchema.optional().describe("Defaults to the formats of the version refined."),
});

export type RefineInput = z.infer<typeof refineSchema>;
