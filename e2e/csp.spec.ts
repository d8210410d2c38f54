import { expect, test, type Page } from "@playwright/test";
import { anyProjectCode, storageStateOf } from "./support";

/** Collects every CSP violation the page reports, as events and as console errors. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) consoleErrors.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return async () => [...consoleErrors, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))];
}

/** React has hydrated the page: its scripts ran under the policy. */
async function expectHydrated(page: Page) {
  await expect
    .poll(() => page.evaluate(() => Object.keys(document.querySelector("main") ?? {}).some((key) => key.startsWith("__react"))))
    .toBe(true);
}

async function visit(page: Page, path: string, expectedStatus = 200) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(expectedStatus);
  const policy = response?.headers()["content-security-policy"] ?? "";
  const scriptSrc = policy.split("; ").find((part) => part.startsWith("script-src ")) ?? "";
  expect(scriptSrc, path).toMatch(/'nonce-[A-Za-z0-9+/=]{20,}'/);
  expect(scriptSrc, path).not.toContain("unsafe-inline");
  await expectHydrated(page);
}

test.describe("Content-Security-Policy without inline scripts", () => {
  test("public and error pages run their scripts with no violation", async ({ page }) => {
    const violations = await watchViolations(page);
    await visit(page, "/login");
    await visit(page, "/accessibility");
    await visit(page, "/share/findes-ikke", 404);
    expect(await violations()).toEqual([]);
  });

  test("each request gets its own nonce", async ({ request }) => {
    const nonceOf = async () => /'nonce-([^']+)'/.exec((await request.get("/login")).headers()["content-security-policy"] ?? "")?.[1];
    const [first, second] = [await nonceOf(), await nonceOf()];
    expect(first).toBeTruthy();
    expect(first).not.toBe(second);
  });

  test.describe("signed in", () => {
    test.use({ storageState: storageStateOf("director") });

    test("portal pages, a 404 and client interaction work with no violation", async ({ page }) => {
      const violations = await watchViolations(page);
      await visit(page, "/");
      await visit(page, "/portfolio");
      await visit(page, `/projects/${anyProjectCode()}`);
      await visit(page, "/meetings");
      await visit(page, "/findes-ikke", 404);

      // Client-side navigation and a client component's interaction.
      await page.goto("/");
      await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Portefølje" }).click();
      await expect(page).toHaveURL(/\/portfolio/);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await violations()).toEqual([]);
    });
  });
});
