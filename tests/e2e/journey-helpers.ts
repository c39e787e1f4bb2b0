import { expect, type Page } from "@playwright/test";

/** Polls a task through the API (with the page's session) until it completed; fails fast when it failed. */
export async function waitForTask(page: Page, taskId: string) {
  let task: { status: string; asset_id: string; error_message: string | null } | undefined;
  await expect
    .poll(
      async () => {
        task = await (await page.request.get(`/api/v1/generate/${taskId}`)).json();
        return task!.status === "failed" ? `failed: ${task!.error_message}` : task!.status;
      },
      { timeout: 90_000, intervals: [500] },
    )
    .toBe("completed");
  return task!;
}

/** What the analytics summary should say, computed here from the user's assets as the API lists them. */
export async function expectedSummary(page: Page) {
  const res = await page.request.get("/api/v1/assets?limit=100");
  const items = ((await res.json()) as { items: Array<{ quality_score: number | null; tags: string[] }> }).items;
  const scored = items.map((a) => a.quality_score).filter((s): s is number => s !== null);
  const mean = scored.length ? scored.reduce((a, b) => a + b, 0) / scored.length : null;
  return {
    total: items.length,
    average: mean === null ? "–" : `${(Math.round(mean * 100) / 100).toFixed(1)}/10`,
    uniqueTags: new Set(items.flatMap((a) => a.tags)).size,
    high: scored.filter((s) => s >= 8).length,
  };
}

/** A request from the test process itself (like curl), authenticated only by the API key. */
export function fetchWithKey(page: Page, path: string, key: string) {
  return fetch(new URL(path, page.url()), { headers: { Authorization: `Bearer ${key}` } });
}
