import path from "node:path";
import { z } from "zod";

const bool = z
  .enum(["1", "0", "true", "false", "yes", "no", "on", "off", ""])
  .transform((v) => ["1", "true", "yes", "on"].includes(v));

/** The one environment schema, parsed by the web app, the worker and the scripts. */
export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url("DATABASE_URL must be a postgres:// URL"),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters (the launcher makes one)"),
  LL3M_DATA_DIR: z.string().default(".data"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  BLENDER_PATH: z.string().optional(),
  LL3M_ALLOW_REGISTRATION: bool.default(true),
  LL3M_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(1),
  /** The longest one task may run, start to files written (the plan's 300 s). */
  LL3M_TASK_TIMEOUT_S: z.coerce.number().int().min(10).max(3600).default(300),
  /** How long a claimed task stays leased without a heartbeat before another worker may take it. */
  LL3M_LEASE_S: z.coerce.number().int().min(5).max(600).default(30),
  LL3M_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(3),
  LL3M_LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
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
