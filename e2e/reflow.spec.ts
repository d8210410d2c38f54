import { expect, test } from "@playwright/test";
import { openTestDatabase, storageStateOf } from "./support";
import { expectNoHorizontalScroll, mainPages } from "./tablet-support";

/**
 * WCAG 1.4.10 Reflow: at 320 CSS px every page reads without scrolling sideways. Wide tables scroll inside their own
 * labelled frame; long Danish compounds in headings break.
 */
const viewport = { width: 320, height: 720 };

function heldMeetingId(): number {
  const db = openTestDatabase();
  try {
    return (db.prepare("select id from meetings where minutes_locked_at is not null order by id limit 1").get() as { id: number }).id;
  } finally {
    db.close();
  }
}

const pagesOf = {
  director: () => [
    ...mainPages().map(({ path }) => path),
    "/portfolio/risks",
    `/meetings/${heldMeetingId()}/minutes`,
    "/search?q=borgerne",
    "/notifications",
    "/account",
    "/account/notifications",
  ],
  // The department head's own pages, and a longer e-mail address on Min konto.
  department_head: () => ["/", "/account", "/benefits", "/ideas"],
  admin: () => ["/admin", "/admin/users", "/admin/departments", "/admin/settings", "/admin/audit", "/admin/sessions", "/admin/import"],
};

const roleNames = { director: "director", department_head: "department head", admin: "administrator" };

test.describe.configure({ mode: "parallel" });

for (const role of ["director", "department_head", "admin"] as const) {
  test(`every page reflows to 320 px for the ${roleNames[role]}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport, storageState: storageStateOf(role) });
    try {
      const page = await context.newPage();
      for (const path of pagesOf[role]()) {
        await test.step(path, async () => {
          const response = await page.goto(path);
          expect(response?.status(), path).toBe(200);
          await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
          await expectNoHorizontalScroll(page);
        });
      }
    } finally {
      await context.close();
    }
  });
}

test("the login page reflows to 320 px", async ({ browser }) => {
  const context = await browser.newContext({ viewport, storageState: { cookies: [], origins: [] } });
  try {
    const page = await context.newPage();
    await page.goto("/login");
    await expect(page.getByRole("button", { name: "Log ind" })).toBeVisible();
    await expectNoHorizontalScroll(page);
  } finally {
    await context.close();
  }
});
