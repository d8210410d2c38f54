import { expect, test, type Page } from "@playwright/test";
import type Database from "better-sqlite3";
import { expectNoAxeViolations, openTestDatabase, storageStateOf } from "./support";

const anonymous = { storageState: { cookies: [], origins: [] } };

function withDb<T>(work: (db: Database.Database) => T): T {
  const db = openTestDatabase();
  try {
    return work(db);
  } finally {
    db.close();
  }
}

const userId = (db: Database.Database, email: string) => (db.prepare("select id from users where email = ?").get(email) as { id: number }).id;

/**
 * A finished experiment in a zone of its own, so who may share it is known: the director is the sponsor, another
 * staff member leads the zone and created the experiment (never medarbejder@egeby.dk).
 */
function insertLearning(title: string, sharing: "public" | "network" | "internal" = "public"): number {
  return withDb((db) => {
    const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
    const lead = userId(db, "kasper.iversen@egeby.dk");
    const zoneId = (
      db
        .prepare("insert into zones (name, slug, sponsor_id, lead_id, risk_frame_kr) values (?, ?, ?, ?, 500000) returning id")
        .get(`E2E-erfaringsrum ${stamp}`, `e2e-erfaringsrum-${stamp}`, userId(db, "direktor@egeby.dk"), lead) as { id: number }
    ).id;
    return (
      db
        .prepare(
          `insert into experiments (zone_id, title, hypothesis, test, metric, success_criterion, observation, learning, technology,
             radar_ring, decision, evidence_strength, sharing, state, finished_at, created_by_id, period_start, period_end)
           values (?, ?, ?, ?, ?, ?, ?, ?, 'Talegenkendelse', 'trial', 'scale', 'strong', ?, 'finished', ?, ?, '2026-01-05', '2026-03-31')
           returning id`,
        )
        .get(
          zoneId,
          title,
          "Vi tror at tale-til-tekst sparer dokumentationstid i hjemmeplejen.",
          "Ti medarbejdere dikterer deres notater i otte uger.",
          "Minutter brugt på dokumentation pr. besøg.",
          "Mindst 20 % mindre tid.",
          "Ældre medarbejdere blev hurtigt glade for at diktere.",
          "Lærerigt: teknologien virker, når dialekter er trænet ind.",
          sharing,
          new Date().toISOString(),
          lead,
        ) as { id: number }
    ).id;
  });
}

async function createShareLink(page: Page, experimentId: number): Promise<string> {
  await page.goto(`/learnings/experiment/${experimentId}`);
  const section = page.getByRole("region", { name: "Delingslink" });
  await section.getByRole("button", { name: "Opret delingslink" }).click();
  await expect(section.getByRole("status")).toContainText("Delingslinket er oprettet");
  const url = await section.getByLabel("Delingslink", { exact: true }).inputValue();
  expect(url).toMatch(/^http:\/\/localhost:\d+\/share\/[A-Za-z0-9_-]{43}$/);
  return url;
}

test.describe("director", () => {
  test.use({ storageState: storageStateOf("director") });

  test("finds a learning by the prefix of a Danish word in another case and opens its card", async ({ page }) => {
    const title = `Ørredtælling med kamera ${Date.now()}`;
    const id = insertLearning(title);
    await page.goto("/learnings");
    await page.getByLabel("Søg", { exact: true }).fill("ØRREDTÆL");
    await page.getByRole("button", { name: "Søg", exact: true }).click();
    await expect(page).toHaveURL(/q=%C3%98RREDT%C3%86L/);
    await page.getByRole("link", { name: title }).click();
    await expect(page).toHaveURL(`/learnings/experiment/${id}`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText("Lærerigt: teknologien virker")).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Delingskort til udskrift" }).click();
    await expect(page).toHaveURL(`/learnings/experiment/${id}/card`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText(/Egeby Kommune · Erfaring til deling/)).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Hovedmenu" })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test("filters the Erfaringsbank with URL parameters", async ({ page }) => {
    const title = `Filtreret dikteringsforsøg ${Date.now()}`;
    insertLearning(title, "network");
    await page.goto("/learnings?sharing=network&decision=scale&technology=Talegenkendelse");
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    await expect(page.getByLabel("Delingsniveau")).toHaveValue("network");
    await page.goto("/learnings?sharing=public&technology=Talegenkendelse");
    await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  });

  test("the share link of a public learning opens without login and exposes nothing else; revoked it answers 404", async ({ page, browser }) => {
    const title = `Delt dikteringsforsøg ${Date.now()}`;
    const id = insertLearning(title);
    const url = await createShareLink(page, id);

    const context = await browser.newContext(anonymous);
    const outsider = await context.newPage();
    const response = await outsider.goto(url);
    expect(response?.status()).toBe(200);
    await expect(outsider).toHaveURL(url);
    await expect(outsider.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(outsider.getByText("Egeby Kommune · Erfaring til deling")).toBeVisible();
    await expect(outsider.locator("a")).toHaveCount(0);
    await expect(outsider.locator("nav, header nav, [role=navigation]")).toHaveCount(0);
    await expect(outsider.locator("form")).toHaveCount(0);
    await expect(outsider.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expectNoAxeViolations(outsider);

    await outsider.goto(new URL("/portfolio", url).toString());
    await expect(outsider).toHaveURL(/\/login/);
    await outsider.goto(new URL(`/learnings/experiment/${id}`, url).toString());
    await expect(outsider).toHaveURL(/\/login/);

    const stored = withDb((db) => db.prepare("select token_hash from share_links where experiment_id = ?").all(id) as { token_hash: string }[]);
    expect(stored).toHaveLength(1);
    expect(stored[0].token_hash).not.toContain(url.split("/share/")[1]);

    await page.reload();
    const section = page.getByRole("region", { name: "Delingslink" });
    await expect(section.getByLabel("Delingslink", { exact: true })).toHaveCount(0);
    // "Tilbagekald" asks once more (a <summary>, which Playwright does not count as a button).
    await section.locator("summary", { hasText: "Tilbagekald" }).click();
    await section.getByRole("button", { name: /^Ja, tilbagekald: delingslink 1, oprettet / }).click();
    await expect(section.getByText(/Tilbagekaldt/)).toBeVisible();

    const revoked = await outsider.goto(url);
    expect(revoked?.status()).toBe(404);
    await expect(outsider.getByRole("heading", { level: 1, name: "Linket virker ikke" })).toBeVisible();
    await expect(outsider.getByText(title)).toHaveCount(0);
    await expect(outsider.locator("a")).toHaveCount(0);
    await expectNoAxeViolations(outsider);
    await context.close();
  });

  test("revoking asks once more, and the page stops showing the address of the link it revoked", async ({ page, browser }) => {
    const title = `Tilbagekaldt dikteringsforsøg ${Date.now()}`;
    const id = insertLearning(title);
    const url = await createShareLink(page, id);
    const section = page.getByRole("region", { name: "Delingslink" });
    const revokedAt = () => withDb((db) => (db.prepare("select revoked_at from share_links where experiment_id = ?").get(id) as { revoked_at: string | null }).revoked_at);

    // The first press only says what revoking does; the link still works.
    await section.locator("summary", { hasText: "Tilbagekald" }).click();
    await expect(
      section.getByText("Linket holder op med at virke med det samme for alle, der har det. Et tilbagekaldt link kan ikke genåbnes, men du kan oprette et nyt delingslink."),
    ).toBeVisible();
    expect(revokedAt()).toBeNull();
    await expectNoAxeViolations(page);

    await section.getByRole("button", { name: /^Ja, tilbagekald: delingslink 1, oprettet / }).click();
    await expect(section.getByText("Delingslink 1 · Tilbagekaldt")).toBeVisible();
    expect(revokedAt()).not.toBeNull();
    // The address made a moment ago is dead now: neither it, its copy button nor the message to copy it stays.
    await expect(section.getByLabel("Delingslink", { exact: true })).toHaveCount(0);
    await expect(section.getByRole("button", { name: /^Kopi/ })).toHaveCount(0);
    await expect(section.getByText("Delingslinket er oprettet")).toHaveCount(0);
    await expectNoAxeViolations(page);

    const context = await browser.newContext(anonymous);
    expect((await context.request.get(url)).status()).toBe(404);
    await context.close();

    // A new link can be made, and is shown.
    await section.getByRole("button", { name: "Opret delingslink" }).click();
    await expect(section.getByText("Delingslink 2 · Aktivt")).toBeVisible();
    const fresh = await section.getByLabel("Delingslink", { exact: true }).inputValue();
    expect(fresh).toMatch(/\/share\/[A-Za-z0-9_-]{43}$/);
    expect(fresh).not.toBe(url);
  });

  test("an unknown token answers 404", async ({ browser }) => {
    const context = await browser.newContext(anonymous);
    const outsider = await context.newPage();
    const response = await outsider.goto(`/share/${"x".repeat(43)}`);
    expect(response?.status()).toBe(404);
    await expect(outsider.getByRole("heading", { level: 1, name: "Linket virker ikke" })).toBeVisible();
    await context.close();
  });

  test("a learning shared only with the network gets no share link", async ({ page }) => {
    const id = insertLearning(`Netværksforsøg ${Date.now()}`, "network");
    await page.goto(`/learnings/experiment/${id}`);
    const section = page.getByRole("region", { name: "Delingslink" });
    await expect(section.getByText(/Kun erfaringer med delingsniveauet Offentlig/)).toBeVisible();
    await expect(section.getByRole("button", { name: "Opret delingslink" })).toHaveCount(0);
  });
});

test.describe("staff who neither leads the zone nor created the experiment", () => {
  test.use({ storageState: storageStateOf("staff") });

  test("sees the learning and its sharing card but cannot make share links", async ({ page }) => {
    const title = `Forsøg uden delingsret ${Date.now()}`;
    const id = insertLearning(title);
    await page.goto(`/learnings/experiment/${id}`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole("region", { name: "Delingslink" })).toHaveCount(0);
  });
});

// The Erfaringsbank is the same for every role but for the menu (checked for each role on the overview in
// accessibility.spec.ts), so it is checked once, for the staff member.
for (const role of ["staff"] as const) {
  test.describe(`axe as ${role}`, () => {
    test.use({ storageState: storageStateOf(role) });

    test("the Erfaringsbank has no axe violations, with and without a search", async ({ page }) => {
      insertLearning(`Axeforsøg ${role} ${Date.now()}`);
      await page.goto("/learnings");
      await expect(page.getByRole("heading", { level: 1, name: "Erfaringsbank" })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.goto("/learnings?q=axefors%C3%B8g&kind=experiment");
      await expect(page.getByRole("link", { name: new RegExp(`Axeforsøg ${role}`) })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}
