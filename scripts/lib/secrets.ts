import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

export interface LocalSecrets {
  auth_secret: string;
  db_password: string;
}

/** Secrets made once per data directory and kept there (mode 600), so sessions survive restarts. */
export async function loadOrCreateSecrets(dir: string): Promise<LocalSecrets> {
  const file = path.join(dir, "secrets.json");
  if (existsSync(file)) return JSON.parse(await readFile(file, "utf8")) as LocalSecrets;
  await mkdir(dir, { recursive: true });
  const secrets = { auth_secret: randomBytes(32).toString("base64url"), db_password: randomBytes(18).toString("base64url") };
  await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
