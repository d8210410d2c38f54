import { expect, test } from "@playwright/test";
import { allRoles, axeViolations, expectNoAxeViolations, storageStateOf } from "./support";

// One axe pass per page and role. The pages of a feature are checked in its own spec, for every role that can see
// them: the dashboard and its filtered states in dashboard.spec.ts, every project tab in projects.spec.ts, and so on.
// Here: the overview (different for every role) for each role, which also checks each role's menu; the user
// administration (the admin sees the page, the others the 403 page); the accessibility statement and the 404 pages
// (an unknown address, and an unknown project inside the portal and in print). Every page has exactly one main
// landmark.
// The statement, the 404 page and the 403 page read the same for every role but for the menu, which is checked on
// the overview for each role: so each is checked once, the statement and the 404 page for the staff member and the
// 403 page of /admin/users for the director.
const signedInPages = (role: (typeof allRoles)[number]) => [
  "/",
  ...(role === "director" || role === "admin" ? ["/admin/users"] : []),
  ...(role === "staff" ? ["/accessibility", "/findes-ikke", "/projects/FINDES-IKKE", "/projects/FINDES-IKKE/benefits-report"] : []),
];

for (const role of allRoles) {
  test.describe(`axe as ${role}`, () => {
    test.use({ storageState: storageStateOf(role) });
    for (const url of signedInPages(role)) {
      test(`${url} has no WCAG 2.1 AA violations`, async ({ page }) => {
        await page.goto(url);
        await expect(page.locator("h1")).toBeVisible();
        await expect(page.getByRole("main")).toHaveCount(1);
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

test("the axe check itself reports a missing alternative text and too little contrast", async ({ page }) => {
  await page.setContent(
    '<html lang="da"><head><title>Prøve</title></head><body><main><h1>Prøve</h1>' +
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p style="color:#bbb;background:#fff">Lys tekst</p></main></body></html>',
  );
  const found = (await axeViolations(page)).map((violation) => violation.id);
  expect(found).toEqual(expect.arrayContaining(["image-alt", "color-contrast"]));
});
