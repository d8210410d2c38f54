import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, openTestDatabase, storageStateOf } from "./support";

/** Enough deactivated users for the administrators' list to need three pages, whatever else the data holds. */
function ensureManyUsers(): void {
  const db = openTestDatabase();
  try {
    const insert = db.prepare(
      "insert or ignore into users (name, email, role, title, active, password_hash) values (?, ?, 'staff', 'Sidetest', 0, 'ikke-en-adgangskode')",
    );
    db.transaction(() => {
      for (let n = 0; n < 120; n++) insert.run(`Sidetest ${String(n).padStart(3, "0")}`, `sidetest${n}@egeby.dk`);
    })();
  } finally {
    db.close();
  }
}

test.describe("paginated lists", () => {
  test.use({ storageState: storageStateOf("admin") });

  test("the user list pages through links that keep the sort, with the count and the current page marked", async ({ page }) => {
    ensureManyUsers();
    await page.goto("/admin/users?sort=last_login");
    const pages = page.getByRole("navigation", { name: "Sider" });
    await expect(pages.getByRole("link", { name: "Side 1" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByText(/^Viser 1–50 af [\d.]+ brugere$/)).toBeVisible();
    await expect(page.getByRole("table", { name: "Brugere" }).getByRole("row")).toHaveCount(51);

    await pages.getByRole("link", { name: "Næste side" }).click();
    await expect(page).toHaveURL(/\/admin\/users\?sort=last_login&side=2$/);
    await expect(page.getByRole("navigation", { name: "Sider" }).getByRole("link", { name: "Side 2" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByText(/^Viser 51–100 af /)).toBeVisible();
    await expectNoAxeViolations(page);

    const box = await page.getByRole("navigation", { name: "Sider" }).getByRole("link", { name: "Forrige side" }).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.width).toBeGreaterThanOrEqual(44);
  });

  test("a page number out of range falls back to a page that exists", async ({ page }) => {
    ensureManyUsers();
    await page.goto("/admin/users?side=abc");
    await expect(page.getByRole("navigation", { name: "Sider" }).getByRole("link", { name: "Side 1" })).toHaveAttribute("aria-current", "page");
    await page.goto("/admin/users?side=99999");
    const pages = page.getByRole("navigation", { name: "Sider" });
    await expect(pages.locator('[aria-current="page"]')).toHaveCount(1);
    await expect(pages.getByRole("link", { name: "Næste side" })).toHaveCount(0);
    await expect(page.getByRole("table", { name: "Brugere" }).getByRole("row")).not.toHaveCount(1);
  });
});
