import { expect, test, type Page } from "@playwright/test";
import { openPortfolioFilters, projectCountText } from "./portfolio-support";
import { openTestDatabase, storageStateOf } from "./support";

test.use({ storageState: storageStateOf("department_head") });

const projectRows = (page: Page) => page.getByRole("region", { name: "Projekter i porteføljen" }).locator("tbody tr");

test("filters by phase through the URL and counts per phase", async ({ page }) => {
  const db = openTestDatabase();
  const trialCount = (db.prepare("select count(*) as n from projects where phase = 'trial'").get() as { n: number }).n;
  db.close();

  await page.goto("/portfolio/projects?phase=trial");
  await expect(page.locator("#project-count")).toHaveText(projectCountText(trialCount));
  const rows = projectRows(page);
  await expect(rows).toHaveCount(trialCount);
  for (const badge of await rows.locator("td:nth-child(4)").allTextContents()) expect(badge).toBe("Afprøvning");
});

test("the filter form narrows by department and keeps the choice in the URL", async ({ page }) => {
  await page.goto("/portfolio/projects");
  await openPortfolioFilters(page);
  await page.getByLabel("Afdeling", { exact: true }).selectOption({ label: "Social og Sundhed" });
  await page.getByRole("button", { name: "Filtrér" }).click();
  await expect(page).toHaveURL(/department=\d+/);
  const cells = await projectRows(page).locator("td:nth-child(3)").allTextContents();
  expect(cells.length).toBeGreaterThan(0);
  for (const cell of cells) expect(cell).toBe("Social og Sundhed");
});

test("sorting by budget orders the rows", async ({ page }) => {
  await page.goto("/portfolio/projects?sort=budget&dir=desc");
  const amounts = (await projectRows(page).locator("td:nth-child(6)").allTextContents()).map((text) => Number(text.replace(/\D/g, "")));
  expect(amounts.length).toBeGreaterThan(10);
  expect([...amounts].sort((a, b) => b - a)).toEqual(amounts);
  await expect(page.getByRole("columnheader", { name: /Budget/ })).toHaveAttribute("aria-sort", "descending");
});

test("a row leads to the project page with its fields", async ({ page }) => {
  await page.goto("/portfolio/projects");
  const firstLink = projectRows(page).first().getByRole("link");
  const title = (await firstLink.textContent())!;
  await firstLink.click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(page.getByText("Projektejer").first()).toBeVisible();
  await expect(page.getByText("Godkendt budget").first()).toBeVisible();
});

test("the filter page returns to the view it was opened from, and the views keep the filters", async ({ page }) => {
  await page.goto("/portfolio");
  await openPortfolioFilters(page);
  await page.getByLabel("Afdeling", { exact: true }).selectOption({ label: "Social og Sundhed" });
  await page.getByRole("button", { name: "Filtrér" }).click();
  await expect(page).toHaveURL(/\/portfolio\?department=\d+(&|$)/);
  await expect(page.getByText("Filtreret på Afdeling: Social og Sundhed")).toBeVisible();
  const views = page.getByRole("navigation", { name: "Porteføljens visninger" });
  await expect(views.getByRole("link", { name: "Overblik" })).toHaveAttribute("aria-current", "page");

  await views.getByRole("link", { name: "Projekter" }).click();
  await expect(page).toHaveURL(/\/portfolio\/projects\?department=\d+$/);
  await expect(page.getByRole("heading", { name: "Projekter", level: 1 })).toBeVisible();
  const cells = await projectRows(page).locator("td:nth-child(3)").allTextContents();
  expect(cells.length).toBeGreaterThan(0);
  for (const cell of cells) expect(cell).toBe("Social og Sundhed");

  await page.getByRole("navigation", { name: "Porteføljens visninger" }).getByRole("link", { name: "Køreplan" }).click();
  await expect(page).toHaveURL(/\/portfolio\/roadmap\?department=\d+$/);
  await expect(page.getByRole("heading", { name: "Køreplan", level: 2 })).toBeVisible();
  await expect(page.getByText("Filtreret på Afdeling: Social og Sundhed")).toBeVisible();
});

test("the overview lists the user's own projects", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Mine projekter" })).toBeVisible();
  expect(await page.locator("tbody tr").count()).toBeGreaterThanOrEqual(3);
});

test("no link prefetches a page: the view tabs navigate on click with one request", async ({ page }) => {
  const pageRequests: string[] = [];
  page.on("request", (request) => {
    const headers = request.headers();
    if (headers["rsc"]) pageRequests.push(`${headers["next-router-prefetch"] ? "prefetch" : "navigation"} ${new URL(request.url()).pathname}`);
  });
  await page.goto("/portfolio");
  await expect(page.getByRole("link", { name: "Køreplan" }).first()).toBeVisible();
  // Next.js prefetches links in view once the page is idle; give it the time it would take.
  await page.waitForTimeout(1500);
  expect(pageRequests).toEqual([]);

  await page.getByRole("link", { name: "Køreplan" }).first().click();
  await expect(page).toHaveURL(/\/portfolio\/roadmap$/);
  expect(pageRequests).toEqual(["navigation /portfolio/roadmap"]);
});
