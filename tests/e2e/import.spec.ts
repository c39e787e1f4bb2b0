import { expect, test, type Page } from "@playwright/test";
import { keepScreenshot, loadedCanvas, register } from "./fixtures";

/** A unit cube as OBJ text, written by hand. */
const CUBE = [
  "o Crate",
  ...[[0, 0, 0], [1, 0, 0], [1, 1, 0], [0, 1, 0], [0, 0, 1], [1, 0, 1], [1, 1, 1], [0, 1, 1]].map((v) => `v ${v.join(" ")}`),
  ...[[1, 4, 3, 2], [5, 6, 7, 8], [1, 2, 6, 5], [2, 3, 7, 6], [3, 4, 8, 7], [4, 1, 5, 8]].map((f) => `f ${f.join(" ")}`),
].join("\n");

/** Drags a file over the page and drops it on the library (as a person dragging from the desktop would). */
async function dropFile(page: Page, name: string, content: string | number[]) {
  await page.evaluate(({ name, content }) => {
    const bytes = typeof content === "string" ? new TextEncoder().encode(content) : new Uint8Array(content);
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], name));
    const target = document.querySelector("[data-testid=asset-library]") ?? document.body;
    target.dispatchEvent(new DragEvent("dragenter", { dataTransfer: transfer, bubbles: true }));
    target.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, { name, content });
}

test("drop a model anywhere on the Assets page: upload, live progress, then the imported asset in the viewer", async ({ page }) => {
  await register(page, "importer");
  await page.goto("/assets");
  await expect(page.getByRole("button", { name: "Import a model" })).toBeVisible();

  await dropFile(page, "not-a-model.obj", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
  await expect(page.getByTestId("import-error")).toHaveText(/This file is a PNG image, not an OBJ/);

  await dropFile(page, "crate.obj", CUBE);
  const panel = page.getByTestId("task-panel");
  await expect(panel).toBeVisible();
  await expect(panel).toHaveAttribute("data-status", "completed", { timeout: 120_000 });
  await expect(panel.getByRole("heading", { name: "crate" })).toBeVisible();
  await loadedCanvas(page);
  await keepScreenshot(page, "import-dropped");
  // The library lists it once the task completed.
  await expect(page.getByTestId("asset-library").getByText("crate")).toBeVisible();
});
