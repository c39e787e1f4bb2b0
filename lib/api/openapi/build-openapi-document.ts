import { z } from "zod";
import { OPERATIONS, type Operation } from "@/lib/api/openapi/operations";
import { REQUEST_SCHEMAS, RESPONSE_SCHEMAS } from "@/lib/api/openapi/schemas";

type JsonSchema = Record<string, unknown>;

const ERROR_TEXT: Record<number, string> = {
  400: "Malformed request (e.g. not JSON, a bad header).",
  401: "No valid session or API key.",
  403: "Refused (a cookie-authenticated write from another origin, or registration switched off).",
  404: "Not found, or not yours: another user's ids answer 404 too.",
  409: "Conflicts with the current state.",
  413: "Body too large: 64 KB for JSON, 8 MB for a reference image, LL3M_IMPORT_MAX_MB (default 100 MB) for an imported model.",
  415: "The uploaded file is not of a kind the endpoint takes (a reference image: PNG, JPEG or WebP; an import: a model format); the message says what it is.",
  422: "Invalid input; the message names the field and the rule.",
  429: "Rate limit reached; retry after the Retry-After header's seconds.",
};

/** Every schema of a registry as components, with refs between them as #/components/schemas/<name>. */
function components(schemas: Record<string, z.ZodType>, io: "input" | "output"): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const out = z.toJSONSchema(registry, { io, uri: (id) => `#/components/schemas/${id}`, unrepresentable: "any" }).schemas;
  for (const s of Object.values(out)) {
    delete s.$schema;
    delete s.$id;
  }
  return out;
}

function inline(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

function parameters(op: Operation) {
  const params: JsonSchema[] = [];
  for (const [name, description] of Object.entries(op.pathParams ?? {})) {
    const schema = name === "version" ? { type: "integer", minimum: 1 } : name === "format" ? { type: "string" } : { type: "string", format: "uuid" };
    params.push({ name, in: "path", required: true, description, schema });
  }
  for (const [name, field] of Object.entries(op.query?.shape ?? {}) as [string, z.ZodType][]) {
    const schema = inline(field, "input");
    params.push({ name, in: "query", required: !field.safeParse(undefined).success, description: schema.description, schema });
  }
  for (const [name, description] of Object.entries(op.headers ?? {})) params.push({ name, in: "header", required: false, description, schema: { type: "string" } });
  return params;
}

function responses(op: Operation) {
  const out: Record<string, JsonSchema> = {};
  for (const [status, r] of Object.entries(op.responses)) {
    const content = r.schema
      ? { "application/json": { schema: { $ref: `#/components/schemas/${r.schema}` } } }
      : r.contentType
        ? { [r.contentType]: { schema: r.contentType === "application/json" ? { type: "object" } : { type: "string", format: "binary" } } }
        : undefined;
    const headers = r.headers && Object.fromEntries(Object.entries(r.headers).map(([name, description]) => [name, { description, schema: { type: "string" } }]));
    out[status] = { description: r.description, ...(content ? { content } : {}), ...(headers ? { headers } : {}) };
  }
  for (const status of op.errors) {
    out[status] = {
      description: ERROR_TEXT[status],
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      ...(status === 429 ? { headers: { "Retry-After": { description: "Seconds to wait.", schema: { type: "integer" } } } } : {}),
    };
  }
  // Every operation with errors reads the database; one that does not answer in time is reported, not waited on.
  if (op.errors.length) out["503"] ??= {
    description: "The database did not answer in time (or is unreachable); retry after the Retry-After header's seconds.",
    content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    headers: { "Retry-After": { description: "Seconds to wait.", schema: { type: "integer" } } },
  };
  out.default = { description: "Unexpected error (500).", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
  return out;
}

let cached: JsonSchema | undefined;

/** The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the routes validate and answer with. */
export function buildOpenApiDocument(): JsonSchema {
  if (cached) return cached;
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const op of OPERATIONS) {
    (paths[`/api/v1${op.path}`] ??= {})[op.method] = {
      operationId: op.operationId,
      tags: [op.tag],
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      ...(op.public ? { security: [] } : {}),
      parameters: parameters(op),
      ...(op.body ? { requestBody: { required: true, content: {
        [op.bodyContentType ?? "application/json"]: { schema: { $ref: `#/components/schemas/${op.body}` } },
        ...(op.formBody ? { "multipart/form-data": { schema: { $ref: `#/components/schemas/${op.formBody}` } } } : {}),
      } } } : {}),
      responses: responses(op),
    };
  }
  cached = {
    openapi: "3.1.0",
    info: {
      title: "LL3M Studio API",
      version: "1.0.0",
      description:
        "Turn prompts into real, editable 3D assets. Authenticate with `Authorization: Bearer <API key>` (create one with POST /api/v1/auth/token or on /api/v1/api-keys) or the session cookie of the web app. Every error answers `{ \"error\": { \"code\", \"message\", \"request_id\" } }`; every response carries `X-Request-Id` and `X-Process-Time`.",
    },
    servers: [{ url: "/" }],
    security: [{ bearerAuth: [] }, { cookieAuth: [] }],
    tags: ["Generation", "Tasks", "Assets", "Analytics", "Authentication", "Account", "API keys", "Health", "Meta"].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "An API key: ll3m_…" },
        cookieAuth: { type: "apiKey", in: "cookie", name: "authjs.session-token", description: "The web app's session (writes must come from the same origin)." },
      },
      schemas: { ...components(REQUEST_SCHEMAS, "input"), ...components(RESPONSE_SCHEMAS, "output") },
    },
  };
  return cached;
}
