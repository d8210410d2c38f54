import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, openTestDatabase, storageStateOf } from "./support";

function implementationProject(): { code: string } {
  const db = openTestDatabase();
  try {
    return db.prepare("select code from projects where phase = 'implementation' order by code limit 1").get() as { code: string };
  } finally {
    db.close();
  }
}

test.describe("director", () => {
  test.use({ storageState: storageStateOf("director") });

  test("registers a risk on its own page, is told in Danish what is missing (a high risk needs an action), and edits it; both pages pass axe", async ({ page }) => {
    const { code } = implementationProject();
    const title = `Leverandøren leverer for sent ${Date.now()}`;
    await page.goto(`/projects/${code}?tab=risks`);
    await page.getByRole("link", { name: "Registrér risiko" }).click();
    await expect(page.getByRole("heading", { name: "Registrér risiko", level: 1 })).toBeVisible();
    const form = page.getByRole("form", { name: "Registrér risiko" });
    await form.getByRole("button", { name: "Registrér risiko" }).click();
    await expect(form.getByRole("alert").first()).toContainText("Ret de markerede felter");
    await expectNoAxeViolations(page);

    await form.getByLabel("Risiko", { exact: true }).fill(title);
    await form.getByLabel("Kategori").selectOption({ label: "Teknologi" });
    await form.getByRole("combobox", { name: "Risikoejer" }).pressSequentially("sara munk");
    await form.getByRole("option", { name: "Sara Munk Jensen (Social og Sundhed)" }).click();
    await form.getByLabel("Sandsynlighed (1–5)").selectOption("4");
    await form.getByRole("button", { name: "Registrér risiko" }).click();
    await expect(form.getByText("En høj risiko skal have et tiltag")).toBeVisible();
    await form.getByLabel("Tiltag", { exact: true }).fill("Ugentlig leverancestatus med leverandøren");
    await form.getByRole("button", { name: "Registrér risiko" }).click();
    await expect(page.getByText("Risikoen er registreret.", { exact: true })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/projects/${code}\\?tab=risks&notice=risk-created#risk-\\d+$`));

    await page.getByRole("link", { name: `Ret risikoen: ${title}` }).click();
    await expect(page.getByRole("heading", { name: `Ret ${title}`, level: 1 })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Risikoejer" })).toHaveValue("Sara Munk Jensen (Social og Sundhed)");
    await expectNoAxeViolations(page);
    await page.getByRole("form", { name: "Gem risiko" }).getByLabel("Tiltag", { exact: true }).fill("Bod i kontrakten og en ugentlig leverancestatus");
    await page.getByRole("button", { name: "Gem risiko" }).click();
    await expect(page.getByText("Risikoen er gemt.", { exact: true })).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(title) })).toContainText("Bod i kontrakten");
  });
});

test.describe("department head", () => {
  test.use({ storageState: storageStateOf("department_head") });

  test("gets no risk links on another department's project, and its risk pages are refused", async ({ page }) => {
    const db = openTestDatabase();
    const other = db
      .prepare(
        `select p.code, (select r.id from risks r where r.project_id = p.id order by r.id limit 1) as riskId
         from projects p
         where p.department_id <> (select department_id from users where email = 'afdelingschef@egeby.dk')
           and p.owner_id <> (select id from users where email = 'afdelingschef@egeby.dk')
           and p.lead_id <> (select id from users where email = 'afdelingschef@egeby.dk')
           and exists (select 1 from risks r where r.project_id = p.id)
         order by p.code limit 1`,
      )
      .get() as { code: string; riskId: number };
    db.close();
    await page.goto(`/projects/${other.code}?tab=risks`);
    await expect(page.getByRole("heading", { name: "Risikoregister" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Registrér risiko" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: /^Ret risikoen/ })).toHaveCount(0);
    expect((await page.goto(`/projects/${other.code}/risks/new`))?.status()).toBe(403);
    expect((await page.goto(`/projects/${other.code}/risks/${other.riskId}/edit`))?.status()).toBe(403);
  });
});
