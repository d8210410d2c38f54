import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, openTestDatabase, storageStateOf } from "./support";

test.use({ storageState: storageStateOf("admin") });

function storedSetting(key: string): string | undefined {
  const db = openTestDatabase();
  try {
    return (db.prepare("select value from settings where key = ?").get(key) as { value: string } | undefined)?.value;
  } finally {
    db.close();
  }
}

test("an admin creates and renames a department, which the project form then offers; deactivated, it is no longer offered", async ({ page }) => {
  const suffix = Date.now().toString(36);
  const name = `Kultur ${suffix}`;
  const renamed = `Kultur og Fritid ${suffix}`;

  await page.goto("/admin/departments");
  const create = page.getByRole("form", { name: "Opret afdeling" });
  await create.getByLabel("Navn").fill(name);
  await create.getByLabel("Forkortelse").fill("KUF");
  await create.getByRole("button", { name: "Opret afdeling" }).click();
  await expect(create.getByRole("status")).toHaveText("Afdelingen er oprettet.");

  const card = page.getByRole("region", { name: new RegExp(name) });
  await card.getByText(`Redigér ${name}`).click();
  const edit = card.getByRole("form", { name: "Gem ændringer" });
  await edit.getByLabel("Navn").fill(renamed);
  await edit.getByLabel("Type").selectOption({ label: "Stab" });
  await edit.getByRole("button", { name: "Gem ændringer" }).click();
  await expect(page.getByRole("heading", { name: new RegExp(renamed) })).toBeVisible();

  await page.goto("/projects/new");
  const departmentChoice = page.getByLabel("Afdeling", { exact: true });
  await expect(departmentChoice.locator("option", { hasText: renamed })).toHaveCount(1);
  await expect(departmentChoice.locator("option", { hasText: name })).toHaveCount(0);

  await page.goto("/admin/departments");
  const renamedCard = page.getByRole("region", { name: new RegExp(renamed) });
  await renamedCard.getByRole("button", { name: `Deaktivér ${renamed}` }).click();
  await expect(renamedCard.getByText("Deaktiveret", { exact: true })).toBeVisible();
  await page.goto("/projects/new");
  await expect(page.getByLabel("Afdeling", { exact: true }).locator("option", { hasText: renamed })).toHaveCount(0);
});

test("an admin changes a setting and sees it saved", async ({ page }) => {
  await page.goto("/admin/settings");
  const idle = page.getByLabel("Log ud efter inaktivitet (timer)");
  await expect(idle).toHaveValue("12");
  await idle.fill("24");
  await page.getByRole("button", { name: "Gem indstillinger" }).click();
  await expect(page.getByRole("status")).toHaveText("Indstillingerne er gemt (1 ændret).");
  expect(storedSetting("sessionIdleHours")).toBe("24");

  await page.reload();
  await expect(page.getByLabel("Log ud efter inaktivitet (timer)")).toHaveValue("24");
  await page.getByLabel("Log ud efter inaktivitet (timer)").fill("500");
  await page.getByRole("button", { name: "Gem indstillinger" }).click();
  await expect(page.locator("#sessionIdleHours-error")).toHaveText("Log ud efter inaktivitet skal ligge mellem 1 og 72 timer");
  expect(storedSetting("sessionIdleHours")).toBe("24");
});

test("the department, settings and onboarding pages have no WCAG 2.1 AA violations", async ({ page }) => {
  for (const [url, heading] of [
    ["/admin/departments", "Afdelinger"],
    ["/admin/settings", "Indstillinger"],
    ["/admin/onboarding", "Kom i gang med Styrerum"],
  ]) {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    // The first department's edit form is folded away; open it so axe checks it too.
    if (url === "/admin/departments") await page.getByRole("main").locator("details > summary").first().click();
    await expectNoAxeViolations(page);
  }
});
