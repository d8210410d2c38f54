import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations, logIn, storageStateOf } from "./support";

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

async function openUser(admin: Page, name: string, email: string): Promise<void> {
  await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await admin.getByRole("table", { name: "Brugere" }).getByRole("link", { name }).click();
  await expect(admin.getByRole("heading", { name: "Oplysninger" })).toBeVisible();
}

test.describe("user administration", () => {
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
    const link = await createUser(page, "Rasmus Rolleskift", email);
    const user = await setPasswordAndSignIn(browser, link, email);
    const userNav = user.getByRole("navigation", { name: "Hovedmenu" });
    await expect(userNav.getByRole("link", { name: "Brugere" })).toHaveCount(0);

    await openUser(page, "Rasmus Rolleskift", email);
    await page.getByLabel("Rolle").selectOption({ label: "Administrator" });
    await page.getByRole("button", { name: "Gem ændringer" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Ændringerne er gemt" })).toBeVisible();

    await user.goto("/strategy");
    await expect(userNav.getByRole("link", { name: "Brugere" })).toBeVisible();

    await page.getByRole("button", { name: "Deaktivér" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Brugeren er deaktiveret" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Genaktivér" })).toBeVisible();

    await user.goto("/strategy");
    await expect(user).toHaveURL(/\/login/);
    await expect(user.getByRole("heading", { name: "Log ind i Styrerum" })).toBeVisible();
    await user.context().close();
  });
});
