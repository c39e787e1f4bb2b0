import { expect, test, type BrowserContext, type Locator, type Page } from "@playwright/test";
import sharp from "sharp";
import { register } from "./fixtures";

// Issue 14: the generate page takes a reference image by drag and drop or paste. With the server's default
// (the built-in modeler, which cannot see) a request with an image is refused with a message the page shows;
// without the image the same request starts a generation.
test.describe.configure({ mode: "serial" });

let context: BrowserContext;
let page: Page;
let png: number[] = [];

/** Builds a File from `bytes` in the page and hands it over as a DataTransfer, by drop on `target` or by paste. */
async function giveFile(target: Locator, how: "drop" | "paste", file: { bytes: number[]; name: string; type: string }) {
  await target.evaluate(
    (el, { how, file }) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
      if (how === "paste") {
        el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
        return;
      }
      for (const type of ["dragenter", "dragover", "drop"]) el.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { how, file },
  );
}

/** The thumbnail is a decoded image (the blob: preview loaded under the page's CSP), not a broken icon. */
async function expectThumbnail(name: string) {
  const chosen = page.getByTestId("reference-image");
  await expect(chosen).toBeVisible();
  await expect(chosen).toContainText(name);
  const img = chosen.getByRole("img", { name: "Reference image" });
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBe(16);
  await expect(chosen.getByRole("button", { name: "Remove reference image" })).toBeVisible();
}

test.beforeAll(async ({ browser }) => {
  png = [...(await sharp({ create: { width: 16, height: 16, channels: 3, background: "#a0522d" } }).png().toBuffer())];
  context = await browser.newContext();
  page = await context.newPage();
  await register(page, "reference");
});
test.afterAll(async () => context.close());

test("a dropped PNG shows as a thumbnail, is refused without a vision model, and without it the generation starts", async () => {
  await page.goto("/generate");
  const form = page.getByRole("form", { name: "Generate a 3D model" });
  await expect(form).toHaveAttribute("data-loaded", "true");
  await form.getByRole("textbox", { name: "Prompt" }).fill("a wooden chair");
  await form.getByLabel("Quality", { exact: true }).selectOption("draft");

  await giveFile(page.getByTestId("reference-drop"), "drop", { bytes: png, name: "sketch.png", type: "image/png" });
  await expectThumbnail("sketch.png");

  // Submitting sends the image (multipart) and the server refuses it; the page says why, and keeps the image.
  const refused = page.waitForResponse((r) => r.url().endsWith("/api/v1/generate") && r.request().method() === "POST");
  await form.getByRole("button", { name: "Generate" }).click();
  const res = await refused;
  expect(res.request().headers()["content-type"]).toMatch(/^multipart\/form-data/);
  expect(res.status()).toBe(422);
  const alert = form.getByRole("alert");
  await expect(alert).toContainText("A reference image needs a vision-capable LLM");
  await expect(alert).toContainText("built-in modeler, which cannot look at images");
  await expect(page.getByTestId("task-panel")).toHaveCount(0);
  await expect(page.getByTestId("reference-image")).toBeVisible();

  // Without the image the same prompt is accepted and the generation runs.
  await page.getByRole("button", { name: "Remove reference image" }).click();
  await expect(page.getByTestId("reference-image")).toHaveCount(0);
  await expect(page.getByTestId("reference-drop")).toBeVisible();
  const accepted = page.waitForResponse((r) => r.url().endsWith("/api/v1/generate") && r.request().method() === "POST");
  await form.getByRole("button", { name: "Generate" }).click();
  const ok = await accepted;
  expect(ok.status(), await ok.text()).toBe(202);
  expect(ok.request().headers()["content-type"]).toMatch(/^application\/json/);
  await expect(form.getByRole("alert")).toHaveCount(0);
  await expect(page).toHaveURL(/[?&]task=[0-9a-f-]{36}/);
  await expect(page.getByTestId("task-panel")).toHaveAttribute("data-status", /queued|running|completed/);
});

test("a pasted image becomes the reference, even with the focus in the prompt box", async () => {
  await page.goto("/generate");
  const form = page.getByRole("form", { name: "Generate a 3D model" });
  await expect(form).toHaveAttribute("data-loaded", "true");
  const prompt = form.getByRole("textbox", { name: "Prompt" });
  await prompt.fill("a wooden chair");
  await prompt.focus();
  await giveFile(prompt, "paste", { bytes: png, name: "clipboard.png", type: "image/png" });
  await expectThumbnail("clipboard.png");
  await page.getByRole("button", { name: "Remove reference image" }).click();
  await expect(page.getByTestId("reference-drop")).toBeVisible();
});

test("a dropped text file is refused in the picker with a clear error", async () => {
  await page.goto("/generate");
  await expect(page.getByRole("form", { name: "Generate a 3D model" })).toHaveAttribute("data-loaded", "true");
  const drop = page.getByTestId("reference-drop");
  await giveFile(drop, "drop", { bytes: [...Buffer.from("not a picture\n")], name: "notes.txt", type: "text/plain" });
  const picker = drop.locator("..");
  await expect(picker.getByRole("alert")).toHaveText("notes.txt is not a PNG, JPEG or WebP image.");
  await expect(page.getByTestId("reference-image")).toHaveCount(0);
  // A good image afterwards clears the error.
  await giveFile(drop, "drop", { bytes: png, name: "sketch.png", type: "image/png" });
  await expectThumbnail("sketch.png");
  await expect(page.getByTestId("reference-image").locator("..").getByRole("alert")).toHaveCount(0);
});
