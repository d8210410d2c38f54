import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, openTestDatabase, storageStateOf } from "./support";
import { menuButton } from "./tablet-support";

/** The project this spec asks a gate of: an analysis project no other spec uses. */
const projectCode = "DIG-2026-010";

/** A pending gate request from analysis to trial, filed by the project's lead, as the gate form would have. */
function arrangeGateRequest(): number {
  const db = openTestDatabase();
  try {
    const project = db.prepare("select id, lead_id as leadId, phase from projects where code = ?").get(projectCode) as { id: number; leadId: number; phase: string };
    expect(project.phase, `${projectCode} is in analysis in the demo data`).toBe("analysis");
    const result = db
      .prepare(
        `insert into gate_requests (project_id, from_phase, to_phase, status, request_comment, checklist, requested_by_id, requested_at)
         values (?, 'analysis', 'trial', 'pending', 'Klar til afprøvning', '[]', ?, ?)`,
      )
      .run(project.id, project.leadId, new Date().toISOString());
    return Number(result.lastInsertRowid);
  } finally {
    db.close();
  }
}

/** At tablet width the navigation sits behind the Menu button: open it (if closed) to reach its links. */
async function openMenu(page: Page): Promise<void> {
  const button = menuButton(page);
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
}

/** The number on the Mit overblik menu link (0 when it shows none). */
async function menuCount(page: Page): Promise<number> {
  await openMenu(page);
  const link = page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: /^Mit overblik/ });
  const badge = link.locator("[data-inbox-count]");
  const count = (await badge.count()) === 0 ? 0 : Number(await badge.getAttribute("data-inbox-count"));
  await closeMenu(page);
  return count;
}

/** Escape closes the menu and gives the focus back to its button. */
async function closeMenu(page: Page): Promise<void> {
  await page.keyboard.press("Escape");
  const button = menuButton(page);
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(button).toBeFocused();
}

test.use({ storageState: storageStateOf("director"), viewport: { width: 1024, height: 768 } });

test("a director sees a gate request in the inbox, decides it, and it leaves the inbox", async ({ page }) => {
  const gateId = arrangeGateRequest();
  await page.goto("/");
  // The first screen shows the inbox.
  await expect(page.getByRole("heading", { level: 2, name: /^Venter på dig/ })).toBeInViewport();
  const item = page.locator('li[data-inbox-kind="gate_decision"]', { hasText: projectCode });
  await expect(item).toBeVisible();
  // The closed menu's button carries the count too.
  await expect(menuButton(page)).toHaveAccessibleName(/^Menu ?, Mit overblik, \d+ venter$/);
  await expect(item).toContainText("anmoder om at gå fra Analyse til Afprøvning");
  const before = await menuCount(page);
  expect(before).toBeGreaterThan(0);
  await openMenu(page);
  await expect(page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: `Mit overblik, ${before} venter` })).toBeVisible();
  await expectNoAxeViolations(page);
  await closeMenu(page);

  await item.getByRole("link", { name: new RegExp(projectCode) }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${projectCode}#phase-heading$`));
  const decision = page.getByRole("form", { name: "Afgør fasegodkendelse" });
  await decision.getByLabel("Direktionens kommentar").fill("Analysen mangler en gevinst med baseline og mål.");
  await decision.getByRole("button", { name: "Afvis" }).click();
  await expect(decision).toHaveCount(0);

  await openMenu(page);
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: /^Mit overblik/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Venter på dig/ })).toBeVisible();
  await expect(page.locator('li[data-inbox-kind="gate_decision"]', { hasText: projectCode })).toHaveCount(0);
  // The menu counts what the inbox lists (other tests running beside this one may add items of their own meanwhile).
  const heading = await page.getByRole("heading", { level: 2, name: /^Venter på dig/ }).textContent();
  expect(await menuCount(page)).toBe(Number(/\((\d+)\)/.exec(heading ?? "")?.[1] ?? 0));

  const db = openTestDatabase();
  try {
    expect(db.prepare("select status from gate_requests where id = ?").get(gateId)).toEqual({ status: "rejected" });
  } finally {
    db.close();
  }
});
