import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startApiFixture, type ApiUser } from "../helpers/api-fixture";
import { signInOverHttp } from "../helpers/http-session";
import { readEventStream } from "../helpers/sse";
import { waitFor } from "../helpers/worker-process";

// One real server (next start) on a database of its own; no worker, so tasks stay queued unless a test moves them.
const { server, api, recorded, userWithKey, contractFailures } = await startApiFixture({ prefix: "ll3m_api_core" });

afterAll(async () => {
  await db.$disconnect();
  await server.stop();
});

let alice: ApiUser;
let bob: ApiUser;

beforeAll(async () => {
  alice = await userWithKey("alice");
  bob = await userWithKey("bob");
});

describe("health, headers and the reference", () => {
  it("answers health publicly with dependencies, queue depth and live workers (503 without a worker)", async () => {
    const res = await api("/api/v1/health", { headers: { "x-request-id": "probe-123" } });
    expect(res.status).toBe(503);
    expect(res.body.dependencies).toMatchObject({ database: "ok", storage: "ok" });
    expect(res.body.queue).toEqual({ queued: 0, running: 0 });
    expect(res.body.workers).toEqual({ live: 0 });
    expect(res.headers.get("x-request-id")).toBe("probe-123");
    expect(Number(res.headers.get("x-process-time"))).toBeGreaterThanOrEqual(0);
  });

  it("puts X-Request-Id and X-Process-Time on authenticated answers and errors, and the id in the envelope", async () => {
    const ok = await api("/api/v1/tasks", { key: alice.key });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(ok.headers.get("x-process-time")).toMatch(/^\d+\.\d{4}$/);
    const denied = await api("/api/v1/tasks");
    expect(denied.status).toBe(401);
    expect(denied.body.error.code).toBe("unauthorized");
    expect(denied.body.error.request_id).toBe(denied.headers.get("x-request-id"));
    expect(JSON.stringify(denied.body)).not.toMatch(/at .*\.js|stack/i);
    for (const path of ["/api/v1/openapi.json", "/api/auth/csrf"]) {
      const res = await fetch(`${server.baseUrl}${path}`);
      expect(res.headers.get("x-request-id"), path).toBeTruthy();
      expect(res.headers.get("x-process-time"), path).toBeTruthy();
    }
  });

  it("logs one JSON line per request with method, path, status, ms, request id and user id", async () => {
    const res = await api("/api/v1/assets?limit=1", { key: alice.key, headers: { "x-request-id": "log-line-check" } });
    expect(res.status).toBe(200);
    // The line reaches us through the server's stdout pipe, a moment after the answer.
    const line = await waitFor(async () => server.output().split("\n").find((l) => l.includes('"log-line-check"')), { what: "the request's log line", timeoutMs: 10_000 });
    expect(JSON.parse(line)).toMatchObject({ method: "GET", path: "/api/v1/assets", status: 200, request_id: "log-line-check", user_id: alice.id });
  });

  it("serves the OpenAPI 3.1 document and a public reference page at /docs", async () => {
    const doc = await fetch(`${server.baseUrl}/api/v1/openapi.json`).then((r) => r.json());
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/generate", "/api/v1/generate/{asset_id}/refine", "/api/v1/assets/{id}/versions/{version}/restore", "/api/v1/api-keys/{id}"]));
    expect(doc.components.schemas.GenerateRequest.properties.prompt).toMatchObject({ type: "string", maxLength: 500 });
    const page = await fetch(`${server.baseUrl}/docs`, { redirect: "manual" });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("LL3M Studio API");
    expect(html).toContain("/api/v1/generate/{task_id}/events");
    expect(html).not.toMatch(/https?:\/\/(cdn|unpkg|fonts)\./);
  });
});

describe("accounts and API keys", () => {
  it("exchanges email + password for a new 160-bit key; a wrong password answers 401", async () => {
    expect(alice.key).toMatch(/^ll3m_[A-Za-z0-9_-]{27}$/);
    const wrong = await api("/api/v1/auth/token", { method: "POST", body: { email: alice.email, password: "not-it" } });
    expect(wrong.status).toBe(401);
    const invalid = await api("/api/v1/auth/token", { method: "POST", body: { email: "not-an-email", password: "x" } });
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.message).toMatch(/email/i);
  });

  it("lists keys without the key, creates one shown once, records last use, and revokes it", async () => {
    const created = await api("/api/v1/api-keys", { method: "POST", key: alice.key, body: { name: "ci" } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "ci", revoked_at: null, last_used_at: null });
    expect(created.body.key.startsWith(created.body.prefix)).toBe(true);
    expect((await api("/api/v1/tasks", { key: created.body.key })).status).toBe(200);

    const list = await api("/api/v1/api-keys", { key: alice.key });
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).not.toContain(created.body.key);
    expect(list.body.items.map((k: { name: string }) => k.name)).toEqual(expect.arrayContaining(["ci", "tests"]));
    const used = await db.apiKey.findUniqueOrThrow({ where: { id: created.body.id } });
    expect(used.hash).toHaveLength(64);
    expect(used.hash).not.toContain(created.body.key);

    expect((await api(`/api/v1/api-keys/${created.body.id}`, { method: "DELETE", key: bob.key })).status).toBe(404);
    expect((await api(`/api/v1/api-keys/${created.body.id}`, { method: "DELETE", key: alice.key })).status).toBe(204);
    const after = await api("/api/v1/tasks", { key: created.body.key });
    expect(after.status).toBe(401);
    expect(after.body.error.message).toMatch(/revoked/);
    const listed = (await api("/api/v1/api-keys", { key: alice.key })).body.items.find((k: { id: string }) => k.id === created.body.id);
    expect(listed.revoked_at).not.toBeNull();
    expect(listed.last_used_at).not.toBeNull();
  });

  it("rejects malformed keys and names", async () => {
    expect((await api("/api/v1/tasks", { headers: { authorization: "Token abc" } })).status).toBe(401);
    expect((await api("/api/v1/tasks", { key: "ll3m_not-a-real-key-at-all-000000" })).status).toBe(401);
    expect((await api("/api/v1/api-keys", { method: "POST", key: alice.key, body: { name: " " } })).status).toBe(422);
    expect((await api("/api/v1/api-keys/not-a-uuid", { method: "DELETE", key: alice.key })).status).toBe(404);
  });

  it("registers accounts (409 for a taken email) and lets a session use the API, refusing cross-origin writes", async () => {
    const email = `carol-${Date.now()}@example.test`;
    const reg = await api("/api/v1/auth/register", { method: "POST", body: { email, password: "correct horse battery" } });
    expect(reg.status).toBe(201);
    expect((await api("/api/v1/auth/register", { method: "POST", body: { email, password: "correct horse battery" } })).status).toBe(409);
    expect((await api("/api/v1/auth/register", { method: "POST", body: { email: "x@y.z", password: "short" } })).status).toBe(422);
    const cookie = await signInOverHttp(server.baseUrl, email, "correct horse battery");
    expect((await api("/api/v1/api-keys", { cookie })).status).toBe(200);
    expect((await api("/api/v1/api-keys", { method: "POST", cookie, body: { name: "from the page" } })).status).toBe(201);
    const forged = await api("/api/v1/api-keys", { method: "POST", cookie, body: { name: "evil" }, headers: { origin: "https://evil.example" } });
    expect(forged.status).toBe(403);
  });
});

describe("POST /api/v1/generate", () => {
  it("queues a task: 202 with task_id, status, progress and a Location", async () => {
    const res = await api("/api/v1/generate", { method: "POST", key: alice.key, body: { prompt: "  a red wooden chair  ", tags: ["Furniture"], metadata: { source: "test" } } });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ status: "queued", progress: 0, prompt: "a red wooden chair", quality_level: "standard", tags: ["furniture"], asset: null, interpretation: null });
    expect(res.body.output_formats).toEqual(expect.arrayContaining(["glb", "blend", "obj"]));
    expect(res.headers.get("location")).toBe(`/api/v1/generate/${res.body.task_id}`);
    const got = await api(`/api/v1/generate/${res.body.task_id}`, { key: alice.key });
    expect(got.status).toBe(200);
    expect(got.body.task_id).toBe(res.body.task_id);
  });

  it.each([
    ["an empty prompt (after trimming)", { prompt: "   " }, /prompt must not be empty/],
    ["a 501-character prompt", { prompt: "a".repeat(501) }, /at most 500/],
    ["a forbidden pattern, named", { prompt: "a chair; import os; os.system('x')" }, /forbidden pattern: import os/],
    ["exec(", { prompt: "a box then EXEC(code)" }, /forbidden pattern: exec\(/],
    ["an unknown quality level", { prompt: "a chair", quality_level: "ultra" }, /quality_level/],
    ["an unknown format", { prompt: "a chair", output_formats: ["dwg"] }, /output_formats/],
    ["no formats", { prompt: "a chair", output_formats: [] }, /at least one format/],
    ["too many tags", { prompt: "a chair", tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, /at most 20 tags/],
    ["a long tag", { prompt: "a chair", tags: ["x".repeat(33)] }, /32 characters/],
    ["metadata over 8 KB", { prompt: "a chair", metadata: { blob: "x".repeat(9000) } }, /8 KB/],
    ["a missing prompt", { quality_level: "draft" }, /prompt/],
  ])("refuses %s with 422 naming the rule", async (_what, body, message) => {
    const res = await api("/api/v1/generate", { method: "POST", key: alice.key, body });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("validation_error");
    expect(res.body.error.message).toMatch(message);
  });

  it("answers 400 for malformed JSON and 413 for a body over 64 KB", async () => {
    const bad = await api("/api/v1/generate", { method: "POST", key: alice.key, body: "{not json" });
    expect(bad.status).toBe(400);
    const big = await api("/api/v1/generate", { method: "POST", key: alice.key, body: { prompt: "a chair", metadata: { x: "y".repeat(70_000) } } });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe("payload_too_large");
  });

  it("honours Idempotency-Key: same body → same task, other body → 422, keys are per user", async () => {
    const body = { prompt: "a blue mug", output_formats: ["glb"] };
    const first = await api("/api/v1/generate", { method: "POST", key: alice.key, body, headers: { "idempotency-key": "mug-1" } });
    const again = await api("/api/v1/generate", { method: "POST", key: alice.key, body: { output_formats: ["glb"], prompt: "a blue mug " }, headers: { "idempotency-key": "mug-1" } });
    expect(first.status).toBe(202);
    expect(again.status).toBe(202);
    expect(again.body.task_id).toBe(first.body.task_id);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    const other = await api("/api/v1/generate", { method: "POST", key: alice.key, body: { prompt: "a green mug" }, headers: { "idempotency-key": "mug-1" } });
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe("idempotency_key_reused");
    expect(other.body.error.message).toContain(first.body.task_id);
    const bobs = await api("/api/v1/generate", { method: "POST", key: bob.key, body, headers: { "idempotency-key": "mug-1" } });
    expect(bobs.body.task_id).not.toBe(first.body.task_id);
    expect(await db.task.count({ where: { idempotencyKey: "mug-1" } })).toBe(2);
    expect((await api("/api/v1/generate", { method: "POST", key: alice.key, body, headers: { "idempotency-key": "has space" } })).status).toBe(400);
  });

  it("gives the same task to concurrent requests with one key", async () => {
    const body = { prompt: "a wooden table" };
    const answers = await Promise.all(Array.from({ length: 4 }, () => api("/api/v1/generate", { method: "POST", key: alice.key, body, headers: { "idempotency-key": "race-1" } })));
    expect(answers.map((a) => a.status)).toEqual([202, 202, 202, 202]);
    expect(new Set(answers.map((a) => a.body.task_id)).size).toBe(1);
  });
});

describe("POST /api/v1/generate/preview", () => {
  it("reads a prompt without queuing anything: the object, what it models and what it leaves out", async () => {
    const before = await db.task.count({ where: { userId: alice.id } });
    const res = await api("/api/v1/generate/preview", { method: "POST", key: alice.key, body: { prompt: "a steampunk red chair with a bow tie" } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ pipeline: "builtin", provider: "builtin", recognized: true, subject: "chair", message: null, suggestions: [] });
    expect(res.body.interpretation.modelled_terms).toEqual(expect.arrayContaining(["red", "chair"]));
    expect(res.body.interpretation.unmodelled_terms).toEqual(expect.arrayContaining(["steampunk"]));
    expect(res.body.notes.join(" ")).toMatch(/Not modelled: .*steampunk/);
    expect(await db.task.count({ where: { userId: alice.id } })).toBe(before);
  });

  it("refuses a prompt it cannot build, saying which words and what is near, with no subject", async () => {
    const res = await api("/api/v1/generate/preview", { method: "POST", key: alice.key, body: { prompt: "a chiar" } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ recognized: false, subject: null, interpretation: { subject: null, unmodelled_terms: ["chiar"] } });
    expect(res.body.suggestions[0]).toBe("chair"); // the swapped letters, not the fallback list
    expect(res.body.message).toMatch(/did not understand "chiar".*chair/);
  });

  it("validates the prompt as /generate does and needs a key", async () => {
    const empty = await api("/api/v1/generate/preview", { method: "POST", key: alice.key, body: { prompt: "  " } });
    expect(empty.status).toBe(422);
    expect(empty.body.error.message).toMatch(/prompt must not be empty/);
    expect((await api("/api/v1/generate/preview", { method: "POST", body: { prompt: "a chair" } })).status).toBe(401);
  });
});

describe("cancel and events of a queued task", () => {
  it("cancels a queued task (finished_at set), then answers 409; its event stream ends at once", async () => {
    const task = (await api("/api/v1/generate", { method: "POST", key: alice.key, body: { prompt: "a small stool" } })).body;
    const canceled = await api(`/api/v1/generate/${task.task_id}/cancel`, { method: "POST", key: alice.key });
    expect(canceled.status).toBe(200);
    expect(canceled.body.status).toBe("canceled");
    expect(canceled.body.finished_at).not.toBeNull();
    const again = await api(`/api/v1/generate/${task.task_id}/cancel`, { method: "POST", key: alice.key });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already canceled/);

    const res = await fetch(`${server.baseUrl}/api/v1/generate/${task.task_id}/events`, { headers: { authorization: `Bearer ${alice.key}` } });
    expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const text = await res.text();
    expect(text).toMatch(/^retry: \d+/);
    expect(text).toContain('"status":"canceled"');
    expect(text.trimEnd().endsWith('event: end\ndata: {"status":"canceled"}')).toBe(true);
  });
});

describe("events of a task that changes while watched", () => {
  it("sends the queued task, then the change when it is canceled, then ends", async () => {
    const task = (await api("/api/v1/generate", { method: "POST", key: alice.key, body: { prompt: "a round table" } })).body;
    const seen: string[] = [];
    const { events } = await readEventStream(`${server.baseUrl}/api/v1/generate/${task.task_id}/events`, { authorization: `Bearer ${alice.key}` }, async (e) => {
      if (e.event !== "task") return;
      const body = JSON.parse(e.data);
      seen.push(body.status);
      recorded.push({ method: "GET", path: `/api/v1/generate/${task.task_id}`, status: 200, body });
      if (body.status === "queued") expect((await api(`/api/v1/generate/${task.task_id}/cancel`, { method: "POST", key: alice.key })).status).toBe(200);
    }, 30_000);
    expect(seen).toEqual(["queued", "canceled"]);
    expect(events.at(-1)).toEqual({ event: "end", data: '{"status":"canceled"}' });
  });
});

describe("the contract", () => {
  it("every JSON answer of this file matches the served OpenAPI document", async () => {
    expect(recorded.length).toBeGreaterThan(50);
    expect(await contractFailures()).toEqual([]);
  });
});
