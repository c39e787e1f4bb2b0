import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "@/lib/migrations/apply-migrations";

/** Admin URL of the test server (set by `npm test`), pointing at its `postgres` database. */
export function adminUrl(): string {
  const url = process.env.LL3M_TEST_ADMIN_URL;
  if (!url) throw new Error("LL3M_TEST_ADMIN_URL is not set: run the tests with `npm test` (or set it to a postgres:// URL of a server you can create databases on)");
  return url;
}

/** The URL of another database on the same server. */
export function databaseUrl(name: string): string {
  const u = new URL(adminUrl());
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: adminUrl() });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Creates an empty database with a unique name; `migrate` applies our migrations to it. */
export async function createTestDatabase({ prefix = "ll3m_t", migrate = true } = {}) {
  const name = `${prefix}_${randomBytes(5).toString("hex")}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = databaseUrl(name);
  if (migrate) await applyMigrations({ databaseUrl: url, dir: path.resolve("prisma/migrations") });
  return { name, url, drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)) };
}

/**
 * Points this test file's process at a database of its own (call before anything touches `db`), so files that
 * run workers never see each other's tasks. Returns the function that drops it.
 */
export async function useOwnDatabase(prefix = "ll3m_f") {
  const created = await createTestDatabase({ prefix });
  process.env.DATABASE_URL = created.url;
  return created.drop;
}
