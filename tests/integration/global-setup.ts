import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createTestDatabase } from "../helpers/test-db";

/** One migrated database and one data directory for the integration run; dropped afterwards. */
export default async function setup() {
  const db = await createTestDatabase({ prefix: "ll3m_it" });
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "ll3m-it-data-"));
  process.env.DATABASE_URL = db.url;
  process.env.LL3M_DATA_DIR = dataDir;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("hex");
  return async () => {
    await db.drop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
