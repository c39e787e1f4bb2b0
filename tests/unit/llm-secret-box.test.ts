import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret } from "@/lib/llm/secret-box";

const secret = "s".repeat(40);
const plain = "sk-test-0123456789abcdef";

describe("stored LLM keys (AES-256-GCM, HKDF-derived key, owner bound as associated data)", () => {
  it("round-trips, and never stores the key in clear or the same ciphertext twice", () => {
    const a = encryptSecret({ plain, context: "user-1", secret });
    const b = encryptSecret({ plain, context: "user-1", secret });
    expect(a).not.toContain(plain);
    expect(a).not.toBe(b);
    expect(a.split(".")).toHaveLength(4);
    expect(decryptSecret({ sealed: a, context: "user-1", secret })).toBe(plain);
  });

  it("detects tampering with any part", () => {
    const sealed = encryptSecret({ plain, context: "user-1", secret });
    const parts = sealed.split(".");
    for (const i of [1, 2, 3]) {
      const bytes = Buffer.from(parts[i], "base64url");
      bytes[0] ^= 1;
      const forged = parts.map((p, j) => (j === i ? bytes.toString("base64url") : p)).join(".");
      expect(() => decryptSecret({ sealed: forged, context: "user-1", secret })).toThrow();
    }
    // A truncated tag must not pass a weaker check.
    const short = [parts[0], parts[1], Buffer.from(parts[2], "base64url").subarray(0, 4).toString("base64url"), parts[3]].join(".");
    expect(() => decryptSecret({ sealed: short, context: "user-1", secret })).toThrow();
  });

  it("refuses a key copied to another user's row or read with another server secret", () => {
    const sealed = encryptSecret({ plain, context: "user-1", secret });
    expect(() => decryptSecret({ sealed, context: "user-2", secret })).toThrow();
    expect(() => decryptSecret({ sealed, context: "user-1", secret: "t".repeat(40) })).toThrow();
    expect(() => decryptSecret({ sealed: "v0.x.y.z", context: "user-1", secret })).toThrow(/format/);
  });
});
