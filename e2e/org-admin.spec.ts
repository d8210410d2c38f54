import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, openTestDatabase, storageStateOf } from "./support";

test.use({ storageState: storageStateOf("admin") });

function storedSetting(key: string): string | undefined {
  const db = openTestDatabase();
  try {
    return (db.prepare("select value from settings where key = ?").get(key) as { value: string } | undefined)?.value;
  } finally {
    db.close();
  }
}

function departments(): { id: number; name: string }[] {
  const db = openTestDatabase();
  try {
    return db.prepare("select id, name from departments order by name").all() as { id: number; name: string }[];
  } finally {
    db.close();
  }
}

function storedDepartment(id: number): { name: string; shortName: string; version: number } {
  const db = openTestDatabase();
  try {
    return db.prepare("select name, short_name as shortName, version from departments where id = ?").get(id) as { name: string; shortName: string; version: number };
  } finally {
    db.close();
  }
}

const departmentNamed = (name: string) => departments().filter((row) => row.name === name).length;

test("an admin creates and renames a department, which the project form then offers; deactivated, it is no longer offered", async ({ page }) => {
  const suffix = Date.now().toString(36);
  const name = `Kultur ${suffix}`;
  const renamed = `Kultur og Fritid ${suffix}`;

  await page.goto("/admin/departments");
  await page.getByRole("link", { name: "Opret afdeling" }).click();
  await expect(page).toHaveURL(/\/admin\/departments\/new$/);
  const create = page.getByRole("form", { name: "Opret afdeling" });
  await create.getByLabel("Navn").fill(name);
  await create.getByLabel("Forkortelse").fill("KUF");
  await create.getByRole("button", { name: "Opret afdeling" }).click();
  await expect(page).toHaveURL(/\/admin\/departments\?created=\d+#department-\d+$/);

  const card = page.getByRole("region", { name: new RegExp(name) });
  await expect(card.getByRole("status")).toHaveText("Afdelingen er oprettet.");
  await card.getByRole("link", { name: `Redigér ${name}` }).click();
  await expect(page).toHaveURL(/\/admin\/departments\/\d+\/edit$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Redigér ${name}`);
  const edit = page.getByRole("form", { name: "Gem ændringer" });

  // A name another department has is refused on the edit page, and nothing changes.
  await edit.getByLabel("Navn").fill(departments().find((row) => row.name !== name)!.name);
  await edit.getByRole("button", { name: "Gem ændringer" }).click();
  await expect(edit.getByLabel("Navn")).toHaveAccessibleDescription("2–120 tegn. Der findes allerede en afdeling med det navn");
  await expect(page).toHaveURL(/\/admin\/departments\/\d+\/edit$/);
  expect(departmentNamed(name)).toBe(1);

  await edit.getByLabel("Navn").fill(renamed);
  await edit.getByLabel("Type").selectOption({ label: "Stab" });
  await edit.getByRole("button", { name: "Gem ændringer" }).click();
  await expect(page).toHaveURL(/\/admin\/departments\?saved=\d+#department-\d+$/);
  const renamedCard = page.getByRole("region", { name: new RegExp(renamed) });
  await expect(renamedCard.getByRole("status")).toHaveText("Ændringerne er gemt.");
  await expect(renamedCard.getByText("Stab", { exact: true })).toBeVisible();

  await page.goto("/projects/new");
  const departmentChoice = page.getByLabel("Afdeling", { exact: true });
  await expect(departmentChoice.locator("option", { hasText: renamed })).toHaveCount(1);
  await expect(departmentChoice.locator("option", { hasText: name })).toHaveCount(0);

  // The list shows ten departments a page; the back link of the department's page opens the page with its card.
  const id = departments().find((row) => row.name === renamed)!.id;
  await page.goto(`/admin/departments/${id}/edit`);
  await page.getByRole("link", { name: "← Tilbage til afdelingerne" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/departments\\?afdeling=${id}#department-${id}$`));
  // Deactivation asks once more and says what it does (a <summary> is no role=button to Playwright).
  await renamedCard.locator("summary", { hasText: `Deaktivér ${renamed}` }).click();
  await expect(renamedCard.getByText(/^Afdelingen kan ikke længere vælges/)).toBeVisible();
  await expectNoAxeViolations(page);
  await renamedCard.getByRole("button", { name: `Ja, deaktivér ${renamed}` }).click();
  await expect(renamedCard.getByText("Deaktiveret", { exact: true })).toBeVisible();
  await expect(renamedCard.getByRole("button", { name: `Genaktivér ${renamed}` })).toBeVisible();
  await page.goto("/projects/new");
  await expect(page.getByLabel("Afdeling", { exact: true }).locator("option", { hasText: renamed })).toHaveCount(0);
});

test("an admin changes a setting and sees it saved", async ({ page }) => {
  await page.goto("/admin/settings");
  const idle = page.getByLabel("Log ud efter inaktivitet (timer)");
  await expect(idle).toHaveValue("12");
  await idle.fill("24");
  await page.getByRole("button", { name: "Gem indstillinger" }).click();
  await expect(page.getByRole("status")).toHaveText("Indstillingerne er gemt (1 ændret).");
  expect(storedSetting("sessionIdleHours")).toBe("24");

  await page.reload();
  await expect(page.getByLabel("Log ud efter inaktivitet (timer)")).toHaveValue("24");
  await page.getByLabel("Log ud efter inaktivitet (timer)").fill("500");
  await page.getByRole("button", { name: "Gem indstillinger" }).click();
  await expect(page.locator("#sessionIdleHours-error")).toHaveText("Log ud efter inaktivitet skal ligge mellem 1 og 72 timer");
  expect(storedSetting("sessionIdleHours")).toBe("24");
});

// In this file rather than stale-edits.spec.ts: settings saved from two files at once could refuse each other.
test("a settings save made on an older version is refused, keeping what was typed, with the newer values shown", async ({ page }) => {
  await page.goto("/admin/settings");
  const form = page.getByRole("form", { name: "Indstillinger" });
  const monthly = form.getByLabel("Behold månedlige sikkerhedskopier (måneder)");
  await expect(monthly).toBeVisible();

  // Another administrator saves first.
  const db = openTestDatabase();
  try {
    db.prepare("insert into settings (key, value) values ('backupKeepMonthly', '18') on conflict(key) do update set value = excluded.value").run();
    db.prepare(
      "insert into settings (key, value) values ('settingsVersion', '2') on conflict(key) do update set value = cast(cast(value as integer) + 1 as text)",
    ).run();
  } finally {
    db.close();
  }

  await monthly.fill("24");
  await form.getByRole("button", { name: "Gem indstillinger" }).click();
  await expect(form.getByRole("alert")).toHaveText(/^Indstillingerne er ændret af en anden, siden du åbnede siden\./);
  await expect(monthly).toHaveValue("24");
  const newest = form.getByRole("region", { name: "De nyeste gemte værdier" });
  await expect(newest).toContainText("Behold månedlige sikkerhedskopier (måneder): 18");
  expect(storedSetting("backupKeepMonthly")).toBe("18");

  await form.getByRole("button", { name: "Gem indstillinger" }).click();
  await expect(form.getByRole("status")).toHaveText(/^Indstillingerne er gemt/);
  await expect(newest).toHaveCount(0);
  await expect(monthly).toHaveValue("24");
  expect(storedSetting("backupKeepMonthly")).toBe("24");
});

test("a department save made on an older version is refused, keeping what was typed, with the newer values shown", async ({ page }) => {
  const suffix = Date.now().toString(36);
  const name = `Borgerservice ${suffix}`;
  const renamed = `Borgerservice og Bibliotek ${suffix}`;
  await page.goto("/admin/departments/new");
  const create = page.getByRole("form", { name: "Opret afdeling" });
  await create.getByLabel("Navn").fill(name);
  await create.getByLabel("Forkortelse").fill("BOR");
  await create.getByRole("button", { name: "Opret afdeling" }).click();
  await expect(page).toHaveURL(/\/admin\/departments\?created=\d+#department-\d+$/);
  const id = departments().find((row) => row.name === name)!.id;

  await page.goto(`/admin/departments/${id}/edit`);
  const edit = page.getByRole("form", { name: "Gem ændringer" });
  const shortName = edit.getByLabel("Forkortelse");
  await expect(shortName).toHaveValue("BOR");

  // Another administrator renames the department and chooses its director first.
  const db = openTestDatabase();
  let director: { id: number; name: string };
  try {
    director = db.prepare("select id, name from users where email = 'direktor@egeby.dk'").get() as { id: number; name: string };
    db.prepare("update departments set name = ?, responsible_director_id = ?, version = version + 1 where id = ?").run(renamed, director.id, id);
  } finally {
    db.close();
  }

  await shortName.fill("BIB");
  await edit.getByRole("button", { name: "Gem ændringer" }).click();
  await expect(edit.getByRole("alert")).toHaveText(/^Afdelingen er ændret af en anden, siden du åbnede den\./);
  await expect(shortName).toHaveValue("BIB");
  const newest = edit.getByRole("region", { name: "De nyeste gemte værdier" });
  await expect(newest).toContainText(`Navn: ${renamed}`);
  await expect(newest).toContainText(`Ansvarlig direktør: ${director.name}`);
  await expect(page).toHaveURL(new RegExp(`/admin/departments/${id}/edit$`));
  expect(storedDepartment(id)).toEqual({ name: renamed, shortName: "BOR", version: 2 });
  await expectNoAxeViolations(page);

  // Saving again, knowingly, overwrites with what the form holds.
  await edit.getByRole("button", { name: "Gem ændringer" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/departments\\?saved=${id}#department-${id}$`));
  await expect(page.getByRole("region", { name: new RegExp(name) }).getByRole("status")).toHaveText("Ændringerne er gemt.");
  expect(storedDepartment(id)).toEqual({ name, shortName: "BIB", version: 3 });
});

test("the department pages, settings and onboarding have no WCAG 2.1 AA violations", async ({ page }) => {
  for (const [url, heading] of [
    ["/admin/departments", "Afdelinger"],
    ["/admin/departments/new", "Opret afdeling"],
    ["/admin/settings", "Indstillinger"],
    ["/admin/onboarding", "Kom i gang med Styrerum"],
  ]) {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expectNoAxeViolations(page);
  }
});

test("a department's edit page has no WCAG 2.1 AA violations, with and without an error; an unknown department is not found", async ({ page }) => {
  const [department] = departments();
  await page.goto(`/admin/departments/${department.id}/edit`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Redigér ${department.name}`);
  await expectNoAxeViolations(page);

  await page.getByLabel("Navn").fill("");
  await page.getByLabel("Navn").evaluate((input) => input.removeAttribute("required"));
  await page.getByRole("button", { name: "Gem ændringer" }).click();
  await expect(page.getByLabel("Navn")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Navn")).toHaveAccessibleDescription(/^2–120 tegn\. .+/);
  await expectNoAxeViolations(page);
  expect(departments().find((row) => row.id === department.id)?.name).toBe(department.name);

  for (const id of ["999999", "abc"]) expect((await page.goto(`/admin/departments/${id}/edit`))?.status()).toBe(404);
});

test.describe("a director", () => {
  test.use({ storageState: storageStateOf("director") });

  test("gets 403 on the department list and on the new and edit pages", async ({ page }) => {
    const [department] = departments();
    for (const path of ["/admin/departments", "/admin/departments/new", `/admin/departments/${department.id}/edit`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { name: "Ingen adgang" })).toBeVisible();
      await expect(page.getByRole("form", { name: /Gem ændringer|Opret afdeling/ })).toHaveCount(0);
    }
  });
});

/** Writes a setting straight into the database (the form reads it at its next load), for arranging and restoring. */
function storeSetting(key: string, value: string): void {
  const db = openTestDatabase();
  try {
    db.prepare("insert into settings (key, value) values (?, ?) on conflict(key) do update set value = excluded.value").run(key, value);
  } finally {
    db.close();
  }
}

async function saveSettings(page: Page): Promise<void> {
  await page.getByRole("form", { name: "Indstillinger" }).getByRole("button", { name: "Gem indstillinger" }).click();
}

// The check-box settings are tested here, with the other settings saves, because saves from two files at once could
// refuse each other as stale.
test("on/off settings and the roles that must use two-factor are check boxes, reachable by keyboard; unchecking saves off", async ({ page }) => {
  storeSetting("ssoJustInTime", "0");
  try {
    await page.goto("/admin/settings");
    const form = page.getByRole("form", { name: "Indstillinger" });
    const justInTime = form.getByRole("checkbox", { name: "Opret ukendte brugere ved single sign-on" });
    await expect(justInTime).not.toBeChecked();
    await expect(form.getByText(/^Slået til: en person, som kommunens login kender/)).toBeVisible();
    const roles = form.getByRole("group", { name: "Roller der skal bruge totrinsbekræftelse" });
    await expect(roles.getByRole("checkbox")).toHaveCount(4);
    for (const label of ["Direktør", "Afdelingschef", "Medarbejder", "Administrator"]) await expect(roles.getByRole("checkbox", { name: label })).not.toBeChecked();
    await expectNoAxeViolations(page);

    // By keyboard: the box takes focus and Space ticks it. The whole label is the touch target.
    await justInTime.focus();
    await page.keyboard.press("Space");
    await expect(justInTime).toBeChecked();
    expect((await form.locator('label[for="ssoJustInTime"]').boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);

    // Roles ticked in a save that is refused stay ticked, and nothing is stored. (A role is never saved as required
    // here: other files sign in while this runs, and a department head would be sent to set up two-factor.)
    await roles.getByRole("checkbox", { name: "Afdelingschef" }).check();
    await roles.getByRole("checkbox", { name: "Direktør" }).check();
    const idle = form.getByLabel("Log ud efter inaktivitet (timer)");
    const idleBefore = await idle.inputValue();
    await idle.fill("500");
    await saveSettings(page);
    await expect(form.locator("#sessionIdleHours-error")).toHaveText("Log ud efter inaktivitet skal ligge mellem 1 og 72 timer");
    await expect(roles.getByRole("checkbox", { name: "Afdelingschef" })).toBeChecked();
    await expect(roles.getByRole("checkbox", { name: "Direktør" })).toBeChecked();
    expect(storedSetting("requireTwoFactorRoles") ?? "").toBe("");
    expect(storedSetting("ssoJustInTime")).toBe("0");

    await idle.fill(idleBefore);
    await roles.getByRole("checkbox", { name: "Afdelingschef" }).uncheck();
    await roles.getByRole("checkbox", { name: "Direktør" }).uncheck();
    await saveSettings(page);
    await expect(form.getByRole("status")).toHaveText("Indstillingerne er gemt (1 ændret).");
    expect(storedSetting("ssoJustInTime")).toBe("1");

    await page.reload();
    await expect(justInTime).toBeChecked();
    await justInTime.uncheck();
    await saveSettings(page);
    await expect(form.getByRole("status")).toHaveText("Indstillingerne er gemt (1 ændret).");
    expect(storedSetting("ssoJustInTime")).toBe("0");
  } finally {
    storeSetting("ssoJustInTime", "0");
  }
});

test.describe("settings without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form posts; an unchecked box is saved as off, and a refusal changes nothing", async ({ page }) => {
    storeSetting("ssoJustInTime", "1");
    try {
      await page.goto("/admin/settings");
      const form = page.getByRole("form", { name: "Indstillinger" });
      const justInTime = form.getByRole("checkbox", { name: "Opret ukendte brugere ved single sign-on" });
      await expect(justInTime).toBeChecked();
      await justInTime.uncheck();
      await saveSettings(page);
      await expect(page.getByRole("form", { name: "Indstillinger" }).getByRole("status")).toHaveText("Indstillingerne er gemt (1 ændret).");
      expect(storedSetting("ssoJustInTime")).toBe("0");
      await expect(page.getByRole("checkbox", { name: "Opret ukendte brugere ved single sign-on" })).not.toBeChecked();

      // A refused save (a number out of range) shows its message and leaves the check box as stored.
      await page.getByRole("checkbox", { name: "Opret ukendte brugere ved single sign-on" }).check();
      await page.getByLabel("Log ud efter inaktivitet (timer)").fill("500");
      await saveSettings(page);
      await expect(page.locator("#sessionIdleHours-error")).toHaveText("Log ud efter inaktivitet skal ligge mellem 1 og 72 timer");
      expect(storedSetting("ssoJustInTime")).toBe("0");
    } finally {
      storeSetting("ssoJustInTime", "0");
    }
  });
});
