import { z } from "zod";
import { DOWNLOAD_FORMAT_NAMES, EXPORT_FORMAT_NAMES, QUALITY_LEVELS } from "@/lib/assets/formats";
import { IMPORT_FORMATS } from "@/lib/imports/formats";
import { ERROR_STATUS } from "@/lib/api/errors";

// What the API answers, as zod: the OpenAPI document is generated from these, and the contract test checks every
// response the suite sees against that document. Objects are strict so a new field (or a leaked server path) is
// noticed rather than silently served.

const isoDate = z.iso.datetime().describe("ISO 8601, UTC");
const formatEnum = z.enum(EXPORT_FORMAT_NAMES as [string, ...string[]]);

export const errorResponseSchema = z.strictObject({
  error: z.strictObject({
    code: z.enum(Object.keys(ERROR_STATUS) as [string, ...string[]]),
    message: z.string().describe("What went wrong and what to change."),
    request_id: z.string().describe("Also sent as the X-Request-Id header; quote it when reporting a problem."),
  }),
});

/** Download links per format: URLs of this API, never server paths; `original` is an imported version's uploaded file. */
export const fileLinksSchema = z.partialRecord(z.enum(DOWNLOAD_FORMAT_NAMES as [string, ...string[]]), z.strictObject({ url: z.string(), bytes: z.number().int().min(0) }));

export const assetSchema = z.strictObject({
  id: z.uuid(),
  name: z.string(),
  prompt: z.string(),
  tags: z.array(z.string()),
  metadata: z.record(z.string(), z.unknown()),
  quality_score: z.number().nullable().describe("0-10, from the critic of the current version."),
  created_at: isoDate,
  updated_at: isoDate,
  current_version: z.number().int().nullable(),
  versions_count: z.number().int(),
  files: fileLinksSchema,
  screenshot_url: z.string().nullable(),
  stats: z.record(z.string(), z.unknown()).describe("Scene summary of the current version: objects, meshes, vertices, triangles, bbox (per-part and material detail is on the version endpoint)."),
});

export const interpretationResponseSchema = z.strictObject({
  subject: z.string().nullable().describe("The built-in object it builds (null when it found none)."),
  modelled_terms: z.array(z.string()).describe("Words of the prompt the result models."),
  unmodelled_terms: z.array(z.string()).describe("Words of the prompt the result leaves out; the critic's score counts them."),
  applied_terms: z.array(z.string()).optional().describe("Refinements only: words of the feedback that were applied."),
  unapplied_terms: z.array(z.string()).optional().describe("Refinements only: words of the feedback that were not applied."),
}).describe("What the built-in modeler read: what of the prompt it models and what it leaves out.");

export const promptPreviewSchema = z.strictObject({
  pipeline: z.enum(["builtin", "llm"]).describe("What a /generate request would run now: the built-in modeler, or your LLM provider (which can build anything; the reading below is then only the built-in modeler's)."),
  provider: z.string().describe("builtin, or the configured LLM provider."),
  recognized: z.boolean().describe("Whether the built-in modeler can build it."),
  subject: z.string().nullable(),
  name: z.string().nullable().describe("The asset name it would get."),
  interpretation: interpretationResponseSchema,
  notes: z.array(z.string()).describe("What the plan says about itself (e.g. \"Not modelled: steampunk.\")."),
  message: z.string().nullable().describe("Why it refuses, and what to try instead; null when recognized."),
  suggestions: z.array(z.string()).describe("When refused: the nearest objects it can build."),
});

export const taskStatusSchema = z.enum(["queued", "running", "completed", "failed", "canceled"]);

export const taskSchema = z.strictObject({
  task_id: z.uuid(),
  type: z.enum(["generate", "refine", "import"]),
  status: taskStatusSchema,
  progress: z.number().int().min(0).max(100),
  stage: z.string().nullable().describe("planning, coding, modeling, checking, saving, completed…"),
  prompt: z.string(),
  quality_level: z.enum(QUALITY_LEVELS),
  output_formats: z.array(formatEnum),
  tags: z.array(z.string()),
  feedback: z.string().nullable().describe("For refine tasks: the feedback given."),
  import_file: z
    .strictObject({ filename: z.string(), format: z.enum(IMPORT_FORMATS), bytes: z.number().int(), normalize: z.boolean() })
    .nullable()
    .describe("For import tasks: the uploaded file, the format its bytes showed, its size and whether it is normalised."),
  attempts: z.number().int(),
  error_code: z.string().nullable(),
  error_message: z.string().nullable(),
  interpretation: interpretationResponseSchema.nullable().describe("The built-in modeler's reading, once planned (also on a refusal); null for LLM runs and before planning."),
  stages: z.array(z.looseObject({ name: z.string() })).describe("Timing of each pipeline stage."),
  created_at: isoDate,
  started_at: isoDate.nullable(),
  finished_at: isoDate.nullable(),
  asset_id: z.uuid().nullable(),
  asset: assetSchema.nullable().describe("Present once the task completed."),
});

/** A page of a list endpoint. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.strictObject({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });
}

export const assetPageSchema = pageSchema(assetSchema);
export const taskPageSchema = pageSchema(taskSchema);

export const versionSummarySchema = z.strictObject({
  version: z.number().int(),
  created_at: isoDate,
  quality_score: z.number().nullable(),
  refinement_request: z.string().nullable().describe("The feedback that made this version (null for version 1)."),
  interpretation: interpretationResponseSchema.nullable().describe("What this version models of its prompt (and, for a refinement, which feedback words it applied); null for LLM plans without one."),
  is_current: z.boolean(),
  source: z.enum(["generate", "import"]).describe("generate: written from a prompt; import: rebuilt from an uploaded model (its `original` file), as are its refinements."),
});

export const versionListSchema = z.array(versionSummarySchema);

export const versionDetailSchema = z.strictObject({
  ...versionSummarySchema.shape,
  provider: z.string().describe("What planned and coded it: builtin or an LLM provider."),
  plan: z.record(z.string(), z.unknown()).describe("The structured plan: subject, parts, materials…"),
  code: z.string().describe("The Blender Python program that builds the asset."),
  stats: z.record(z.string(), z.unknown()),
  quality_reasons: z.array(z.looseObject({ severity: z.string(), message: z.string() })),
  files: fileLinksSchema,
  screenshot_url: z.string().nullable(),
  trail: z.array(z.unknown()).describe("Agent trail: LLM calls and pipeline events."),
});

export const apiKeySchema = z.strictObject({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string().describe("The visible start of the key, to tell keys apart."),
  created_at: isoDate,
  last_used_at: isoDate.nullable(),
  revoked_at: isoDate.nullable(),
});

export const apiKeyListSchema = z.strictObject({ items: z.array(apiKeySchema) });

export const createdApiKeySchema = z.strictObject({
  ...apiKeySchema.shape,
  key: z.string().describe("The key itself, shown this once: send it as 'Authorization: Bearer <key>'."),
});

export const userSchema = z.strictObject({ id: z.uuid(), email: z.string(), name: z.string().nullable(), created_at: isoDate });

export const healthSchema = z.strictObject({
  status: z.enum(["healthy", "degraded"]),
  version: z.string(),
  uptime: z.number().describe("Seconds since this web server started."),
  dependencies: z.strictObject({
    database: z.string(),
    storage: z.string(),
    workers: z.string(),
    blender: z.string(),
    sandbox: z.string(),
  }),
  queue: z.strictObject({ queued: z.number().int().nullable(), running: z.number().int().nullable() }),
  workers: z.strictObject({ live: z.number().int() }),
  launcher: z
    .strictObject({
      restarts: z.strictObject({ web: z.number().int(), worker: z.number().int() }),
      last_restart: z.strictObject({ process: z.string(), at: z.string(), exit: z.string() }).nullable(),
    })
    .nullable()
    .describe("Under `npm start`: how often its launcher restarted a crashed web server or worker (null when run otherwise)."),
  storage: z.strictObject({
    kind: z.enum(["local", "s3"]).describe("Where asset files live: the data directory or an S3-compatible bucket."),
    downloads: z.enum(["proxy", "redirect"]).describe("Whether downloads stream through the web server or redirect to a short-lived presigned URL."),
  }),
});
