import { z } from "zod";
import { tagsSchema } from "@/lib/validations/generate";

const flag = z
  .enum(["true", "false", "1", "0", "yes", "no", "on", "off"], { error: "normalize must be true or false" })
  .transform((v) => ["true", "1", "yes", "on"].includes(v));

/** The text fields of POST /api/v1/assets/import (multipart, beside `file`). */
export const importFieldsSchema = z.object({
  name: z.string().trim().min(1, "name must not be empty").max(120, "name must be at most 120 characters").optional().describe("The asset's name; the file's name without its extension when absent."),
  tags: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(",").map((t) => t.trim()).filter(Boolean) : []))
    .pipe(tagsSchema)
    .describe("Comma-separated tags (up to 20 of at most 32 characters, lower-cased)."),
  normalize: flag.optional().default(false).describe(
    "true: rebuild the scene in metres (a millimetre or centimetre file is scaled by its size), origin at the base centre, ground at z = 0; the importers' axis conversion already puts the front at -Y.",
  ),
});

export type ImportFields = z.infer<typeof importFieldsSchema>;

/** The multipart body as OpenAPI documents it. */
export const importBodySchema = z.object({
  file: z.string().meta({ format: "binary" }).describe("The model: GLB, glTF zipped with its .bin and textures, OBJ (alone or zipped with .mtl and textures), STL, PLY, FBX or .blend. Recognised from its bytes, not its name."),
  name: z.string().optional().describe(importFieldsSchema.shape.name.description ?? ""),
  tags: z.string().optional().describe("Comma-separated tags, e.g. `chair,props`."),
  normalize: z.enum(["true", "false"]).optional().describe(importFieldsSchema.shape.normalize.description ?? ""),
});
