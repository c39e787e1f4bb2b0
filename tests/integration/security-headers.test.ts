// Every kind of answer carries the security headers: a page, JSON from the API, a download, a screenshot. HSTS only
// when the request came over HTTPS (as a TLS proxy in front says with X-Forwarded-Proto).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer } from "../helpers/app-server";
import { seedAsset } from "../helpers/seed-assets";

const server = await startAppServer({ prefix: "ll3m_headers" });
const { db } = await import("@/lib/db");
const { createApiKey } = await import("@/lib/auth/api-keys");
const { createUser } = await import("../helpers/seed");

let key = "";
let assetId = "";
beforeAll(async () => {
  const user = await createUser("headers");
  key = (await createApiKey({ userId: user.id, name: "headers" })).key;
  assetId = (await seedAsset({ userId: user.id })).assetId;
});
afterAll(async () => {
  await db.$disconnect();
  await server.stop();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.baseUrl}${path}`, { headers: { authorization: `Bearer ${key}`, ...headers }, redirect: "manual" });

/** The policy as directive → sources. */
function directives(csp: string | null): Record<string, string[]> {
  return Object.fromEntries((csp ?? "").split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name, sources]));
}

function expectCommonHeaders(res: Response) {
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  expect(res.headers.get("permissions-policy")).toMatch(/camera=\(\)/);
  expect(directives(res.headers.get("content-security-policy"))["frame-ancestors"]).toEqual(["'none'"]);
  expect(res.headers.get("strict-transport-security")).toBeNull();
}

describe("security headers", () => {
  it("are on pages, with a script nonce of their own and no eval in production", async () => {
    const pages = await Promise.all(["/", "/signin", "/docs"].map((p) => get(p)));
    const nonces = new Set<string>();
    for (const res of pages) {
      expectCommonHeaders(res);
      const csp = directives(res.headers.get("content-security-policy"));
      const nonce = csp["script-src"].find((s) => s.startsWith("'nonce-"));
      expect(nonce, JSON.stringify(csp)).toBeDefined();
      expect(csp["script-src"]).not.toContain("'unsafe-eval'");
      expect(csp["script-src"]).not.toContain("'unsafe-inline'");
      nonces.add(nonce!);
    }
    expect(nonces.size, "a fresh nonce per response").toBe(pages.length);
    // Every script of a rendered page carries that response's nonce.
    const docs = pages[2];
    const html = await docs.text();
    const nonce = directives(docs.headers.get("content-security-policy"))["script-src"].find((s) => s.startsWith("'nonce-"))!.slice(7, -1);
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => !s.includes(`nonce="${nonce}"`))).toEqual([]);
  });

  it("are on API answers, downloads and screenshots, which may run nothing", async () => {
    for (const path of ["/api/v1/assets", `/api/v1/assets/${assetId}/download/glb`, `/api/v1/assets/${assetId}/screenshot`, "/api/v1/openapi.json"]) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expectCommonHeaders(res);
      expect(directives(res.headers.get("content-security-policy"))["default-src"], path).toEqual(["'none'"]);
    }
  });

  it("add HSTS only when the request came over HTTPS", async () => {
    for (const path of ["/signin", "/api/v1/assets"]) {
      expect((await get(path, { "x-forwarded-proto": "https" })).headers.get("strict-transport-security"), path).toMatch(/^max-age=\d{7,}/);
      expect((await get(path, { "x-forwarded-proto": "http" })).headers.get("strict-transport-security"), path).toBeNull();
    }
  });
});
