import { expect, test, type Page } from "@playwright/test";
import type Database from "better-sqlite3";
import { expectNoAxeViolations, openTestDatabase, storageStateOf } from "./support";

function withDb<T>(work: (db: Database.Database) => T): T {
  const db = openTestDatabase();
  try {
    return work(db);
  } finally {
    db.close();
  }
}

const userId = (db: Database.Database, email: string) => (db.prepare("select id from users where email = ?").get(email) as { id: number }).id;

/** An active zone of the test's own (the demo seed may or may not hold zones). */
function insertZone(): { id: number; name: string; slug: string } {
  return withDb((db) => {
    const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
    const name = `E2E-idérum ${stamp}`;
    const director = userId(db, "direktor@egeby.dk");
    const row = db
      .prepare("insert into zones (name, slug, sponsor_id, lead_id, risk_frame_kr) values (?, ?, ?, ?, 500000) returning id")
      .get(name, `e2e-iderum-${stamp}`, director, director) as { id: number };
    return { id: row.id, name, slug: `e2e-iderum-${stamp}` };
  });
}

function insertIdea(title: string): number {
  return withDb(
    (db) =>
      (
        db
          .prepare("insert into ideas (title, description, author_id) values (?, ?, ?) returning id")
          .get(title, "Borgerne kan booke tid til pas og kørekort via en chatbot.", userId(db, "medarbejder@egeby.dk")) as { id: number }
      ).id,
  );
}

const ideaRow = (id: number) =>
  withDb((db) => db.prepare("select status, rejection_reason, experiment_id, zone_id from ideas where id = ?").get(id)) as {
    status: string;
    rejection_reason: string | null;
    experiment_id: number | null;
    zone_id: number | null;
  };

async function openTriage(page: Page, id: number) {
  await page.goto(`/ideas/${id}`);
  return page.getByRole("region", { name: "Vurdér idéen" });
}

test.describe("staff", () => {
  test.use({ storageState: storageStateOf("staff") });

  test("submits an idea, votes, and votes again to withdraw", async ({ page }) => {
    const title = `Tidsbestilling via chatbot ${Date.now()}`;
    await page.goto("/ideas");
    const form = page.getByRole("region", { name: "Foreslå en idé" });
    await form.getByLabel("Titel").fill(title);
    await form.getByLabel("Beskrivelse").fill("Borgerne kan selv booke tid til pas og kørekort døgnet rundt.");
    await form.getByRole("button", { name: "Indsend idé" }).click();
    await expect(form.getByRole("status")).toHaveText("Tak! Din idé er indsendt.");
    await expect(form.getByLabel("Titel")).toHaveValue("");

    const item = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: title }) });
    await expect(item.getByText("Ny", { exact: true })).toBeVisible();
    const vote = item.getByRole("button", { name: `Stem på ${title}` });
    await expect(vote).toHaveAttribute("aria-pressed", "false");
    await expect(item.getByText("0 stemmer")).toBeVisible();

    await vote.click();
    await expect(vote).toHaveAttribute("aria-pressed", "true");
    await expect(item.getByText("1 stemme")).toBeVisible();
    const ideaId = withDb((db) => (db.prepare("select id from ideas where title = ?").get(title) as { id: number }).id);
    expect(withDb((db) => db.prepare("select count(*) as n from idea_votes where idea_id = ?").get(ideaId))).toEqual({ n: 1 });

    await vote.click();
    await expect(vote).toHaveAttribute("aria-pressed", "false");
    await expect(item.getByText("0 stemmer")).toBeVisible();
    expect(withDb((db) => db.prepare("select count(*) as n from idea_votes where idea_id = ?").get(ideaId))).toEqual({ n: 0 });
  });

  test("an idea without title and description is refused with Danish messages", async ({ page }) => {
    await page.goto("/ideas");
    const form = page.getByRole("region", { name: "Foreslå en idé" });
    await form.getByLabel("Beskrivelse").fill("Kort");
    await form.getByRole("button", { name: "Indsend idé" }).click();
    await expect(form.getByRole("alert")).toHaveText("Ret de markerede felter, og prøv igen.");
    await expect(form.getByText("Titlen skal være mindst 3 tegn")).toBeVisible();
    await expect(form.getByText("Beskriv idéen med mindst 10 tegn")).toBeVisible();
    await expect(form.getByLabel("Beskrivelse")).toHaveValue("Kort");
    // The refusal takes the user to the first field it names.
    await expect(form.getByLabel("Titel")).toBeFocused();
  });

  test("comments on an idea", async ({ page }) => {
    const id = insertIdea(`Idé til kommentar ${Date.now()}`);
    await page.goto(`/ideas/${id}`);
    await page.getByLabel("Din kommentar").fill("Det vil også hjælpe Jobcentret.");
    await page.getByRole("button", { name: "Kommentér" }).click();
    await expect(page.getByRole("status")).toHaveText("Kommentaren er tilføjet.");
    await expect(page.getByRole("region", { name: /Kommentarer/ }).getByText("Det vil også hjælpe Jobcentret.")).toBeVisible();
  });

  test("sorts by votes or by newest through the URL", async ({ page }) => {
    const stamp = Date.now();
    const fresh = `Ny idé uden stemmer ${stamp}`;
    const popular = `Gammel idé med stemme ${stamp}`;
    insertIdea(fresh);
    const popularId = insertIdea(popular);
    withDb((db) => {
      db.prepare("update ideas set created_at = '2020-01-01T00:00:00.000Z' where id = ?").run(popularId);
      // Enough votes to stand on the first page of the list sorted by votes.
      db.prepare("insert into idea_votes (idea_id, user_id) select ?, id from users where active = 1 limit 30").run(popularId);
    });
    const order = async () => {
      const titles = await page.getByRole("region", { name: /Alle idéer/ }).getByRole("heading", { level: 3 }).allTextContents();
      return { fresh: titles.indexOf(fresh), popular: titles.indexOf(popular) };
    };
    await page.goto("/ideas?sort=votes");
    // The list is paged: an idea that sorts late may be on a later page (index -1).
    const byVotes = await order();
    expect(byVotes.popular).toBeGreaterThanOrEqual(0);
    if (byVotes.fresh >= 0) expect(byVotes.popular).toBeLessThan(byVotes.fresh);
    await page.goto("/ideas?sort=newest");
    await expect(page.getByLabel("Sortér efter")).toHaveValue("newest");
    const byNewest = await order();
    expect(byNewest.fresh).toBeGreaterThanOrEqual(0);
    if (byNewest.popular >= 0) expect(byNewest.fresh).toBeLessThan(byNewest.popular);
  });
});

test.describe("director", () => {
  test.use({ storageState: storageStateOf("director") });

  test("triages an idea to a draft experiment in a chosen zone", async ({ page }) => {
    const zone = insertZone();
    const title = `Robotstøvsugere ${Date.now()}`;
    const id = insertIdea(title);
    const triage = await openTriage(page, id);
    await expectNoAxeViolations(page);
    await triage.getByLabel("Ny status").selectOption({ label: "Til forsøg" });
    await triage.getByLabel("Udviklingsrum til forsøget").selectOption({ label: zone.name });
    await triage.getByRole("button", { name: "Gem vurdering" }).click();
    await expect(triage.getByRole("status")).toHaveText("Vurderingen er gemt.");
    await expect(page.getByText("Til forsøg", { exact: true }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: title })).toHaveAttribute("href", /\/experiments\/\d+$/);

    const stored = ideaRow(id);
    expect(stored).toMatchObject({ status: "to_experiment", zone_id: zone.id });
    const experiment = withDb((db) =>
      db.prepare("select zone_id, state, title, idea_id, created_by_id from experiments where id = ?").get(stored.experiment_id),
    );
    expect(experiment).toEqual({
      zone_id: zone.id,
      state: "draft",
      title,
      idea_id: id,
      created_by_id: withDb((db) => userId(db, "direktor@egeby.dk")),
    });
  });

  test("rejecting needs a reason, which the author then sees", async ({ page, browser }) => {
    const id = insertIdea(`Idé der afvises ${Date.now()}`);
    const triage = await openTriage(page, id);
    await triage.getByLabel("Ny status").selectOption({ label: "Afvist" });
    await triage.getByRole("button", { name: "Gem vurdering" }).click();
    await expect(triage.getByText("Skriv en begrundelse til forslagsstilleren (mindst 3 tegn)")).toBeVisible();
    expect(ideaRow(id).status).toBe("new");

    await triage.getByLabel("Begrundelse").fill("Løses allerede i det fælleskommunale projekt.");
    await triage.getByRole("button", { name: "Gem vurdering" }).click();
    await expect(triage.getByRole("status")).toHaveText("Vurderingen er gemt.");
    expect(ideaRow(id)).toMatchObject({ status: "rejected", rejection_reason: "Løses allerede i det fælleskommunale projekt." });

    const context = await browser.newContext({ storageState: storageStateOf("staff") });
    const author = await context.newPage();
    await author.goto(`/ideas/${id}`);
    await expect(author.getByText("Begrundelse: Løses allerede i det fælleskommunale projekt.")).toBeVisible();
    await context.close();
  });
});

test.describe("a zone's ideas", () => {
  test.use({ storageState: storageStateOf("director") });

  test("the zone's page links its ten newest ideas and all of them in the idea box", async ({ page }) => {
    const zone = insertZone();
    // Dated in the past, so that they do not crowd the newest ideas other tests look for.
    withDb((db) => {
      const author = userId(db, "medarbejder@egeby.dk");
      const insert = db.prepare("insert into ideas (title, description, author_id, zone_id, created_at) values (?, 'En idé til rummet.', ?, ?, ?)");
      for (let n = 1; n <= 12; n++) insert.run(`Rumidé ${n}`, author, zone.id, `2021-01-${String(n).padStart(2, "0")}T08:00:00.000Z`);
    });
    await page.goto(`/zones/${zone.slug}`);
    const section = page.getByRole("region", { name: /^Idéer/ });
    await expect(section.getByRole("heading", { name: "Idéer (12)" })).toBeVisible();
    await expect(section.getByRole("link", { name: /^Rumidé/ })).toHaveCount(10);
    await expect(section.getByRole("link", { name: "Rumidé 1", exact: true })).toHaveCount(0);

    await section.getByRole("link", { name: "Se alle 12 idéer i idékassen" }).click();
    await expect(page).toHaveURL(new RegExp(`/ideas\\?rum=${zone.slug}&sort=newest$`));
    const list = page.getByRole("region", { name: new RegExp(`^Idéer i ${zone.name}`) });
    await expect(list.getByRole("heading", { level: 2 })).toHaveText(`Idéer i ${zone.name} (12)`);
    await expect(list.getByRole("heading", { level: 3 })).toHaveText(Array.from({ length: 12 }, (_, index) => `Rumidé ${12 - index}`));
    await expectNoAxeViolations(page);
    // Sorting keeps the zone.
    await page.getByLabel("Sortér efter").selectOption("votes");
    await page.getByRole("button", { name: "Vis" }).click();
    await expect(page).toHaveURL(new RegExp(`rum=${zone.slug}`));
    await expect(list.getByRole("heading", { level: 3 })).toHaveCount(12);
    await list.getByRole("link", { name: "Vis alle idéer" }).click();
    await expect(page.getByRole("heading", { name: /^Alle idéer/ })).toBeVisible();

    await page.goto(`/zones/${zone.slug}`);
    await page.getByRole("region", { name: /^Idéer/ }).getByRole("link", { name: "Rumidé 12", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Rumidé 12" })).toBeVisible();
  });
});

test.describe("admin", () => {
  test.use({ storageState: storageStateOf("admin") });

  test("reads and votes but never triages", async ({ page }) => {
    const id = insertIdea(`Idé set af admin ${Date.now()}`);
    await page.goto(`/ideas/${id}`);
    await expect(page.getByRole("button", { name: /^Stem på/ })).toBeVisible();
    await expect(page.getByRole("region", { name: "Vurdér idéen" })).toHaveCount(0);
  });
});

// The idea box is the same for every role but for the menu (checked for each role on the overview in
// accessibility.spec.ts); an idea differs by the triage form, which directors and department heads get (checked for
// the director in "triages an idea …" above). So the box and an idea without the triage form are checked once, for
// the staff member (the administrator's idea page, without the triage form, is the same: "reads and votes but never
// triages" above).
for (const role of ["staff"] as const) {
  test.describe(`axe as ${role}`, () => {
    test.use({ storageState: storageStateOf(role) });

    test("the idea box and an idea have no axe violations", async ({ page }) => {
      const id = insertIdea(`Axe-idé ${role} ${Date.now()}`);
      await page.goto("/ideas");
      await expect(page.getByRole("heading", { level: 1, name: "Idéer" })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.goto(`/ideas/${id}`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Axe-idé");
      await expectNoAxeViolations(page);
    });
  });
}
