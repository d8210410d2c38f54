import { expect, test } from "@playwright/test";
import { demoRoles, expectNoAxeViolations, openTestDatabase, storageStateOf } from "./support";

/** A meeting of its own (already started, agenda published) with one decision item on a project, so no other spec's data moves. */
function arrangeMeeting(): { meetingId: number; itemTitle: string; code: string } {
  const db = openTestDatabase();
  try {
    const director = db.prepare("select id from users where email = ?").get(demoRoles.director) as { id: number };
    const project = db.prepare("select id, code from projects order by code desc limit 1").get() as { id: number; code: string };
    const now = new Date().toISOString();
    const meetingId = Number(
      db
        .prepare("insert into meetings (title, date, time, created_by_id, agenda_published_at, agenda_published_by_id) values (?, '2026-01-05', '09:00', ?, ?, ?)")
        .run("Fortryd-prøve koncernledelsesmøde", director.id, now, director.id).lastInsertRowid,
    );
    db.prepare("insert into meeting_participants (meeting_id, user_id) values (?, ?)").run(meetingId, director.id);
    const itemTitle = "Fælles indkøbsaftale for sensorer";
    db.prepare("insert into agenda_items (meeting_id, position, kind, title, project_id) values (?, 1, 'decision', ?, ?)").run(meetingId, itemTitle, project.id);
    return { meetingId, itemTitle, code: project.code };
  } finally {
    db.close();
  }
}

test.use({ storageState: storageStateOf("director") });

test("a director records a decision in meeting mode and undoes it with a reason; the history keeps both", async ({ page }) => {
  const { meetingId, itemTitle, code } = arrangeMeeting();
  await page.goto(`/meetings/${meetingId}/present`);
  const slide = page.getByRole("article", { name: itemTitle });
  await slide.getByRole("radio", { name: "Afvist" }).check();
  await slide.getByLabel("Beslutningstekst").fill("Aftalen afvises; udbud i foråret");
  await slide.getByRole("button", { name: "Registrér beslutning" }).click();
  await expect(slide.getByText(/^Registreret af /)).toBeVisible();

  await slide.getByText("Fortryd beslutningen").click();
  await slide.getByLabel("Begrundelse").fill("Besluttet på et forkert grundlag");
  await expectNoAxeViolations(page);
  await slide.getByRole("button", { name: "Fortryd beslutning" }).click();
  await expect(slide.getByRole("button", { name: "Registrér beslutning" })).toBeVisible();

  await page.goto(`/projects/${code}?tab=history`);
  await expect(page.getByText(`Koncernledelsen besluttede: Afvist — ${itemTitle}`)).toBeVisible();
  await expect(page.getByText(`Koncernledelsen fortrød beslutningen Afvist — ${itemTitle}. Begrundelse: Besluttet på et forkert grundlag`)).toBeVisible();
  await page.goto(`/meetings/${meetingId}/minutes`);
  await expect(page.getByRole("heading", { name: "Fortrudte beslutninger" })).toBeVisible();
  await expect(page.getByText(/Begrundelse: Besluttet på et forkert grundlag/)).toBeVisible();
});
