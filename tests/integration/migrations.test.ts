import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations, MigrationError } from "@/lib/migrations/apply-migrations";
import { createTestDatabase } from "../helpers/test-db";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function freshDb() {
  const db = await createTestDatabase({ prefix: "ll3m_mig", migrate: false });
  cleanups.push(db.drop);
  return db.url;
}

async function query(url: string, sql: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows;
  } finally {
    await c.end();
  }
}

describe("migration runner", () => {
  it("applies every migration once with Prisma's bookkeeping, and is a no-op the second time", async () => {
    const url = await freshDb();
    const first = await applyMigrations({ databaseUrl: url, dir: "prisma/migrations" });
    expect(first.applied.length).toBeGreaterThan(0);
    const rows = await query(url, `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations"`);
    expect(rows.map((r) => r.migration_name)).toEqual(first.applied);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.checksum) && r.finished_at && r.applied_steps_count === 1)).toBe(true);

    const second = await applyMigrations({ databaseUrl: url, dir: "prisma/migrations" });
    expect(second.applied).toEqual([]);
    expect(second.skipped).toEqual(first.applied);
    expect(await query(url, `SELECT count(*)::int AS n FROM "_prisma_migrations"`)).toEqual([{ n: first.applied.length }]);
  });

  it("records a failed migration, rolls its changes back and refuses to run later ones until it is resolved", async () => {
    const url = await freshDb();
    const dir = await mkdtemp(path.join(os.tmpdir(), "ll3m-mig-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    await cp("prisma/migrations", dir, { recursive: true });
    await mkdir(path.join(dir, "29990101000000_broken"));
    await writeFile(path.join(dir, "29990101000000_broken", "migration.sql"), `CREATE TABLE "half_done" (id int);\nSELECT * FROM "no_such_table";\n`);

    await expect(applyMigrations({ databaseUrl: url, dir })).rejects.toThrow(/29990101000000_broken failed: .*no_such_table/);
    expect(await query(url, `SELECT to_regclass('public.half_done') AS t`)).toEqual([{ t: null }]);
    const [row] = await query(url, `SELECT finished_at, logs FROM "_prisma_migrations" WHERE migration_name = '29990101000000_broken'`);
    expect(row.finished_at).toBeNull();
    expect(row.logs).toMatch(/no_such_table/);

    await mkdir(path.join(dir, "29990102000000_later"));
    await writeFile(path.join(dir, "29990102000000_later", "migration.sql"), `CREATE TABLE "later" (id int);\n`);
    const again = applyMigrations({ databaseUrl: url, dir });
    await expect(again).rejects.toBeInstanceOf(MigrationError);
    await expect(again).rejects.toThrow(/failed earlier.*rolled_back_at/);
    expect(await query(url, `SELECT to_regclass('public.later') AS t`)).toEqual([{ t: null }]);
  });
});
