import { expect, test, type Browser } from "@playwright/test";
import { expectNoAxeViolations, openTestDatabase, storageStateOf, type DemoRole } from "./support";

/** An open demo project led by medarbejder@egeby.dk with nothing waiting for the board. */
function staffLedProject(): { code: string; budget: number } {
  const db = openTestDatabase();
  try {
    return db
      .prepare(
        `select p.code, p.approved_budget_kr as budget from projects p
         where p.lead_id = (select id from users where email = 'medarbejder@egeby.dk')
           and p.phase in ('idea', 'analysis', 'trial', 'implementation', 'realisation')
           and not exists (select 1 from gate_requests g where g.project_id = p.id and g.status = 'pending')
           and not exists (select 1 from project_change_requests c where c.project_id = p.id and c.status = 'pending')
         order by p.code desc limit 1`,
      )
      .get() as { code: string; budget: number };
  } finally {
    db.close();
  }
}

async function pageAs(browser: Browser, role: DemoRole) {
  const context = await browser.newContext({ storageState: storageStateOf(role) });
  return context.newPage();
}

const newBudget = 2_345_000;
const kr = (amount: number) => `${new Intl.NumberFormat("da-DK").format(amount)} kr.`;

test.describe.serial("change requests of the board's figures", () => {
  let project: { code: string; budget: number };

  test.beforeAll(() => {
    project = staffLedProject();
    expect(project, "the demo data has a project led by medarbejder@egeby.dk").toBeTruthy();
  });

  test("a staff lead sees the board's figures read-only on the edit page, with a link to ask for a change", async ({ browser }) => {
    const page = await pageAs(browser, "staff");
    await page.goto(`/projects/${project.code}/edit`);
    const budget = page.getByLabel("Godkendt budget (kr.)");
    await expect(budget).toHaveAttribute("readonly", "");
    await expect(budget).toHaveValue(kr(project.budget));
    await expect(page.getByLabel("Afdeling")).toHaveAttribute("readonly", "");
    await expect(page.getByLabel("Projektejer")).toHaveAttribute("readonly", "");
    await expect(page.getByLabel("Forbrugt (kr.)")).toBeEditable();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Anmod om ændring" }).click();
    await expect(page).toHaveURL(new RegExp(`/projects/${project.code}/change-request$`));
    await expect(page.getByRole("heading", { level: 1, name: /^Anmod om ændring/ })).toBeVisible();

    // Administrators correct the figures with a reason instead; the request form is not theirs.
    const admin = await pageAs(browser, "admin");
    expect((await admin.goto(`/projects/${project.code}/change-request`))?.status()).toBe(403);
  });

  test("the lead asks for a new budget with a reason", async ({ browser }) => {
    const page = await pageAs(browser, "staff");
    await page.goto(`/projects/${project.code}`);
    await page.getByRole("link", { name: "Anmod om ændring" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /^Anmod om ændring/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Begrundelse til direktionen").fill("kort");
    await page.getByRole("button", { name: "Send ændringsanmodning" }).click();
    await expect(page.getByText("Skriv en begrundelse for ændringen (mindst 10 tegn)")).toBeVisible();
    await page.getByLabel("Begrundelse til direktionen").fill("Udvidelsen til alle plejecentre kræver flere licenser.");
    await page.getByRole("button", { name: "Send ændringsanmodning" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Ingen af værdierne er ændret" })).toBeVisible();

    await page.getByLabel("Nyt godkendt budget (kr.)").fill("2.345.000");
    await page.getByRole("button", { name: "Send ændringsanmodning" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Ændringsanmodningen er sendt til direktionen." })).toBeVisible();
    await expect(page.getByText("Afventer direktionen").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Godkend", exact: true })).toHaveCount(0);
    await expectNoAxeViolations(page);

    const db = openTestDatabase();
    const budget = (db.prepare("select approved_budget_kr as budget from projects where code = ?").get(project.code) as { budget: number }).budget;
    db.close();
    expect(budget).toBe(project.budget);
  });

  test("a director approves it on the project page, and the history shows old → new", async ({ browser }) => {
    const page = await pageAs(browser, "director");
    await page.goto(`/projects/${project.code}`);
    const pending = page.locator(`#aendringsanmodning`);
    await expect(pending.getByText("Afventer direktionen")).toBeVisible();
    await expect(pending.getByRole("row", { name: /Godkendt budget/ })).toContainText(kr(newBudget));
    await expectNoAxeViolations(page);
    await pending.getByLabel("Kommentar til ændringsanmodningen (skal udfyldes ved afvisning)").fill("Godkendt; finansieres af puljen.");
    await pending.getByRole("button", { name: "Godkend", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Ændringsanmodningen er godkendt, og de nye værdier er gemt." })).toBeVisible();

    const db = openTestDatabase();
    const row = db
      .prepare(
        `select p.approved_budget_kr as budget, c.status from projects p join project_change_requests c on c.project_id = p.id
         where p.code = ? order by c.id desc limit 1`,
      )
      .get(project.code) as { budget: number; status: string };
    db.close();
    expect(row).toEqual({ budget: newBudget, status: "approved" });

    await page.goto(`/projects/${project.code}?tab=history`);
    const history = page.getByRole("region", { name: "Afgjorte ændringsanmodninger" });
    const budgetRow = history.getByRole("row", { name: /Godkendt budget/ }).first();
    await expect(budgetRow).toContainText(kr(project.budget));
    await expect(budgetRow).toContainText(kr(newBudget));
    await expect(history.getByText(/Anmodet af .+/).first()).toBeVisible();
    await expect(history.getByText(/Godkendt af .+ — Godkendt; finansieres af puljen\./).first()).toBeVisible();
    await expect(page.getByText(/Ændringsanmodning godkendt: godkendt budget/).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
