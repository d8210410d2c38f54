import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations, openTestDatabase, storageStateOf, type DemoRole } from "./support";

type ArrangedZone = { zoneId: number; slug: string; name: string };
type ExperimentState = "draft" | "awaiting_approval" | "running" | "finished";

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;

/**
 * A zone of its own: sponsored by the demo director, led by the demo department head, with the demo staff member as
 * MED representative — so tests never depend on (or change) the seeded zones.
 */
function arrangeZone(frameKr: number): ArrangedZone {
  const db = openTestDatabase();
  try {
    const userId = (email: string) => db.prepare("select id from users where email = ?").pluck().get(email) as number;
    const suffix = unique();
    const name = `Testrum ${suffix}`;
    const slug = `testrum-${suffix}`;
    const zoneId = db
      .prepare(
        `insert into zones (name, slug, theme, purpose, sponsor_id, lead_id, cadence, risk_frame_kr)
         values (?, ?, 'Afprøvning', 'Et rum til automatiske test.', ?, ?, 'Månedligt', ?) returning id`,
      )
      .pluck()
      .get(name, slug, userId("direktor@egeby.dk"), userId("afdelingschef@egeby.dk"), frameKr) as number;
    db.prepare("insert into zone_members (zone_id, user_id, is_med_representative) values (?, ?, 1)").run(zoneId, userId("medarbejder@egeby.dk"));
    return { zoneId, slug, name };
  } finally {
    db.close();
  }
}

function insertExperiment(zoneId: number, title: string, state: ExperimentState, moneyAtRiskKr: number): number {
  const db = openTestDatabase();
  try {
    const creator = db.prepare("select id from users where email = 'medarbejder@egeby.dk'").pluck().get() as number;
    const finished = state === "finished";
    return db
      .prepare(
        `insert into experiments (zone_id, title, hypothesis, test, metric, success_criterion, period_start, period_end, money_at_risk_kr,
           technology, radar_ring, involvement_planned, state, observation, learning, decision, evidence_strength, sharing, created_by_id, finished_at)
         values (?, ?, 'Vi tror at skærmbesøg sparer kørsel.', 'For at afprøve det vil vi prøve i to distrikter.', 'Kørte kilometer',
           '20 % færre kilometer', '2026-01-01', '2026-03-31', ?, 'Skærmbesøg', 'trial', 'Medarbejderworkshop', ?, ?, ?, ?, ?, 'internal', ?, ?)
         returning id`,
      )
      .pluck()
      .get(
        zoneId,
        title,
        moneyAtRiskKr,
        state,
        finished ? "Kørslen faldt med 25 %." : "",
        finished ? "Skærmbesøg virker til medicinpåmindelser." : "",
        finished ? "scale" : null,
        finished ? "strong" : null,
        creator,
        finished ? new Date().toISOString() : null,
      ) as number;
  } finally {
    db.close();
  }
}

async function pageAs(browser: Browser, role: DemoRole): Promise<Page> {
  const context = await browser.newContext({
    storageState: storageStateOf(role),
    baseURL: test.info().project.use.baseURL,
    locale: "da-DK",
    timezoneId: "Europe/Copenhagen",
  });
  return context.newPage();
}

/** A calendar day (YYYY-MM-DD, UTC like the server's "today") some days from today. */
function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function writeTestCard(page: Page, zoneId: number, title: string, moneyAtRisk: string): Promise<number> {
  await page.goto(`/experiments/new?zone=${zoneId}`);
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Hypotese", { exact: true }).fill("Vi tror at en talebot kan besvare halvdelen af opkaldene om affald.");
  await page.getByLabel("Test", { exact: true }).fill("For at afprøve det vil vi sætte talebotten på affaldslinjen i otte uger.");
  await page.getByLabel("Målepunkt", { exact: true }).fill("Andel opkald besvaret uden medarbejder");
  await page.getByLabel("Succeskriterium", { exact: true }).fill("Mindst 50 % og tilfredse borgere");
  // A period from today: a draft whose period has ended is not started.
  await page.getByLabel("Startdato", { exact: true }).fill(dayFromToday(0));
  await page.getByLabel("Slutdato", { exact: true }).fill(dayFromToday(60));
  await page.getByLabel("Beløb på spil (kr.)", { exact: true }).fill(moneyAtRisk);
  await page.getByLabel("Teknologi", { exact: true }).fill("Talebot");
  await page.getByLabel("Ring på teknologiradaren", { exact: true }).selectOption({ label: "Afprøv" });
  await page.getByLabel("Planlagt inddragelse", { exact: true }).fill("Test med borgere i Borgerservice og orientering af MED.");
  await page.getByRole("button", { name: "Opret testkort" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Testkortet er oprettet." })).toBeVisible();
  return Number(new URL(page.url()).pathname.split("/").pop());
}

test.describe("zones and experiments", () => {
  test("a director creates a zone, the lead adds a member, the member runs a test card to Skalér and the lead promotes it", async ({ browser }) => {
    test.setTimeout(150_000);
    const director = await pageAs(browser, "director");
    const name = `Forsøgsrum Ærø ${unique()}`;
    await director.goto("/zones");
    await director.getByRole("link", { name: "Opret udviklingsrum" }).click();
    await director.getByLabel("Navn", { exact: true }).fill(name);
    await director.getByLabel("Tema", { exact: true }).fill("Selvbetjening i Borgerservice");
    await director.getByLabel("Formål", { exact: true }).fill("Afprøve nye kanaler til borgerne.");
    await director.getByLabel("Strategisk mål", { exact: true }).selectOption({ index: 1 });
    await director.getByLabel("Mødekadence", { exact: true }).fill("Hver anden torsdag");
    // The lead is searched and taken with the mouse (or a finger) from the suggestions.
    await director.getByRole("combobox", { name: "Rumleder" }).pressSequentially("mette");
    await director.getByRole("option", { name: "Mette Kjær Holm (Social og Sundhed)" }).click();
    await expect(director.getByRole("combobox", { name: "Rumleder" })).toHaveValue("Mette Kjær Holm (Social og Sundhed)");
    await expect(director.getByLabel("Sponsor i direktionen")).toHaveValue(/\d+/);
    await director.getByLabel("Risikoramme (kr.)", { exact: true }).fill("500.000");
    await director.getByRole("button", { name: "Opret udviklingsrum" }).click();
    await expect(director.getByRole("heading", { level: 1, name })).toBeVisible();
    expect(new URL(director.url()).pathname).toMatch(/^\/zones\/forsoegsrum-aeroe-/);
    const slug = new URL(director.url()).pathname.split("/").pop()!;
    await expect(director.getByText("0 kr. af 500.000 kr.")).toBeVisible();

    const lead = await pageAs(browser, "department_head");
    await lead.goto(`/zones/${slug}`);
    await lead.getByRole("link", { name: "Redigér rummet" }).click();
    const addForm = lead.getByRole("form", { name: "Tilføj medlem" });
    const member = addForm.getByRole("combobox", { name: "Medlem" });
    await member.pressSequentially("sara munk");
    await expect(addForm.getByRole("option", { name: "Sara Munk Jensen (Social og Sundhed)" })).toBeVisible();
    await member.press("ArrowDown");
    await member.press("Enter");
    await expect(member).toHaveValue("Sara Munk Jensen (Social og Sundhed)");
    await addForm.getByLabel("MED-repræsentant").check();
    await addForm.getByRole("button", { name: "Tilføj medlem" }).click();
    await expect(addForm.getByRole("status").filter({ hasText: "Medlemmet er tilføjet." })).toBeVisible();
    // The form is emptied for the next member, and Sara is no longer suggested.
    await expect(member).toHaveValue("");
    await member.pressSequentially("sara munk");
    await expect(addForm.getByRole("status").filter({ hasText: "Ingen match" })).toBeAttached();
    await lead.goto(`/zones/${slug}`);
    const members = lead.getByRole("region", { name: /^Medlemmer/ });
    await expect(members.getByText("Sara Munk Jensen")).toBeVisible();
    await expect(members.getByText("MED-repræsentant")).toBeVisible();

    const staff = await pageAs(browser, "staff");
    await staff.goto(`/zones/${slug}`);
    await staff.getByRole("link", { name: "Nyt forsøg" }).click();
    await staff.waitForURL(/\/experiments\/new\?zone=\d+$/);
    await expect(staff.getByRole("heading", { level: 1, name: "Nyt forsøg" })).toBeVisible();
    const zoneId = Number(new URL(staff.url()).searchParams.get("zone"));
    const title = `Talebot på affaldslinjen ${unique()}`;
    const id = await writeTestCard(staff, zoneId, title, "100.000");
    await expect(staff.getByText("Kladde", { exact: true })).toBeVisible();
    await staff.getByRole("button", { name: "Start forsøget" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "Forsøget er startet." })).toBeVisible();
    await expect(staff.getByText("I gang", { exact: true })).toBeVisible();

    await staff.getByLabel("Observation", { exact: true }).fill("Talebotten besvarede 58 % af opkaldene uden medarbejder.");
    await staff.getByLabel("Læring", { exact: true }).fill("Borgerne accepterer talebotten, når den hurtigt kan stille videre.");
    await staff.getByLabel("Beslutning", { exact: true }).selectOption({ label: "Skalér" });
    await staff.getByLabel("Evidensens styrke", { exact: true }).selectOption({ label: "Stærk" });
    await staff.getByLabel("Deling", { exact: true }).selectOption({ label: "Offentlig" });
    await staff.getByRole("button", { name: "Afslut forsøget" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "Forsøget er afsluttet" })).toBeVisible();
    await expect(staff.getByRole("heading", { name: "Læringskort" })).toBeVisible();
    await expect(staff.getByText("Rumlederen eller en direktør kan gøre forsøget til et projekt.")).toBeVisible();
    await expect(staff.getByRole("button", { name: "Skalér til projekt" })).toHaveCount(0);

    await lead.goto(`/experiments/${id}`);
    await lead.getByRole("button", { name: "Skalér til projekt" }).click();
    await expect(lead.getByText("Angiv projektets første budget i kr.")).toBeVisible();
    await lead.getByLabel("Afdeling for projektet", { exact: true }).selectOption({ label: "Social og Sundhed" });
    await lead.getByLabel("Formål", { exact: true }).selectOption({ label: "Ny service" });
    await lead.getByLabel("Første budget (kr.)", { exact: true }).fill("400.000");
    await lead.getByRole("button", { name: "Skalér til projekt" }).click();
    await expect(lead.getByRole("status").filter({ hasText: "Forsøget er skaleret til et nyt projekt" })).toBeVisible();
    const projectLink = lead.getByRole("link", { name: new RegExp(`^DIG-\\d{4}-\\d{3} ${title}`) });
    await expect(projectLink).toBeVisible();
    await projectLink.click();
    await expect(lead.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(lead.locator("span.badge").filter({ hasText: "Analyse" }).first()).toBeVisible();

    const db = openTestDatabase();
    const project = db
      .prepare("select p.phase, p.zone_id as zoneId, e.promoted_project_id as promoted, p.id from experiments e join projects p on p.id = e.promoted_project_id where e.id = ?")
      .get(id) as { phase: string; zoneId: number; promoted: number; id: number };
    db.close();
    expect(project).toMatchObject({ phase: "analysis", zoneId });
    const figures = openTestDatabase();
    const promoted = figures.prepare("select approved_budget_kr as budget, purpose from projects where id = ?").get(project.id) as { budget: number; purpose: string };
    figures.close();
    expect(promoted).toEqual({ budget: 400_000, purpose: "new_service" });

    await lead.goto(`/zones/${slug}`);
    await expect(lead.getByRole("region", { name: /^Projekter/ }).getByRole("link", { name: new RegExp(title) })).toBeVisible();
    await expect(lead.getByRole("region", { name: "Seneste aktivitet" }).getByText(/blev skaleret til projektet DIG-/)).toBeVisible();
  });

  test("an experiment over the frame waits as Afventer godkendelse until the sponsor approves it", async ({ browser }) => {
    test.setTimeout(120_000);
    const zone = arrangeZone(200_000);
    insertExperiment(zone.zoneId, "Sensorer i boliger", "running", 150_000);

    const staff = await pageAs(browser, "staff");
    const title = `Robotstøvsugere ${unique()}`;
    const id = await writeTestCard(staff, zone.zoneId, title, "100000");
    await expect(staff.getByText("Med dette forsøgs 100.000 kr. bliver det 250.000 kr. af rammen på 200.000 kr. — over rammen.")).toBeVisible();
    await staff.getByRole("button", { name: "Start forsøget" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "afventer nu sponsorens godkendelse" })).toBeVisible();
    await expect(staff.getByRole("heading", { name: "Afventer godkendelse" })).toBeVisible();
    await expect(staff.getByRole("button", { name: "Godkend forsøget" })).toHaveCount(0);

    const lead = await pageAs(browser, "department_head");
    await lead.goto(`/experiments/${id}`);
    await expect(lead.getByRole("heading", { name: "Afventer godkendelse" })).toBeVisible();
    await expect(lead.getByRole("button", { name: "Godkend forsøget" })).toHaveCount(0);

    const sponsor = await pageAs(browser, "director");
    await sponsor.goto(`/zones/${zone.slug}`);
    await expect(sponsor.getByRole("region", { name: /^Afventer godkendelse/ }).getByRole("link", { name: title })).toBeVisible();
    await sponsor.goto(`/experiments/${id}`);
    await sponsor.getByRole("button", { name: "Godkend forsøget" }).click();
    await expect(sponsor.getByRole("status").filter({ hasText: "Forsøget er godkendt og er nu i gang." })).toBeVisible();
    await expect(sponsor.getByText("I gang", { exact: true })).toBeVisible();

    await sponsor.goto(`/zones/${zone.slug}`);
    await expect(sponsor.getByText("250.000 kr. af 200.000 kr.")).toBeVisible();
    await expect(sponsor.getByText("Advarsel: Rummet er over sin risikoramme.")).toBeVisible();
  });

  test("the creator fixes Beløb på spil on the edit page, a stale save shows the newer values, and a draft is deleted", async ({ browser }) => {
    test.setTimeout(120_000);
    const zone = arrangeZone(1_000_000);
    const staff = await pageAs(browser, "staff");
    const title = `Skærmbesøg med tastefejl ${unique()}`;
    const id = await writeTestCard(staff, zone.zoneId, title, "4.000.000");
    const card = staff.getByRole("region", { name: "Testkort" });
    await expect(card.getByText("4.000.000 kr.")).toBeVisible();

    await staff.getByRole("link", { name: "Ret testkortet" }).click();
    await expect(staff.getByRole("heading", { level: 1, name: "Ret testkortet" })).toBeVisible();
    const money = staff.getByLabel("Beløb på spil (kr.)", { exact: true });
    await expect(money).toHaveValue("4.000.000");
    await expect(staff.getByLabel("Titel", { exact: true })).toHaveValue(title);
    await expectNoAxeViolations(staff);

    // An empty amount is refused with a field message; what was typed elsewhere stays.
    await money.fill("");
    await staff.getByLabel("Målepunkt", { exact: true }).fill("Antal kørte kilometer");
    await staff.getByRole("button", { name: "Gem testkortet" }).click();
    await expect(staff.getByRole("alert").filter({ hasText: "Ret de markerede felter, og prøv igen." })).toBeVisible();
    await expect(money).toHaveAttribute("aria-invalid", "true");
    await expect(staff.getByText("Skriv beløbet på spil i kr. (0, hvis intet er på spil)")).toBeVisible();
    await expect(staff.getByLabel("Målepunkt", { exact: true })).toHaveValue("Antal kørte kilometer");

    // Someone else saves meanwhile: the save is refused, the typed amount stays and the newer values are shown.
    const db = openTestDatabase();
    db.prepare("update experiments set money_at_risk_kr = 55000, version = version + 1 where id = ?").run(id);
    db.close();
    await money.fill("40.000");
    await staff.getByRole("button", { name: "Gem testkortet" }).click();
    await expect(staff.getByRole("alert").filter({ hasText: "Testkortet er ændret af en anden" })).toBeVisible();
    const newest = staff.getByRole("region", { name: "De nyeste gemte værdier" });
    await expect(newest.getByText("55.000 kr.")).toBeVisible();
    await expect(money).toHaveValue("40.000");

    // Saving again knowingly overwrites the newer values.
    await staff.getByRole("button", { name: "Gem testkortet" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "Testkortet er gemt." })).toBeVisible();
    await expect(staff.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(card.getByText("40.000 kr.")).toBeVisible();
    await expect(card.getByText("Antal kørte kilometer")).toBeVisible();

    // Nobody outside the creator, the zone lead and the sponsor gets the edit page.
    const admin = await pageAs(browser, "admin");
    expect((await admin.goto(`/experiments/${id}/edit`))?.status()).toBe(403);
    await admin.goto(`/experiments/${id}`);
    await expect(admin.getByRole("link", { name: "Ret testkortet" })).toHaveCount(0);
    await expect(admin.getByRole("button", { name: /^Slet kladden/ })).toHaveCount(0);

    await staff.getByRole("button", { name: `Slet kladden: ${title}` }).click();
    await staff.waitForURL(new RegExp(`/zones/${zone.slug}$`));
    await expect(staff.getByRole("heading", { level: 1, name: zone.name })).toBeVisible();
    await expect(staff.getByRole("link", { name: title })).toHaveCount(0);
    const check = openTestDatabase();
    const left = check.prepare("select count(*) from experiments where id = ?").pluck().get(id);
    check.close();
    expect(left).toBe(0);
    expect((await staff.goto(`/experiments/${id}`))?.status()).toBe(404);
  });

  test("a started experiment's test card is the agreement: no edit link, and the edit page says why", async ({ browser }) => {
    const zone = arrangeZone(1_000_000);
    const id = insertExperiment(zone.zoneId, "Skærmbesøg i gang", "running", 10_000);
    const staff = await pageAs(browser, "staff");
    await staff.goto(`/experiments/${id}`);
    await expect(staff.getByRole("heading", { level: 1, name: "Skærmbesøg i gang" })).toBeVisible();
    await expect(staff.getByRole("link", { name: "Ret testkortet" })).toHaveCount(0);
    await staff.goto(`/experiments/${id}/edit`);
    await expect(staff.getByText("Testkortet kan kun rettes eller slettes, mens forsøget er en kladde.", { exact: false })).toBeVisible();
    await expect(staff.getByRole("button", { name: "Gem testkortet" })).toHaveCount(0);
  });

  test("staff who are not members get no test card form, and the edit page is refused to them", async ({ browser }) => {
    const zone = arrangeZone(1_000_000);
    const db = openTestDatabase();
    db.prepare("delete from zone_members where zone_id = ?").run(zone.zoneId);
    db.close();
    const staff = await pageAs(browser, "staff");
    await staff.goto(`/zones/${zone.slug}`);
    await expect(staff.getByRole("heading", { level: 1, name: zone.name })).toBeVisible();
    await expect(staff.getByRole("link", { name: "Nyt forsøg" })).toHaveCount(0);
    await expect(staff.getByRole("link", { name: "Redigér rummet" })).toHaveCount(0);
    expect((await staff.goto(`/experiments/new?zone=${zone.zoneId}`))?.status()).toBe(403);
    expect((await staff.goto(`/zones/${zone.slug}/edit`))?.status()).toBe(403);
  });

  test("the radar shows a technology as a link in its ring with a list alternative", async ({ browser }) => {
    const zone = arrangeZone(1_000_000);
    const technology = `Kvantesensor ${unique()}`;
    const id = insertExperiment(zone.zoneId, "Kvanteforsøg", "draft", 10_000);
    const db = openTestDatabase();
    db.prepare("update experiments set technology = ?, radar_ring = 'assess' where id = ?").run(technology, id);
    db.close();
    const page = await pageAs(browser, "staff");
    await page.goto("/zones");
    await page.getByRole("link", { name: "Teknologiradar" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Teknologiradar" })).toBeVisible();
    const dot = page.locator("svg").getByRole("link", { name: new RegExp(`${technology}: Hold øje, 1 forsøg og 0 projekter$`) });
    await expect(dot).toHaveCount(1);
    await expect(page.getByRole("region", { name: "Teknologier i ringen Hold øje" }).getByRole("link", { name: technology })).toBeVisible();
    await dot.click();
    await expect(page.getByRole("heading", { name: `${technology}: Hold øje` })).toBeVisible();
    await expect(page.getByRole("link", { name: "Kvanteforsøg" })).toHaveAttribute("href", `/experiments/${id}`);
  });
});

test.describe("zone pages are accessible", () => {
  // Independent checks: both workers take them (each arranges its own zone in beforeAll).
  test.describe.configure({ mode: "parallel" });
  let zone: ArrangedZone;
  const ids: Partial<Record<ExperimentState, number>> = {};

  test.beforeAll(() => {
    zone = arrangeZone(500_000);
    ids.running = insertExperiment(zone.zoneId, "Skærmbesøg i hjemmeplejen", "running", 300_000);
    ids.draft = insertExperiment(zone.zoneId, "Skærmbesøg om aftenen", "draft", 50_000);
    ids.awaiting_approval = insertExperiment(zone.zoneId, "Skærmbesøg i weekenden", "awaiting_approval", 400_000);
    ids.finished = insertExperiment(zone.zoneId, "Skærmbesøg med medicin", "finished", 80_000);
  });

  /** Who may write a test card in the arranged zone: its sponsor (director), lead (department head) and member (staff). */
  const canCreate: Record<DemoRole, boolean> = { director: true, department_head: true, staff: true, admin: false };

  // The administrator is left out: on a zone they get the sponsor's controls (checked for the director) and on an
  // experiment a read-only page, a subset of what the members see. The admin's own forms are checked below.
  //
  // One axe pass per page and distinct view. The sponsor (director), the lead (department head) and the creator
  // (staff) may all manage the arranged zone's experiments, so a draft and a running experiment read the same for
  // the three (the director's and the department head's menus are the same too): each is checked once. Waiting for
  // approval, only the sponsor gets Godkend/Afvis; finished with Skalér, the director and the lead get the promote
  // form and the staff member a note. The test card form (empty and with errors) holds nothing role-specific.
  const axeStates: Record<"director" | "department_head" | "staff", ExperimentState[]> = {
    director: ["awaiting_approval", "finished"],
    department_head: ["draft", "running"],
    staff: ["awaiting_approval", "finished"],
  };
  /** The zone list differs only by the director's Opret link and the staff member's shorter menu. */
  const axeOnZoneList: Record<"director" | "department_head" | "staff", boolean> = { director: true, department_head: false, staff: true };

  for (const role of ["director", "department_head", "staff"] as const) {
    test.describe(role, () => {
      test.use({ storageState: storageStateOf(role) });

      test(`zones and a zone have no axe violations for ${role}`, async ({ page }) => {
        test.setTimeout(120_000);
        for (const path of ["/zones", `/zones/${zone.slug}`]) {
          await page.goto(path);
          await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
          if (path !== "/zones" || axeOnZoneList[role]) await expectNoAxeViolations(page);
        }
      });

      test(`experiments and the test card form have no axe violations for ${role}`, async ({ page }) => {
        test.setTimeout(120_000);
        for (const state of ["draft", "awaiting_approval", "running", "finished"] as const) {
          await page.goto(`/experiments/${ids[state]}`);
          await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
          if (axeStates[role].includes(state)) await expectNoAxeViolations(page);
        }
        const response = await page.goto(`/experiments/new?zone=${zone.zoneId}`);
        if (canCreate[role]) {
          const checkForm = role === "staff";
          await expect(page.getByRole("button", { name: "Opret testkort" })).toBeVisible();
          if (checkForm) await expectNoAxeViolations(page);
          await page.getByRole("button", { name: "Opret testkort" }).click();
          await expect(page.getByText("Ret de markerede felter, og prøv igen.")).toBeVisible();
          if (checkForm) await expectNoAxeViolations(page);
        } else {
          expect(response?.status()).toBe(403);
        }
      });
    });
  }

  test.describe("director on the radar", () => {
    test.use({ storageState: storageStateOf("director") });
    // The radar reads the same for every role; it is checked once, for the director. With a technology chosen it is
    // the plain radar (the same rings, dots and list) plus that technology's experiments and projects, so that one
    // view is checked. Its own test, so the other worker can take it while the director's zone pages are checked.
    test("the radar with a technology chosen has no axe violations", async ({ page }) => {
      await page.goto(`/zones/radar?technology=Sk%C3%A6rmbes%C3%B8g`);
      await expect(page.getByRole("heading", { level: 1, name: "Teknologiradar" })).toBeVisible();
      await expect(page.getByRole("heading", { level: 2, name: /^Skærmbesøg: / })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });

  // The administrator gets the director's forms: the same zone form (only the preselected sponsor differs) and, like
  // the sponsor, the edit page with the risk frame. So axe checks them for the director; for the administrator the
  // test proves the access (both pages open, the test card form is refused).
  for (const role of ["director", "admin"] as const) {
    const axe = role === "director";
    test.describe(`${role} forms`, () => {
      test.use({ storageState: storageStateOf(role) });
      test(`the new-zone form and the edit page ${axe ? "have no axe violations" : "open"} for ${role}`, async ({ page }) => {
        await page.goto("/zones/new");
        await expect(page.getByRole("heading", { level: 1, name: "Nyt udviklingsrum" })).toBeVisible();
        if (axe) await expectNoAxeViolations(page);
        await page.goto(`/zones/${zone.slug}/edit`);
        await expect(page.getByRole("heading", { level: 1 })).toContainText("Redigér");
        await expect(page.getByLabel("Risikoramme (kr.)")).toBeVisible();
        if (axe) await expectNoAxeViolations(page);
        const testCardForm = await page.goto(`/experiments/new?zone=${zone.zoneId}`);
        expect(testCardForm?.status()).toBe(canCreate[role] ? 200 : 403);
      });
    });
  }

  test.describe("department head as zone lead", () => {
    test.use({ storageState: storageStateOf("department_head") });
    test("the edit page has no axe violations and keeps the frame read-only for the lead", async ({ page }) => {
      await page.goto(`/zones/${zone.slug}/edit`);
      await expect(page.getByText("Sponsoren og risikorammen ændres kun af sponsoren.")).toBeVisible();
      await expect(page.getByLabel("Risikoramme (kr.)")).toHaveCount(0);
      await expectNoAxeViolations(page);
      expect((await page.goto("/zones/new"))?.status()).toBe(403);
    });
  });

  test.describe("tablet 768×1024", () => {
    test.use({ storageState: storageStateOf("director"), viewport: { width: 768, height: 1024 }, hasTouch: true });
    // axe for these pages and the director: "zones and a zone have no axe violations for director" and "the radar with
    // a technology chosen has no axe violations" above (the collapsed menu of the tablet size is checked in tablet.spec.ts).
    test("/zones, a zone and the radar fit, with touch-sized targets", async ({ page }) => {
      for (const path of ["/zones", `/zones/${zone.slug}`, "/zones/radar"]) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        const small = await page.evaluate(() =>
          Array.from(document.querySelectorAll<Element>("main a, main button"))
            .filter((element) => !element.closest("table"))
            .map((element) => ({ text: element.textContent?.trim() || element.getAttribute("aria-label"), box: element.getBoundingClientRect() }))
            .filter(({ box }) => box.width > 0 && (box.height < 44 || box.width < 44))
            .map(({ text, box }) => `${text} (${Math.round(box.width)}×${Math.round(box.height)})`),
        );
        expect(small, path).toEqual([]);
      }
    });
  });
});
