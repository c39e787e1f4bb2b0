import { expect, test } from "@playwright/test";
import { apiPost, keepScreenshot, register } from "./fixtures";
import { waitForTask } from "./journey-helpers";

// The e2e worker runs one task at a time, so tasks sent behind a big one wait in the queue long enough to cancel.
test("cancel: a task stops from the task panel and from the recent list; no asset is made for it", async ({ page }) => {
  await register(page, "carl");
  const blocker = await apiPost(page, "/api/v1/generate", { prompt: "a dining table with six chairs and a vase", quality_level: "high" });
  // One made elsewhere (the API) waits behind it, and shows in the recent list, cancelable there.
  await apiPost(page, "/api/v1/generate", { prompt: "a tall pine tree", quality_level: "draft" });

  await page.goto("/generate");
  const form = page.getByRole("form", { name: "Generate a 3D model" });
  await expect(form).toHaveAttribute("data-loaded", "true");
  await form.getByRole("textbox", { name: "Prompt" }).fill("a blue ceramic mug");
  await form.getByRole("button", { name: "Generate" }).click();
  const panel = page.getByTestId("task-panel");
  await expect(panel).toHaveAttribute("data-status", /queued|running/);
  await panel.getByRole("button", { name: "Cancel" }).click();
  await expect(panel).toHaveAttribute("data-status", "canceled");
  await expect(panel.getByText("This task was canceled before it finished.")).toBeVisible();
  await expect(panel.getByRole("button", { name: "Cancel" })).toHaveCount(0);

  const rows = page.getByTestId("recent-task");
  const tree = rows.filter({ hasText: "a tall pine tree" });
  await expect(tree).toHaveAttribute("data-status", /queued|running/);
  await tree.getByRole("button", { name: "Cancel “a tall pine tree”" }).click();
  await expect(tree).toHaveAttribute("data-status", "canceled");
  await expect(tree.getByRole("button", { name: "Cancel “a tall pine tree”" })).toHaveCount(0);
  await expect(rows.filter({ hasText: "a blue ceramic mug" })).toHaveAttribute("data-status", "canceled");
  await keepScreenshot(page, "generate-canceled");

  // The task in front was left alone and finishes; the canceled ones made nothing.
  await waitForTask(page, blocker.task_id);
  const tasks = (await (await page.request.get("/api/v1/tasks?limit=10")).json()) as { items: Array<{ prompt: string; status: string }> };
  expect(Object.fromEntries(tasks.items.map((t) => [t.prompt, t.status]))).toEqual({
    "a dining table with six chairs and a vase": "completed",
    "a blue ceramic mug": "canceled",
    "a tall pine tree": "canceled",
  });
  const assets = (await (await page.request.get("/api/v1/assets")).json()) as { total: number; items: Array<{ prompt: string }> };
  expect(assets.items.map((a) => a.prompt)).toEqual(["a dining table with six chairs and a vase"]);
});
