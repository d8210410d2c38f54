import { expect, test } from "@playwright/test";
import { allRoles, anyProjectCode, expectNoAxeViolations, storageStateOf } from "./support";

// /admin/users: the admin sees the page, the others the 403 page.
const signedInPages = () => [
  "/",
  "/portfolio",
  "/portfolio?phase=trial&sort=budget&dir=desc",
  `/projects/${anyProjectCode()}`,
  "/admin/users",
  "/accessibility",
  "/findes-ikke",
];

for (const role of allRoles) {
  test.describe(`axe as ${role}`, () => {
    test.use({ storageState: storageStateOf(role) });
    for (const url of signedInPages()) {
      test(`${url} has no WCAG 2.1 AA violations`, async ({ page }) => {
        await page.goto(url);
        await expect(page.locator("h1")).toBeVisible();
        await expectNoAxeViolations(page);
      });
    }
  });
}

test.describe("axe signed out", () => {
  for (const url of ["/login", "/accessibility"]) {
    test(`${url} has no WCAG 2.1 AA violations`, async ({ page }) => {
      await page.goto(url);
      await expect(page.locator("h1")).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
