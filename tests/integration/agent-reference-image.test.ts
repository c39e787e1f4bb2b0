import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/auth/api-keys";
import { db } from "@/lib/db";
import { fenced, TABLE_PLAN, tableCode } from "../helpers/agent-script";
import { startAppServer } from "../helpers/app-server";
import { createApiClient, validateRecorded, type RecordedResponse } from "../helpers/openapi-recorder";
import { startScriptedLlmServer } from "../helpers/scripted-llm-server";
import { createUser } from "../helpers/seed";
import { waitFor } from "../helpers/worker-process";

// The real built app over HTTP, a real worker with real Blender, and a scripted OpenAI-compatible vision model.
const llm = await startScriptedLlmServer();
const server = await startAppServer({ prefix: "ll3m_refimg" });
const recorded: RecordedResponse[] = [];
const api = createApiClient(server.baseUrl, recorded);
afterAll(async () => {
  await db.$disconnect();
  await server.stop();
  await llm.close();
});

const red = (width: number, height: number, format: "png" | "jpeg" | "webp" = "png") =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 30 } } })[format]().toBuffer();

/** A user with an API key and the given LLM settings (saved through the API, as a user would). */
async function userWith(name: string, settings: Record<string, unknown> | null) {
  const user = await createUser(name);
  const { key } = await createApiKey({ userId: user.id, name: "t" });
  if (settings) expect((await api("/api/v1/settings/llm", { method: "PUT", key, body: settings })).status).toBe(200);
  return { ...user, key };
}
const visionSettings = (vision: boolean) => ({ provider: "openai-compatible", base_url: llm.url, api_key: "sk-vision", models: { planner: "planner", coder: "coder", critic: "critic", default: "planner" }, vision });

/** POST /api/v1/generate as multipart/form-data with an image file of the given name. */
async function postForm(key: string, image: Buffer, filename: string, fields: Record<string, string | string[]> = {}) {
  const form = new FormData();
  form.set("prompt", "a small table like this one");
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) form.append(k, one);
  form.set("image", new Blob([new Uint8Array(image)]), filename);
  const res = await fetch(`${server.baseUrl}/api/v1/generate`, { method: "POST", headers: { authorization: `Bearer ${key}` }, body: form });
  return { status: res.status, body: (await res.json()) as { task_id?: string; error?: { code: string; message: string } } };
}
const taskCount = (userId: string) => db.task.count({ where: { userId } });

describe("reference images on POST /api/v1/generate", () => {
  it("refuses images that are not what they claim, too big or too many pixels, each with its own error, and makes no task", async () => {
    const user = await userWith("bad-images", visionSettings(true));
    const cases: Array<[string, Buffer, string, number, string, RegExp]> = [
      ["a text file named .png", Buffer.from("just some text, not an image\n"), "photo.png", 415, "unsupported_media_type", /not a PNG, JPEG or WebP image \(the file name does not count\)/],
      ["a PNG signature with a broken header", Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(40)]), "broken.png", 415, "unsupported_media_type", /cannot be read/],
      ["over 8 MB", Buffer.concat([await red(8, 8), Buffer.alloc(8 * 1024 * 1024)]), "huge.png", 413, "payload_too_large", /at most 8(\.0)? MB/],
      ["5000 pixels wide", await red(5000, 2), "wide.png", 422, "image_too_large", /5000 x 2 pixels is too many; each side may be at most 4096 pixels/],
    ];
    for (const [what, bytes, name, status, code, message] of cases) {
      const res = await postForm(user.key, bytes, name);
      expect(res.status, what).toBe(status);
      expect(res.body.error?.code, what).toBe(code);
      expect(res.body.error?.message, what).toMatch(message);
    }
    // The JSON form is checked the same way.
    const json = await api("/api/v1/generate", { method: "POST", key: user.key, body: { prompt: "a table", image: Buffer.from("GIF89a not allowed").toString("base64") } });
    expect(json.status).toBe(415);
    expect(await taskCount(user.id)).toBe(0);
    expect(await db.taskImage.count()).toBe(0);
  });

  it("refuses an image with the built-in modeler or a model not marked vision-capable, never ignoring it", async () => {
    const builtin = await userWith("builtin-image", { provider: "builtin" });
    const res = await postForm(builtin.key, await red(32, 32), "ref.png");
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: "vision_required", message: expect.stringMatching(/built-in modeler, which cannot look at images/) });
    const blind = await userWith("blind-model", visionSettings(false));
    const json = await api<{ error: { code: string; message: string } }>("/api/v1/generate", { method: "POST", key: blind.key, body: { prompt: "a table", image: (await red(32, 32, "jpeg")).toString("base64") } });
    expect(json.status).toBe(422);
    expect(json.body.error).toMatchObject({ code: "vision_required", message: expect.stringMatching(/set vision on \(`vision: true`\)/) });
    expect(await taskCount(builtin.id)).toBe(0);
    expect(await taskCount(blind.id)).toBe(0);
  });

  it("stores the image with the task (JSON base64 or a form file) and the planner, critic and verifier see it", async () => {
    const user = await userWith("vision", visionSettings(true));
    // JSON with a data: URL; canceled before any worker runs, so only its stored row is checked.
    const webp = await red(40, 30, "webp");
    const queued = await api<{ task_id: string }>("/api/v1/generate", { method: "POST", key: user.key, body: { prompt: "a table", output_formats: ["glb"], image: `data:image/webp;base64,${webp.toString("base64")}` } });
    expect(queued.status).toBe(202);
    const row = await db.taskImage.findUniqueOrThrow({ where: { taskId: queued.body.task_id } });
    expect(row).toMatchObject({ mediaType: "image/webp", width: 40, height: 30, sizeBytes: webp.length });
    expect(Buffer.from(row.bytes).equals(webp)).toBe(true);
    expect((await api(`/api/v1/generate/${queued.body.task_id}/cancel`, { method: "POST", key: user.key })).status).toBe(200);

    // A form upload named .jpg that is really a PNG: the bytes decide.
    const png = await red(64, 48);
    llm.reset();
    llm.on("planner", { json: TABLE_PLAN });
    llm.on("coder", { content: fenced(tableCode()) });
    llm.on("critic", { json: { problems: [], summary: "matches the reference" } }, { json: { score: 8, reasons: ["like the reference"] } });
    const res = await postForm(user.key, png, "table.jpg", { output_formats: "glb", tags: ["ref", "table"] });
    expect(res.status).toBe(202);
    expect((await db.taskImage.findUniqueOrThrow({ where: { taskId: res.body.task_id! } })).mediaType).toBe("image/png");
    const worker = server.startWorker();
    try {
      const task = await waitFor(async () => {
        const t = await db.task.findUniqueOrThrow({ where: { id: res.body.task_id! } });
        return ["completed", "failed", "canceled"].includes(t.status) ? t : undefined;
      }, { timeoutMs: 200_000, what: "the image task" });
      expect(task.errorMessage).toBeNull();
      expect(task.tags).toEqual(["ref", "table"]);
    } finally {
      await worker.stop();
    }
    const dataUrl = `data:image/png;base64,${png.toString("base64")}`;
    const [planner] = llm.requestsFor("planner");
    expect(planner.images).toEqual([dataUrl]);
    expect(planner.text).toContain("The attached image is the user's reference");
    const critic = llm.requestsFor("critic");
    expect(critic).toHaveLength(2);
    for (const r of critic) {
      // The reference first, then the four renders.
      expect(r.images).toHaveLength(5);
      expect(r.images[0]).toBe(dataUrl);
      expect(r.text).toContain("The first image is the user's reference image: compare the renders with it");
    }
    expect(llm.requestsFor("coder")[0].images).toEqual([]);
    expect(validateRecorded(await fetch(`${server.baseUrl}/api/v1/openapi.json`).then((r) => r.json()), recorded)).toEqual([]);
  }, 300_000);

  it("documents both request forms in the OpenAPI document", async () => {
    const doc = await fetch(`${server.baseUrl}/api/v1/openapi.json`).then((r) => r.json());
    const body = doc.paths["/api/v1/generate"].post.requestBody.content;
    expect(Object.keys(body)).toEqual(["application/json", "multipart/form-data"]);
    expect(doc.components.schemas.GenerateRequest.properties.image).toMatchObject({ type: "string" });
    expect(doc.components.schemas.GenerateForm.properties.image).toMatchObject({ type: "string", format: "binary" });
    expect(Object.keys(doc.paths["/api/v1/generate"].post.responses)).toEqual(expect.arrayContaining(["413", "415", "422"]));
  });
});
