// `npm run migrate`: applies pending migrations to DATABASE_URL (the launcher does this at every start).
import path from "node:path";
import { applyMigrations } from "@/lib/migrations/apply-migrations";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set; `npm start` migrates its embedded database by itself.");
  process.exit(1);
}
applyMigrations({ databaseUrl: url, dir: path.resolve("prisma/migrations") })
  .then((r) => console.log(r.applied.length ? `applied: ${r.applied.join(", ")}` : "database is up to date"))
  .catch((err) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
