import { expect, test } from "@playwright/test";
import { validateBytes } from "gltf-validator";
import { foregroundShare, keepScreenshot, register } from "./fixtures";

test("register, generate a red wooden chair, see it in 3D and download a valid GLB; another user cannot see it", async ({ page, browser }) => {
  await page.goto("/generate");
  await expect(page).toHaveURL(/\/signin/);
  await register(page, "alice");
  await keepScreenshot(page, "generate-empty");

  await page.getByRole("textbox", { name: "Prompt" }).fill("a red wooden chair");
  await page.getByRole("button", { name: "Generate" }).click();
  const panel = page.getByTestId("task-panel");
  await expect(panel).toBeVisible();
  await expect(panel).toHaveAttribute("data-status", "completed", { timeout: 90_000 });

  const viewer = page.getByTestId("asset-viewer");
  await expect(viewer).toHaveAttribute("data-loaded", "true", { timeout: 90_000 });
  const canvas = viewer.locator("canvas");
  const first = await canvas.screenshot();
  expect(foregroundShare(first), "the model covers part of the canvas").toBeGreaterThan(0.03);
  // Auto-rotate: the picture changes on its own, without any input.
  await expect.poll(async () => (await canvas.screenshot()).equals(first), { timeout: 30_000 }).toBe(false);
  await keepScreenshot(page, "generate-result");

  for (const label of ["GLB", "OBJ", "STL", "Blend"]) await expect(page.getByRole("link", { name: label, exact: true })).toBeVisible();
  const glbHref = await page.getByRole("link", { name: "GLB", exact: true }).getAttribute("href");
  expect(glbHref).toMatch(/^\/api\/v1\/assets\/[0-9a-f-]{36}\/download\/glb$/);
  const glb = await page.request.get(glbHref!);
  expect(glb.status()).toBe(200);
  expect(glb.headers()["content-disposition"]).toMatch(/attachment; filename=".+\.glb"/);
  const report = await validateBytes(new Uint8Array(await glb.body()));
  expect(report.issues.numErrors).toBe(0);

  await page.getByRole("link", { name: "Assets", exact: true }).click();
  await expect(page.getByTestId("asset-grid")).toContainText(/chair/i);
  await keepScreenshot(page, "assets");

  // A second user, in a separate browser context, sees none of it.
  const other = await browser.newContext();
  const bob = await other.newPage();
  await register(bob, "bob");
  await bob.goto("/assets");
  await expect(bob.getByText(/no assets yet/i)).toBeVisible();
  expect((await bob.request.get(glbHref!)).status()).toBe(404);
  const assetId = glbHref!.split("/")[4];
  expect((await bob.request.get(`/api/v1/assets/${assetId}`)).status()).toBe(404);
  await other.close();
});

test("a prompt the built-in modeler does not know fails with a clear message", async ({ page }) => {
  await register(page, "carol");
  await page.getByRole("textbox", { name: "Prompt" }).fill("a quantum flux capacitor");
  await page.getByRole("button", { name: "Generate" }).click();
  const panel = page.getByTestId("task-panel");
  await expect(panel).toHaveAttribute("data-status", "failed", { timeout: 60_000 });
  await expect(panel.getByRole("alert")).toContainText(/did not understand|does not know/);
  await expect(panel.getByRole("alert")).toContainText(/LLM provider/);
});
