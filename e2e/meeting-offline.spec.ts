import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { minimalPdf } from "../lib/files/minimal-pdf";
import { demoRoles, expectNoAxeViolations, logIn, openTestDatabase, storageStateOf } from "./support";

/** Reads or writes the test server's database for one statement. */
function withDatabase<T>(run: (db: ReturnType<typeof openTestDatabase>) => T): T {
  const db = openTestDatabase();
  try {
    return run(db);
  } finally {
    db.close();
  }
}

/** A meeting of its own (started, agenda published) with two free decision items, so no other spec's data moves. */
function arrangeMeeting(title: string): { meetingId: number; itemIds: number[] } {
  return withDatabase((db) => {
    const director = db.prepare("select id from users where email = ?").get(demoRoles.director) as { id: number };
    const now = new Date().toISOString();
    const meetingId = Number(
      db
        .prepare("insert into meetings (title, date, time, created_by_id, agenda_published_at, agenda_published_by_id) values (?, '2026-01-05', '09:00', ?, ?, ?)")
        .run(title, director.id, now, director.id).lastInsertRowid,
    );
    db.prepare("insert into meeting_participants (meeting_id, user_id) values (?, ?)").run(meetingId, director.id);
    const insertItem = db.prepare("insert into agenda_items (meeting_id, position, kind, title) values (?, ?, 'decision', ?)");
    const itemIds = ["Fælles indkøbsaftale for tablets", "Ny mødekalender for 2027"].map((itemTitle, index) => Number(insertItem.run(meetingId, index + 1, itemTitle).lastInsertRowid));
    return { meetingId, itemIds };
  });
}

/** Attaches a small PDF board paper to an item the way the paper store keeps it: bytes by hash under DATA_DIR/files. */
function attachPaper(itemId: number, fileName: string): number {
  const bytes = minimalPdf("Bilag til punktet");
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const folder = path.join(process.env.E2E_DATA_DIR!, "files", sha256.slice(0, 2));
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, sha256), bytes);
  return withDatabase((db) => {
    const director = db.prepare("select id from users where email = ?").get(demoRoles.director) as { id: number };
    db.prepare("insert or ignore into stored_files (sha256, size, mime_type) values (?, ?, 'application/pdf')").run(sha256, bytes.length);
    return Number(
      db.prepare("insert into attachments (sha256, file_name, uploaded_by_id, agenda_item_id, frozen_at) values (?, ?, ?, ?, ?)").run(sha256, fileName, director.id, itemId, new Date().toISOString())
        .lastInsertRowid,
    );
  });
}

const decisionOf = (itemId: number) =>
  withDatabase((db) => db.prepare("select outcome, text, recorded_by_id as recordedById from decisions where agenda_item_id = ?").get(itemId)) as
    | { outcome: string; text: string; recordedById: number }
    | undefined;

/** Opens meeting mode online and waits until the worker has kept the meeting on the device. */
async function openKeptMeeting(page: Page, meetingId: number): Promise<void> {
  await page.goto(`/meetings/${meetingId}/present`);
  await expect(page.getByText("Online", { exact: true })).toBeVisible();
  await expect(page.getByText("Mødet er klar til brug uden net")).toBeVisible({ timeout: 30_000 });
}

const onDevice = (page: Page) => page.getByRole("region", { name: "Skrevet på enheden" });

test.use({ storageState: storageStateOf("director") });

test.describe("on a landscape tablet", () => {
  test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true });

  test("offline in meeting mode: the paper stays readable, a decision and a note wait on the device, survive a reload, and are saved when the connection returns", async ({ page, context }) => {
    const { meetingId, itemIds } = arrangeMeeting("Uden net-prøve koncernledelsesmøde");
    const paperId = attachPaper(itemIds[0], "Indkøbsaftale.pdf");
    await openKeptMeeting(page, meetingId);
    const slide = page.getByRole("article", { name: "Fælles indkøbsaftale for tablets" });

    await context.setOffline(true);
    await expect(page.getByText("Uden net — det du skriver gemmes på enheden")).toBeVisible();
    await slide.getByRole("radio", { name: "Afvist" }).check();
    await slide.getByLabel("Beslutningstekst").fill("Aftalen afvises; nyt udbud i foråret");
    await slide.getByRole("button", { name: "Registrér beslutning" }).click();
    await slide.getByRole("textbox", { name: "Mine private noter" }).fill("Spørg til leverandørens supportaftale");
    await slide.getByRole("button", { name: "Gem note" }).click();
    await expect(onDevice(page).getByText("Venter på net")).toHaveCount(2);
    await expect(onDevice(page).getByText("Afvist — Aftalen afvises; nyt udbud i foråret")).toBeVisible();

    // Moving between items needs no network: the page holds them all.
    await page.getByRole("button", { name: "Næste →" }).click();
    await expect(page.getByRole("article", { name: "Ny mødekalender for 2027" })).toBeVisible();
    await page.getByRole("button", { name: "← Forrige" }).click();

    await page.reload();
    await expect(slide).toBeVisible();
    await expect(page.getByText("Uden net — det du skriver gemmes på enheden")).toBeVisible();
    await expect(slide.locator('iframe[title="Bilag: Indkøbsaftale.pdf"]')).toHaveAttribute("src", `/attachments/${paperId}?inline=1`);
    const keptPaper = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { status: response.status, type: response.headers.get("content-type"), start: (await response.text()).slice(0, 5) };
    }, `/attachments/${paperId}?inline=1`);
    expect(keptPaper).toEqual({ status: 200, type: "application/pdf", start: "%PDF-" });
    await expect(onDevice(page).getByText("Venter på net")).toHaveCount(2);
    await expect(onDevice(page).getByText("Spørg til leverandørens supportaftale")).toBeVisible();
    await expectNoAxeViolations(page);

    await context.setOffline(false);
    await expect(onDevice(page).getByText("Gemt", { exact: true })).toHaveCount(2, { timeout: 30_000 });
    expect(decisionOf(itemIds[0])).toMatchObject({ outcome: "rejected", text: "Aftalen afvises; nyt udbud i foråret" });
    const note = withDatabase((db) => db.prepare("select body from private_notes where agenda_item_id = ?").get(itemIds[0])) as { body: string } | undefined;
    expect(note?.body).toBe("Spørg til leverandørens supportaftale");
  });
});

test("opening a kept meeting again renders its page once and asks for the paper with its ETag instead of downloading it", async ({ page, context }) => {
  const { meetingId, itemIds } = arrangeMeeting("Genåbningsprøve koncernledelsesmøde");
  const paperId = attachPaper(itemIds[0], "Notat.pdf");
  // The worker's own requests: the page's, and the paper's with its status and whether it carried the kept ETag.
  const workerRequests: string[] = [];
  context.on("response", (response) => {
    if (!response.request().serviceWorker()) return;
    const path = new URL(response.url()).pathname;
    if (path === `/meetings/${meetingId}/present`) workerRequests.push(`page ${response.status()}`);
    if (path === `/attachments/${paperId}`) workerRequests.push(`paper ${response.status()} ${response.request().headers()["if-none-match"] ? "with ETag" : "without"}`);
  });
  await openKeptMeeting(page, meetingId);
  await expect.poll(() => workerRequests).toContain("paper 200 without");
  workerRequests.length = 0;

  await openKeptMeeting(page, meetingId);
  await expect.poll(() => workerRequests).toContain("paper 304 with ETag");
  // The worker served the page (network first) and kept that copy; it does not fetch it a second time.
  expect(workerRequests.filter((request) => request.startsWith("page"))).toEqual(["page 200"]);
  expect(workerRequests).not.toContain("paper 200 with ETag");
});

test("an offline decision on an item someone else decided meanwhile is shown with both texts, and the director's choice replaces theirs; signing out clears the device", async ({ browser }) => {
  // A session of its own, since this test signs out at the end.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await logIn(page, demoRoles.director);
  await expect(page).not.toHaveURL(/\/login/);
  const { meetingId, itemIds } = arrangeMeeting("Konflikt-prøve koncernledelsesmøde");
  await openKeptMeeting(page, meetingId);
  const slide = page.getByRole("article", { name: "Fælles indkøbsaftale for tablets" });

  await context.setOffline(true);
  await slide.getByRole("radio", { name: "Udsat" }).check();
  await slide.getByLabel("Beslutningstekst").fill("Udsat til januar, prisen mangler");
  await slide.getByRole("button", { name: "Registrér beslutning" }).click();
  await expect(onDevice(page).getByText("Venter på net")).toBeVisible();

  // Another director decides the same item meanwhile.
  const other = withDatabase((db) => {
    const row = db.prepare("select id, name from users where role = 'director' and active = 1 and email <> ? order by id limit 1").get(demoRoles.director) as { id: number; name: string };
    db.prepare("insert into decisions (agenda_item_id, outcome, text, recorded_by_id, recorded_at, effect_snapshot) values (?, 'approved', 'Godkendt som indstillet', ?, ?, '{}')").run(
      itemIds[0],
      row.id,
      new Date().toISOString(),
    );
    return row;
  });

  await context.setOffline(false);
  const conflict = onDevice(page);
  await expect(conflict.getByText(`Registreret af ${other.name}:`)).toBeVisible({ timeout: 30_000 });
  await expect(conflict.getByText("Godkendt — Godkendt som indstillet")).toBeVisible();
  await expect(conflict.getByText("Udsat — Udsat til januar, prisen mangler")).toBeVisible();
  await expectNoAxeViolations(page);
  await conflict.getByRole("button", { name: "Erstat med min beslutning" }).click();
  await expect(conflict.getByText("Gemt", { exact: true })).toBeVisible({ timeout: 30_000 });
  expect(decisionOf(itemIds[0])).toMatchObject({ outcome: "postponed", text: "Udsat til januar, prisen mangler" });
  const undone = withDatabase((db) => db.prepare("select reason, recorded_by_id as recordedById from undone_decisions where agenda_item_id = ?").get(itemIds[0]));
  expect(undone).toEqual({ reason: "Erstattet af beslutning registreret uden net", recordedById: other.id });

  await page.goto(`/meetings/${meetingId}`);
  await page.locator("summary:visible").filter({ hasText: "Brugermenu" }).click();
  await page.getByRole("button", { name: "Log ud" }).filter({ visible: true }).click();
  await expect(page).toHaveURL(/\/login/);
  const left = await page.evaluate(async () => ({
    caches: (await caches.keys()).filter((name) => name.startsWith("styrerum-meeting-")),
    databases: (await indexedDB.databases()).map((database) => database.name),
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  expect(left).toEqual({ caches: [], databases: [], workers: 0 });
  await context.close();
});
