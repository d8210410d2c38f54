import { expect, test } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { expectNoAxeViolations, logIn, openTestDatabase } from "./support";

// An account no other spec signs in with, so its two-factor disturbs no shared storage state.
const email = "gitte.hougaard@egeby.dk";

/** Starts from no two-factor and the demo password, so a retried test begins from the same state. */
function resetAccount(): void {
  const db = openTestDatabase();
  try {
    const user = db.prepare("select id from users where email = ?").get(email) as { id: number };
    db.prepare("delete from two_factor_recovery_codes where user_id = ?").run(user.id);
    db.prepare("delete from two_factor_secrets where user_id = ?").run(user.id);
    db.prepare("delete from two_factor_pending_logins where user_id = ?").run(user.id);
    db.prepare("update users set password_hash = (select password_hash from users where email = 'direktor@egeby.dk') where id = ?").run(user.id);
  } finally {
    db.close();
  }
}

/** The code an authenticator app shows `offsetSeconds` from now (the server accepts one step either side). */
const codeAt = (secret: string, offsetSeconds = 0) =>
  new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + offsetSeconds * 1000 });

test.use({ storageState: { cookies: [], origins: [] } });

test("a user enrols two-factor on /account, signs out, and signs in with password and code", async ({ page }) => {
  resetAccount();
  await logIn(page, email);
  await expect(page).toHaveURL("/");

  await page.goto("/account");
  const section = page.getByRole("region", { name: "Totrinsbekræftelse" });
  await section.getByRole("button", { name: "Opret totrinsbekræftelse" }).click();
  const secretText = page.locator("#two-factor-secret");
  await expect(secretText).toBeVisible();
  await expect(section.getByRole("img", { name: "QR-kode til godkendelsesappen" })).toBeVisible();
  const secret = (await secretText.getAttribute("data-secret"))!;
  await expectNoAxeViolations(page);

  await section.getByLabel("Kode fra appen").fill(codeAt(secret));
  await section.getByRole("button", { name: "Bekræft", exact: true }).click();
  await expect(section.getByRole("list", { name: "Gendannelseskoder" }).getByRole("listitem")).toHaveCount(10);

  await page.locator("summary:visible").click();
  await page.getByRole("button", { name: "Log ud" }).filter({ visible: true }).click();
  await expect(page).toHaveURL(/\/login/);

  await logIn(page, email);
  await expect(page).toHaveURL(/\/login\/code/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Totrinsbekræftelse");
  await expectNoAxeViolations(page);
  // A wrong code is refused with a message, and the step stays.
  const signInCode = codeAt(secret, 30); // the next step's code: later than the one enrolment used, so no replay
  await page.getByLabel("Kode", { exact: true }).fill(signInCode === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "Bekræft og log ind" }).click();
  await expect(page.locator("#code-error")).toContainText("Koden er forkert");

  await page.getByLabel("Kode", { exact: true }).fill(codeAt(secret, 30));
  await page.getByRole("button", { name: "Bekræft og log ind" }).click();
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/God(morgen|dag|aften)/);
});

test("a session that must enrol first is held on the enrolment page until two-factor is set up", async ({ page }) => {
  resetAccount();
  await logIn(page, email);
  await expect(page).toHaveURL("/");
  // What a sign-in of a role that requires two-factor leaves behind, without changing the settings other specs see.
  const db = openTestDatabase();
  try {
    db.prepare("update sessions set two_factor_enrolment_required = 1 where user_id = (select id from users where email = ?)").run(email);
  } finally {
    db.close();
  }

  await page.goto("/account");
  await expect(page).toHaveURL("/login/two-factor-setup");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Opret totrinsbekræftelse");
  await page.getByRole("button", { name: "Opret totrinsbekræftelse" }).click();
  const secretText = page.locator("#two-factor-secret");
  await expect(secretText).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Kode fra appen").fill(codeAt((await secretText.getAttribute("data-secret"))!));
  await page.getByRole("button", { name: "Bekræft", exact: true }).click();
  await page.getByRole("link", { name: "Jeg har gemt koderne – fortsæt" }).click();
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/God(morgen|dag|aften)/);
});
