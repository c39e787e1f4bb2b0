import { expect, test, type Page } from "@playwright/test";
import { apiPost, foregroundShare, loadedCanvas, register } from "./fixtures";
import { waitForTask } from "./journey-helpers";

// Every page works under its Content Security Policy: not one violation, reported either as a
// securitypolicyviolation event or on the console, while the pages do what they are for (forms, the viewer, docs).
test.describe.configure({ mode: "serial" });

interface Violation {
  page: string;
  directive: string;
  blocked: string;
  source?: string;
}

let page: Page;
const violations: Violation[] = [];

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext();
  // A binding the page calls for each violation event; the listener is installed before any page script runs.
  await context.exposeBinding("__reportCspViolation", ({ page: p }, v: Omit<Violation, "page">) => void violations.push({ page: new URL(p.url()).pathname, ...v }));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __reportCspViolation: (v: object) => void }).__reportCspViolation;
      report({ directive: e.violatedDirective, blocked: e.blockedURI, source: `${e.sourceFile}:${e.lineNumber}` });
    });
  });
  page = await context.newPage();
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect|create|frame)/i.test(msg.text())) {
      violations.push({ page: new URL(page.url()).pathname, directive: "console", blocked: msg.text() });
    }
  });
});
test.afterAll(async () => page.context().close());

/** Visits `path`, waits for `ready` and fails on any violation seen meanwhile. */
async function expectNoViolations(path: string, ready: (p: Page) => Promise<void>) {
  const before = violations.length;
  const res = await page.goto(path);
  const csp = res?.headers()["content-security-policy"] ?? "";
  expect(csp, `${path} has a nonce policy`).toMatch(/script-src [^;]*'nonce-/);
  expect(csp).not.toContain("unsafe-eval");
  await ready(page);
  expect(violations.slice(before), `CSP violations on ${path}`).toEqual([]);
}

test("sign-in and register work under the policy", async () => {
  await expectNoViolations("/signin", async (p) => {
    await expect(p.getByRole("button", { name: "Sign in" })).toBeVisible();
  });
  await expectNoViolations("/register", async (p) => {
    await expect(p.getByRole("button", { name: "Create account" })).toBeVisible();
  });
  // Registering runs the page's scripts (client validation, fetch, navigation): blocked scripts would stop it here.
  const before = violations.length;
  await register(page, "csp");
  expect(violations.slice(before)).toEqual([]);
});

test("generate, assets, the viewer with a GLB, analytics, settings and the API reference work under the policy", async () => {
  test.setTimeout(240_000);
  await expectNoViolations("/generate", async (p) => {
    // The form reads the prompt as you type (a fetch from the page): the reading shows up.
    await p.getByRole("textbox", { name: "Prompt" }).fill("a red wooden chair");
    await expect(p.getByTestId("prompt-reading")).toContainText(/Will build:\s*a chair/i);
  });
  const task = await apiPost(page, "/api/v1/generate", { prompt: "a blue mug", output_formats: ["glb"] });
  const done = await waitForTask(page, task.task_id);

  await expectNoViolations("/assets", async (p) => {
    await expect(p.getByTestId("asset-grid")).toContainText(/mug/i);
  });
  await expectNoViolations(`/assets/${done.asset_id}`, async (p) => {
    const canvas = await loadedCanvas(p);
    expect(foregroundShare(await canvas.screenshot()), "the GLB is drawn").toBeGreaterThan(0.02);
  });
  await expectNoViolations("/analytics", async (p) => {
    await expect(p.getByRole("heading", { name: "Analytics", level: 1 })).toBeVisible();
    await expect(p.locator("svg.recharts-surface").first()).toBeVisible();
  });
  await expectNoViolations("/settings", async (p) => {
    await expect(p.getByTestId("settings-profile")).toBeVisible();
    await p.getByLabel("Name", { exact: true }).fill("Csp Example");
    await p.getByRole("button", { name: "Save profile" }).click();
    await expect(p.getByTestId("settings-profile").getByRole("status")).toHaveText("Saved");
  });
  await expectNoViolations("/docs", async (p) => {
    await expect(p.getByRole("heading", { level: 1 })).toContainText("LL3M");
    await expect(p.getByText("/api/v1/generate").first()).toBeVisible();
  });
  expect(violations).toEqual([]);
});
