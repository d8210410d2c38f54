import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoPassword, demoRoles, expectNoAxeViolations, logIn, openTestDatabase, storageStateOf } from "./support";

const password = "en lang sætning om Egeby";

/** Creates a staff user through the form and returns the one-time link shown once. */
async function createUser(admin: Page, name: string, email: string, axe = false): Promise<string> {
  await admin.goto("/admin/users");
  await admin.getByRole("link", { name: "Opret bruger" }).click();
  await expect(admin.getByRole("heading", { name: "Opret bruger", level: 1 })).toBeVisible();
  if (axe) await expectNoAxeViolations(admin);
  await admin.getByLabel("E-mail").fill(email);
  await admin.getByLabel("Navn").fill(name);
  await admin.getByLabel("Titel").fill("Konsulent");
  await admin.getByLabel("Rolle").selectOption({ label: "Medarbejder" });
  await admin.getByLabel("Afdeling").selectOption({ label: "Social og Sundhed" });
  await admin.getByRole("button", { name: "Opret bruger" }).click();
  await expect(admin.getByRole("status").filter({ hasText: `${name} er oprettet` })).toBeVisible();
  return admin.getByRole("textbox", { name: "Engangslink" }).inputValue();
}

/** In a fresh, signed-out browser: sets the password through the link and signs in. */
async function setPasswordAndSignIn(browser: Browser, link: string, email: string, axe = false): Promise<Page> {
  const page = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Vælg adgangskode" })).toBeVisible();
  if (axe) await expectNoAxeViolations(page);
  await page.getByLabel("Ny adgangskode").fill(password);
  await page.getByLabel("Gentag adgangskoden").fill(password);
  await page.getByRole("button", { name: "Gem adgangskode" }).click();
  await expect(page).toHaveURL(/\/login\?notice=password-set$/);
  await expect(page.getByRole("status")).toHaveText(/Din adgangskode er gemt/);
  await logIn(page, email, password);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/God(morgen|dag|aften)/);
  return page;
}

/**
 * A staff user written straight into the database with the demo password's hash, for tests about what happens to an
 * existing user (creating one through the form and setting its password are proved in the first test below).
 */
function arrangeStaffUser(name: string, email: string): void {
  const db = openTestDatabase();
  try {
    db.prepare(
      `insert into users (name, email, role, department_id, title, password_hash)
       select ?, ?, 'staff', department_id, 'Konsulent', password_hash from users where email = ?`,
    ).run(name, email, demoRoles.staff);
  } finally {
    db.close();
  }
}

async function signedInAs(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await logIn(page, email, demoPassword);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/God(morgen|dag|aften)/);
  return page;
}

async function openUser(admin: Page, name: string, email: string): Promise<void> {
  await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await admin.getByRole("table", { name: "Brugere" }).getByRole("link", { name }).click();
  await expect(admin.getByRole("heading", { name: "Oplysninger" })).toBeVisible();
}

test.describe("user administration", () => {
  // Each test writes users of its own: both workers take them.
  test.describe.configure({ mode: "parallel" });
  test.use({ storageState: storageStateOf("admin") });

  test("an admin creates a user and copies the link; the user sets a password through it and signs in, once", async ({ page, browser, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/admin/users");
    await expect(page.getByRole("search", { name: "Søg og filtrér brugere" })).toBeVisible();
    await expectNoAxeViolations(page);

    const email = `ny.bruger.${Date.now()}@egeby.dk`;
    const link = await createUser(page, "Nina Nybruger", email, true);
    expect(link).toMatch(/\/set-password\/[A-Za-z0-9_-]{43}$/);
    await page.getByRole("button", { name: "Kopiér link" }).click();
    await expect(page.getByRole("button", { name: "Kopieret" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    const user = await setPasswordAndSignIn(browser, link, email, true);
    // The link is spent.
    await user.goto(link);
    await expect(user.getByRole("alert").filter({ hasText: "allerede brugt" })).toBeVisible();

    await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
    await expect(page.getByRole("cell", { name: email })).toBeVisible();
    await user.context().close();
  });

  test("a role change shows in the user's navigation at their next page, and deactivation signs them out", async ({ page, browser }) => {
    const email = `rolleskift.${Date.now()}@egeby.dk`;
    arrangeStaffUser("Rasmus Rolleskift", email);
    const user = await signedInAs(browser, email);
    const userNav = user.getByRole("navigation", { name: "Hovedmenu" });
    await expect(userNav.getByRole("link", { name: "Brugere" })).toHaveCount(0);

    await openUser(page, "Rasmus Rolleskift", email);
    await expectNoAxeViolations(page);
    await page.getByLabel("Rolle").selectOption({ label: "Administrator" });
    await page.getByRole("button", { name: "Gem ændringer" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Ændringerne er gemt" })).toBeVisible();

    await user.goto("/strategy");
    await expect(userNav.getByRole("link", { name: "Brugere" })).toBeVisible();

    // Deactivation asks once more and says what it does (a <summary> is no role=button to Playwright).
    await expect(page.getByRole("button", { name: "Ja, deaktivér brugeren" })).toBeHidden();
    await page.locator("summary", { hasText: "Deaktivér" }).click();
    await expect(page.getByText("Brugeren logges ud af alle sessioner med det samme og kan ikke logge ind, før kontoen genaktiveres.")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Ja, deaktivér brugeren" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Brugeren er deaktiveret" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Genaktivér" })).toBeVisible();

    await user.goto("/strategy");
    await expect(user).toHaveURL(/\/login/);
    await expect(user.getByRole("heading", { name: "Log ind i Styrerum" })).toBeVisible();
    await user.context().close();
  });

  test("an admin changes a user's e-mail: a taken or malformed address is refused, and the user signs in with the new one", async ({ page, browser }) => {
    const stamp = Date.now();
    const email = `gammel.adresse.${stamp}@egeby.dk`;
    const changed = `ny.adresse.${stamp}@egeby.dk`;
    arrangeStaffUser("Elise Emailskift", email);
    await openUser(page, "Elise Emailskift", email);
    const details = page.getByRole("form", { name: "Brugerens oplysninger" });
    const field = details.getByLabel("E-mail");
    await expect(field).toHaveValue(email);
    await expect(details.getByText("Brugeren logger ind med denne adresse. Den skal være unik.")).toBeVisible();

    await field.fill(demoRoles.director.toUpperCase());
    await details.getByRole("button", { name: "Gem ændringer" }).click();
    await expect(details.getByText("Der findes allerede en bruger med denne e-mailadresse.")).toBeVisible();
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);

    await details.getByLabel("E-mail").fill("ikke-en-adresse");
    await details.getByRole("button", { name: "Gem ændringer" }).click();
    await expect(details.getByText("Skriv en gyldig e-mailadresse, fx navn@kommune.dk")).toBeVisible();

    await details.getByLabel("E-mail").fill(`  ${changed.toUpperCase()} `);
    await details.getByRole("button", { name: "Gem ændringer" }).click();
    await expect(details.getByRole("status")).toHaveText(`Ændringerne er gemt. Rollen er nu Medarbejder. Brugeren logger nu ind med ${changed}.`);
    await expect(page.getByText(`E-mail: ${changed}`)).toBeVisible();

    const user = await signedInAs(browser, changed);
    await user.context().close();
    const old = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
    await logIn(old, email, demoPassword);
    await expect(old.locator("#login-error")).toHaveText("Forkert e-mail eller adgangskode.");
    await expect(old).toHaveURL(/\/login/);
    await old.context().close();
  });

  test("an admin imports users from a Windows-1252 CSV: preview first, then everything at once with one-time links", async ({ page }) => {
    const stamp = Date.now();
    const csv = `Navn;E-mail;Titel;Rolle;Afdeling\r\nSøren Ærbø;soeren.${stamp}@egeby.dk;Konsulent;medarbejder;Social og Sundhed\r\nÅse Holm;aase.${stamp}@egeby.dk;Chef;afdelingschef;Kultur og Fritid\r\n`;
    const cp1252: Record<string, number> = { æ: 0xe6, ø: 0xf8, Æ: 0xc6, Å: 0xc5 };
    const bytes = Buffer.from([...csv].map((char) => cp1252[char] ?? char.charCodeAt(0)));

    await page.goto("/admin/users");
    await page.getByRole("link", { name: "Importér brugere" }).click();
    await expect(page.getByRole("heading", { name: "Importér brugere", level: 1 })).toBeVisible();
    await page.getByLabel("CSV-fil").setInputFiles({ name: "brugere.csv", mimeType: "text/csv", buffer: bytes });
    await page.getByRole("button", { name: "Vis forhåndsvisning" }).click();
    const preview = page.getByRole("table", { name: "Forhåndsvisning af importen" });
    await expect(preview.getByRole("row")).toHaveCount(3);
    await expect(preview.getByRole("cell", { name: "Søren Ærbø" })).toBeVisible();
    await expect(page.getByText("2 nye, 0 ændrede, 0 uændrede og 0 med fejl.")).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Bekræft import" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Importen er gemt: 2 nye og 0 ændrede brugere" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Bekræft import" })).toHaveCount(0);
    await expect(page.getByRole("textbox", { name: `Søren Ærbø (soeren.${stamp}@egeby.dk)` })).toHaveValue(/\/set-password\//);
    await expect(page.getByRole("textbox", { name: `Åse Holm (aase.${stamp}@egeby.dk)` })).toHaveValue(/\/set-password\//);

    await page.goto(`/admin/users?q=${stamp}`);
    await expect(page.getByRole("table", { name: "Brugere" }).getByRole("row")).toHaveCount(3);
  });
});
