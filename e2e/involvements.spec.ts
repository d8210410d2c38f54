import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, openTestDatabase, storageStateOf } from "./support";

/** Today and tomorrow as the server counts them (UTC days). */
const today = () => new Date().toISOString().slice(0, 10);
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

function query<T>(sql: string, ...params: unknown[]): T {
  const db = openTestDatabase();
  try {
    return db.prepare(sql).get(...params) as T;
  } finally {
    db.close();
  }
}

function run(sql: string, ...params: unknown[]): void {
  const db = openTestDatabase();
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

const implementationProject = () => query<{ id: number; code: string }>("select id, code from projects where phase = 'implementation' order by code limit 1");

test.describe("director", () => {
  test.use({ storageState: storageStateOf("director") });

  test("marks a planned workshop as held on its own page (not while it lies ahead), sees it on the tab, and deletes an entry; the edit page passes axe", async ({ page }) => {
    const { code } = implementationProject();
    const summary = `Workshop med natholdet om alarmerne ${Date.now()}`;

    // Register a planned workshop for tomorrow on the tab.
    await page.goto(`/projects/${code}?tab=involvement`);
    const create = page.getByRole("form", { name: "Registrér inddragelse" });
    await create.getByLabel("Dato").fill(tomorrow());
    await create.getByLabel("Planlagt eller gennemført").selectOption({ label: "Planlagt" });
    await create.getByLabel("Hvem blev inddraget").selectOption({ label: "Medarbejdere" });
    await create.getByLabel("Form", { exact: true }).selectOption({ label: "Workshop" });
    await create.getByLabel("Hvad skete der").fill(summary);
    await create.getByRole("button", { name: "Registrér inddragelse" }).click();
    await expect(page.getByText("Inddragelsen er registreret.", { exact: true })).toBeVisible();

    const entry = page.getByRole("listitem").filter({ hasText: summary });
    await expect(entry).toContainText("Planlagt");
    const editLink = entry.getByRole("link", { name: /^Ret inddragelsen: Medarbejdere · Workshop, / });
    await expect(editLink).toHaveText("Ret inddragelsen");
    await editLink.click();

    await expect(page.getByRole("heading", { level: 1, name: /^Ret inddragelse: Medarbejdere · Workshop, / })).toBeVisible();
    const edit = page.getByRole("form", { name: "Gem inddragelse" });
    await expect(edit.getByLabel("Hvad skete der")).toHaveValue(summary);
    await expect(edit.getByLabel("Planlagt eller gennemført")).toHaveValue("planned");
    await expectNoAxeViolations(page);

    // Held, but still dated tomorrow: refused with the field message, and what was typed stays.
    const outcome = "Natholdet vil have færre, men tydeligere alarmer";
    await edit.getByLabel("Planlagt eller gennemført").selectOption({ label: "Gennemført" });
    await edit.getByLabel("Resultat").fill(outcome);
    await edit.getByRole("button", { name: "Gem inddragelse" }).click();
    await expect(edit.getByRole("alert")).toContainText("Ret de markerede felter");
    await expect(edit.getByText("En gennemført inddragelse kan ikke ligge i fremtiden")).toBeVisible();
    await expect(edit.getByLabel("Dato")).toHaveAttribute("aria-invalid", "true");
    await expect(edit.getByLabel("Resultat")).toHaveValue(outcome);

    // Held today: saved, and the tab shows it.
    await edit.getByLabel("Dato").fill(today());
    await edit.getByRole("button", { name: "Gem inddragelse" }).click();
    await expect(page.getByText("Inddragelsen er gemt.", { exact: true })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/projects/${code}\\?tab=involvement&notice=involvement-saved#involvement-\\d+$`));
    await expect(entry).toContainText("Gennemført");
    await expect(entry).toContainText(`Resultat: ${outcome}`);
    expect(query<{ state: string; date: string; version: number }>("select state, date, version from involvements where summary = ?", summary)).toEqual({
      state: "done",
      date: today(),
      version: 2,
    });

    // Delete it: the tick is asked for first, and the button names the entry.
    await entry.getByRole("link", { name: /^Ret inddragelsen: / }).click();
    const remove = page.getByRole("form", { name: /^Slet inddragelsen: Medarbejdere · Workshop, / });
    const deleteButton = remove.getByRole("button", { name: /^Slet inddragelsen: Medarbejdere · Workshop, / });
    await deleteButton.click();
    await expect(remove.getByText("Bekræft, at inddragelsen skal slettes")).toBeVisible();
    await remove.getByLabel("Ja, slet denne inddragelse. Det kan ikke fortrydes.").check();
    await deleteButton.click();
    await expect(page.getByText("Inddragelsen er slettet.", { exact: true })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/projects/${code}\\?tab=involvement&notice=involvement-deleted#involvement-log$`));
    await expect(page.getByRole("listitem").filter({ hasText: summary })).toHaveCount(0);
    expect(query<{ n: number }>("select count(*) as n from involvements where summary = ?", summary).n).toBe(0);
  });

  test("an entry edited by someone else meanwhile is not overwritten; the typed text stays, the newer values are shown, and saving again overwrites", async ({ page }) => {
    const project = implementationProject();
    const summary = `Orientering i MED om sensorerne ${Date.now()}`;
    const { id } = query<{ id: number }>(
      "insert into involvements (project_id, date, \"group\", form, summary, state, created_by_id) values (?, ?, 'med', 'briefing', ?, 'planned', (select id from users where email = 'direktor@egeby.dk')) returning id",
      project.id,
      today(),
      summary,
    );

    await page.goto(`/projects/${project.code}/involvements/${id}/edit`);
    const edit = page.getByRole("form", { name: "Gem inddragelse" });
    await expect(edit.getByLabel("Hvad skete der")).toHaveValue(summary);

    // Another editor saves first.
    run("update involvements set outcome = 'MED bakker op', state = 'done', version = version + 1 where id = ?", id);

    const typed = "MED ønsker en evaluering efter tre måneder";
    await edit.getByLabel("Resultat").fill(typed);
    await edit.getByRole("button", { name: "Gem inddragelse" }).click();
    await expect(edit.getByRole("alert")).toHaveText(/Inddragelsen er ændret af en anden/);
    await expect(edit.getByLabel("Resultat")).toHaveValue(typed);
    const newer = edit.getByRole("region", { name: "De nyeste gemte værdier" });
    await expect(newer).toContainText("Resultat: MED bakker op");
    await expect(newer).toContainText("Planlagt eller gennemført: Gennemført");
    expect(query<{ outcome: string; version: number }>("select outcome, version from involvements where id = ?", id)).toEqual({ outcome: "MED bakker op", version: 2 });

    await edit.getByRole("button", { name: "Gem inddragelse" }).click();
    await expect(page.getByText("Inddragelsen er gemt.", { exact: true })).toBeVisible();
    expect(query<{ outcome: string; state: string; version: number }>("select outcome, state, version from involvements where id = ?", id)).toEqual({
      outcome: typed,
      state: "planned",
      version: 3,
    });
  });
});

test.describe("department head", () => {
  test.use({ storageState: storageStateOf("department_head") });

  test("gets no edit link on another department's project, and the entry's edit page is refused", async ({ page }) => {
    const other = query<{ code: string; entryId: number }>(
      `select p.code, (select i.id from involvements i where i.project_id = p.id order by i.id limit 1) as entryId
       from projects p
       where p.department_id <> (select department_id from users where email = 'afdelingschef@egeby.dk')
         and p.owner_id <> (select id from users where email = 'afdelingschef@egeby.dk')
         and p.lead_id <> (select id from users where email = 'afdelingschef@egeby.dk')
         and exists (select 1 from involvements i where i.project_id = p.id)
       order by p.code limit 1`,
    );
    await page.goto(`/projects/${other.code}?tab=involvement`);
    await expect(page.getByRole("heading", { name: "Inddragelse af brugere, medarbejdere og MED" })).toBeVisible();
    await expect(page.getByRole("link", { name: /^Ret inddragelsen/ })).toHaveCount(0);
    expect((await page.goto(`/projects/${other.code}/involvements/${other.entryId}/edit`))?.status()).toBe(403);
  });
});
