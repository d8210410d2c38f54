import { expect, test } from "@playwright/test";
import { demoRoles, logIn, openTestDatabase } from "./support";

test.describe("sign-in", () => {
  test("a correct password signs in and shows the overview", async ({ page }) => {
    await logIn(page, demoRoles.director);
    await expect(page).toHaveURL("/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Anne");
    await expect(page.getByRole("navigation", { name: "Hovedmenu" })).toBeVisible();
  });

  test("a wrong password and an unknown e-mail get the same message", async ({ page }) => {
    await logIn(page, "louise.madsen@egeby.dk", "forkert-adgangskode");
    await expect(page.locator("#login-error")).toHaveText("Forkert e-mail eller adgangskode.");
    await expect(page).toHaveURL(/\/login/);

    await logIn(page, "findes.ikke@egeby.dk", "hvad-som-helst");
    await expect(page.locator("#login-error")).toHaveText("Forkert e-mail eller adgangskode.");
  });

  test("ten failures lock the account, and the page says so", async ({ page }) => {
    const db = openTestDatabase();
    db.prepare("insert into settings (key, value) values ('loginLockMinutes', '1') on conflict(key) do update set value = excluded.value").run();
    db.close();
    const email = "jesper.thomsen@egeby.dk";
    for (let attempt = 1; attempt <= 9; attempt += 1) {
      await logIn(page, email, `forkert-${attempt}`);
      await expect(page.locator("#login-error")).toHaveText("Forkert e-mail eller adgangskode.");
    }
    await logIn(page, email, "forkert-10");
    await expect(page.locator("#login-error")).toContainText("midlertidigt låst");
    // Even the right password is refused while the lock lasts.
    await logIn(page, email);
    await expect(page.locator("#login-error")).toContainText("midlertidigt låst");

    const check = openTestDatabase();
    const events = check
      .prepare("select action from audit_events where action in ('login.failure', 'login.lockout', 'login.locked')")
      .all() as { action: string }[];
    check.close();
    expect(events.some((event) => event.action === "login.lockout")).toBe(true);
    expect(events.some((event) => event.action === "login.locked")).toBe(true);
  });

  test("log out ends the session so the old cookie no longer works", async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, "louise.madsen@egeby.dk");
    await expect(page).toHaveURL("/");
    const cookies = await context.cookies();

    await page.locator("summary:visible").click();
    await page.getByRole("button", { name: "Log ud" }).filter({ visible: true }).click();
    await expect(page).toHaveURL(/\/login/);

    const replay = await browser.newContext();
    await replay.addCookies(cookies);
    const replayPage = await replay.newPage();
    await replayPage.goto("/portfolio");
    await expect(replayPage).toHaveURL(/\/login/);
    await replay.close();
    await context.close();
  });

  test("deleting the session row signs the user out at the next request", async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, "thomas.olsen@egeby.dk");
    await expect(page).toHaveURL("/");

    const db = openTestDatabase();
    db.prepare("delete from sessions where user_id = (select id from users where email = ?)").run("thomas.olsen@egeby.dk");
    db.close();

    await page.goto("/portfolio");
    await expect(page).toHaveURL(/\/login/);
    await context.close();
  });
});
