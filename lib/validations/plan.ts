import { z } from "zod";

/** An RGB colour in linear 0-1 floats. */
export const rgbSchema = z.tuple([z.number().min(0).max(1), z.number().min(0).max(1), z.number().min(0).max(1)]);

/** PBR material of one part, as the modeler or an LLM planner describes it. */
export const planMaterialSchema = z.object({
  name: z.string(),
  color_name: z.string().nullable(),
  base_color: rgbSchema,
  metallic: z.number().min(0).max(1),
  roughness: z.number().min(0).max(1),
  transmission: z.number().min(0).max(1).default(0),
  emission: z.number().min(0).default(0),
  /** The material library's kind ("oak", "brass", "fabric"...), which picks its textures; null for a plain surface. */
  kind: z.string().nullish(),
  /** Finish words applied ("glossy", "brushed"...), which also shape the textures. */
  finish: z.string().nullish(),
});

/**
 * Shape words for curved parts, each with the data that defines it (all in the part's own frame, metres):
 * lathe: `profile` [[radius, height], ...] from the bottom up, revolved about the part's own Z axis;
 * extrusion: `profile` [[x, y], ...] an outline in the own XY plane, extruded along own Z by dimensions[2];
 * tube: `path` [[x, y, z], ...] points a smooth tube of `radius` passes through (relative to `position`);
 * bent_pipe: `path` points joined by straight runs with rounded bends of `bend_radius` (default 2 x radius).
 */
export const CURVED_SHAPES = ["lathe", "extrusion", "tube", "bent_pipe"] as const;
export type CurvedShape = (typeof CURVED_SHAPES)[number];

const point2 = z.tuple([z.number(), z.number()]);
const point3 = z.tuple([z.number(), z.number(), z.number()]);

/** One part of a subject: a named primitive with size and placement in metres (Z up). */
export const planPartSchema = z.object({
  name: z.string(),
  shape: z.string(),
  /** Size in the part's own frame, before `rotation` (the bounding size of a curved part's geometry). */
  dimensions: z.tuple([z.number(), z.number(), z.number()]),
  position: z.tuple([z.number(), z.number(), z.number()]),
  rotation: z.tuple([z.number(), z.number(), z.number()]).default([0, 0, 0]),
  material: planMaterialSchema,
  /** Which counted group this part belongs to ("legs", "shelves"), if any. */
  group: z.string().nullable().default(null),
  /** lathe and extrusion: the 2D profile (see CURVED_SHAPES). */
  profile: z.array(point2).optional(),
  /** tube and bent_pipe: the centreline, relative to `position`. */
  path: z.array(point3).optional(),
  /** tube and bent_pipe: the pipe's radius. */
  radius: z.number().optional(),
  /** bent_pipe: the radius of its bends. */
  bend_radius: z.number().optional(),
});

/** What of a prompt (or of refinement feedback) a result models and what it leaves out. */
export const interpretationSchema = z.object({
  subject: z.string().nullable(),
  modelled_terms: z.array(z.string()),
  unmodelled_terms: z.array(z.string()),
  /** On a refined version: the words of its feedback that were applied, and those that were not. */
  applied_terms: z.array(z.string()).optional(),
  unapplied_terms: z.array(z.string()).optional(),
});

/** The structured plan every generator (built-in or LLM) produces before code is written. */
export const planSchema = z.object({
  subject: z.string(),
  recognized: z.boolean(),
  name: z.string(),
  style: z.string().nullable(),
  size: z.string().nullable().default(null),
  /** Counted part groups as understood from the prompt, e.g. { legs: 4 }. */
  counts: z.record(z.string(), z.number().int()).default({}),
  /** Colour names the prompt asked for, in order. */
  colors: z.array(z.string()).default([]),
  materials: z.array(z.string()).default([]),
  parts: z.array(planPartSchema),
  /** Words the modeler could not place; shown to the user when the prompt is not recognized. */
  unknown_words: z.array(z.string()).default([]),
  /**
   * What of the prompt this plan models: the subject it builds, the prompt's content words it models and those it
   * leaves out. Null for plans made before interpretations were recorded.
   */
  interpretation: interpretationSchema.nullable().default(null),
  notes: z.array(z.string()).default([]),
  /** The generator's own parameters, so it can replay and refine the plan (the built-in modeler's scene spec). */
  params: z.record(z.string(), z.unknown()).nullable().default(null),
});

export type Rgb = z.infer<typeof rgbSchema>;
export type PlanMaterial = z.infer<typeof planMaterialSchema>;
export type PlanPart = z.infer<typeof planPartSchema>;
export type Plan = z.infer<typeof planSchema>;
export type Interpretation = z.infer<typeof interpretationSchema>;

/** A stored reading (a task's column, a version's plan) as the API serves it; null when absent or not one. */
export function readInterpretation(value: unknown): Interpretation | null {
  const parsed = interpretationSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
