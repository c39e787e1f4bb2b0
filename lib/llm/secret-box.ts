import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { getEnv } from "@/lib/env";

const VERSION = "v1";
// HKDF separates this key from every other use of the server secret (session signing uses it raw).
const INFO = "ll3m-studio/llm-api-key/v1";
const SALT = "ll3m-studio";

function keyFrom(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, SALT, INFO, 32));
}

function serverSecret(): string {
  const env = getEnv();
  return env.LL3M_SECRET_KEY ?? env.AUTH_SECRET;
}

/** Encrypts `plain` with AES-256-GCM; `context` (the owner's id) is bound as associated data. */
export function encryptSecret({ plain, context, secret = serverSecret() }: { plain: string; context: string; secret?: string }): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(secret), iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

/** Decrypts what encryptSecret made; throws when it was altered, moved to another owner, or the secret changed. */
export function decryptSecret({ sealed, context, secret = serverSecret() }: { sealed: string; context: string; secret?: string }): string {
  const [version, iv, tag, body, ...rest] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined || rest.length) throw new Error("Unrecognised secret format.");
  const decipher = createDecipheriv("aes-256-gcm", keyFrom(secret), Buffer.from(iv, "base64url"), { authTagLength: 16 }); // a short tag would weaken the check
  decipher.setAAD(Buffer.from(context, "utf8"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}
