import { expect, test } from "@playwright/test";
import { minimalPdf } from "../lib/files/minimal-pdf";
import { demoRoles, expectNoAxeViolations, openTestDatabase, storageStateOf } from "./support";

const title = "Bilagsprøve: mødepapirer i mødetilstand";
const itemTitle = "Budgetnotat til drøftelse";
const fileName = "Budgetnotat 2027.pdf";

/** A meeting of its own, far ahead and unpublished, so no other spec's meeting or queue changes. */
function arrangeMeeting(meetingTitle = title): { meetingId: number; itemId: number } {
  const db = openTestDatabase();
  try {
    const director = db.prepare("select id from users where email = ?").get(demoRoles.director) as { id: number };
    const date = new Date(Date.now() + 400 * 86_400_000).toISOString().slice(0, 10);
    const meetingId = Number(db.prepare("insert into meetings (title, date, time, location, created_by_id) values (?, ?, '09:00', 'Rådhuset', ?)").run(meetingTitle, date, director.id).lastInsertRowid);
    db.prepare("insert into meeting_participants (meeting_id, user_id) values (?, ?)").run(meetingId, director.id);
    const itemId = Number(db.prepare("insert into agenda_items (meeting_id, position, kind, title) values (?, 1, 'information', ?)").run(meetingId, itemTitle).lastInsertRowid);
    return { meetingId, itemId };
  } finally {
    db.close();
  }
}

const paperIdOf = (itemId: number) => {
  const db = openTestDatabase();
  try {
    return (db.prepare("select id from attachments where agenda_item_id = ? order by id desc limit 1").get(itemId) as { id: number } | undefined)?.id;
  } finally {
    db.close();
  }
};

function paperRow(paperId: number): { deleted: boolean; audited: number } {
  const db = openTestDatabase();
  try {
    const row = db.prepare("select deleted_at from attachments where id = ?").get(paperId) as { deleted_at: string | null };
    const audited = db
      .prepare("select count(*) as n from audit_events where action = 'attachment.delete' and json_extract(changes, '$.attachmentId') = ?")
      .get(paperId) as { n: number };
    return { deleted: row.deleted_at !== null, audited: audited.n };
  } finally {
    db.close();
  }
}

test.use({ storageState: storageStateOf("director") });

test("a director attaches a PDF to an agenda item on the item's page and reads it in meeting mode", async ({ page }) => {
  const { meetingId, itemId } = arrangeMeeting();
  await page.goto(`/meetings/${meetingId}`);
  const agendaItem = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: itemTitle }) });
  // The agenda lists the papers; they are attached, replaced and deleted on the item's own page.
  await expect(agendaItem.getByText("Ingen bilag.")).toBeVisible();
  await expect(agendaItem.getByLabel("Vedhæft et bilag", { exact: true })).toHaveCount(0);
  await agendaItem.getByRole("link", { name: `Vedhæft, erstat eller slet bilag: ${itemTitle}` }).click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${meetingId}/items/${itemId}/edit#bilag$`));
  const papers = page.getByRole("region", { name: "Bilag" });
  const fileInput = papers.getByLabel("Vedhæft et bilag", { exact: true });
  // A file over the limit is stopped in the browser with the server's words, before anything is sent.
  await expect(async () => {
    await fileInput.setInputFiles({ name: "For stort.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(25 * 1024 * 1024 + 1) });
    expect(await fileInput.evaluate((input: HTMLInputElement) => input.validationMessage)).toBe("Filen er for stor. Et bilag må højst fylde 25 MB.");
  }).toPass();
  await fileInput.setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: Buffer.from(minimalPdf("Budgetnotat 2027")) });
  await papers.getByRole("button", { name: `Vedhæft bilag: ${itemTitle}` }).click();
  await expect(papers.getByText("Bilaget er vedhæftet.")).toBeVisible();
  const paperId = paperIdOf(itemId);
  expect(paperId).toBeDefined();
  const url = `/attachments/${paperId}?inline=1`;
  await expect(papers.getByRole("link", { name: fileName })).toHaveAttribute("data-paper-url", url);
  // "Slet" is a disclosure (<summary>) that asks once more, which Playwright does not count as a button.
  await expect(papers.locator("summary", { hasText: "Slet" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "← Tilbage til dagsordenen" }).click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${meetingId}#agenda-item-${itemId}$`));
  await expect(agendaItem.getByRole("link", { name: fileName })).toHaveAttribute("data-paper-url", url);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Åbn mødetilstand" }).click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${meetingId}/present`));
  const viewer = page.getByRole("article", { name: itemTitle }).locator(`iframe[title="Bilag: ${fileName}"]`);
  await expect(viewer).toBeVisible();
  await expect(viewer).toHaveAttribute("src", url);
  await expect(page.getByRole("link", { name: `Åbn i fuld skærm: ${fileName}` })).toHaveAttribute("data-paper-url", url);

  const response = await page.request.get(url);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["x-frame-options"]).toBe("SAMEORIGIN");
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'self'");
  expect(response.headers()["cache-control"]).toMatch(/^private/);
  expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
});

test("deleting a paper asks once more, says what happens, and leaves no upload message behind", async ({ page }) => {
  const { meetingId, itemId } = arrangeMeeting("Bilagsprøve: et bilag slettes");
  await page.goto(`/meetings/${meetingId}/items/${itemId}/edit`);
  const papers = page.getByRole("region", { name: "Bilag" });
  await papers.getByLabel("Vedhæft et bilag", { exact: true }).setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: Buffer.from(minimalPdf("Budgetnotat 2027")) });
  await papers.getByRole("button", { name: `Vedhæft bilag: ${itemTitle}` }).click();
  await expect(papers.getByText("Bilaget er vedhæftet.")).toBeVisible();
  const paperId = paperIdOf(itemId)!;

  // The first press only opens what deleting does; nothing is deleted yet.
  await papers.locator("summary", { hasText: "Slet" }).click();
  await expect(
    papers.getByText("Bilaget fjernes fra listerne, og ingen kan længere åbne eller hente det. Det kan ikke fortrydes. Filen bevares dog i Styrerums lager, og sletningen står i revisionsloggen."),
  ).toBeVisible();
  expect(paperRow(paperId)).toEqual({ deleted: false, audited: 0 });
  await expectNoAxeViolations(page);

  await papers.getByRole("button", { name: `Ja, slet: ${fileName}` }).click();
  await expect(papers.getByText("Ingen bilag.")).toBeVisible();
  // The deletion's own message, not the upload's, which no longer lingers under the empty list.
  const notice = papers.getByRole("status").filter({ hasText: `Bilaget “${fileName}” er slettet.` });
  await expect(notice).toBeVisible();
  await expect(notice.locator("p")).toBeFocused();
  await expect(papers.getByText("Bilaget er vedhæftet.")).toHaveCount(0);
  await expect(papers.getByRole("link", { name: fileName })).toHaveCount(0);
  // Soft: the row stays (with the bytes) and the audit log has the deletion; the paper itself answers no one.
  expect(paperRow(paperId)).toEqual({ deleted: true, audited: 1 });
  expect((await page.request.get(`/attachments/${paperId}`)).status()).toBe(404);
  await expectNoAxeViolations(page);
});
