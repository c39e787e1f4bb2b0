import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { API_KEY_CHANNEL, watchRevocations } from "@/lib/auth/api-key-revocations";

const PREFIX = "ll3m_";
/** last_used_at is informational: writing it at most once a minute per key keeps reads from turning into writes. */
const LAST_USED_RESOLUTION_MS = 60_000;

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
  return { key, ...row };
}

type KeyRow = { id: string; revoked_at: Date | null; last_used_at: Date | null; user_id: string; email: string };
type CachedKey = { user: { id: string; email: string; apiKeyId: string }; expires: number; lastUsed: number };

/**
 * Valid keys seen in the last few seconds, by hash: spares a database round trip on every request. A revocation
 * reaches every web server at once through NOTIFY (see api-key-revocations.ts); while this server's LISTEN is down
 * the cache is not used, so a revoked key is never honoured for lack of a message.
 */
const CACHE_MS = 5_000;
const globalForKeys = globalThis as unknown as { ll3mKeyCache?: Map<string, CachedKey> };
const cache = (globalForKeys.ll3mKeyCache ??= new Map<string, CachedKey>());

/** Forgets a key on this server (its NOTIFY arrived, or it was revoked here). */
function forgetKey(apiKeyId: string) {
  for (const [hash, entry] of cache) if (entry.user.apiKeyId === apiKeyId) cache.delete(hash);
}

async function lookUp(hash: string): Promise<CachedKey | null> {
  // One round trip (key and owner joined).
  const [row] = await db.$queryRaw<KeyRow[]>`
    SELECT k.id, k.revoked_at, k.last_used_at, u.id AS user_id, u.email
    FROM api_keys k JOIN users u ON u.id = k.user_id WHERE k.hash = ${hash}`;
  if (!row || row.revoked_at) return null;
  if (cache.size > 10_000) cache.clear();
  const entry = { user: { id: row.user_id, email: row.email, apiKeyId: row.id }, expires: Date.now() + CACHE_MS, lastUsed: row.last_used_at?.getTime() ?? 0 };
  cache.set(hash, entry);
  return entry;
}

/** The owner of a valid, unrevoked key, or null; looking up by hash keeps the comparison constant-time. */
export async function userFromApiKey(key: string) {
  if (!key.startsWith(PREFIX) || key.length > 100) return null;
  const hash = hashApiKey(key);
  const live = watchRevocations({ onRevoke: forgetKey, onGap: () => cache.clear() });
  const cached = live ? cache.get(hash) : undefined;
  const entry = cached && cached.expires > Date.now() ? cached : await lookUp(hash);
  if (!entry) return null;
  if (Date.now() - entry.lastUsed > LAST_USED_RESOLUTION_MS) {
    entry.lastUsed = Date.now();
    // Do not hold the request for it.
    void db.apiKey.update({ where: { id: entry.user.apiKeyId }, data: { lastUsedAt: new Date() } }).catch(() => {});
  }
  return entry.user;
}

/** The user's keys, newest first; the key itself is never stored, so it cannot be listed. */
export async function listApiKeys({ userId }: { userId: string }) {
  return db.apiKey.findMany({ where: { userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], omit: { hash: true } });
}

/** Revokes one of the user's keys (idempotent); false when the user has no such key. */
export async function revokeApiKey({ userId, keyId }: { userId: string; keyId: string }): Promise<boolean> {
  const row = await db.apiKey.findFirst({ where: { id: keyId, userId }, select: { id: true, revokedAt: true } });
  if (!row) return false;
  if (!row.revokedAt) {
    // The NOTIFY goes out with the commit: no web server hears of a revocation that did not happen.
    await db.$transaction([
      db.apiKey.update({ where: { id: row.id }, data: { revokedAt: new Date() } }),
      db.$executeRaw`SELECT pg_notify(${API_KEY_CHANNEL}, ${row.id})`,
    ]);
  }
  forgetKey(row.id);
  return true;
}

/** The API's key shape; `key` only right after creation. */
export function serializeApiKey(row: { id: string; name: string; prefix: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null; key?: string }) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    created_at: row.createdAt.toISOString(),
    last_used_at: row.lastUsedAt?.toISOString() ?? null,
    revoked_at: row.revokedAt?.toISOString() ?? null,
    ...(row.key ? { key: row.key } : {}),
  };
}
