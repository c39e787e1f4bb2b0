import { expect } from "vitest";
import { startAppServer } from "./app-server";
import { createApiClient, validateRecorded, type RecordedResponse } from "./openapi-recorder";
import { createUser } from "./seed";

/**
 * A real app server for one API test file, a recording client for it, users with API keys, and the contract check
 * that every recorded JSON answer matches the served OpenAPI document.
 */
export async function startApiFixture({ prefix, env = {} }: { prefix: string; env?: Record<string, string> }) {
  const server = await startAppServer({ prefix, env });
  const recorded: RecordedResponse[] = [];
  const api = createApiClient(server.baseUrl, recorded);

  /** A new user with a key from POST /auth/token (sent from its own forwarded address when `headers` say so). */
  async function userWithKey(name: string, headers: Record<string, string> = {}) {
    const user = await createUser(name);
    const res = await api("/api/v1/auth/token", { method: "POST", body: { email: user.email, password: user.password, name: "tests" }, headers });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return { ...user, key: res.body.key as string };
  }

  /** Failures of the recorded answers against /api/v1/openapi.json (empty when all match). */
  async function contractFailures() {
    const doc = await fetch(`${server.baseUrl}/api/v1/openapi.json`).then((r) => r.json());
    return validateRecorded(doc, recorded);
  }

  return { server, api, recorded, userWithKey, contractFailures };
}

export type ApiUser = Awaited<ReturnType<Awaited<ReturnType<typeof startApiFixture>>["userWithKey"]>>;
