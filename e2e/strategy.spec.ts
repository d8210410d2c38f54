import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, openTestDatabase, storageStateOf } from "./support";

/** A goal of its own for a test, so tests never edit the seeded goals others rely on. */
function insertGoal(title: string): number {
  const db = openTestDatabase();
  try {
    const row = db
      .prepare("insert into strategy_goals (title, description, focus) values (?, ?, 'quality') returning id")
      .get(title, "Oprettet af en test.") as { id: number };
    return row.id;
  } finally {
    db.close();
  }
}

function storedGoal(id: number) {
  const db = openTestDatabase();
  try {
    return db.prepare("select title, description, version from strategy_goals where id = ?").get(id);
  } finally {
    db.close();
  }
}

function balanceFromDatabase(): Map<string, number> {
  const db = openTestDatabase();
  try {
    const rows = db
      .prepare(
        `select g.focus as focus, count(distinct p.id) as n from projects p
         join project_goals pg on pg.project_id = p.id join strategy_goals g on g.id = pg.goal_id
         where p.phase != 'stopped' group by g.focus`,
      )
      .all() as { focus: string; n: number }[];
    return new Map(rows.map((row) => [row.focus, row.n]));
  } finally {
    db.close();
  }
}

async function openStrategy(page: Page) {
  await page.goto("/strategy");
  await expect(page.getByRole("heading", { name: "Strategi", level: 1 })).toBeVisible();
}

test.describe("director", () => {
  test.use({ storageState: storageStateOf("director") });

  test("creates a goal and sees it listed under its focus area", async ({ page }) => {
    const title = `Digital inklusion ${Date.now()}`;
    await openStrategy(page);
    const form = page.getByRole("region", { name: "Nyt strategisk mål" });
    await form.getByLabel("Titel").fill(title);
    await form.getByLabel("Fokusområde").selectOption({ label: "Kommunikation" });
    await form.getByLabel("Beskrivelse").fill("Alle borgere skal kunne bruge de digitale løsninger.");
    await form.getByRole("button", { name: "Opret mål" }).click();

    await expect(form.getByRole("status")).toHaveText("Målet er oprettet.");
    await expect(form.getByLabel("Titel")).toHaveValue("");
    const group = page.getByRole("region", { name: /^Kommunikation/ });
    const card = group.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });
    await expect(card).toBeVisible();
    await expect(card.getByRole("link", { name: /Ingen tilknyttede projekter/ })).toHaveAttribute("href", /\/portfolio\/projects\?goal=\d+$/);
  });

  test("a title that is too short is refused with a message and what was typed is kept", async ({ page }) => {
    await openStrategy(page);
    const form = page.getByRole("region", { name: "Nyt strategisk mål" });
    await form.getByLabel("Titel").fill("AI");
    await form.getByLabel("Beskrivelse").fill("Kort titel");
    await form.getByRole("button", { name: "Opret mål" }).click();
    await expect(form.getByRole("alert")).toHaveText("Ret de markerede felter, og prøv igen.");
    await expect(form.getByText("Titlen skal være mindst 3 tegn")).toBeVisible();
    await expect(form.getByText(/^Vælg et fokusområde/)).toBeVisible();
    await expect(form.getByLabel("Titel")).toHaveValue("AI");
    await expect(form.getByLabel("Titel")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByLabel("Beskrivelse")).toHaveValue("Kort titel");
  });

  test("shows the balance per focus area as a chart and as a table with the database's numbers", async ({ page }) => {
    await openStrategy(page);
    await expect(page.getByRole("img", { name: /Antal projekter pr. fokusområde/ })).toBeVisible();
    await expect(page.getByRole("img", { name: /Godkendt budget pr. fokusområde/ })).toBeVisible();
    await expect(page.getByText(/stoppede projekter tæller ikke med/)).toBeVisible();
    const expected = balanceFromDatabase();
    const table = page.getByRole("table", { name: /Balance pr. fokusområde/ });
    for (const [focus, label] of [
      ["efficiency", "Effektivisering"],
      ["new_service", "Ny service"],
      ["quality", "Kvalitet"],
      ["communication", "Kommunikation"],
    ]) {
      const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: label }) });
      await expect(row.getByRole("cell").first()).toHaveText(String(expected.get(focus) ?? 0));
    }
  });

  test("edits a goal, and a stale edit is refused, keeping what was typed, with the newer values shown", async ({ page }) => {
    const id = insertGoal(`Robust drift ${Date.now()}`);
    await page.goto(`/strategy/${id}/edit`);
    await expect(page.getByRole("heading", { name: "Redigér strategisk mål", level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);

    const form = page.getByRole("region", { name: "Målets oplysninger" });
    const db = openTestDatabase();
    db.prepare("update strategy_goals set title = ?, description = ?, version = version + 1 where id = ?").run("Ændret af en anden", "Den andens beskrivelse.", id);
    db.close();

    const typedDescription = "Borgerne oplever stabile selvbetjeningsløsninger; vi måler oppetid og antal henvendelser hver måned.";
    await form.getByLabel("Titel").fill("Min ændring");
    await form.getByLabel("Beskrivelse").fill(typedDescription);
    await form.getByRole("button", { name: "Gem ændringer" }).click();
    await expect(form.getByRole("alert")).toContainText("Målet er ændret af en anden, siden du åbnede det");
    await expect(form.getByLabel("Titel")).toHaveValue("Min ændring");
    await expect(form.getByLabel("Beskrivelse")).toHaveValue(typedDescription);
    const newest = form.getByRole("region", { name: "De nyeste gemte værdier" });
    await expect(newest).toContainText("Ændret af en anden");
    await expect(newest).toContainText("Den andens beskrivelse.");
    await expect(newest).toContainText("Kvalitet");
    expect(storedGoal(id)).toEqual({ title: "Ændret af en anden", description: "Den andens beskrivelse.", version: 2 });
    await expectNoAxeViolations(page);

    // Saving again, knowingly, overwrites the newer values with what was typed.
    await form.getByRole("button", { name: "Gem ændringer" }).click();
    await expect(form.getByRole("status")).toHaveText("Ændringerne er gemt.");
    await expect(form.getByRole("region", { name: "De nyeste gemte værdier" })).toHaveCount(0);
    await expect(form.getByLabel("Titel")).toHaveValue("Min ændring");
    expect(storedGoal(id)).toEqual({ title: "Min ændring", description: typedDescription, version: 3 });

    await form.getByLabel("Beskrivelse").fill("Gemt to gange i træk.");
    await form.getByRole("button", { name: "Gem ændringer" }).click();
    await expect.poll(() => storedGoal(id)).toEqual({ title: "Min ændring", description: "Gemt to gange i træk.", version: 4 });

    await page.getByRole("link", { name: "← Strategi" }).click();
    await expect(page.getByRole("heading", { name: "Min ændring" })).toBeVisible();
  });
});

for (const role of ["department_head", "staff"] as const) {
  test.describe(role, () => {
    test.use({ storageState: storageStateOf(role) });

    test("sees the goals but no create form or edit controls, and the edit page is refused", async ({ page }) => {
      await openStrategy(page);
      await expect(page.getByRole("heading", { name: "Strategiske mål" })).toBeVisible();
      await expect(page.getByRole("link", { name: /tilknyttede projekter/ }).first()).toBeVisible();
      await expect(page.getByRole("heading", { name: "Nyt strategisk mål" })).toHaveCount(0);
      await expect(page.getByRole("button", { name: "Opret mål" })).toHaveCount(0);
      await expect(page.getByRole("link", { name: /^Redigér/ })).toHaveCount(0);

      const response = await page.goto("/strategy/1/edit");
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: "Ingen adgang" })).toBeVisible();
    });
  });
}

// /strategy differs by the create form and edit controls (director, admin): checked for the director with them and
// the staff member without. The administrator sees the director's page and the department head the staff member's,
// each with their own menu (checked for each role on the overview in accessibility.spec.ts), so they are not checked
// again.
for (const role of ["director", "staff"] as const) {
  test.describe(`axe as ${role}`, () => {
    test.use({ storageState: storageStateOf(role) });

    test("/strategy has no WCAG 2.1 AA violations", async ({ page }) => {
      await openStrategy(page);
      await expect(page.getByRole("link", { name: "Strategi", exact: true })).toHaveAttribute("aria-current", "page");
      await expectNoAxeViolations(page);
    });
  });
}

test.describe("tablet 768×1024", () => {
  test.use({ viewport: { width: 768, height: 1024 }, storageState: storageStateOf("director"), hasTouch: true });

  // axe for /strategy and the director: "axe as director" above; the collapsed menu is checked in tablet.spec.ts.
  test("/strategy fits and has touch-sized targets", async ({ page }) => {
    await openStrategy(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const small = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>("main a, main button, nav a, nav button, summary"))
        .filter((element) => element.checkVisibility() && !element.closest("table"))
        .map((element) => ({ text: element.textContent?.trim(), box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.height < 44 || box.width < 44))
        .map(({ text, box }) => `${text} (${Math.round(box.width)}×${Math.round(box.height)})`),
    );
    expect(small).toEqual([]);
  });
});
