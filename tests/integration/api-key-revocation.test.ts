// Two web servers on one database: a key revoked on one is refused by the other on the very next request, even
// though that server had the key in its cache, and even when its LISTEN connection was cut and came back.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer } from "../helpers/app-server";
import { createUser } from "../helpers/seed";
import { waitFor } from "../helpers/worker-process";

const a = await startAppServer({ prefix: "ll3m_revoke" });
const b = await startAppServer({ prefix: "ll3m_revoke_b", besides: a });
const admin = new pg.Client({ connectionString: a.databaseUrl });
await admin.connect();

afterAll(async () => {
  await admin.end();
  await b.stop();
  await a.stop();
});

const CHANNEL = "ll3m_api_key_revoked";

/** Backend pids of a web server's LISTEN connection (by the application_name it sets). */
async function listenersOf(server: { pid: number }): Promise<number[]> {
  const { rows } = await admin.query<{ pid: number }>(
    "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1 AND query = $2",
    [`ll3m-listen ${CHANNEL} ${server.pid}`, `LISTEN ${CHANNEL}`],
  );
  return rows.map((r) => r.pid);
}

async function newKey(email: string, password: string, name: string) {
  const res = await fetch(`${a.baseUrl}/api/v1/auth/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password, name }) });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; key: string };
}

const me = (server: { baseUrl: string }, key: string) => fetch(`${server.baseUrl}/api/v1/me`, { headers: { authorization: `Bearer ${key}` } }).then((r) => r.status);
const revoke = (server: { baseUrl: string }, key: string, id: string) =>
  fetch(`${server.baseUrl}/api/v1/api-keys/${id}`, { method: "DELETE", headers: { authorization: `Bearer ${key}` } }).then((r) => r.status);

let user: Awaited<ReturnType<typeof createUser>>;
let admin_key: { id: string; key: string };

beforeAll(async () => {
  user = await createUser("revoke");
  admin_key = await newKey(user.email, user.password, "admin");
  // The first key request starts each server's LISTEN; wait until both are up, so B really serves from its cache.
  expect(await me(a, admin_key.key)).toBe(200);
  expect(await me(b, admin_key.key)).toBe(200);
  await waitFor(async () => ((await listenersOf(a)).length && (await listenersOf(b)).length ? true : undefined), { what: "both servers listening", timeoutMs: 20_000 });
});

describe("API key revocation across web servers", () => {
  it("is refused by the other server on the next request after the revoke answered", async () => {
    const key = await newKey(user.email, user.password, "ci");
    // B has the key cached now (a valid key seen within the last seconds).
    expect(await me(b, key.key)).toBe(200);
    expect(await me(b, key.key)).toBe(200);
    expect(await revoke(a, admin_key.key, key.id)).toBe(204);
    expect(await me(b, key.key)).toBe(401);
    expect(await me(a, key.key)).toBe(401);
    // Keys that were not revoked still work on both.
    expect(await me(b, admin_key.key)).toBe(200);
  });

  it("still holds when the other server's LISTEN connection was cut: it forgets its cache and reconnects", async () => {
    const key = await newKey(user.email, user.password, "ci-2");
    expect(await me(b, key.key)).toBe(200);
    const [before] = await listenersOf(b);
    await admin.query("SELECT pg_terminate_backend($1)", [before]);
    // Revoked while B may be without its LISTEN: B must not trust what it cached before the cut.
    expect(await revoke(a, admin_key.key, key.id)).toBe(204);
    expect(await me(b, key.key)).toBe(401);
    const [after] = await waitFor(async () => {
      const pids = await listenersOf(b);
      return pids.length && !pids.includes(before) ? pids : undefined;
    }, { what: "B to listen again", timeoutMs: 20_000 });
    expect(after).not.toBe(before);
    // And the NOTIFY path works again on the new connection.
    const third = await newKey(user.email, user.password, "ci-3");
    expect(await me(b, third.key)).toBe(200);
    expect(await me(b, third.key)).toBe(200);
    expect(await revoke(a, admin_key.key, third.id)).toBe(204);
    expect(await me(b, third.key)).toBe(401);
  });
});
