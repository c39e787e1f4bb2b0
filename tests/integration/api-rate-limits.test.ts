import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startApiFixture } from "../helpers/api-fixture";
import { startAppServer } from "../helpers/app-server";
import { createUser } from "../helpers/seed";

// Small budgets so the limits can be reached in a test; the counters live in Postgres (rate_limits). This test
// process plays the one trusted proxy in front of the server: the X-Forwarded-For it sends names the client.
const { server, api, contractFailures } = await startApiFixture({
  prefix: "ll3m_api_rl",
  env: { LL3M_RATE_GENERATE_PER_HOUR: "3", LL3M_RATE_API_KEY_PER_MINUTE: "8", LL3M_RATE_SIGNIN_PER_ACCOUNT: "3", LL3M_RATE_SIGNIN_PER_IP: "6", LL3M_TRUSTED_PROXIES: "1" },
});

afterAll(async () => {
  await db.$disconnect();
  await server.stop();
});

// Each test signs in from its own (forwarded) address, so per-IP counts of one test do not spill into another.
let ipCounter = 0;
const freshIp = () => ({ "x-forwarded-for": `203.0.113.${++ipCounter}` });

async function keyFor(u: { email: string; password: string }) {
  const res = await api("/api/v1/auth/token", { method: "POST", body: { email: u.email, password: u.password }, headers: freshIp() });
  expect(res.status).toBe(201);
  return res.body.key as string;
}

function expect429(res: { status: number; headers: Headers; body: { error: { code: string; message: string } } }, maxSeconds: number) {
  expect(res.status).toBe(429);
  expect(res.body.error.code).toBe("rate_limited");
  const retry = Number(res.headers.get("retry-after"));
  expect(retry).toBeGreaterThanOrEqual(1);
  expect(retry).toBeLessThanOrEqual(maxSeconds);
}

describe("rate limits", () => {
  let user: Awaited<ReturnType<typeof createUser>>;
  beforeAll(async () => {
    user = await createUser("limited");
  });

  it("limits generation requests per user per hour (refinements count too), across keys", async () => {
    const [k1, k2] = [await keyFor(user), await keyFor(user)];
    for (const key of [k1, k2, k1]) expect((await api("/api/v1/generate", { method: "POST", key, body: { prompt: "a chair" } })).status).toBe(202);
    const over = await api("/api/v1/generate", { method: "POST", key: k2, body: { prompt: "a chair" } });
    expect429(over, 3600);
    expect(over.body.error.message).toMatch(/3 generation requests per hour/);
    expect(await db.task.count({ where: { userId: user.id } })).toBe(3);
    // Reading is not generating.
    expect((await api("/api/v1/tasks", { key: k2 })).status).toBe(200);
  });

  it("limits requests per API key per minute, each key on its own", async () => {
    const other = await createUser("minute");
    const [k1, k2] = [await keyFor(other), await keyFor(other)];
    for (let i = 0; i < 8; i++) expect((await api("/api/v1/assets", { key: k1 })).status).toBe(200);
    expect429(await api("/api/v1/assets", { key: k1 }), 60);
    expect((await api("/api/v1/assets", { key: k2 })).status).toBe(200);
    // The counts are rows in Postgres, so every web instance sees them.
    const [{ n }] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM rate_limits WHERE key LIKE 'apiKey:%'`;
    expect(n).toBeGreaterThanOrEqual(2);
  });

  it("limits token attempts per account, even with the right password, and the sign-in form shares the count", async () => {
    const victim = await createUser("victim");
    for (let i = 0; i < 3; i++) {
      const res = await api("/api/v1/auth/token", { method: "POST", body: { email: victim.email, password: "guess" }, headers: freshIp() });
      expect(res.status).toBe(401);
    }
    expect429(await api("/api/v1/auth/token", { method: "POST", body: { email: victim.email, password: victim.password }, headers: freshIp() }), 900);

    const csrf = await fetch(`${server.baseUrl}/api/auth/csrf`);
    const { csrfToken } = await csrf.json();
    const form = await fetch(`${server.baseUrl}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; "), ...freshIp() },
      body: new URLSearchParams({ csrfToken, email: victim.email, password: victim.password, callbackUrl: server.baseUrl }),
    });
    expect(form.headers.get("location")).toContain("code=rate_limited");
    expect(form.headers.getSetCookie().some((c) => c.startsWith("authjs.session-token="))).toBe(false);
  });

  it("limits sign-in attempts per address across accounts; a success resets the account's count", async () => {
    const ip = { "x-forwarded-for": "198.51.100.7" };
    const u = await createUser("resets");
    for (let i = 0; i < 2; i++) expect((await api("/api/v1/auth/token", { method: "POST", body: { email: u.email, password: "nope" }, headers: ip })).status).toBe(401);
    expect((await api("/api/v1/auth/token", { method: "POST", body: { email: u.email, password: u.password }, headers: ip })).status).toBe(201);
    // The account's two failures are forgotten: two more wrong guesses still answer 401, not 429.
    for (let i = 0; i < 2; i++) expect((await api("/api/v1/auth/token", { method: "POST", body: { email: u.email, password: "nope" }, headers: ip })).status).toBe(401);
    // Five attempts from this address so far: the sixth goes through, the seventh is refused whoever it is for.
    expect((await api("/api/v1/auth/token", { method: "POST", body: { email: "nobody@example.test", password: "x" }, headers: ip })).status).toBe(401);
    expect429(await api("/api/v1/auth/token", { method: "POST", body: { email: "someone-else@example.test", password: "x" }, headers: ip }), 900);
  });
});

describe("the client address behind the limits", () => {
  const attempt = (base: string, i: number, forwardedFor: string) =>
    fetch(`${base}/api/v1/auth/token`, { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": forwardedFor }, body: JSON.stringify({ email: `nobody-${i}@example.test`, password: "x" }) });

  it("behind a trusted proxy, counts the address the proxy saw, not what the client wrote before it", async () => {
    // The client forges a new first hop every time; the proxy's own hop (the last one) stays 198.51.100.9.
    for (let i = 0; i < 6; i++) expect((await attempt(server.baseUrl, i, `10.0.0.${i}, 198.51.100.9`)).status).toBe(401);
    const over = await attempt(server.baseUrl, 6, "10.0.0.99, 198.51.100.9");
    expect(over.status).toBe(429);
    expect((await attempt(server.baseUrl, 7, "10.0.0.99, 198.51.100.10")).status).toBe(401);
  });

  it("with no proxy trusted (the default), ignores a forged X-Forwarded-For and counts the connection's address", async () => {
    const saved = { ...process.env };
    const direct = await startAppServer({ prefix: "ll3m_api_rl_direct", env: { LL3M_RATE_SIGNIN_PER_IP: "3", LL3M_RATE_SIGNIN_PER_ACCOUNT: "100" } });
    process.env = saved; // the second server re-points this process's database; the tests above keep theirs
    try {
      for (let i = 0; i < 3; i++) expect((await attempt(direct.baseUrl, i, `203.0.113.${100 + i}`)).status).toBe(401);
      const over = await attempt(direct.baseUrl, 3, "203.0.113.200");
      expect(over.status).toBe(429);
      expect((await over.json()).error.code).toBe("rate_limited");
    } finally {
      await direct.stop();
    }
  });
});

describe("the contract", () => {
  it("every JSON answer of this file matches the served OpenAPI document", async () => {
    expect(await contractFailures()).toEqual([]);
  });
});
