import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, openTestDatabase, storageStateOf } from "./support";

function isoDaysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A benefit owned by the demo department head that is clearly off its path: baseline 100, target 200. */
function arrangeOffTrackBenefit(title: string): { code: string } {
  const db = openTestDatabase();
  try {
    const head = db.prepare("select id, department_id from users where email = 'afdelingschef@egeby.dk'").get() as { id: number; department_id: number };
    const project = db.prepare("select id, code from projects where department_id = ? and phase = 'implementation' order by code limit 1").get(head.department_id) as
      | { id: number; code: string }
      | undefined;
    const target = project ?? (db.prepare("select id, code from projects where department_id = ? order by code limit 1").get(head.department_id) as { id: number; code: string });
    const benefit = db
      .prepare(
        `insert into benefits (project_id, title, type, owner_id, indicator, unit, direction, baseline_value, baseline_date, target_value, target_date, status, measurement_frequency_months)
         values (?, ?, 'quality', ?, 'Antal gennemførte skærmbesøg pr. uge', 'besøg', 'up', 100, ?, 200, ?, 'realising', 3) returning id`,
      )
      .get(target.id, title, head.id, isoDaysFromNow(-365), isoDaysFromNow(365)) as { id: number };
    db.prepare("insert into benefit_measurements (benefit_id, date, value, recorded_by_id, created_at, updated_at) values (?, ?, 100, ?, ?, ?)").run(
      benefit.id,
      isoDaysFromNow(-180),
      head.id,
      new Date(Date.now() - 180 * 86_400_000).toISOString(),
      new Date(Date.now() - 180 * 86_400_000).toISOString(),
    );
    return { code: target.code };
  } finally {
    db.close();
  }
}

test.describe("department head on a tablet", () => {
  test.use({ storageState: storageStateOf("department_head"), viewport: { width: 768, height: 1024 }, hasTouch: true });

  test("records a measurement from Mine gevinster and sees the assessment change", async ({ page }) => {
    const title = `Flere skærmbesøg ${Date.now()}`;
    arrangeOffTrackBenefit(title);
    await page.goto("/benefits");
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });
    await expect(card.getByText("Afvigelse")).toBeVisible();
    await card.getByLabel("Værdi (besøg)").fill("200");
    await card.getByRole("button", { name: "Registrér måling" }).click();
    await expect(card.getByText("I rute")).toBeVisible();
    await expect(card.getByText("Afvigelse")).toHaveCount(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
});

test.describe("department head correcting their own measurements", () => {
  test.use({ storageState: storageStateOf("department_head") });

  test("two measurements on one date are told apart, and deleting one asks once more and keeps it in the audit log", async ({ page }) => {
    const title = `Færre ventedage ${Date.now()}`;
    const today = new Date().toISOString().slice(0, 10);
    const db = openTestDatabase();
    let code: string;
    let doomed: number;
    try {
      const head = db.prepare("select id, department_id from users where email = 'afdelingschef@egeby.dk'").get() as { id: number; department_id: number };
      const project = db.prepare("select id, code from projects where department_id = ? order by code limit 1").get(head.department_id) as { id: number; code: string };
      code = project.code;
      const benefit = db
        .prepare(
          `insert into benefits (project_id, title, type, owner_id, indicator, unit, direction, status, measurement_frequency_months)
           values (?, ?, 'quality', ?, 'Ventedage pr. sag', 'dage', 'down', 'realising', 3) returning id`,
        )
        .get(project.id, title, head.id) as { id: number };
      const now = new Date().toISOString();
      const measure = db.prepare("insert into benefit_measurements (benefit_id, date, value, recorded_by_id, created_at, updated_at) values (?, ?, ?, ?, ?, ?) returning id");
      measure.run(benefit.id, today, 40, head.id, now, now);
      doomed = (measure.get(benefit.id, today, 42.5, head.id, now, now) as { id: number }).id;
    } finally {
      db.close();
    }

    await page.goto(`/projects/${code}?tab=benefits`);
    const card = page.getByRole("article", { name: title });
    const rows = card.locator("summary", { hasText: /^Ret eller slet din måling fra / });
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: /\(40 dage\)$/ })).toHaveCount(1);
    const doomedRow = rows.filter({ hasText: /\(42,5 dage\)$/ });
    const doomedDetails = card.locator("details").filter({ has: page.locator("summary", { hasText: /\(42,5 dage\)$/ }) });
    await doomedRow.click();

    // The first press only says what deleting does; the measurement stays.
    await doomedDetails.locator("summary", { hasText: "Slet målingen" }).click();
    await expect(
      doomedDetails.getByText("Målingen fjernes fra kurven og fra vurderingen af gevinsten. Det kan ikke fortrydes, men revisionsloggen gemmer målingens dato og værdi."),
    ).toBeVisible();
    const stored = () => {
      const check = openTestDatabase();
      try {
        return {
          rows: (check.prepare("select count(*) as n from benefit_measurements where id = ?").get(doomed) as { n: number }).n,
          audited: check
            .prepare("select json_extract(changes, '$.value') as value from audit_events where action = 'benefit.measure_delete' and json_extract(changes, '$.measurementId') = ?")
            .all(doomed) as { value: number }[],
        };
      } finally {
        check.close();
      }
    };
    expect(stored()).toEqual({ rows: 1, audited: [] });
    await expectNoAxeViolations(page);

    await doomedDetails.getByRole("button", { name: /^Ja, slet målingen: .* \(42,5 dage\)$/ }).click();
    await expect(doomedRow).toHaveCount(0);
    await expect(rows).toHaveCount(1);
    expect(stored()).toEqual({ rows: 0, audited: [{ value: 42.5 }] });
  });
});

test.describe("director", () => {
  test.use({ storageState: storageStateOf("director") });

  test("approves the pending re-baseline and both the old and the new values stay visible", async ({ page }) => {
    const db = openTestDatabase();
    const pending = db
      .prepare(
        `select r.id, r.old_target_value, r.new_target_value, p.code from benefit_rebaselines r
         join benefits b on b.id = r.benefit_id join projects p on p.id = b.project_id where r.status = 'pending' limit 1`,
      )
      .get() as { id: number; code: string } | undefined;
    db.close();
    test.skip(!pending, "the demo data has no pending re-baseline");
    await page.goto(`/projects/${pending!.code}?tab=benefits`);
    const request = page.getByRole("listitem").filter({ hasText: "Afventer direktør" });
    await request.getByLabel("Direktørens kommentar").fill("Godkendt: ny opgørelsesmetode fra 2026.");
    await request.getByRole("button", { name: "Godkend ny baseline" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Den nye baseline er godkendt og gælder nu for gevinsten." })).toBeVisible();
    const approved = page.getByRole("listitem").filter({ hasText: "Godkendt: ny opgørelsesmetode fra 2026." });
    await expect(approved).toBeVisible();
    // The history names what the re-baseline changed, old → new (the demo's changes only the target date).
    await expect(approved).toContainText(/^Godkendt: .*→/);

    const check = openTestDatabase();
    const row = check.prepare("select status from benefit_rebaselines where id = ?").get(pending!.id) as { status: string };
    check.close();
    expect(row.status).toBe("approved");
  });

  test("creates a benefit and edits it on their own pages, and is back at its card after each save", async ({ page }) => {
    const db = openTestDatabase();
    const { code } = db.prepare("select code from projects where phase = 'analysis' order by code limit 1").get() as { code: string };
    db.close();
    const title = `Kortere ventetid ${Date.now()}`;
    await page.goto(`/projects/${code}?tab=benefits`);
    await page.getByRole("link", { name: "Ny gevinst" }).click();
    await expect(page.getByRole("heading", { name: "Ny gevinst", level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Gevinst", { exact: true }).fill(title);
    await page.getByRole("button", { name: "Opret gevinst" }).click();
    // Bad input keeps the user on the page with a Danish message.
    await expect(page.getByText("Vælg en type")).toBeVisible();
    await page.getByLabel("Type").selectOption({ label: "Borgeroplevelse" });
    await page.getByRole("button", { name: "Opret gevinst" }).click();
    await expect(page).toHaveURL(new RegExp(`/projects/${code}\\?tab=benefits&notice=benefit-created#benefit-\\d+$`));
    await expect(page.getByText("Gevinsten er oprettet.")).toBeVisible();
    const card = page.getByRole("article", { name: title });
    await card.getByRole("link", { name: "Ret gevinsten" }).click();
    await expect(page.getByRole("heading", { name: `Ret ${title}`, level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Indikator").fill("Dage fra ansøgning til afgørelse");
    await page.getByRole("button", { name: "Gem gevinst" }).click();
    await expect(page.getByText("Gevinsten er gemt.")).toBeVisible();
    await expect(page.getByRole("article", { name: title })).toContainText("Dage fra ansøgning til afgørelse");
  });

  test("the benefits report renders for print without navigation", async ({ page }) => {
    const db = openTestDatabase();
    const { code } = db.prepare("select p.code from projects p join benefits b on b.project_id = p.id group by p.id order by count(*) desc limit 1").get() as { code: string };
    db.close();
    await page.emulateMedia({ media: "print" });
    await page.goto(`/projects/${code}/benefits-report`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText("Gevinstrealiseringsrapport")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Hovedmenu" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "← Tilbage til projektet" })).toBeHidden();
    await page.emulateMedia({ media: "screen" });
    await expectNoAxeViolations(page);
  });
});

// /benefits differs by Mine gevinster (the demo department head owns benefits, each with a measurement form; the
// others own none) and by the menu (checked for each role on the overview in accessibility.spec.ts). So it is checked
// for the department head and, without Mine gevinster, once for the staff member (the director's and the
// administrator's page is the staff member's but for the menu).
for (const role of ["department_head", "staff"] as const) {
  test.describe(`benefit pages for ${role}`, () => {
    test.use({ storageState: storageStateOf(role) });
    // The Gevinster tab of a project with benefits is checked for every role in projects.spec.ts.
    test("/benefits has no axe violations", async ({ page }) => {
      await page.goto("/benefits");
      await expect(page.getByRole("heading", { name: "Gevinster", level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}

test.describe("staff", () => {
  test.use({ storageState: storageStateOf("staff") });
  test("downloads the benefit list as CSV", async ({ page }) => {
    await page.goto("/benefits");
    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: "Eksportér CSV" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^gevinster-\d{4}-\d{2}-\d{2}\.csv$/);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain("Projekt;Projekttitel;Gevinst;Type;Status");
  });
});
