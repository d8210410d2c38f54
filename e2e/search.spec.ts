import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, openTestDatabase, storageStateOf } from "./support";

/** An idea of this run's own, so its title and link are known; written straight into the server's database. */
function insertIdea(title: string): number {
  const db = openTestDatabase();
  try {
    const author = (db.prepare("select id from users where email = 'medarbejder@egeby.dk'").get() as { id: number }).id;
    return (
      db
        .prepare("insert into ideas (title, description, author_id) values (?, ?, ?) returning id")
        .get(title, "Borgerne kan se, hvor der er plads på stierne.", author) as { id: number }
    ).id;
  } finally {
    db.close();
  }
}

test.use({ storageState: storageStateOf("director") });

test("/ focuses the search field from any page; a Danish word form finds a highlighted result that opens", async ({ page }) => {
  const stamp = String(Date.now());
  const title = `Solsikker langs cykelstierne ${stamp}`;
  const id = insertIdea(title);

  await page.goto("/portfolio");
  const field = page.getByRole("searchbox", { name: /Søg i portalen/ });
  // The "/" shortcut listens once the page has hydrated; on a busy machine a key pressed at load can come before it.
  await expect(async () => {
    await page.locator("body").press("/");
    await expect(field).toBeFocused({ timeout: 1_000 });
  }).toPass();
  await page.keyboard.type(`solsikke cykelsti ${stamp}`);
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/search\?q=solsikke\+cykelsti\+\d+/);
  await expect(page.getByRole("heading", { level: 1, name: "Søg" })).toBeVisible();
  const result = page.getByRole("link", { name: title });
  await expect(result).toBeVisible();
  await expect(result.locator("mark")).toHaveText(["Solsikker", "cykelstierne", stamp]);
  await expect(page.getByRole("navigation", { name: "Resultater pr. type" }).getByRole("link", { name: "Idéer (1)" })).toBeVisible();

  await page.goto("/search?q=borgerne");
  await expect(page.getByRole("heading", { level: 2, name: "Resultater for »borgerne«" })).toBeVisible();
  await expect(page.locator("mark").first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/search?q=${encodeURIComponent(`solsikke ${stamp}`)}`);
  await page.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(`/ideas/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
});

// The department head searches the director's groups (meetings included) under the director's menu, so their results
// page reads like the director's (checked above) and gets no axe pass of its own; the staff member's (no meetings,
// the fewest menu items) and the administrator's (the most) do.
test("/search has no axe violations for the other roles, with results and without a search", async ({ browser }) => {
  for (const role of ["department_head", "staff", "admin"] as const) {
    const context = await browser.newContext({ storageState: storageStateOf(role) });
    const page = await context.newPage();
    await page.goto("/search?q=borgerne");
    await expect(page.locator("mark").first()).toBeVisible();
    if (role !== "department_head") await expectNoAxeViolations(page);
    if (role === "staff") {
      await page.goto("/search");
      await expect(page.getByText("Skriv et eller flere ord i søgefeltet for at søge.")).toBeVisible();
      await expectNoAxeViolations(page);
    }
    await context.close();
  }
});
