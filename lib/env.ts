import path from "node:path";
import { z } from "zod";
import { EXTERNAL_PROVIDERS, ROLES, type LlmRole } from "@/lib/llm/types";
import { parseStorageUrl } from "@/lib/storage/storage-url";

const bool = z
  .enum(["1", "0", "true", "false", "yes", "no", "on", "off", ""])
  .transform((v) => ["1", "true", "yes", "on"].includes(v));

type RoleVar = "PROVIDER" | "BASE_URL" | "API_KEY" | "MODEL";
const roleVar = (role: LlmRole, what: RoleVar) => `LL3M_LLM_${role.toUpperCase()}_${what}` as const;

/** A role's endpoint variables must name a provider, an external main provider and the role's own model. */
function checkRoleEndpoints(env: Record<string, unknown>, ctx: z.RefinementCtx) {
  for (const role of ROLES) {
    const [provider, model] = [roleVar(role, "PROVIDER"), roleVar(role, "MODEL")];
    if (!env[provider]) {
      const orphan = (["BASE_URL", "API_KEY"] as const).map((w) => roleVar(role, w)).find((name) => env[name] !== undefined);
      if (orphan) ctx.addIssue({ code: "custom", path: [provider], message: `${orphan} needs ${provider} (openai-compatible or anthropic)` });
      continue;
    }
    if (env.LL3M_LLM_PROVIDER === "builtin") ctx.addIssue({ code: "custom", path: [provider], message: "role endpoints need an external LL3M_LLM_PROVIDER; the built-in modeler has no roles" });
    if (!env[model]) ctx.addIssue({ code: "custom", path: [model], message: `name the ${role} model for its own endpoint` });
  }
}

/** An empty variable (`LL3M_STORAGE_URL=` in a compose file) means unset. */
const optionalText = <T extends z.ZodTypeAny>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

/** S3 storage needs a region (or an endpoint, which brings its own) and both halves of a key pair or neither. */
function checkStorage(env: Record<string, unknown>, ctx: z.RefinementCtx) {
  if (env.AWS_ACCESS_KEY_ID && !env.AWS_SECRET_ACCESS_KEY) ctx.addIssue({ code: "custom", path: ["AWS_SECRET_ACCESS_KEY"], message: "AWS_ACCESS_KEY_ID is set: set its AWS_SECRET_ACCESS_KEY too" });
  if (!env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) ctx.addIssue({ code: "custom", path: ["AWS_ACCESS_KEY_ID"], message: "AWS_SECRET_ACCESS_KEY is set: set its AWS_ACCESS_KEY_ID too" });
  if (env.LL3M_STORAGE_URL && !env.AWS_REGION && !env.AWS_ENDPOINT_URL_S3) {
    ctx.addIssue({ code: "custom", path: ["AWS_REGION"], message: "LL3M_STORAGE_URL is an S3 bucket: set AWS_REGION to its region (e.g. eu-west-1), or AWS_ENDPOINT_URL_S3 for MinIO, R2, Ceph or Garage" });
  }
}

/** The one environment schema, parsed by the web app, the worker and the scripts. */
export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url("DATABASE_URL must be a postgres:// URL"),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters (the launcher makes one)"),
  LL3M_DATA_DIR: z.string().default(".data"),
  /** Asset files in an S3-compatible bucket (`s3://bucket/prefix`) instead of the data directory. */
  LL3M_STORAGE_URL: optionalText(
    z.string().refine((v) => parseStorageUrl(v) !== null, "LL3M_STORAGE_URL must be s3://bucket or s3://bucket/prefix (a valid bucket name; unset keeps files in LL3M_DATA_DIR)"),
  ),
  /** Downloads stream through the web server instead of redirecting to a presigned URL (buckets browsers cannot reach). */
  LL3M_STORAGE_PROXY: bool.default(false),
  AWS_REGION: optionalText(z.string()),
  AWS_ACCESS_KEY_ID: optionalText(z.string()),
  AWS_SECRET_ACCESS_KEY: optionalText(z.string()),
  /** A non-AWS S3 endpoint (http://minio:9000); addressed path-style. */
  AWS_ENDPOINT_URL_S3: optionalText(z.string().regex(/^https?:\/\/[^/\s]+/, "AWS_ENDPOINT_URL_S3 must be an http(s) URL such as http://minio:9000")),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  BLENDER_PATH: z.string().optional(),
  LL3M_ALLOW_REGISTRATION: bool.default(true),
  LL3M_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(1),
  /** Pre-started sandboxed Blenders kept waiting (read by worker/blender/prestart.ts; unset: one per task slot, at most 4). */
  LL3M_BLENDER_SPARES: z.coerce.number().int().min(0).max(4).optional(),
  /** The longest one task may run, start to files written (the plan's 300 s). */
  LL3M_TASK_TIMEOUT_S: z.coerce.number().int().min(10).max(3600).default(300),
  /** How long a claimed task stays leased without a heartbeat before another worker may take it. */
  LL3M_LEASE_S: z.coerce.number().int().min(5).max(600).default(30),
  LL3M_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(3),
  /** On SIGTERM/SIGINT a worker lets running tasks finish this long, then stops Blender and requeues them. */
  LL3M_SHUTDOWN_GRACE_S: z.coerce.number().int().min(0).max(3600).default(20),
  /** `noop` skips Blender and stores a stub version (tests and benchmarks only; see worker/pipeline/run-noop-task.ts). */
  LL3M_PIPELINE: z.enum(["full", "noop"]).default("full"),
  /** Lets the noop pipeline run outside NODE_ENV=test (benchmarks). */
  LL3M_ALLOW_TEST_PIPELINE: bool.default(false),
  /** Simulated work per noop task, so tests can catch a task in flight. */
  LL3M_NOOP_TASK_MS: z.coerce.number().int().min(0).max(600_000).default(0),
  /** Longest one SQL statement may run (Postgres statement_timeout) before it is cut off and the caller told (503). */
  LL3M_DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(5000),
  /** Longest a query waits for a pooled connection (or a new one to open) before it gives up. */
  LL3M_DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  /** Set by the `npm start` launcher for its children: the file where it counts restarts (read by health). */
  LL3M_LAUNCHER_STATE: z.string().optional(),
  LL3M_LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** Largest model file POST /assets/import accepts, in MB (counted while it streams in, never held in memory). */
  LL3M_IMPORT_MAX_MB: z.coerce.number().int().min(1).max(10_000).default(100),
  /** Largest total a zipped upload may unpack to, in MB, and the most entries it may hold (zip bombs). */
  LL3M_IMPORT_MAX_UNPACKED_MB: z.coerce.number().int().min(1).max(50_000).default(500),
  LL3M_IMPORT_MAX_ZIP_ENTRIES: z.coerce.number().int().min(1).max(100_000).default(1000),
  /** Most triangles an imported scene may have; a larger one fails before anything is exported. */
  LL3M_IMPORT_MAX_TRIANGLES: z.coerce.number().int().min(1).default(2_000_000),
  /** Rate limits (Postgres-backed, shared by every web instance): generation requests per user per hour (the plan's 100). */
  LL3M_RATE_GENERATE_PER_HOUR: z.coerce.number().int().min(1).default(100),
  /** Requests per API key per minute, on every endpoint. */
  LL3M_RATE_API_KEY_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /** Sign-in and token attempts per account per 15 minutes (a success resets the account's count). */
  LL3M_RATE_SIGNIN_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
  /** Sign-in and token attempts per client IP per 15 minutes. */
  LL3M_RATE_SIGNIN_PER_IP: z.coerce.number().int().min(1).default(100),
  /**
   * Reverse proxies in front of the web server whose X-Forwarded-For hops are believed (0: the socket's peer is the
   * client). Read by scripts/serve-web.mjs; validated here so a bad value stops the start with its name.
   */
  LL3M_TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  /** Server secret that encrypts users' stored LLM keys (HKDF); AUTH_SECRET is used when unset. */
  LL3M_SECRET_KEY: z.string().min(32, "LL3M_SECRET_KEY must be at least 32 characters").optional(),
  /** The operator's default LLM provider for every user without their own settings. */
  LL3M_LLM_PROVIDER: z.enum(["builtin", "openai-compatible", "anthropic"]).default("builtin"),
  LL3M_LLM_BASE_URL: z.string().url("LL3M_LLM_BASE_URL must be an http(s) URL").optional(),
  LL3M_LLM_API_KEY: z.string().optional(),
  /** Hosts users may point their own LLM base URL at (comma-separated host, host:port or *.domain); unset: any. */
  LL3M_LLM_ALLOWED_HOSTS: z.string().optional(),
  LL3M_LLM_MODEL: z.string().optional(),
  LL3M_LLM_PLANNER_MODEL: z.string().optional(),
  LL3M_LLM_CODER_MODEL: z.string().optional(),
  LL3M_LLM_CRITIC_MODEL: z.string().optional(),
  /** A role's own endpoint (e.g. the critic on Anthropic for vision while the others use Ollama); needs the role's model. */
  LL3M_LLM_PLANNER_PROVIDER: z.enum(EXTERNAL_PROVIDERS).optional(),
  LL3M_LLM_PLANNER_BASE_URL: z.string().url("LL3M_LLM_PLANNER_BASE_URL must be an http(s) URL").optional(),
  LL3M_LLM_PLANNER_API_KEY: z.string().optional(),
  LL3M_LLM_CODER_PROVIDER: z.enum(EXTERNAL_PROVIDERS).optional(),
  LL3M_LLM_CODER_BASE_URL: z.string().url("LL3M_LLM_CODER_BASE_URL must be an http(s) URL").optional(),
  LL3M_LLM_CODER_API_KEY: z.string().optional(),
  LL3M_LLM_CRITIC_PROVIDER: z.enum(EXTERNAL_PROVIDERS).optional(),
  LL3M_LLM_CRITIC_BASE_URL: z.string().url("LL3M_LLM_CRITIC_BASE_URL must be an http(s) URL").optional(),
  LL3M_LLM_CRITIC_API_KEY: z.string().optional(),
  /** Whether the critic model accepts images (else the geometric critic stands in). */
  LL3M_LLM_VISION: bool.default(false),
  /** false: ask for JSON in plain text, for models without a structured-output mode. */
  LL3M_LLM_STRUCTURED_OUTPUT: bool.default(true),
  /** Per LLM call: seconds before one request is given up (and retried), and retries for 429/5xx/timeouts. */
  LL3M_LLM_TIMEOUT_S: z.coerce.number().min(0.1).max(600).default(90),
  /** Output budget per LLM reply; set explicitly so SDK defaults (4096 for unknown Anthropic models) never cut a script short. */
  LL3M_LLM_MAX_OUTPUT_TOKENS: z.coerce.number().int().min(256).max(200_000).default(8192),
  LL3M_LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
  /** Coder repair attempts after a static-check violation or a Blender traceback. */
  LL3M_AGENT_MAX_REPAIRS: z.coerce.number().int().min(0).max(10).default(3),
  /** Critic → fix rounds before the verifier scores the version. */
  LL3M_AGENT_MAX_CRITIC_ROUNDS: z.coerce.number().int().min(0).max(5).default(1),
}).superRefine((env, ctx) => {
  checkRoleEndpoints(env, ctx);
  checkStorage(env, ctx);
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Parses process.env once; a bad or missing value throws with the variable's name. */
export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/** Absolute path of the data directory (assets, embedded database, secrets). */
export function dataDir(): string {
  return path.resolve(getEnv().LL3M_DATA_DIR);
}
