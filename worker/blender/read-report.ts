import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { EXPORT_FORMAT_NAMES, type ExportFormat } from "@/lib/assets/formats";

const vec3 = z.tuple([z.number(), z.number(), z.number()]);
const errorKinds = ["static_check", "python_error", "empty_scene", "export_failed", "crashed", "import_failed", "import_has_scripts", "too_many_triangles"] as const;

const reportSchema = z.object({
  ok: z.boolean(),
  error: z
    .object({
      kind: z.enum(errorKinds),
      message: z.string(),
      line: z.number().int().nullish(),
      traceback: z.string().nullish(),
    })
    .nullish(),
  stats: z
    .object({
      objects: z.number(),
      meshes: z.number(),
      vertices: z.number(),
      triangles: z.number(),
      materials: z.array(
        z.object({
          name: z.string(),
          base_color: z.tuple([z.number(), z.number(), z.number(), z.number()]),
          metallic: z.number(),
          roughness: z.number(),
        }),
      ),
      bbox: z.object({ min: vec3, max: vec3, size: vec3 }),
      parts: z.array(
        z.object({
          name: z.string(),
          type: z.string(),
          vertices: z.number(),
          triangles: z.number(),
          bbox_min: vec3,
          bbox_max: vec3,
          dimensions: vec3.optional(),
          rotation: vec3.optional(),
          materials: z.array(z.string()),
        }),
      ),
    })
    .nullish(),
  files: z.partialRecord(z.enum(EXPORT_FORMAT_NAMES as [ExportFormat, ...ExportFormat[]]), z.string()),
  extra_files: z.array(z.string()).default([]),
  preview: z.string().nullish(),
  views: z.array(z.string()).default([]),
  timings: z.object({
    load_ms: z.number().nullish(),
    exec_ms: z.number().nullish(),
    texture_ms: z.number().nullish(),
    export_ms: z.number().nullish(),
    render_ms: z.number().nullish(),
  }),
});

export type HarnessReport = z.infer<typeof reportSchema>;

/** Parse outDir/report.json; null when it is missing or malformed (the run then counts as crashed). */
export async function readReport(outDir: string): Promise<HarnessReport | null> {
  try {
    const parsed = reportSchema.safeParse(JSON.parse(await readFile(join(outDir, "report.json"), "utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
