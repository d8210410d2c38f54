import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, logIn, openTestDatabase, storageStateOf } from "./support";

function run(sql: string, ...params: unknown[]): void {
  const db = openTestDatabase();
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

function get<T>(sql: string, ...params: unknown[]): T {
  const db = openTestDatabase();
  try {
    return db.prepare(sql).get(...params) as T;
  } finally {
    db.close();
  }
}

test.describe("director", () => {
  test.use({ storageState: storageStateOf("director") });

  test("an agenda item edited by someone else meanwhile is not overwritten; the newer values are shown", async ({ page }) => {
    await page.goto("/meetings");
    const meetingTitle = `Møde om samtidige rettelser ${Date.now()}`;
    const create = page.getByRole("form", { name: "Opret møde" });
    await create.getByLabel("Titel").fill(meetingTitle);
    await create.getByLabel("Dato").fill("2027-03-05");
    await create.getByLabel("Tidspunkt").fill("10:00");
    await create.getByRole("button", { name: "Opret møde" }).click();
    await expect(page.getByRole("heading", { name: meetingTitle, level: 1 })).toBeVisible();

    const itemTitle = `Orientering om it-strategien ${Date.now()}`;
    const add = page.getByRole("form", { name: "Tilføj punkt" });
    await add.getByLabel("Titel").fill(itemTitle);
    await add.getByRole("button", { name: "Tilføj punkt" }).click();
    await expect(page.getByRole("heading", { name: itemTitle, level: 3 })).toBeVisible();

    await page.getByRole("link", { name: `Redigér titel, beskrivelse og indstilling: ${itemTitle}` }).click();
    await expect(page.getByRole("heading", { name: "Redigér punkt 1", level: 1 })).toBeVisible();
    const edit = page.getByRole("form", { name: `Redigér ${itemTitle}` });
    await expect(edit.getByLabel("Titel")).toBeVisible();

    // Another director saves first.
    run("update agenda_items set proposed_decision = 'Direktionen tager orienteringen til efterretning', version = version + 1 where title = ?", itemTitle);

    await edit.getByLabel("Indstilling").fill("Direktionen godkender strategien");
    await edit.getByRole("button", { name: "Gem punktet" }).click();
    await expect(edit.getByRole("alert")).toHaveText(/Punktet er ændret af en anden/);
    const newest = edit.getByRole("region", { name: "De nyeste gemte værdier" });
    await expect(newest).toContainText("Direktionen tager orienteringen til efterretning");
    expect(get<{ proposed_decision: string }>("select proposed_decision from agenda_items where title = ?", itemTitle).proposed_decision).toBe(
      "Direktionen tager orienteringen til efterretning",
    );
    await expectNoAxeViolations(page);

    // Saving again, knowingly, overwrites, and the director is back at the item on the agenda.
    await edit.getByRole("button", { name: "Gem punktet" }).click();
    await expect(page.getByText("Punktet er gemt.", { exact: true })).toBeVisible();
    await expect(page).toHaveURL(/\/meetings\/\d+\?notice=agenda-item-saved#agenda-item-\d+$/);
    expect(get<{ proposed_decision: string; version: number }>("select proposed_decision, version from agenda_items where title = ?", itemTitle)).toEqual({
      proposed_decision: "Direktionen godkender strategien",
      version: 3,
    });
  });

  test("a risk edited by someone else meanwhile is not overwritten; the typed text stays, the newer values are shown, and saving again overwrites", async ({ page }) => {
    const project = get<{ id: number; code: string }>("select id, code from projects where phase = 'implementation' order by code limit 1");
    const title = `Personalet overhører alarmerne ${Date.now()}`;
    const risk = get<{ id: number }>(
      "insert into risks (project_id, title, category, probability, consequence, status) values (?, ?, 'adoption', 2, 2, 'open') returning id",
      project.id,
      title,
    );

    await page.goto(`/projects/${project.code}/risks/${risk.id}/edit`);
    const edit = page.getByRole("form", { name: "Gem risiko" });
    await expect(edit.getByLabel("Risiko", { exact: true })).toHaveValue(title);

    // Another editor saves first.
    run("update risks set action = 'Nattevagten tester alarmerne hver uge', version = version + 1 where id = ?", risk.id);

    const typed = "Alarmerne drukner i støjen fra de andre signaler";
    await edit.getByLabel("Beskrivelse").fill(typed);
    await edit.getByRole("button", { name: "Gem risiko" }).click();
    await expect(edit.getByRole("alert")).toHaveText(/Risikoen er ændret af en anden/);
    await expect(edit.getByLabel("Beskrivelse")).toHaveValue(typed);
    await expect(edit.getByRole("region", { name: "De nyeste gemte værdier" })).toContainText("Tiltag: Nattevagten tester alarmerne hver uge");
    expect(get<{ description: string; version: number }>("select description, version from risks where id = ?", risk.id)).toEqual({ description: "", version: 2 });
    await expectNoAxeViolations(page);

    // A refusal for another reason keeps the newer values and their version, so the save after it is not stale again.
    const riskTitle = edit.getByLabel("Risiko", { exact: true });
    await riskTitle.fill("x");
    await edit.getByRole("button", { name: "Gem risiko" }).click();
    await expect(edit.getByRole("alert")).not.toHaveText(/ændret af en anden/);
    await expect(edit.getByRole("region", { name: "De nyeste gemte værdier" })).toBeVisible();
    await riskTitle.fill(title);
    await edit.getByRole("button", { name: "Gem risiko" }).click();
    await expect(page.getByText("Risikoen er gemt.", { exact: true })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/projects/${project.code}\\?tab=risks&notice=risk-saved#risk-${risk.id}$`));
    expect(get<{ description: string; version: number }>("select description, version from risks where id = ?", risk.id)).toEqual({ description: typed, version: 3 });
  });

  test("a meeting edited by someone else meanwhile is not overwritten; the typed title stays, the newer values are shown, and saving again overwrites", async ({ page }) => {
    await page.goto("/meetings");
    const meetingTitle = `Møde om alarmer ${Date.now()}`;
    const create = page.getByRole("form", { name: "Opret møde" });
    await create.getByLabel("Titel").fill(meetingTitle);
    await create.getByLabel("Dato").fill("2027-04-09");
    await create.getByLabel("Tidspunkt").fill("09:00");
    await create.getByRole("button", { name: "Opret møde" }).click();
    await expect(page.getByRole("heading", { name: meetingTitle, level: 1 })).toBeVisible();

    await page.getByText("Redigér mødet").click();
    const edit = page.getByRole("form", { name: "Gem mødet" });
    await expect(edit.getByLabel("Titel")).toHaveValue(meetingTitle);

    // Another director moves the meeting first.
    run("update meetings set location = 'Byrådssalen', version = version + 1 where title = ?", meetingTitle);

    const typed = `${meetingTitle} (flyttet)`;
    await edit.getByLabel("Titel").fill(typed);
    await edit.getByRole("button", { name: "Gem mødet" }).click();
    await expect(edit.getByRole("alert")).toHaveText(/Mødet er ændret af en anden/);
    await expect(edit.getByLabel("Titel")).toHaveValue(typed);
    await expect(edit.getByRole("region", { name: "De nyeste gemte værdier" })).toContainText("Sted: Byrådssalen");
    expect(get<{ n: number }>("select count(*) as n from meetings where title = ?", typed).n).toBe(0);

    await edit.getByRole("button", { name: "Gem mødet" }).click();
    await expect(page.getByRole("heading", { name: typed, level: 1 })).toBeVisible();
    expect(get<{ location: string; version: number }>("select location, version from meetings where title = ?", typed)).toEqual({ location: "", version: 3 });
  });
});

test.describe("department head", () => {
  test.use({ storageState: storageStateOf("department_head") });

  test("a measurement corrected in another tab meanwhile is not overwritten; the newer values are shown", async ({ page }) => {
    const title = `Færre genindlæggelser ${Date.now()}`;
    const today = new Date().toISOString().slice(0, 10);
    const head = get<{ id: number; department_id: number }>("select id, department_id from users where email = 'afdelingschef@egeby.dk'");
    const project = get<{ id: number; code: string }>("select id, code from projects where department_id = ? order by code limit 1", head.department_id);
    const benefit = get<{ id: number }>(
      `insert into benefits (project_id, title, type, owner_id, indicator, unit, direction, status, measurement_frequency_months)
       values (?, ?, 'quality', ?, 'Genindlæggelser pr. måned', 'stk.', 'down', 'realising', 3) returning id`,
      project.id,
      title,
      head.id,
    );
    const now = new Date().toISOString();
    const measurement = get<{ id: number }>(
      "insert into benefit_measurements (benefit_id, date, value, recorded_by_id, created_at, updated_at) values (?, ?, 40, ?, ?, ?) returning id",
      benefit.id,
      today,
      head.id,
      now,
      now,
    );

    await page.goto(`/projects/${project.code}?tab=benefits`);
    const card = page.getByRole("article", { name: title });
    await card.getByText(/^Ret eller slet din måling fra/).click();
    const correction = card.getByRole("form", { name: "Ret måling" });
    await expect(correction.getByLabel("Værdi")).toHaveValue("40");

    // The same measurement is corrected in another tab first.
    run("update benefit_measurements set value = 38, version = version + 1 where id = ?", measurement.id);

    await correction.getByLabel("Værdi").fill("36");
    await correction.getByRole("button", { name: "Gem rettelse" }).click();
    await expect(correction.getByRole("alert")).toHaveText(/Målingen er ændret/);
    await expect(correction.getByRole("region", { name: "De nyeste gemte værdier" })).toContainText("38");
    expect(get<{ value: number }>("select value from benefit_measurements where id = ?", measurement.id).value).toBe(38);

    await correction.getByRole("button", { name: "Gem rettelse" }).click();
    await expect(correction.getByRole("status")).toHaveText("Målingen er rettet.");
    expect(get<{ value: number; version: number }>("select value, version from benefit_measurements where id = ?", measurement.id)).toEqual({ value: 36, version: 3 });
  });

  test("a benefit edited by someone else meanwhile is not overwritten; the typed text stays, the newer values are shown, and saving again overwrites", async ({ page }) => {
    const title = `Færre fejlmedicineringer ${Date.now()}`;
    const head = get<{ id: number; department_id: number }>("select id, department_id from users where email = 'afdelingschef@egeby.dk'");
    const project = get<{ id: number; code: string }>("select id, code from projects where department_id = ? order by code limit 1", head.department_id);
    const benefit = get<{ id: number }>(
      `insert into benefits (project_id, title, type, owner_id, indicator, unit, direction, status, measurement_frequency_months)
       values (?, ?, 'quality', ?, 'Fejlmedicineringer pr. måned', 'stk.', 'down', 'approved', 3) returning id`,
      project.id,
      title,
      head.id,
    );

    await page.goto(`/projects/${project.code}/benefits/${benefit.id}/edit`);
    const edit = page.getByRole("form", { name: "Gem gevinst" });
    await expect(edit.getByLabel("Gevinst", { exact: true })).toHaveValue(title);

    // Another editor saves first.
    run("update benefits set indicator = 'Utilsigtede hændelser med medicin', version = version + 1 where id = ?", benefit.id);

    const typed = "Optælling i utilsigtede hændelser hver måned";
    await edit.getByLabel("Målemetode og datakilde").fill(typed);
    await edit.getByRole("button", { name: "Gem gevinst" }).click();
    await expect(edit.getByRole("alert")).toHaveText(/Gevinsten er ændret af en anden/);
    await expect(edit.getByLabel("Målemetode og datakilde")).toHaveValue(typed);
    await expect(edit.getByRole("region", { name: "De nyeste gemte værdier" })).toContainText("Indikator: Utilsigtede hændelser med medicin");
    expect(get<{ method: string; version: number }>("select method, version from benefits where id = ?", benefit.id)).toEqual({ method: "", version: 2 });
    await expectNoAxeViolations(page);

    await edit.getByRole("button", { name: "Gem gevinst" }).click();
    await expect(page.getByText("Gevinsten er gemt.")).toBeVisible();
    expect(get<{ method: string; version: number }>("select method, version from benefits where id = ?", benefit.id)).toEqual({ method: typed, version: 3 });
  });
});

test("a profile saved elsewhere meanwhile is not overwritten; the typed title stays and the newer values are shown", async ({ page }) => {
  // An account no other spec signs in with or looks for by title.
  const email = "tobias.toft@egeby.dk";
  await logIn(page, email);
  await expect(page).toHaveURL("/");
  await page.goto("/account");
  const profile = page.getByRole("form", { name: "Profil" });
  const title = profile.getByLabel("Stillingsbetegnelse");
  await expect(title).toBeVisible();

  // The same profile is saved in another browser first.
  run("update users set title = 'Økonomikonsulent', updated_at = ? where email = ?", new Date().toISOString(), email);

  await title.fill("Controller med ansvar for budgetopfølgning");
  await profile.getByRole("button", { name: "Gem profil" }).click();
  await expect(profile.getByRole("alert")).toHaveText(/^Din profil er ændret et andet sted/);
  await expect(title).toHaveValue("Controller med ansvar for budgetopfølgning");
  await expect(profile.getByRole("region", { name: "De nyeste gemte værdier" })).toContainText("Stillingsbetegnelse: Økonomikonsulent");
  expect(get<{ title: string }>("select title from users where email = ?", email).title).toBe("Økonomikonsulent");

  await profile.getByRole("button", { name: "Gem profil" }).click();
  await expect(profile.getByRole("status")).toHaveText("Din profil er gemt.");
  await expect(title).toHaveValue("Controller med ansvar for budgetopfølgning");
  expect(get<{ title: string }>("select title from users where email = ?", email).title).toBe("Controller med ansvar for budgetopfølgning");
});

test.describe("department head on a published agenda", () => {
  test.use({ storageState: storageStateOf("department_head") });

  test("gets no edit link for an agenda item, and the item's edit page is refused", async ({ page }) => {
    const item = get<{ meeting_id: number; id: number }>(
      "select i.meeting_id, i.id from agenda_items i join meetings m on m.id = i.meeting_id where m.agenda_published_at is not null and m.minutes_locked_at is null order by i.id limit 1",
    );
    await page.goto(`/meetings/${item.meeting_id}`);
    await expect(page.getByRole("heading", { name: "Dagsorden", level: 2 })).toBeVisible();
    await expect(page.getByRole("link", { name: /^Redigér titel, beskrivelse og indstilling/ })).toHaveCount(0);
    expect((await page.goto(`/meetings/${item.meeting_id}/items/${item.id}/edit`))?.status()).toBe(403);
  });
});
