import { expect, test } from "@playwright/test";
import { demoPassword, storageStateOf, type DemoRole } from "./support";

const expectedNavigation: Record<DemoRole, { visible: string[]; hidden: string[] }> = {
  director: { visible: ["Mit overblik", "Portefølje", "Gevinster", "Strategi", "Møder", "Udviklingsrum", "Erfaringsbank", "Idéer", "Udsyn"], hidden: ["Brugere"] },
  department_head: { visible: ["Mit overblik", "Portefølje", "Gevinster", "Strategi", "Møder", "Udviklingsrum", "Erfaringsbank", "Idéer", "Udsyn"], hidden: ["Brugere"] },
  staff: { visible: ["Mit overblik", "Portefølje", "Gevinster", "Strategi", "Udviklingsrum", "Erfaringsbank", "Idéer", "Udsyn"], hidden: ["Brugere", "Møder"] },
  admin: { visible: ["Mit overblik", "Portefølje", "Gevinster", "Strategi", "Møder", "Udviklingsrum", "Erfaringsbank", "Idéer", "Udsyn", "Brugere"], hidden: [] },
};

for (const [role, expected] of Object.entries(expectedNavigation) as [DemoRole, (typeof expectedNavigation)[DemoRole]][]) {
  test.describe(`${role}`, () => {
    test.use({ storageState: storageStateOf(role) });

    test("sees the navigation the role may use", async ({ page }) => {
      await page.goto("/");
      const nav = page.getByRole("navigation", { name: "Hovedmenu" });
      for (const label of expected.visible) await expect(nav.getByRole("link", { name: label })).toBeVisible();
      for (const label of expected.hidden) await expect(nav.getByRole("link", { name: label })).toHaveCount(0);
    });

    test(role === "admin" ? "may open the user administration" : "gets 403 on the user administration", async ({ page }) => {
      const response = await page.goto("/admin/users");
      if (role === "admin") {
        expect(response?.status()).toBe(200);
        await expect(page.getByRole("heading", { name: "Brugere", level: 1 })).toBeVisible();
        await expect(page.getByRole("cell", { name: "direktor@egeby.dk" })).toBeVisible();
      } else {
        expect(response?.status()).toBe(403);
        await expect(page.getByRole("heading", { name: "Ingen adgang" })).toBeVisible();
      }
    });
  });
}

test("the anonymous are sent to the login page", async ({ page }) => {
  await page.goto("/portfolio");
  await expect(page).toHaveURL(/\/login\?next=%2Fportfolio/);
  await expect(page.getByRole("button", { name: "Log ind" })).toBeVisible();
});

test("a sign-in link whose target would leave the site signs in to the front page", async ({ page, baseURL }) => {
  // A browser drops the tab, which would make "/\t/evil.example/" the address "//evil.example/" on another host.
  await page.goto("/login?next=%2F%09%2Fevil.example%2F");
  await page.getByLabel("E-mail").fill("medarbejder@egeby.dk");
  await page.getByLabel("Adgangskode").fill(demoPassword);
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page).toHaveURL(`${baseURL}/`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Sara");
});

test("every response carries the security headers", async ({ request }) => {
  for (const url of ["/login", "/api/health", "/accessibility"]) {
    const response = await request.get(url);
    const headers = response.headers();
    expect(headers["content-security-policy"]).toContain("default-src 'self'");
    expect(headers["content-security-policy"]).toContain("object-src 'none'");
    expect(headers["content-security-policy"]).toContain("base-uri 'none'");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).toContain("form-action 'self'");
    expect(headers["strict-transport-security"]).toContain("max-age=");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBeTruthy();
    expect(headers["permissions-policy"]).toBeTruthy();
  }
});

test.describe("a server action posted from another site", () => {
  test.use({ storageState: storageStateOf("director") });

  test("is refused with 403 and a Danish reason before it reaches the app", async ({ request }) => {
    const response = await request.post("/ideas", {
      headers: { "Next-Action": "0123456789abcdef0123456789abcdef01234567", Origin: "https://evil.example", "Content-Type": "text/plain;charset=UTF-8" },
      data: "[]",
      maxRedirects: 0,
    });
    expect(response.status()).toBe(403);
    expect(await response.text()).toBe("Anmodningen kom fra et andet websted og er afvist.");
  });
});

test("the health checks report liveness and, with the database and schema, readiness", async ({ request }) => {
  const live = await request.get("/api/health");
  expect(live.status()).toBe(200);
  expect(live.headers()["cache-control"]).toBe("no-store");
  expect(await live.json()).toEqual({ status: "ok" });
  const ready = await request.get("/api/health/ready");
  expect(ready.status()).toBe(200);
  expect(ready.headers()["cache-control"]).toBe("no-store");
  expect(await ready.json()).toEqual({ status: "ok", database: "reachable", schema: "current" });
});
