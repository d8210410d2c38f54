import { expect, test } from "@playwright/test";
import { demoRoles, expectNoAxeViolations, openTestDatabase, storageStateOf } from "./support";

test.use({ storageState: storageStateOf("staff") });

function savedDelivery(kind: string): string | undefined {
  const db = openTestDatabase();
  try {
    const row = db
      .prepare("select p.delivery from notification_preferences p join users u on u.id = p.user_id where u.email = ? and p.kind = ?")
      .get(demoRoles.staff, kind) as { delivery: string } | undefined;
    return row?.delivery;
  } finally {
    db.close();
  }
}

/** Back to the role's defaults, so a retried test starts from the same state. */
function clearSaved(): void {
  const db = openTestDatabase();
  try {
    db.prepare("delete from notification_preferences where user_id = (select id from users where email = ?)").run(demoRoles.staff);
  } finally {
    db.close();
  }
}

test("a user chooses how a kind of notification reaches them by e-mail, and it is saved", async ({ page }) => {
  clearSaved();
  await page.goto("/account/notifications");
  await expect(page.getByRole("heading", { name: "E-mails om beskeder", level: 1 })).toBeVisible();
  const overdue = page.getByLabel("Overskredne frister");
  await expect(overdue).toHaveValue("immediate");
  await expectNoAxeViolations(page);

  await overdue.selectOption({ label: "Ugentligt sammendrag (mandag kl. 7)" });
  await page.getByRole("button", { name: "Gem valg" }).click();
  await expect(page.getByRole("status")).toHaveText("Dine valg af e-mails er gemt.");
  expect(savedDelivery("overdue")).toBe("weekly");

  await page.reload();
  await expect(page.getByLabel("Overskredne frister")).toHaveValue("weekly");
});
