import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startApiFixture, type ApiUser } from "../helpers/api-fixture";
import { seedAsset } from "../helpers/seed-assets";

// Rows are seeded as the worker writes them (assets, versions, finished tasks with stage logs): no Blender here.
const { server, api, userWithKey, contractFailures } = await startApiFixture({ prefix: "ll3m_api_analytics" });

afterAll(async () => {
  await db.$disconnect();
  await server.stop();
});

let alice: ApiUser;
let bob: ApiUser;

const stage = (name: string, ms = 100) => ({ name, started_at: new Date().toISOString(), ms });
async function seedTask(userId: string, status: "completed" | "failed" | "canceled", stages: string[], seconds: number, errorCode: string | null = null) {
  const finishedAt = new Date();
  await db.task.create({
    data: {
      userId, status, prompt: "seeded", outputFormats: ["glb"], stage: status, progress: status === "completed" ? 100 : 40, errorCode,
      stageLog: stages.map((s) => stage(s)), startedAt: new Date(finishedAt.getTime() - seconds * 1000), finishedAt,
    },
  });
}

beforeAll(async () => {
  alice = await userWithKey("alice");
  bob = await userWithKey("bob");
  await seedAsset({ userId: alice.id, name: "Chair", tags: ["furniture", "red"], scores: [6, 9.5] });
  await seedAsset({ userId: alice.id, name: "Table", tags: ["furniture"], scores: [8] });
  await seedAsset({ userId: alice.id, name: "Lamp", tags: [], scores: [null] });
  await seedAsset({ userId: bob.id, name: "Bob's", tags: ["bob-only"], scores: [10] });
  const ok = ["planning", "coding", "modeling", "exporting", "rendering", "checking", "saving"];
  await seedTask(alice.id, "completed", ok, 3);
  await seedTask(alice.id, "completed", ok, 12);
  await seedTask(alice.id, "failed", ["planning", "coding", "modeling", "exporting"], 8, "blender_failed");
  await seedTask(alice.id, "failed", ["planning"], 1, "prompt_not_understood");
  await seedTask(alice.id, "failed", [], 0, "worker_lost");
  await seedTask(alice.id, "canceled", ["planning"], 1);
  await seedTask(bob.id, "failed", ["planning"], 1, "bob_error");
});

describe("GET /api/v1/analytics", () => {
  it("aggregates only the caller's assets and tasks", async () => {
    const res = await api("/api/v1/analytics", { key: alice.key });
    expect(res.status).toBe(200);
    const a = res.body;
    expect(a.summary).toEqual({ total_assets: 3, average_quality: 8.75, unique_tags: 2, high_quality: 2, total_versions: 4 });
    expect(a.quality_histogram).toHaveLength(10);
    expect(a.quality_histogram[8]).toEqual({ min: 8, max: 9, count: 1 });
    expect(a.quality_histogram[9]).toEqual({ min: 9, max: 10, count: 1 });
    expect(a.assets_over_time).toHaveLength(30);
    expect(a.assets_over_time.at(-1).count).toBe(3);
    expect(a.top_tags).toEqual([{ tag: "furniture", count: 2 }, { tag: "red", count: 1 }]);
    expect(a.outcomes).toEqual({ completed: 2, failed: 3, canceled: 1 });
    expect(a.generation_time.buckets.find((b: { label: string }) => b.label === "0-5s").count).toBe(1);
    expect(a.generation_time.buckets.find((b: { label: string }) => b.label === "10-20s").count).toBe(1);
    expect(a.generation_time.median_s).toBe(7.5);
    const stages = Object.fromEntries(a.stages.map((s: { stage: string; reached: number; failed: number }) => [s.stage, [s.reached, s.failed]]));
    // Failed in: modeling (its exporting sub-step is not a stage), planning, and before any stage (queued).
    expect(stages).toEqual({ queued: [5, 1], planning: [4, 1], coding: [3, 0], modeling: [3, 1], checking: [2, 0], saving: [2, 0] });
    expect(a.errors.map((e: { code: string }) => e.code).sort()).toEqual(["blender_failed", "prompt_not_understood", "worker_lost"]);
  });

  it("validates days and needs a caller", async () => {
    expect((await api("/api/v1/analytics?days=3", { key: alice.key })).status).toBe(422);
    expect((await api("/api/v1/analytics?days=90", { key: alice.key })).body.assets_over_time).toHaveLength(90);
    expect((await api("/api/v1/analytics")).status).toBe(401);
  });
});

describe("GET/PATCH /api/v1/me", () => {
  it("answers defaults, merges preference changes and renames", async () => {
    const me = await api("/api/v1/me", { key: alice.key });
    expect(me.body).toEqual({ id: alice.id, email: alice.email, name: null, preferences: { quality_level: "standard", output_formats: ["glb", "obj", "stl", "blend"] } });
    const draft = await api("/api/v1/me", { method: "PATCH", key: alice.key, body: { preferences: { quality_level: "draft" } } });
    expect(draft.body.preferences).toEqual({ quality_level: "draft", output_formats: ["glb", "obj", "stl", "blend"] });
    const renamed = await api("/api/v1/me", { method: "PATCH", key: alice.key, body: { name: "Alice A.", preferences: { output_formats: ["glb", "fbx", "fbx"] } } });
    expect(renamed.body).toMatchObject({ name: "Alice A.", preferences: { quality_level: "draft", output_formats: ["glb", "fbx"] } });
    expect((await api("/api/v1/me", { key: alice.key })).body.preferences.quality_level).toBe("draft");
    expect((await api("/api/v1/me", { key: bob.key })).body.preferences.quality_level).toBe("standard");
  });

  it("refuses bad input with 422", async () => {
    for (const body of [{}, { preferences: { quality_level: "ultra" } }, { preferences: { output_formats: [] } }, { name: "x".repeat(101) }, { email: "a@b.c" }]) {
      expect((await api("/api/v1/me", { method: "PATCH", key: alice.key, body })).status, JSON.stringify(body)).toBe(422);
    }
  });

  it("every answer matches the OpenAPI document", async () => {
    expect(await contractFailures()).toEqual([]);
  });
});
