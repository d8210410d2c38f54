import { expect, test } from "@playwright/test";
import { openTestDatabase, storageStateOf } from "./support";

test.use({ storageState: storageStateOf("department_head") });

test("filters by phase through the URL and counts per phase", async ({ page }) => {
  const db = openTestDatabase();
  const trialCount = (db.prepare("select count(*) as n from projects where phase = 'trial'").get() as { n: number }).n;
  db.close();

  await page.goto("/portfolio?phase=trial");
  await expect(page.getByText(`${trialCount} projekter`)).toBeVisible();
  const rows = page.locator("tbody tr");
  await expect(rows).toHaveCount(trialCount);
  for (const badge of await rows.locator("td:nth-child(4)").allTextContents()) expect(badge).toBe("Afprøvning");
});

test("the filter form narrows by department and keeps the choice in the URL", async ({ page }) => {
  await page.goto("/portfolio");
  await page.getByLabel("Afdeling").selectOption({ label: "Social og Sundhed" });
  await page.getByRole("button", { name: "Filtrér" }).click();
  await expect(page).toHaveURL(/department=\d+/);
  for (const cell of await page.locator("tbody tr td:nth-child(3)").allTextContents()) expect(cell).toBe("Social og Sundhed");
});

test("sorting by budget orders the rows", async ({ page }) => {
  await page.goto("/portfolio?sort=budget&dir=desc");
  const amounts = (await page.locator("tbody tr td:nth-child(6)").allTextContents()).map((text) => Number(text.replace(/\D/g, "")));
  expect(amounts.length).toBeGreaterThan(10);
  expect([...amounts].sort((a, b) => b - a)).toEqual(amounts);
  await expect(page.getByRole("columnheader", { name: /Budget/ })).toHaveAttribute("aria-sort", "descending");
});

test("a row leads to the project page with its fields", async ({ page }) => {
  await page.goto("/portfolio");
  const firstLink = page.locator("tbody tr").first().getByRole("link");
  const title = (await firstLink.textContent())!;
  await firstLink.click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(page.getByText("Projektejer")).toBeVisible();
  await expect(page.getByText("Godkendt budget")).toBeVisible();
});

test("the overview lists the user's own projects", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Mine projekter" })).toBeVisible();
  expect(await page.locator("tbody tr").count()).toBeGreaterThanOrEqual(3);
});
