import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, openTestDatabase, storageStateOf } from "./support";

function oldestOutlookEntry(): { id: number; source_kind: string } {
  const db = openTestDatabase();
  try {
    return db.prepare("select id, source_kind from inspirations order by date, id limit 1").get() as { id: number; source_kind: string };
  } finally {
    db.close();
  }
}

function firstOpenProject(): { id: number; code: string; title: string } {
  const db = openTestDatabase();
  try {
    return db.prepare("select id, code, title from projects where phase <> 'stopped' order by code limit 1").get() as { id: number; code: string; title: string };
  } finally {
    db.close();
  }
}

function storedProjectId(title: string): number | null {
  const db = openTestDatabase();
  try {
    return (db.prepare("select project_id from inspirations where title = ?").get(title) as { project_id: number | null }).project_id;
  } finally {
    db.close();
  }
}

function storedCount(title: string): number {
  const db = openTestDatabase();
  try {
    return (db.prepare("select count(*) as n from inspirations where title = ?").get(title) as { n: number }).n;
  } finally {
    db.close();
  }
}

test.describe("staff", () => {
  test.use({ storageState: storageStateOf("staff") });

  test("logs what was learned at KL and finds it by source and in the Erfaringsbank", async ({ page }) => {
    const title = `KL's Digitaliseringsmesse ${Date.now()}`;
    await page.goto("/outlook");
    await page.getByRole("link", { name: "Registrér udsyn" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Registrér udsyn" })).toBeVisible();
    const form = page.getByRole("main");
    await form.getByLabel("Titel").fill(title);
    await form.getByLabel("Kilde").selectOption({ label: "KL/OS2" });
    await form.getByLabel("Dato").fill("2026-03-10");
    await form.getByLabel("Organisation").fill("KL");
    await form.getByLabel("Link").fill("https://www.kl.dk/digitalisering");
    await form.getByLabel("Det tager vi med os").fill("Fælleskommunale løsninger til tale-til-tekst er på vej; vent med eget udbud.");
    const project = firstOpenProject();
    const projectPicker = form.getByRole("combobox", { name: "Projekt" });
    await projectPicker.pressSequentially(project.code);
    await expect(form.getByRole("option", { name: `${project.code} – ${project.title}` })).toBeVisible();
    await projectPicker.press("ArrowDown");
    await projectPicker.press("Enter");
    await expect(projectPicker).toHaveValue(`${project.code} – ${project.title}`);
    await form.getByRole("button", { name: "Gem udsyn" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Udsynet er gemt." })).toBeVisible();
    await expect(page).toHaveURL(/\/outlook\?udsyn=\d+&notice=inspiration-saved#inspiration-\d+$/);
    expect(storedCount(title)).toBe(1);
    expect(storedProjectId(title)).toBe(project.id);

    const entry = page.getByRole("article").filter({ has: page.getByRole("heading", { name: title }) });
    await expect(entry.getByRole("link", { name: /Kilde/ })).toHaveAttribute("href", "https://www.kl.dk/digitalisering");

    await page.getByRole("navigation", { name: "Filtrér efter kilde" }).getByRole("link", { name: "KL/OS2" }).click();
    await expect(page).toHaveURL(/source=kl_os2/);
    await expect(page.getByRole("heading", { name: title })).toBeVisible();
    await page.goto("/outlook?source=course");
    await expect(page.getByRole("heading", { name: title })).toHaveCount(0);

    await page.goto(`/learnings?q=${encodeURIComponent("digitaliseringsmes")}`);
    const found = page.getByRole("link", { name: title });
    await expect(found).toHaveAttribute("href", /\/outlook\?source=kl_os2&udsyn=\d+#inspiration-\d+$/);
    // However old an entry is, such a link lands on the page of the outlook that shows it.
    const older = oldestOutlookEntry();
    await page.goto(`/outlook?source=${older.source_kind}&udsyn=${older.id}#inspiration-${older.id}`);
    await expect(page.locator(`#inspiration-${older.id}`)).toBeVisible();
  });

  test("a javascript: link is refused with a Danish message and nothing is stored", async ({ page }) => {
    const title = `Farligt link ${Date.now()}`;
    await page.goto("/outlook/new");
    const form = page.getByRole("main");
    await form.getByLabel("Titel").fill(title);
    await form.getByLabel("Kilde").selectOption({ label: "Netværk" });
    await form.getByLabel("Organisation").fill("Netværket");
    await form.getByLabel("Link").fill("javascript:alert(1)");
    await form.getByLabel("Det tager vi med os").fill("Det her burde aldrig blive gemt.");
    await form.getByRole("button", { name: "Gem udsyn" }).click();
    await expect(form.getByRole("alert")).toHaveText("Ret de markerede felter, og prøv igen.");
    await expect(form.getByText("Linket skal være en fuld webadresse, der begynder med http:// eller https://")).toBeVisible();
    await expect(form.getByLabel("Link")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByLabel("Titel")).toHaveValue(title);
    expect(storedCount(title)).toBe(0);
    await expectNoAxeViolations(page);
  });
});

// The outlook is the same for every role but for the menu (checked for each role on the overview in
// accessibility.spec.ts), so it is checked once, for the staff member.
for (const role of ["staff"] as const) {
  test.describe(`axe as ${role}`, () => {
    test.use({ storageState: storageStateOf(role) });

    test("the outlook has no axe violations", async ({ page }) => {
      await page.goto("/outlook");
      await expect(page.getByRole("heading", { level: 1, name: "Udsyn" })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.goto("/outlook?source=municipality");
      await expectNoAxeViolations(page);
    });
  });
}
