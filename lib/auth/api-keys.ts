import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";

const PREFIX = "ll3m_";

/** sha256 hex of a key: keys are high-entropy, so a fast hash is enough and lookups stay indexed. */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/** Creates a key (160 bits of randomness) for a user; the plain key is returned once and never stored. */
export async function createApiKey({ userId, name }: { userId: string; name: string }) {
  const key = PREFIX + randomBytes(20).toString("base64url");
  const row = await db.apiKey.create({
    data: { userId, name, prefix: key.slice(0, PREFIX.length + 8), hash: hashApiKey(key) },
  });
  return { key, id: row.id, name: row.name, prefix: row.prefix, createdAt: row.createdAt };
}

/** The owner of a valid, unrevoked key, or null; looking up by hash keeps the comparison constant-time. */
export async function userFromApiKey(key: string) {
  if (!key.startsWith(PREFIX)) return null;
  const row = await db.apiKey.findUnique({ where: { hash: hashApiKey(key) }, include: { user: true } });
  if (!row || row.revokedAt) return null;
  // Last-used is informational; do not hold the request for it.
  void db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } }).catch(() => {});
  return { id: row.user.id, email: row.user.email };
}
