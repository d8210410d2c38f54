import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import path from "node:path";

export const demoPassword = "Styrerum-demo-2026";

export const demoRoles = {
  director: "direktor@egeby.dk",
  department_head: "afdelingschef@egeby.dk",
  staff: "medarbejder@egeby.dk",
  admin: "admin@egeby.dk",
} as const;
export type DemoRole = keyof typeof demoRoles;
export const allRoles = Object.keys(demoRoles) as DemoRole[];

export const storageStateOf = (role: DemoRole) => path.join("e2e", ".auth", `${role}.json`);

/** The test server's database, for arranging settings and checking what was written. */
export function openTestDatabase(): Database.Database {
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) throw new Error("E2E_DATA_DIR is not set");
  const db = new Database(path.join(dataDir, "styrerum.db"));
  db.pragma("busy_timeout = 5000");
  return db;
}

export async function logIn(page: Page, email: string, password = demoPassword): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Adgangskode").fill(password);
  await page.getByRole("button", { name: "Log ind" }).click();
}

/**
 * The page's axe violations against WCAG 2.1 A and AA. Axe runs inside the page itself ("legacy mode": the pages have
 * no cross-origin frames) and returns only the violations, which takes well under half the time of the default run.
 */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ["violations"] }) // before withTags, which adds to the options; options() replaces them
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .setLegacyMode(true)
    .analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(" ")).slice(0, 5),
  }));
}

/** Zero axe violations against WCAG 2.1 A and AA. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // After a client-side navigation the document title can land a moment after the content axe would check.
  await expect(page).toHaveTitle(/\S/);
  expect(await axeViolations(page), `axe violations on ${page.url()}`).toEqual([]);
}

/** A code of a seeded project, read from the database so tests do not depend on seed order. */
export function anyProjectCode(): string {
  const db = openTestDatabase();
  try {
    return (db.prepare("select code from projects order by code limit 1").get() as { code: string }).code;
  } finally {
    db.close();
  }
}
