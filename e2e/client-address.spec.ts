import { expect, test } from "@playwright/test";
import { logIn, openTestDatabase } from "./support";

test("a client cannot name its own address: spoofed headers are ignored in throttling and audit", async ({ browser }) => {
  const context = await browser.newContext({
    extraHTTPHeaders: { "x-forwarded-for": "198.51.100.66", "x-styrerum-socket-address": "198.51.100.77", "x-real-ip": "198.51.100.88" },
  });
  const page = await context.newPage();
  const email = "spoof.forsoeg@egeby.dk";
  await logIn(page, email, "forkert-adgangskode");
  await expect(page.locator("#login-error")).toHaveText("Forkert e-mail eller adgangskode.");
  await context.close();

  const db = openTestDatabase();
  const rows = db.prepare("select ip from login_failures where account_key = ?").all(email) as { ip: string }[];
  const audit = db
    .prepare("select ip from audit_events where action = 'login.failure' and changes like ?")
    .all(`%${email}%`) as { ip: string }[];
  db.close();
  expect(rows.length).toBeGreaterThan(0);
  for (const row of [...rows, ...audit]) expect(["127.0.0.1", "::1"]).toContain(row.ip);
});
