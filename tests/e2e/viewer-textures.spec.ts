import { expect, test, type Page } from "@playwright/test";
import { apiPost, loadedCanvas, register, ARTIFACTS } from "./fixtures";
import { waitForTask } from "./journey-helpers";
import { woodStats, type WoodStats } from "./texture-stats";

// Issue 17: the in-browser viewer shows the textures. The same wooden chair at draft (flat colours) and at
// standard (512 px wood maps) is drawn by the real viewer, and the standard one must show grain the draft lacks.

/** Errors and CSP violations a page reports, by the page's path. */
function watchProblems(page: Page) {
  const problems: string[] = [];
  const where = () => new URL(page.url()).pathname;
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`${where()} console error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`${where()} uncaught: ${err.message}`));
  return problems;
}

/** Opens the asset page, waits for the viewer to draw and measures the wood in the canvas. */
async function measureChair(page: Page, assetId: string, name: string): Promise<WoodStats> {
  await page.goto(`/assets/${assetId}`);
  const canvas = await loadedCanvas(page);
  // The viewer holds still on the asset page (no auto-rotate), so two shots agree once the frame settled.
  await expect.poll(async () => (await canvas.screenshot()).equals(await canvas.screenshot()), { message: `${name}: the canvas settles` }).toBe(true);
  const png = await canvas.screenshot({ path: `${ARTIFACTS}/viewer-textures-${name}.png` });
  return woodStats(png);
}

test("the viewer shows the wood texture at standard quality, and flat colour at draft", async ({ browser }) => {
  test.setTimeout(180_000); // two Blender runs on a loaded machine, then two viewer loads
  const context = await browser.newContext();
  const violations: string[] = [];
  await context.exposeBinding("__reportCspViolation", ({ page: p }, v: string) => void violations.push(`${new URL(p.url()).pathname}: ${v}`));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportCspViolation: (v: string) => void }).__reportCspViolation(`${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await register(page, "textures");

  // Both queued at once: the worker builds them while the other waits.
  const standardTask = await apiPost(page, "/api/v1/generate", { prompt: "a wooden chair", quality_level: "standard", output_formats: ["glb"] });
  const draftTask = await apiPost(page, "/api/v1/generate", { prompt: "a wooden chair", quality_level: "draft", output_formats: ["glb"] });
  const [standard, draft] = await test.step("Blender builds both chairs", async () => [await waitForTask(page, standardTask.task_id), await waitForTask(page, draftTask.task_id)]);

  const textured = await test.step("the viewer draws the standard chair", () => measureChair(page, standard.asset_id, "standard"));
  const flat = await test.step("the viewer draws the draft chair", () => measureChair(page, draft.asset_id, "draft"));
  const summary = `standard ${JSON.stringify(textured)}, draft ${JSON.stringify(flat)}`;

  // Both chairs are on screen in their wood colour, over a comparable area, so the comparison is of like with like.
  expect(flat.interior, `the draft chair's wood is drawn: ${summary}`).toBeGreaterThan(2000);
  expect(textured.interior, `the standard chair's wood is drawn: ${summary}`).toBeGreaterThan(2000);
  expect(textured.interior / flat.interior, `similar wood area: ${summary}`).toBeGreaterThan(0.5);
  expect(textured.interior / flat.interior, `similar wood area: ${summary}`).toBeLessThan(2);
  // Grain: pixel-to-pixel luminance steps inside the wood are several times those of the flat-shaded draft (about
  // 5x when measured). The overall spread of luminance is not asserted: lighting across faces dominates it.
  expect(textured.meanStep / Math.max(flat.meanStep, 0.05), `grain in the standard chair: ${summary}`).toBeGreaterThan(2.5);

  expect(problems, "no console errors").toEqual([]);
  expect(violations, "no CSP violations").toEqual([]);
  await context.close();
});
