import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { openPortfolioFilters, projectCountText } from "./portfolio-support";
import { allRoles, expectNoAxeViolations, openTestDatabase, storageStateOf } from "./support";

const csvHeader = "Nr.;Titel;Afdeling;Fase;Formål;Status;Projektejer;Projektleder;Godkendt budget;Forbrugt;Planlagt slut;Forventet slut";

/** Latest published overall light per project, as the dashboard defines it. */
const latestLightSql = `
  select p.code, p.department_id, p.phase, p.purpose, d.name as department_name,
         (select r.overall_light from status_reports r where r.project_id = p.id and r.state = 'published'
          order by r.published_at desc, r.id desc limit 1) as light
  from projects p join departments d on d.id = p.department_id`;

type ProjectFacts = { code: string; department_id: number; phase: string; purpose: string; department_name: string; light: string | null };

function projectFacts(): ProjectFacts[] {
  const db = openTestDatabase();
  try {
    return db.prepare(`${latestLightSql} order by p.code`).all() as ProjectFacts[];
  } finally {
    db.close();
  }
}

const projectTable = (page: Page) => page.getByRole("region", { name: "Projekter i porteføljen" });
const tableCodes = async (page: Page) =>
  (await projectTable(page).locator("tbody tr td:first-child").allTextContents()).filter((text) => /^DIG-/.test(text));
const active = ["analysis", "trial", "implementation", "realisation"];

// The dashboard is a large page; axe and the build share two cores with everything else.
test.describe.configure({ timeout: 120_000 });

test.describe("as staff", () => {
  test.use({ storageState: storageStateOf("staff") });

  test("downloads exactly the filtered rows as CSV with BOM and Danish headers", async ({ page }) => {
    const expected = projectFacts().filter((project) => project.purpose === "efficiency" && active.includes(project.phase));
    expect(expected.length).toBeGreaterThan(0);
    await page.goto("/portfolio?purpose=efficiency&phase=active");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Eksportér CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^portefolje-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = fs.readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(csvHeader);
    expect(lines.slice(1).map((line) => line.split(";")[0])).toEqual(expected.map((project) => project.code));
    for (const line of lines.slice(1)) expect(line.split(";")[4]).toBe("Effektivisering");

    const db = openTestDatabase();
    const event = db.prepare("select changes from audit_events where action = 'portfolio.export' order by id desc limit 1").get() as { changes: string };
    db.close();
    expect(JSON.parse(event.changes)).toMatchObject({ format: "csv", filter: "phase=active&purpose=efficiency", rows: expected.length });
  });

  test("downloads the filtered rows as a real Excel workbook", async ({ page }) => {
    await page.goto("/portfolio?phase=trial");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Eksportér Excel" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^portefolje-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const bytes = fs.readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });
});

test.describe("as a department head", () => {
  test.use({ storageState: storageStateOf("department_head") });

  test("a filtered dashboard URL shows only matching rows", async ({ page }) => {
    const facts = projectFacts();
    const sample = facts.find((project) => active.includes(project.phase))!;
    const cases: [string, (project: ProjectFacts) => boolean][] = [
      [`department=${sample.department_id}&phase=active`, (p) => p.department_id === sample.department_id && active.includes(p.phase)],
      [`purpose=${sample.purpose}&light=none`, (p) => p.purpose === sample.purpose && p.light === null],
      [`phase=${sample.phase}&department=${sample.department_id}`, (p) => p.phase === sample.phase && p.department_id === sample.department_id],
      [`q=${encodeURIComponent(sample.code)}`, (p) => p.code === sample.code],
    ];
    for (const [query, predicate] of cases) {
      const expected = facts.filter(predicate).map((project) => project.code);
      await page.goto(`/portfolio/projects?${query}`);
      await expect(page.locator("#project-count")).toHaveText(projectCountText(expected.length));
      expect(await tableCodes(page), query).toEqual(expected);
    }
  });

  test("a cell of the department × status matrix leads to the filtered list", async ({ page }) => {
    await page.goto("/portfolio");
    const matrix = page.getByRole("region", { name: "Statusmatrix" });
    const link = matrix.locator("tbody a").first();
    const count = Number((await link.textContent())!.match(/^\d+/)![0]);
    const department = (await link.locator("xpath=ancestor::tr/th").textContent())!.trim();
    await link.click();
    await expect(page).toHaveURL(/department=\d+/);
    await expect(page).toHaveURL(/light=(green|yellow|red|none)/);
    const light = new URL(page.url()).searchParams.get("light")!;
    const lightText = { green: "Grøn", yellow: "Gul", red: "Rød", none: "Ingen status" }[light];
    await expect(page.locator("#project-count")).toHaveText(projectCountText(count));
    const rows = projectTable(page).locator("tbody tr");
    await expect(rows).toHaveCount(count);
    for (const cell of await rows.locator("td:nth-child(3)").allTextContents()) expect(cell).toBe(department);
    for (const cell of await rows.locator("td:nth-child(8)").allTextContents()) expect(cell).toBe(lightText);
    await expect(page.getByText(`Filtreret på Afdeling: ${department}`)).toBeVisible();
  });

  test("a heatmap cell leads to its open risks, each linking to the project's risk tab", async ({ page }) => {
    await page.goto("/portfolio/risks");
    const heatmap = page.getByRole("region", { name: "Risikomatrix" });
    test.skip((await heatmap.count()) === 0, "no open risks in the demo data");
    const link = heatmap.locator("tbody a").first();
    const count = Number((await link.textContent())!.match(/^\d+/)![0]);
    await link.click();
    await expect(page).toHaveURL(/\/portfolio\/risks\?.*p=\d.*c=\d/);
    await expect(page.getByRole("heading", { name: "Åbne risici", level: 1 })).toBeVisible();
    const rows = page.getByRole("region", { name: "Åbne risici" }).locator("tbody tr");
    await expect(rows).toHaveCount(count);
    await expect(rows.first().getByRole("link")).toHaveAttribute("href", /^\/projects\/DIG-\d{4}-\d{3}\?tab=risks$/);
  });

  test("the filter form works without JavaScript and keeps the choice in the URL", async ({ browser }) => {
    const facts = projectFacts().filter((project) => project.phase === "trial");
    const light = facts[0]?.light ?? null;
    const lightLabel = { green: "Grøn", yellow: "Gul", red: "Rød" }[light ?? ""] ?? "Ingen status";
    const expected = facts.filter((project) => project.light === light).map((project) => project.code);
    expect(expected.length).toBeGreaterThan(0);

    const context = await browser.newContext({ javaScriptEnabled: false, storageState: storageStateOf("department_head") });
    const page = await context.newPage();
    await page.goto("/portfolio/projects");
    await openPortfolioFilters(page);
    await page.getByLabel("Fase", { exact: true }).selectOption({ label: "Afprøvning" });
    await page.getByLabel("Samlet status", { exact: true }).selectOption({ label: lightLabel });
    await page.getByRole("button", { name: "Filtrér" }).click();
    await expect(page).toHaveURL(/phase=trial/);
    await expect(page).toHaveURL(/light=(green|yellow|red|none)/);
    await expect(page.locator("#project-count")).toHaveText(projectCountText(expected.length));
    expect(await tableCodes(page)).toEqual(expected);
    await context.close();
  });

  test("printing hides the filters and the export buttons", async ({ page }) => {
    await page.goto("/portfolio");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("search", { name: "Filtrér porteføljen" })).toBeHidden();
    await expect(page.getByRole("link", { name: "Eksportér CSV" })).toBeHidden();
    await expect(page.getByRole("heading", { name: "Nøgletal" })).toBeVisible();
  });
});

test("the export refuses the anonymous", async ({ request }) => {
  const response = await request.get("/portfolio/export/csv", { maxRedirects: 0 });
  expect(response.status()).not.toBe(200);
  expect(response.headers()["content-disposition"]).toBeUndefined();
});

// The dashboard is the same for every role but for the menu (checked for each role on the overview in
// accessibility.spec.ts), so each page and each filtered, sorted or empty state is checked once, spread over the
// roles: the plain /portfolio and the plain risk heatmap for the staff member. The director's and the administrator's
// header adds an import link, checked in their filtered states below (and the director's plain /portfolio, at tablet
// size, in tablet.spec.ts).
const dashboardUrls: Record<(typeof allRoles)[number], string[]> = {
  director: ["/portfolio/projects?q=findes-ikke-zzz"],
  department_head: ["/portfolio?department=1&light=red&phase=active", "/portfolio/risks?p=3&c=4&phase=active", "/portfolio/filter?visning=projects&phase=trial"],
  staff: ["/portfolio", "/portfolio/risks", "/portfolio/projects?phase=closed&purpose=quality&sort=status&dir=desc"],
  admin: ["/portfolio/projects?phase=trial&sort=budget&dir=desc", "/portfolio/roadmap"],
};

for (const role of allRoles) {
  test.describe(`dashboard axe as ${role}`, () => {
    test.use({ storageState: storageStateOf(role) });
    for (const url of dashboardUrls[role]) {
      test(`${url} has no WCAG 2.1 AA violations`, async ({ page }) => {
        await page.goto(url);
        await expect(page.locator("h1")).toBeVisible();
        await expectNoAxeViolations(page);
      });
    }
  });
}

test.describe("tablet 768×1024", () => {
  test.use({ viewport: { width: 768, height: 1024 }, storageState: storageStateOf("director"), hasTouch: true });

  // The unfiltered /portfolio at this size is checked in tablet.spec.ts (fit, touch targets and axe). These two
  // only add the fit: their axe passes are above at desktop size (/portfolio/risks for the director, the list
  // filtered by phase and sorted by budget for the administrator), and the collapsed menu is checked in tablet.spec.ts.
  test("a filtered, sorted list and the risk heatmap fit without horizontal scrolling", async ({ page }) => {
    for (const url of ["/portfolio/projects?phase=active&sort=budget&dir=desc", "/portfolio/risks"]) {
      await page.goto(url);
      await expect(page.locator("h1")).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, url).toBeLessThanOrEqual(0);
    }
  });

  test("the chart tables open and stay within the page", async ({ page }) => {
    for (const url of ["/portfolio/roadmap", "/portfolio"]) {
      await page.goto(url);
      for (const summary of await page.locator("summary", { hasText: "Vis som tabel" }).all()) await summary.click();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, url).toBeLessThanOrEqual(0);
    }
    await expectNoAxeViolations(page);
  });
});
