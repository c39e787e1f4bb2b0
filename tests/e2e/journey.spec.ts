import { readFile } from "node:fs/promises";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { validateBytes } from "gltf-validator";
import { apiPost, expectCanvasChanged, foregroundShare, keepScreenshot, loadedCanvas, register } from "./fixtures";
import { expectedSummary, fetchWithKey, waitForTask } from "./journey-helpers";

// One user's whole day, in order, sharing one browser session and the assets it makes (Blender runs are the slow part).
test.describe.configure({ mode: "serial" });

let context: BrowserContext;
let page: Page;
let chairId = "";
let mugId = "";

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  page = await context.newPage();
  await register(page, "dana");
});
test.afterAll(async () => context.close());

test("settings: profile, generation defaults and LLM provider persist across reloads", async () => {
  await page.goto("/settings");
  await page.getByLabel("Name", { exact: true }).fill("Dana Example");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByTestId("settings-profile").getByRole("status")).toHaveText("Saved");

  const defaults = page.getByTestId("settings-defaults");
  await defaults.getByLabel("Default quality", { exact: true }).selectOption("draft");
  await defaults.getByRole("checkbox", { name: "FBX" }).check();
  await defaults.getByRole("button", { name: "Save defaults" }).click();
  await expect(defaults.getByRole("status")).toHaveText("Saved");

  const llm = page.getByTestId("settings-llm");
  await llm.getByLabel("Provider", { exact: true }).selectOption("openai-compatible");
  await llm.getByLabel("Base URL", { exact: true }).fill("http://127.0.0.1:9/v1");
  await llm.getByLabel("Default model", { exact: true }).fill("some-model");
  // The critic on its own endpoint; it must then name its own model.
  await llm.getByRole("checkbox", { name: "Own provider for the critic" }).check();
  await llm.getByLabel("Critic provider", { exact: true }).selectOption("anthropic");
  await llm.getByLabel("Critic base URL", { exact: true }).fill("http://127.0.0.1:9/anthropic");
  await llm.getByLabel("Critic API key", { exact: true }).fill("sk-ant-e2e-critic");
  await llm.getByLabel("Critic model", { exact: true }).fill("critic-model");
  await llm.getByRole("button", { name: "Save LLM settings" }).click();
  await expect(llm.getByRole("status")).toHaveText("Saved");

  await page.reload();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Dana Example");
  await expect(defaults.getByLabel("Default quality", { exact: true })).toHaveValue("draft");
  await expect(defaults.getByRole("checkbox", { name: "FBX" })).toBeChecked();
  await expect(llm.getByLabel("Provider", { exact: true })).toHaveValue("openai-compatible");
  await expect(llm.getByLabel("Default model", { exact: true })).toHaveValue("some-model");
  await expect(llm.getByRole("checkbox", { name: "Own provider for the critic" })).toBeChecked();
  await expect(llm.getByRole("checkbox", { name: "Own provider for the planner" })).not.toBeChecked();
  await expect(llm.getByLabel("Critic provider", { exact: true })).toHaveValue("anthropic");
  await expect(llm.getByLabel("Critic base URL", { exact: true })).toHaveValue("http://127.0.0.1:9/anthropic");
  await expect(llm.getByLabel("Critic model", { exact: true })).toHaveValue("critic-model");
  // The key is write-only: the field comes back empty and only says that one is stored.
  const criticKey = llm.getByLabel("Critic API key", { exact: true });
  await expect(criticKey).toHaveValue("");
  await expect(criticKey).toHaveAttribute("placeholder", /stored/);
  await expect(llm.getByRole("checkbox", { name: "Remove the stored critic key" })).not.toBeChecked();
  // The open endpoint fields still fit a phone (the phone-width test sees this page after the reset, without them).
  const viewport = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth), "settings with a role endpoint fits").toBeLessThanOrEqual(390);
  await page.setViewportSize(viewport);
  await expect(page.getByTestId("about")).toContainText(/Blender\s*\d+\.\d+/);
  await expect(page.getByTestId("about")).toContainText(/Live workers\s*[1-9]/);
  await keepScreenshot(page, "settings");

  // Back to the offline modeler for the rest of the journey.
  await llm.getByRole("button", { name: "Reset to server default" }).click();
  await expect(llm.getByRole("form")).toHaveAttribute("data-source", "default");
  await expect(llm.getByLabel("Provider", { exact: true })).toHaveValue("builtin");
});

test("generate: the form starts from the defaults, streams the stages and links to the asset", async () => {
  test.setTimeout(240_000); // two Blender runs (the chair in the UI, the mug through the API)
  await page.goto("/generate");
  const form = page.getByRole("form", { name: "Generate a 3D model" });
  await expect(form).toHaveAttribute("data-loaded", "true");
  await expect(form.getByLabel("Quality", { exact: true })).toHaveValue("draft");
  await expect(form.getByRole("checkbox", { name: "FBX" })).toBeChecked();

  // While typing, the form says what the built-in modeler will make of the prompt, before anything is queued.
  const promptBox = form.getByRole("textbox", { name: "Prompt" });
  const reading = form.getByTestId("prompt-reading");
  await promptBox.fill("a chiar");
  await expect(reading).toHaveAttribute("data-recognized", "false");
  await expect(reading).toContainText("cannot build this");
  await expect(reading.getByTestId("terms-unmodelled")).toContainText("chiar");
  await reading.getByRole("button", { name: "a chair" }).click(); // the nearest object it knows, one click away
  await expect(promptBox).toHaveValue("a chair");
  await promptBox.fill("a steampunk chair");
  await expect(reading.getByTestId("terms-unmodelled")).toContainText("steampunk");
  await expect(reading).toContainText("Will build: a chair");
  await promptBox.fill("a red wooden chair");
  await expect(reading.getByTestId("terms-modelled")).toContainText("wooden");
  await expect(reading.getByTestId("terms-unmodelled")).toHaveCount(0);
  await form.getByLabel("Tags", { exact: true }).fill("furniture, wood");
  const stream = page.waitForRequest((r) => /\/api\/v1\/generate\/[0-9a-f-]{36}\/events$/.test(r.url()));
  await form.getByRole("button", { name: "Generate" }).click();
  await stream;
  const panel = page.getByTestId("task-panel");
  await expect(panel).toHaveAttribute("data-status", "completed", { timeout: 90_000 });
  await expect(panel).toHaveAttribute("data-transport", "stream");
  await expect(panel.getByRole("link", { name: "FBX", exact: true })).toBeVisible();
  await loadedCanvas(page);
  await keepScreenshot(page, "generate-done");

  await panel.getByRole("link", { name: "Open asset →" }).click();
  await expect(page).toHaveURL(/\/assets\/[0-9a-f-]{36}$/);
  chairId = page.url().split("/").pop()!;

  // A second asset for the library's filters, made through the API with the same session.
  const task = await apiPost(page, "/api/v1/generate", { prompt: "a yellow coffee mug with a floral pattern", tags: ["kitchen"], quality_level: "draft" });
  mugId = (await waitForTask(page, task.task_id)).asset_id;
  // What it could not model is said next to the score, and the score is not a perfect 10 for it.
  await page.goto(`/assets/${mugId}`);
  await expect(page.getByTestId("version-reading").getByTestId("terms-unmodelled")).toContainText("floral");
  const mugReasons = page.getByRole("list", { name: "Quality reasons" });
  await expect(mugReasons).toContainText("floral");
});

test("assets: filter by tag, search, minimum quality and sort, with the state in the URL", async () => {
  await page.goto("/assets");
  const cards = page.getByTestId("asset-card");
  await expect(cards).toHaveCount(2);
  // Every card shows its rendered preview (the images are real PNGs from the screenshot route, not placeholders).
  await expect
    .poll(() => cards.locator("img").evaluateAll((imgs) => imgs.length === 2 && imgs.every((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0)))
    .toBe(true);
  await keepScreenshot(page, "assets-library");

  await page.getByLabel("Tag", { exact: true }).fill("furniture");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page).toHaveURL(/[?&]tags=furniture/);
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText(/chair/i);
  await page.reload();
  await expect(page.getByRole("button", { name: "Remove tag filter furniture" })).toBeVisible();
  await expect(cards).toHaveCount(1);
  await page.goBack();
  await expect(cards).toHaveCount(2);

  await page.getByLabel("Search", { exact: true }).fill("mug");
  await expect(page).toHaveURL(/[?&]q=mug/);
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText(/mug/i);
  await page.getByLabel("Search", { exact: true }).fill("");
  await expect(cards).toHaveCount(2);

  const all = (await (await page.request.get("/api/v1/assets?limit=100")).json()).items as Array<{ name: string; quality_score: number | null }>;
  await page.getByLabel("Minimum quality", { exact: true }).selectOption("8");
  await expect(page).toHaveURL(/min_quality=8/);
  await expect(page.getByTestId("asset-library")).toHaveAttribute("data-loaded", "true");
  const high = all.filter((a) => (a.quality_score ?? -1) >= 8).length;
  if (high === 0) await expect(page.getByText("No assets match these filters")).toBeVisible();
  else await expect(cards).toHaveCount(high);
  await page.getByLabel("Minimum quality", { exact: true }).selectOption("");

  await page.getByLabel("Sort", { exact: true }).selectOption("name");
  await expect(page).toHaveURL(/sort=name/);
  const byName = [...all].sort((a, b) => a.name.localeCompare(b.name)).map((a) => a.name);
  await expect(cards.first()).toContainText(byName[0]);

  // The error state: the API failing once shows a message and a retry.
  const list = (url: URL) => url.pathname === "/api/v1/assets";
  await page.route(list, (route) => route.fulfill({ status: 500, json: { error: { code: "internal_error", message: "boom", request_id: "x" } } }));
  await page.goto("/assets?q=error-state");
  await expect(page.getByText("Could not load your assets")).toBeVisible();
  await page.unroute(list);
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByText("No assets match these filters")).toBeVisible();

  await page.goto("/assets");
  await page.getByRole("link", { name: /Open .*chair/i }).click();
  await expect(page).toHaveURL(new RegExp(`/assets/${chairId}$`));
});

test("asset detail: the viewer draws the model, orbits with the mouse and toggles wireframe", async () => {
  const canvas = await loadedCanvas(page);
  const first = await canvas.screenshot();
  expect(foregroundShare(first), "the model covers part of the canvas").toBeGreaterThan(0.03);
  await expect(page.getByTestId("viewer-stats")).toContainText(/[\d,]+ triangles · [\d,]+ vertices drawn · [\d.]+ × [\d.]+ × [\d.]+ m/);
  // Auto-rotate is off here: the picture holds still until the mouse moves it.
  await expect.poll(async () => (await canvas.screenshot()).equals(await canvas.screenshot())).toBe(true);

  const still = await canvas.screenshot();
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 160, box.y + box.height / 2 + 40, { steps: 8 });
  await page.mouse.up();
  await expectCanvasChanged(canvas, still, "dragging orbits the camera");

  const orbited = await canvas.screenshot();
  await page.getByRole("button", { name: "Wireframe" }).click();
  await expect(page.getByRole("button", { name: "Wireframe" })).toHaveAttribute("aria-pressed", "true");
  await expectCanvasChanged(canvas, orbited, "wireframe redraws the model");
  await page.getByRole("button", { name: "Wireframe" }).click();
  await page.getByRole("button", { name: "Fit" }).click();
  const studio = await canvas.screenshot();
  await page.getByLabel("Lighting preset").selectOption("sunset");
  await expectCanvasChanged(canvas, studio, "another lighting preset relights the model");
  await keepScreenshot(page, "asset-detail");
});

test("refine to version 2 (events blocked: polling takes over), compare the code, read the trail, download the files", async () => {
  const events = (url: URL) => url.pathname.endsWith("/events");
  await page.route(events, (route) => route.abort());
  await page.getByLabel("What should change?", { exact: true }).fill("make the legs black and add wings");
  await page.getByRole("button", { name: "Refine", exact: true }).click();
  await expect(page.getByTestId("refine-progress")).toHaveAttribute("data-transport", "polling");
  const detail = page.getByTestId("asset-detail");
  await expect(detail).toHaveAttribute("data-version", "2", { timeout: 90_000 });
  await expect(page).toHaveURL(/\?v=2$/);
  await page.unroute(events);
  const timeline = page.getByTestId("version-timeline");
  await expect(timeline.getByRole("button", { name: /^Version \d/ })).toHaveCount(2);
  await expect(timeline.getByRole("button", { name: "Version 2 (current)" })).toHaveAttribute("aria-pressed", "true");
  await expect(timeline).toContainText("make the legs black");
  // The refine form says which words of the feedback it applied and which it could not.
  const last = page.getByTestId("last-refinement");
  await expect(last.getByTestId("terms-applied")).toContainText("black");
  await expect(last.getByTestId("terms-unapplied")).toContainText("wings");
  await loadedCanvas(page);

  await page.getByRole("tab", { name: "Compare versions" }).click();
  const diff = page.getByTestId("code-diff");
  await expect(page.getByLabel("Compare from version", { exact: true })).toHaveValue("1");
  await expect(page.getByLabel("Compare to version", { exact: true })).toHaveValue("2");
  expect(await diff.locator("[data-change=added]").count()).toBeGreaterThan(0);
  expect(await diff.locator("[data-change=removed]").count()).toBeGreaterThan(0);
  await keepScreenshot(page, "asset-diff");

  await page.getByRole("tab", { name: "Agent trail" }).click();
  await expect(page.getByTestId("agent-trail")).toContainText("refinement");
  await expect(page.getByTestId("agent-trail")).toContainText("make the legs black");

  await page.getByRole("tab", { name: "Blender code" }).click();
  await expect(page.getByTestId("code-view")).toContainText("import bpy");
  const [py] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download .py" }).click()]);
  expect(py.suggestedFilename()).toMatch(/-v2\.py$/);
  expect(await readFile((await py.path()), "utf8")).toContain("import bpy");

  const glbHref = await page.getByRole("link", { name: "GLB", exact: true }).getAttribute("href");
  expect(glbHref).toBe(`/api/v1/assets/${chairId}/download/glb?version=2`);
  const glb = await page.request.get(glbHref!);
  expect(glb.status()).toBe(200);
  expect((await validateBytes(new Uint8Array(await glb.body()))).issues.numErrors).toBe(0);

  // Version 1 again: shown on selection, made current on request.
  await timeline.getByRole("button", { name: "Version 1" }).click();
  await expect(detail).toHaveAttribute("data-version", "1");
  await page.getByRole("button", { name: "Make current" }).click();
  await expect(timeline.getByRole("button", { name: "Version 1 (current)" })).toBeVisible();

  await page.getByRole("button", { name: "Edit name and tags" }).click();
  await page.getByLabel("Name", { exact: true }).fill("Black-legged chair");
  await page.getByLabel("Tags", { exact: true }).fill("furniture, wood, refined");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("asset-name")).toHaveText("Black-legged chair");
  await expect(page.getByTestId("asset-tags")).toContainText("refined");
});

test("analytics: the summary matches the user's assets and the charts draw", async () => {
  const expected = await expectedSummary(page);
  await page.goto("/analytics");
  await expect(page.getByTestId("analytics")).toHaveAttribute("data-loaded", "true");
  await expect(page.getByTestId("metric-total-assets")).toHaveText(String(expected.total));
  await expect(page.getByTestId("metric-average-quality")).toHaveText(expected.average);
  await expect(page.getByTestId("metric-unique-tags")).toHaveText(String(expected.uniqueTags));
  await expect(page.getByTestId("metric-high-quality")).toHaveText(String(expected.high));
  await expect(page.getByTestId("metric-success-rate")).toHaveText("100%");
  await expect(page.locator("figure .recharts-wrapper")).toHaveCount(5);
  await keepScreenshot(page, "analytics");
});

test("API keys: a key made in the UI works from Node until it is revoked", async () => {
  await page.goto("/settings");
  await page.getByLabel("New key name", { exact: true }).fill("e2e script");
  await page.getByRole("button", { name: "Create key" }).click();
  const key = (await page.getByTestId("new-api-key").textContent())!.trim();
  expect(key).toMatch(/^ll3m_/);

  const ok = await fetchWithKey(page, "/api/v1/assets", key);
  expect(ok.status).toBe(200);
  expect(((await ok.json()) as { items: { id: string }[] }).items.map((a) => a.id)).toContain(chairId);
  await keepScreenshot(page, "settings-api-key");

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Revoke e2e script" }).click();
  await expect(page.getByTestId("api-key-list").locator("[data-revoked=true]")).toContainText("e2e script");
  expect((await fetchWithKey(page, "/api/v1/assets", key)).status).toBe(401);
});

test("phone width: every view fits 390 px without sideways scrolling", async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  const views: Array<[string, string, () => Promise<void>]> = [
    ["generate", "/generate", () => expect(page.getByRole("form", { name: "Generate a 3D model" })).toHaveAttribute("data-loaded", "true")],
    ["assets", "/assets", () => expect(page.getByTestId("asset-library")).toHaveAttribute("data-loaded", "true")],
    ["asset-detail", `/assets/${chairId}`, async () => void (await loadedCanvas(page))],
    ["analytics", "/analytics", () => expect(page.getByTestId("analytics")).toHaveAttribute("data-loaded", "true")],
    ["settings", "/settings", () => expect(page.getByTestId("about")).toBeVisible()],
  ];
  for (const [name, path, ready] of views) {
    await page.goto(path);
    await ready();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} fits`).toBeLessThanOrEqual(390);
    await keepScreenshot(page, `phone-${name}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
});

test("delete: after confirming, the asset is gone and the library shows the rest", async () => {
  await page.goto(`/assets/${mugId}`);
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete asset" }).click();
  await expect(page).toHaveURL(/\/assets$/);
  await expect(page.getByTestId("asset-card")).toHaveCount(1);
  expect((await page.request.get(`/api/v1/assets/${mugId}`)).status()).toBe(404);
});
