import { expect, test, type Browser } from "@playwright/test";
import { expectNoAxeViolations, logIn, openTestDatabase, storageStateOf } from "./support";

// Accounts no other spec signs in with, so ending their sessions disturbs no one.
const passwordChanger = "marianne.bak@egeby.dk";
const endedByAdmin = "anja.vinther@egeby.dk";
const newPassword = "Lyngen blomstrer ved Egeby Sø";

function nameOf(email: string): string {
  const db = openTestDatabase();
  try {
    return (db.prepare("select name from users where email = ?").get(email) as { name: string }).name;
  } finally {
    db.close();
  }
}

/** Gives the account the demo password again, so a retried test starts from the same state. */
function resetToDemoPassword(email: string): void {
  const db = openTestDatabase();
  try {
    db.prepare("update users set password_hash = (select password_hash from users where email = 'direktor@egeby.dk') where email = ?").run(email);
  } finally {
    db.close();
  }
}

async function signedInContext(browser: Browser, email: string) {
  // Explicitly signed out: inside a describe with an admin storage state, a new context would inherit it.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await logIn(page, email);
  await expect(page).toHaveURL("/");
  return { context, page };
}

test("a user changes their own password and their other browser is signed out at its next page", async ({ browser }) => {
  resetToDemoPassword(passwordChanger);
  const laptop = await signedInContext(browser, passwordChanger);
  const tablet = await signedInContext(browser, passwordChanger);

  await laptop.page.locator("summary:visible").click();
  await laptop.page.getByRole("link", { name: "Min konto" }).filter({ visible: true }).click();
  await expect(laptop.page.getByRole("heading", { name: "Min konto", level: 1 })).toBeVisible();
  await expect(laptop.page.getByRole("region", { name: "Dine sessioner" }).getByRole("row")).toHaveCount(3);
  await expectNoAxeViolations(laptop.page);

  await laptop.page.getByLabel("Nuværende adgangskode").fill("Styrerum-demo-2026");
  await laptop.page.getByLabel("Ny adgangskode", { exact: true }).fill("password1234");
  await laptop.page.getByLabel("Gentag ny adgangskode").fill("password1234");
  await laptop.page.getByRole("button", { name: "Skift adgangskode" }).click();
  await expect(laptop.page.getByText("Adgangskoden findes på en liste over almindelige adgangskoder. Vælg en anden.")).toBeVisible();

  await laptop.page.getByLabel("Ny adgangskode", { exact: true }).fill(newPassword);
  await laptop.page.getByLabel("Gentag ny adgangskode").fill(newPassword);
  await laptop.page.getByRole("button", { name: "Skift adgangskode" }).click();
  await expect(laptop.page.getByRole("status").filter({ hasText: "Din adgangskode er skiftet. Du er logget ud af 1 anden enhed." })).toBeVisible();

  await tablet.page.goto("/portfolio");
  await expect(tablet.page).toHaveURL(/\/login/);
  await laptop.page.goto("/portfolio");
  await expect(laptop.page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(laptop.page).toHaveURL("/portfolio");

  await logIn(tablet.page, passwordChanger, newPassword);
  await expect(tablet.page).toHaveURL("/");
  await laptop.context.close();
  await tablet.context.close();
});

test.describe("as an administrator", () => {
  test.use({ storageState: storageStateOf("admin") });

  test("ends a user's session, and the user is signed out at their next page", async ({ page, browser }) => {
    const user = await signedInContext(browser, endedByAdmin);
    const name = nameOf(endedByAdmin);

    await page.goto("/admin");
    await expect(page.getByRole("heading", { name: "Administration", level: 1 })).toBeVisible();
    await expect(page.getByText(/Kæden er intakt: [\d.]+ hændelser/)).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Sessioner" }).click();
    await expect(page.getByRole("heading", { name: "Sessioner", level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: new RegExp(`^Afslut session for ${name} `) }).first().click();
    await expect(page.getByText("Sessionen er afsluttet.")).toBeVisible();

    await user.page.goto("/portfolio");
    await expect(user.page).toHaveURL(/\/login/);
    await user.context.close();
  });

  test("searches the sessions by name or e-mail, case folded, keeping the search across pages and after ending one", async ({ page }) => {
    const searched = "hanne.soerensen@egeby.dk"; // Hanne Lindberg Sørensen; no other spec signs in with her
    const name = nameOf(searched);
    const query = "lindberg SØRENSEN";
    const db = openTestDatabase();
    try {
      const userId = (db.prepare("select id from users where email = ?").get(searched) as { id: number }).id;
      db.prepare("delete from sessions where user_id = ?").run(userId);
      const insert = db.prepare(
        "insert into sessions (id, user_id, created_at, last_seen_at, expires_at, user_agent, ip) values (?, ?, ?, ?, ?, ?, '10.0.0.9')",
      );
      const now = Date.now();
      for (let index = 0; index < 21; index += 1) {
        const seen = new Date(now - index * 60_000).toISOString();
        insert.run(`e2e-search-${now}-${index}`, userId, seen, seen, new Date(now + 86_400_000).toISOString(), "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0 Safari/537.36");
      }
    } finally {
      db.close();
    }

    await page.goto("/admin/sessions");
    const search = page.getByRole("search", { name: "Søg i sessioner" });
    await search.getByLabel("Søg efter bruger").fill(query);
    await search.getByLabel("Søg efter bruger").press("Enter");
    await expect(page).toHaveURL(/\/admin\/sessions\?q=lindberg\+S%C3%98RENSEN$/);
    await expect(page.getByText(`21 aktive sessioner matcher »${query}«.`)).toBeVisible();
    const rows = page.getByRole("table", { name: "Aktive sessioner" }).locator("tbody tr");
    await expect(rows).toHaveCount(20);
    for (const text of await rows.allTextContents()) expect(text).toContain(name);
    await expectNoAxeViolations(page);

    await page.getByRole("navigation", { name: "Sider" }).getByRole("link", { name: "Næste side" }).click();
    await expect(page).toHaveURL(/\/admin\/sessions\?q=lindberg\+S%C3%98RENSEN&side=2$/);
    await expect(rows).toHaveCount(1);
    await expect(search.getByLabel("Søg efter bruger")).toHaveValue(query);

    // Ending a session from the hits comes back to them.
    await rows.first().getByRole("button", { name: new RegExp(`^Afslut session for ${name} `) }).click();
    await expect(page.getByText("Sessionen er afsluttet.")).toBeVisible();
    await expect(page).toHaveURL(/\/admin\/sessions\?q=lindberg\+S%C3%98RENSEN&afsluttet=1$/);
    await expect(page.getByText(`20 aktive sessioner matcher »${query}«.`)).toBeVisible();

    // The e-mail finds the same sessions; a search without hits says so.
    await page.goto(`/admin/sessions?q=${encodeURIComponent("HANNE.SOERENSEN@")}`);
    await expect(page.getByText("20 aktive sessioner matcher »HANNE.SOERENSEN@«.")).toBeVisible();
    await search.getByLabel("Søg efter bruger").fill("ingen-hedder-sådan");
    await search.getByRole("button", { name: "Søg" }).click();
    await expect(page.getByText("Ingen aktive sessioner matcher »ingen-hedder-sådan«.", { exact: false })).toBeVisible();
    await expect(page.getByRole("table", { name: "Aktive sessioner" })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Vis alle" }).click();
    await expect(page).toHaveURL(/\/admin\/sessions$/);
    await expect(search.getByLabel("Søg efter bruger")).toHaveValue("");
  });

  test("the audit page shows these events, the chain's state, and exports the filtered view", async ({ page }) => {
    await page.goto("/admin/audit");
    await expect(page.getByRole("heading", { name: "Revisionslog", level: 1 })).toBeVisible();
    await expect(page.getByText(/Kæden er intakt: [\d.]+ hændelser/)).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel("Handling").selectOption("account.password_change");
    await page.getByRole("button", { name: "Filtrér" }).click();
    await expect(page).toHaveURL(/handling=account\.password_change/);
    const table = page.getByRole("table", { name: "Revisionslog, nyeste først" });
    await expect(table.getByRole("row").filter({ hasText: nameOf(passwordChanger) }).filter({ hasText: "Skiftede sin adgangskode" }).first()).toBeVisible();

    // The person filter searches as you type (every user, deactivated too) instead of listing all of them.
    const person = page.getByRole("combobox", { name: "Person" });
    await person.fill(nameOf(passwordChanger));
    await page.getByRole("option", { name: new RegExp(`^${nameOf(passwordChanger)}`) }).click();
    await page.getByRole("button", { name: "Filtrér" }).click();
    await expect(page).toHaveURL(/person=\d+/);
    await expect(page.getByRole("combobox", { name: "Person" })).toHaveValue(new RegExp(`^${nameOf(passwordChanger)}`));
    const people = await table.locator("tbody tr td:nth-child(2)").allTextContents();
    expect(people.length).toBeGreaterThan(0);
    for (const cell of people) expect(cell).toContain(nameOf(passwordChanger));

    await page.goto("/admin/audit?handling=admin.session_end");
    await expect(table.getByRole("row").filter({ hasText: "Afsluttede en session" }).first()).toBeVisible();

    const exported = await page.request.get("/api/admin/audit/export?handling=admin.session_end");
    expect(exported.status()).toBe(200);
    const csv = await exported.text();
    expect(csv).toContain("Tidspunkt;Person;Rolle;Hændelse");
    expect(csv).toContain("Afsluttede en session");

    await page.goto("/admin/audit?handling=audit.export");
    await expect(table.getByRole("row").filter({ hasText: "Eksporterede revisionsloggen som CSV" }).first()).toBeVisible();
  });
});
