import { expect, test } from "@playwright/test";
import { demoRoles, expectNoAxeViolations, openTestDatabase, storageStateOf } from "./support";

// The administrator: no other spec makes notifications for them (they own, lead and attend nothing).
test.use({ storageState: storageStateOf("admin") });

/** Marks the administrator's notifications read and gives them two fresh, unread ones. */
function arrangeTwoUnread(): void {
  const db = openTestDatabase();
  try {
    const { id } = db.prepare("select id from users where email = ?").get(demoRoles.admin) as { id: number };
    const now = new Date();
    db.prepare("update notifications set read_at = ? where user_id = ? and read_at is null").run(now.toISOString(), id);
    const insert = db.prepare("insert into notifications (user_id, kind, title, body, link, created_at) values (?, ?, ?, ?, ?, ?)");
    insert.run(id, "idea_update", "Din idé er vurderet: Fælles mødebooking", "Ny status: Vurderes.", "/ideas", new Date(now.getTime() - 60_000).toISOString());
    insert.run(id, "idea_update", "Ny kommentar til din idé: Fælles mødebooking", "Dorte Direktør har kommenteret din idé.", "/outlook", now.toISOString());
  } finally {
    db.close();
  }
}

test("the bell counts the unread, opening one lowers the count, and Markér alle som læst clears it", async ({ page }) => {
  arrangeTwoUnread();
  await page.goto("/");
  await page.getByRole("link", { name: "Notifikationer, 2 ulæste" }).click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole("heading", { level: 1, name: "Notifikationer" })).toBeVisible();
  await expect(page.getByText("Ulæst", { exact: true })).toHaveCount(2);
  await expect(page.getByRole("link", { name: "Vælg hvilke mails du får" })).toHaveAttribute("href", "/account/notifications");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Ny kommentar til din idé: Fælles mødebooking" }).click();
  await expect(page).toHaveURL(/\/outlook$/);
  await expect(page.getByRole("link", { name: "Notifikationer, 1 ulæst" })).toBeVisible();

  await page.getByRole("link", { name: "Notifikationer, 1 ulæst" }).click();
  await expect(page.getByRole("link", { name: "Ny kommentar til din idé: Fælles mødebooking" })).toBeVisible();
  await page.getByRole("button", { name: "Markér alle som læst" }).click();
  await expect(page.getByRole("status")).toContainText("Alle notifikationer er markeret som læst");
  await expect(page.getByRole("link", { name: "Notifikationer, ingen ulæste" })).toBeVisible();
  await expect(page.getByText("Ulæst", { exact: true })).toHaveCount(0);

  // The shell with the bell and the list reflow to 320 px without sideways scrolling.
  await page.setViewportSize({ width: 320, height: 720 });
  await expect(page.getByRole("link", { name: "Notifikationer, ingen ulæste" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test("/notifications has no WCAG 2.1 AA violations for the other roles", async ({ browser }) => {
  for (const role of ["director", "department_head", "staff"] as const) {
    const context = await browser.newContext({ storageState: storageStateOf(role) });
    const page = await context.newPage();
    await page.goto("/notifications");
    await expect(page.getByRole("heading", { level: 1, name: "Notifikationer" })).toBeVisible();
    await expectNoAxeViolations(page);
    await context.close();
  }
});
