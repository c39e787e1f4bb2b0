import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "@/lib/migrations/apply-migrations";
import { startEmbeddedDb } from "./embedded-db";

/**
 * A fresh, migrated database for one benchmark run: on the server of LL3M_TEST_ADMIN_URL when set, else on an
 * embedded PostgreSQL of its own, so `npm run bench:*` works on a bare checkout. `close` drops or stops it.
 */
export async function openBenchDatabase(): Promise<{ url: string; close: () => Promise<void> }> {
  const name = `ll3m_bench_${randomBytes(4).toString("hex")}`;
  const adminUrl = process.env.LL3M_TEST_ADMIN_URL;
  let opened: { url: string; close: () => Promise<void> };
  if (adminUrl) {
    const admin = async (sql: string) => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(sql).finally(() => c.end());
    };
    await admin(`CREATE DATABASE "${name}"`);
    const u = new URL(adminUrl);
    u.pathname = `/${name}`;
    opened = { url: u.toString(), close: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
  } else {
    const dir = await mkdtemp(path.join(os.tmpdir(), "ll3m-bench-pg-"));
    const server = await startEmbeddedDb({ dir: path.join(dir, "pg"), password: randomBytes(12).toString("hex") });
    await server.createDatabase(name);
    opened = { url: server.url(name), close: async () => (await server.stop(), await rm(dir, { recursive: true, force: true })) };
  }
  await applyMigrations({ databaseUrl: opened.url, dir: path.resolve("prisma/migrations") });
  return opened;
}
