import { mkdirSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { expect, type Locator, type Page } from "@playwright/test";
import { decodePng } from "../helpers/png";

/** Where every spec keeps its screenshots (a CI artifact). */
export const ARTIFACTS = "test-results/screenshots";
mkdirSync(ARTIFACTS, { recursive: true });

/** Share of pixels that differ clearly from the top-left pixel (the viewer's background). */
export function foregroundShare(png: Buffer): number {
  const img = decodePng(png);
  const { data, channels } = img;
  const bg = [data[0], data[1], data[2]];
  let differ = 0;
  const n = img.width * img.height;
  for (let i = 0; i < n; i++) {
    const o = i * channels;
    if (Math.abs(data[o] - bg[0]) + Math.abs(data[o + 1] - bg[1]) + Math.abs(data[o + 2] - bg[2]) > 40) differ++;
  }
  return differ / n;
}

/** Keeps a full-page screenshot of the view as a test artifact, scrolled to the top so the sticky header sits there. */
export async function keepScreenshot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true });
}

/** Creates an account through the register page; the browser ends up signed in on /generate. */
export async function register(page: Page, name: string) {
  const email = `${name}-${randomBytes(4).toString("hex")}@example.test`;
  await page.goto("/register");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/generate/);
  return email;
}

/** Waits for the viewer to draw its model and returns the canvas. */
export async function loadedCanvas(page: Page): Promise<Locator> {
  const viewer = page.getByTestId("asset-viewer");
  await expect(viewer).toHaveAttribute("data-loaded", "true", { timeout: 90_000 });
  return viewer.locator("canvas");
}

/** Polls until the canvas picture differs from `before` (WebGL draws asynchronously). */
export async function expectCanvasChanged(canvas: Locator, before: Buffer, message: string) {
  await expect.poll(async () => (await canvas.screenshot()).equals(before), { message, timeout: 30_000 }).toBe(false);
}

/** A cookie-authenticated API write from the page's session (writes must carry our Origin). */
export async function apiPost(page: Page, path: string, data: unknown) {
  const origin = new URL(page.url()).origin;
  const res = await page.request.post(path, { data, headers: { Origin: origin } });
  expect(res.status(), `${path}: ${await res.text()}`).toBeLessThan(300);
  return res.json();
}
