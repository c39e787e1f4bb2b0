import type { z } from "zod";
import { listAssetsQuerySchema, versionQuerySchema } from "@/lib/validations/assets";
import { listTasksQuerySchema } from "@/lib/validations/tasks";
import { analyticsQuerySchema } from "@/lib/validations/analytics";
import type { RequestName, ResponseName } from "@/lib/api/openapi/schemas";

type Response = { description: string; schema?: ResponseName; contentType?: string; headers?: Record<string, string> };

/** One endpoint as the OpenAPI document describes it; schemas are referenced by component name. */
export interface Operation {
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string;
  operationId: string;
  tag: "Health" | "Authentication" | "Account" | "API keys" | "Generation" | "Tasks" | "Assets" | "Analytics" | "Meta";
  summary: string;
  description?: string;
  public?: boolean;
  pathParams?: Record<string, string>;
  query?: z.ZodObject;
  headers?: Record<string, string>;
  body?: RequestName;
  /** The same request as multipart/form-data, where the endpoint also takes that. */
  formBody?: RequestName;
  /** application/json unless set (multipart/form-data for uploads). */
  bodyContentType?: string;
  responses: Record<number, Response>;
  /** Error statuses this endpoint answers (each with the Error envelope). */
  errors: number[];
}

const ID = { id: "The asset id (a UUID)." };
const TASK = { task_id: "The task id (a UUID) from POST /generate." };
const VERSION = { ...ID, version: "A version number (1, 2, …)." };
const ASSET_ERRORS = [401, 404, 429];
/** Files in a bucket are fetched from the bucket itself, after the owner check. */
const PRESIGNED: Response = { description: "The file is in object storage: fetch it from `Location`, a presigned URL that expires after a few minutes.", headers: { Location: "The presigned URL." } };

/** Every endpoint of /api/v1, in the order the reference lists them. */
export const OPERATIONS: Operation[] = [
  { method: "post", path: "/generate", operationId: "generate", tag: "Generation", summary: "Generate an asset from a prompt",
    description: "Queues a task and answers at once (202). A worker plans the object, writes Blender Python, runs it and stores version 1. Follow it with GET /generate/{task_id} or its /events stream. Send an `Idempotency-Key` header to make retries safe: the same key with the same body returns the same task; with another body it answers 422. A reference image may come along, as base64 `image` in JSON or as an `image` file in multipart/form-data: a vision-capable model plans after it and its critic compares the renders with it. A file that is not a PNG, JPEG or WebP answers 415, one over 8 MB 413, one over 4096 pixels a side 422 image_too_large, and an image without a vision-capable model 422 vision_required; no task is made then.",
    headers: { "Idempotency-Key": "Optional; 1-255 printable characters. Repeats of a request with the same key return the first task." },
    body: "GenerateRequest", formBody: "GenerateForm", responses: { 202: { description: "Queued (or, for a repeated Idempotency-Key, the existing task).", schema: "Task" } }, errors: [400, 401, 403, 413, 415, 422, 429] },
  { method: "post", path: "/generate/preview", operationId: "previewPrompt", tag: "Generation", summary: "How the built-in modeler reads a prompt",
    description: "Nothing is queued. Answers which object the built-in modeler would build, which words of the prompt it models and which it leaves out, or why it refuses and the nearest objects it knows; `pipeline` says whether a /generate request would run it or your LLM provider.",
    body: "PreviewRequest", responses: { 200: { description: "The reading.", schema: "PromptPreview" } }, errors: [400, 401, 403, 413, 422, 429] },
  { method: "get", path: "/generate/{task_id}", operationId: "getTask", tag: "Generation", summary: "Status of a task", pathParams: TASK,
    description: "Status, progress (0-100), stage, error code and message, timestamps, and the asset once completed.",
    responses: { 200: { description: "The task.", schema: "Task" } }, errors: ASSET_ERRORS },
  { method: "get", path: "/generate/{task_id}/events", operationId: "streamTask", tag: "Generation", summary: "Follow a task as Server-Sent Events", pathParams: TASK,
    description: "`event: task` with the whole task (as GET /generate/{task_id}) on every change, `: keep-alive` comments while nothing changes, then `event: end` once the task completed, failed or was canceled, and the stream closes.",
    responses: { 200: { description: "An event stream.", contentType: "text/event-stream" } }, errors: ASSET_ERRORS },
  { method: "post", path: "/generate/{task_id}/cancel", operationId: "cancelTask", tag: "Generation", summary: "Cancel a queued or running task", pathParams: TASK,
    description: "The worker notices within about a second and stops Blender. A task that already finished answers 409.",
    responses: { 200: { description: "The canceled task.", schema: "Task" } }, errors: [401, 403, 404, 409, 429] },
  { method: "post", path: "/generate/{asset_id}/refine", operationId: "refineAsset", tag: "Generation", summary: "Refine an asset with feedback",
    pathParams: { asset_id: "The asset to refine." }, body: "RefineRequest",
    description: "Queues a task that makes a new version from the given (or current) version and the feedback; the asset's current version moves to it when it completes.",
    responses: { 202: { description: "Queued.", schema: "Task" } }, errors: [400, 401, 403, 404, 413, 422, 429] },
  { method: "get", path: "/tasks", operationId: "listTasks", tag: "Tasks", summary: "Your tasks, newest first", query: listTasksQuerySchema,
    responses: { 200: { description: "A page of tasks.", schema: "TaskPage" } }, errors: [401, 422, 429] },
  { method: "get", path: "/assets", operationId: "listAssets", tag: "Assets", summary: "Your assets, filtered and sorted", query: listAssetsQuerySchema,
    responses: { 200: { description: "A page of assets.", schema: "AssetPage" } }, errors: [401, 422, 429] },
  { method: "post", path: "/assets/import", operationId: "importAsset", tag: "Assets", summary: "Import a model file as a new asset",
    description: "Multipart upload (`file`, optional `name`, `tags`, `normalize`), streamed to storage and recognised from its bytes: GLB, glTF zipped with its .bin and textures, OBJ (alone or zipped with .mtl and textures), STL, PLY, FBX or .blend (opened with scripts disabled; a file with auto-run scripts is refused). Answers 202 with a task, followed like a generation (GET /generate/{task_id}, its /events, /cancel). A worker converts it with Blender's own importers into version 1: every download format, a preview, scene stats, `source: \"import\"`, the uploaded file as the `original` download, and code that rebuilds the scene from it, so refinement works. 415 names what a non-model file is; 413 past LL3M_IMPORT_MAX_MB; 422 for a cut-off GLB or STL or an unsafe zip (paths leaving the archive, links, encryption, more than LL3M_IMPORT_MAX_ZIP_ENTRIES entries or LL3M_IMPORT_MAX_UNPACKED_MB unpacked). A task fails (error_code import_failed, import_too_many_triangles, import_has_scripts, import_timeout, import_crashed) when Blender cannot read the file, it has more than LL3M_IMPORT_MAX_TRIANGLES triangles, runs scripts, or the importer hangs or crashes; a failed import keeps no asset, version or file. Counts against the generation rate limit.",
    body: "ImportRequest", bodyContentType: "multipart/form-data",
    responses: { 202: { description: "Stored and queued.", schema: "Task" } }, errors: [400, 401, 403, 413, 415, 422, 429] },
  { method: "get", path: "/assets/{id}", operationId: "getAsset", tag: "Assets", summary: "One asset", pathParams: ID,
    responses: { 200: { description: "The asset with its current version's files as URLs.", schema: "Asset" } }, errors: ASSET_ERRORS },
  { method: "patch", path: "/assets/{id}", operationId: "updateAsset", tag: "Assets", summary: "Rename or retag an asset", pathParams: ID, body: "UpdateAssetRequest",
    responses: { 200: { description: "The updated asset.", schema: "Asset" } }, errors: [400, 401, 403, 404, 413, 422, 429] },
  { method: "delete", path: "/assets/{id}", operationId: "deleteAsset", tag: "Assets", summary: "Delete an asset, its versions and files", pathParams: ID,
    responses: { 204: { description: "Deleted." } }, errors: [401, 403, 404, 429] },
  { method: "get", path: "/assets/{id}/versions", operationId: "listVersions", tag: "Assets", summary: "Versions of an asset", pathParams: ID,
    responses: { 200: { description: "Every version, oldest first.", schema: "VersionList" } }, errors: ASSET_ERRORS },
  { method: "get", path: "/assets/{id}/versions/{version}", operationId: "getVersion", tag: "Assets", summary: "One version in full", pathParams: VERSION,
    description: "Plan, Blender code, scene statistics, quality reasons, files as URLs and the agent trail.",
    responses: { 200: { description: "The version.", schema: "VersionDetail" } }, errors: [401, 404, 422, 429] },
  { method: "post", path: "/assets/{id}/versions/{version}/restore", operationId: "restoreVersion", tag: "Assets", summary: "Make a version current again", pathParams: VERSION,
    responses: { 200: { description: "The asset, now at that version.", schema: "Asset" } }, errors: [401, 403, 404, 422, 429] },
  { method: "get", path: "/assets/{id}/download/{format}", operationId: "downloadAsset", tag: "Assets", summary: "Download a file of an asset",
    pathParams: { ...ID, format: "glb, gltf, obj, stl, fbx or blend (as exported for that version), or original: the file an imported version was made from." }, query: versionQuerySchema,
    description: "With object storage (S3) the answer is a 302 to a presigned URL of the bucket that lives a few minutes; follow it without your Authorization header (HTTP clients drop it on a cross-origin redirect). Servers with LL3M_STORAGE_PROXY=1, or files in the data directory, answer 200 with the file.",
    responses: { 200: { description: "The file, as an attachment named after the asset and version.", contentType: "application/octet-stream" }, 302: PRESIGNED }, errors: [401, 404, 422, 429] },
  { method: "get", path: "/assets/{id}/screenshot", operationId: "getScreenshot", tag: "Assets", summary: "The rendered preview", pathParams: ID, query: versionQuerySchema,
    responses: { 200: { description: "A PNG.", contentType: "image/png" }, 302: PRESIGNED }, errors: [401, 404, 422, 429] },
  { method: "post", path: "/auth/register", operationId: "register", tag: "Authentication", summary: "Create an account", public: true, body: "RegisterRequest",
    description: "Switched off when the server runs with LL3M_ALLOW_REGISTRATION=0 (403).",
    responses: { 201: { description: "The account.", schema: "User" } }, errors: [400, 403, 409, 413, 422] },
  { method: "post", path: "/auth/token", operationId: "createToken", tag: "Authentication", summary: "Exchange email and password for a new API key", public: true, body: "TokenRequest",
    description: "Each call makes a NEW key, shown once in this response. Attempts are limited per account and per address (429 with Retry-After).",
    responses: { 201: { description: "The new key.", schema: "CreatedApiKey" } }, errors: [400, 401, 413, 422, 429] },
  { method: "get", path: "/api-keys", operationId: "listApiKeys", tag: "API keys", summary: "Your API keys (never the keys themselves)",
    responses: { 200: { description: "Every key, newest first, revoked ones included.", schema: "ApiKeyList" } }, errors: [401, 429] },
  { method: "post", path: "/api-keys", operationId: "createApiKey", tag: "API keys", summary: "Create an API key", body: "CreateApiKeyRequest",
    responses: { 201: { description: "The new key, shown this once.", schema: "CreatedApiKey" } }, errors: [400, 401, 403, 413, 422, 429] },
  { method: "delete", path: "/api-keys/{id}", operationId: "revokeApiKey", tag: "API keys", summary: "Revoke an API key", pathParams: { id: "The key's id." },
    responses: { 204: { description: "Revoked; requests with it now answer 401." } }, errors: [401, 403, 404, 429] },
  { method: "get", path: "/me", operationId: "getMe", tag: "Account", summary: "Your profile and Generate defaults",
    responses: { 200: { description: "Id, email, name and preferences (quality_level, output_formats).", schema: "Me" } }, errors: [401, 429] },
  { method: "patch", path: "/me", operationId: "updateMe", tag: "Account", summary: "Rename yourself or change Generate defaults", body: "UpdateMeRequest",
    description: "Preferences not sent are kept.",
    responses: { 200: { description: "The updated profile.", schema: "Me" } }, errors: [400, 401, 403, 413, 422, 429] },
  { method: "get", path: "/settings/llm", operationId: "getLlmSettings", tag: "Account", summary: "Your LLM provider, models and per-role endpoints",
    description: "Your own settings (source \"user\"), else the server's defaults (source \"default\"). API keys are never returned, only whether one is set (`has_api_key`, per role in `endpoints`).",
    responses: { 200: { description: "The settings.", schema: "LlmSettings" } }, errors: [401, 429] },
  { method: "put", path: "/settings/llm", operationId: "updateLlmSettings", tag: "Account", summary: "Choose your LLM provider and a model (and optionally an endpoint) per role", body: "UpdateLlmSettingsRequest",
    description: "Replaces your settings. `api_key` absent keeps the stored key, null removes it. A role in `endpoints` (planner, coder, critic) gets its own provider, base URL and key and must name its model in `models`; its stored key is kept only while provider and base URL stay the same. Roles left out use the main connection. Base URLs outside the server's allowlist answer 422.",
    responses: { 200: { description: "The saved settings.", schema: "LlmSettings" } }, errors: [400, 401, 403, 413, 422, 429] },
  { method: "delete", path: "/settings/llm", operationId: "resetLlmSettings", tag: "Account", summary: "Forget your LLM settings and keys",
    responses: { 200: { description: "The server's defaults, which your tasks use from now on.", schema: "LlmSettings" } }, errors: [401, 403, 429] },
  { method: "get", path: "/analytics", operationId: "getAnalytics", tag: "Analytics", summary: "Your asset and task metrics", query: analyticsQuerySchema,
    description: "Totals, quality histogram, assets per day, top tags, generation time distribution and outcomes by pipeline stage, all aggregated in the database.",
    responses: { 200: { description: "The metrics.", schema: "Analytics" } }, errors: [401, 422, 429] },
  { method: "get", path: "/health", operationId: "health", tag: "Health", summary: "Server and dependency health", public: true,
    description: "Database, storage, live workers (with their Blender and sandbox), queue depth. 503 while something the service needs is missing (e.g. no worker).",
    responses: { 200: { description: "Healthy.", schema: "Health" }, 503: { description: "Degraded.", schema: "Health" } }, errors: [] },
  { method: "get", path: "/openapi.json", operationId: "openapi", tag: "Meta", summary: "This document", public: true,
    responses: { 200: { description: "OpenAPI 3.1.", contentType: "application/json" } }, errors: [] },
];
