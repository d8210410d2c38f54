import fs from "node:fs";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { attachments, meetings, settings } from "@/db/schema";
import { storedFilePath } from "@/lib/files/file-store";
import { meetingPapers, projectPapers } from "@/lib/queries/attachments";
import { deletePaper, replacePaper, uploadAgendaItemPaper, uploadProjectPaper } from "@/lib/services/attachments";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/services/errors";
import { addFreeItem, publishAgenda, removeAgendaItem } from "@/lib/services/meetings";
import { samples } from "../unit/file-samples";
import { expectPaperForbidden, expectPaperRefused, fileForm, paperSnapshot, storedFileNames } from "./attachment-fixtures";
import { newMeeting, nonDirectorPicks, seedMeetingWorld, type MeetingWorld } from "./meeting-fixtures";
import { editorPicks, fixedNow, form, nonEditorPicks, projectCode, successAudit } from "./project-fixtures";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();
let world: MeetingWorld;
let meetingId: number;
let itemId: number;

beforeEach(() => {
  world = seedMeetingWorld(db());
  meetingId = newMeeting(world);
  itemId = addFreeItem(world.director, meetingId, form({ kind: "decision", title: "Budgetramme 2027" }));
});

const pdf = () => fileForm("Budgetnotat.pdf", samples.pdf);
const paper = (id: number) => db().select().from(attachments).where(eq(attachments.id, id)).get()!;

describe("uploading a paper to an agenda item", () => {
  it("lets a director attach a PDF: stored by content hash, recorded with name, size, type and uploader, audited", async () => {
    const id = await uploadAgendaItemPaper(world.director, itemId, pdf(), fixedNow);
    const row = paper(id);
    expect(row).toMatchObject({ agendaItemId: itemId, projectId: null, fileName: "Budgetnotat.pdf", uploadedById: world.director.id, version: 1, frozenAt: null, deletedAt: null });
    expect(fs.readFileSync(storedFilePath(row.sha256))).toEqual(Buffer.from(samples.pdf));
    expect(meetingPapers(meetingId)[itemId]).toEqual([
      expect.objectContaining({ id, fileName: "Budgetnotat.pdf", typeLabel: "PDF", size: samples.pdf.length, uploaderName: "Dorte Direktør", isPdf: true, replaced: false }),
    ]);
    const [event] = successAudit(db(), "attachment.upload");
    expect(event).toMatchObject({ objectType: "meeting", objectId: String(meetingId), actorId: world.director.id });
    expect(JSON.parse(event.changes!)).toMatchObject({ attachmentId: id, fileName: "Budgetnotat.pdf", mimeType: "application/pdf", agendaItemId: itemId });
  });

  for (const [name, pick] of nonDirectorPicks) {
    it(`refuses ${name}, writing nothing`, async () => {
      await expectPaperForbidden(db(), pick(world), "attachment.upload", () => uploadAgendaItemPaper(pick(world), itemId, pdf(), fixedNow));
    });
  }

  it("refuses an agenda item that does not exist", async () => {
    await expectPaperRefused(db(), NotFoundError, () => uploadAgendaItemPaper(world.director, 999_999, pdf()));
    await expectPaperRefused(db(), NotFoundError, () => uploadAgendaItemPaper(world.director, Number.NaN, pdf()));
  });

  it("refuses HTML named .pdf, a mismatched extension and a missing file with Danish messages, writing nothing", async () => {
    const html = await expectPaperRefused(db(), ValidationError, () => uploadAgendaItemPaper(world.director, itemId, fileForm("referat.pdf", samples.html)));
    expect(html.fieldErrors.file[0]).toMatch(/^Filtypen er ikke tilladt/);
    const svg = await expectPaperRefused(db(), ValidationError, () => uploadAgendaItemPaper(world.director, itemId, fileForm("diagram.pdf", samples.svg)));
    expect(svg.fieldErrors.file[0]).toMatch(/^Filtypen er ikke tilladt/);
    const mismatch = await expectPaperRefused(db(), ValidationError, () => uploadAgendaItemPaper(world.director, itemId, fileForm("budget.docx", samples.pdf)));
    expect(mismatch.fieldErrors.file).toEqual(["Filnavnet slutter på .docx, men filen er en PDF-fil. Giv den endelsen .pdf, og prøv igen."]);
    const none = await expectPaperRefused(db(), ValidationError, () => uploadAgendaItemPaper(world.director, itemId, new FormData()));
    expect(none.fieldErrors.file).toEqual(["Vælg en fil at vedhæfte"]);
    const empty = await expectPaperRefused(db(), ValidationError, () => uploadAgendaItemPaper(world.director, itemId, fileForm("tom.pdf", new Uint8Array(0))));
    expect(empty.fieldErrors.file).toEqual(["Vælg en fil at vedhæfte"]);
  });
});

describe("the size limit from settings", () => {
  it("refuses a file over the limit with a Danish message and writes nothing; a file within it is stored", async () => {
    db().insert(settings).values({ key: "paperMaxSizeMb", value: "1" }).run();
    const big = new Uint8Array(1024 * 1024 + 1);
    big.set(samples.pdf);
    const error = await expectPaperRefused(db(), ValidationError, () => uploadAgendaItemPaper(world.director, itemId, fileForm("stor.pdf", big)));
    expect(error.fieldErrors.file).toEqual(["Filen er for stor. Et bilag må højst fylde 1 MB."]);
    const fits = big.subarray(0, 1024 * 1024);
    await uploadAgendaItemPaper(world.director, itemId, fileForm("passer.pdf", fits));
    expect(storedFileNames()).toHaveLength(1);
  });
});

describe("the same content twice", () => {
  it("is stored once, with two papers pointing at it", async () => {
    const first = await uploadAgendaItemPaper(world.director, itemId, pdf());
    const second = await uploadProjectPaper(world.lead, projectCode, fileForm("Kopi af notat.pdf", samples.pdf));
    expect(paper(first).sha256).toBe(paper(second).sha256);
    const snapshot = paperSnapshot(db());
    expect(snapshot.storedFiles).toHaveLength(1);
    expect(snapshot.files).toEqual([`${paper(first).sha256.slice(0, 2)}/${paper(first).sha256}`]);
  });
});

describe("project papers", () => {
  for (const [name, pick] of editorPicks) {
    it(`lets the ${name} attach a paper`, async () => {
      const id = await uploadProjectPaper(pick(world), projectCode, fileForm("Plan.xlsx", samples.xlsx));
      expect(projectPapers(world.project.id)).toEqual([expect.objectContaining({ id, typeLabel: "Excel", isPdf: false, inline: false })]);
      const [event] = successAudit(db(), "attachment.upload");
      expect(event).toMatchObject({ objectType: "project", objectId: projectCode });
    });
  }

  for (const [name, pick] of nonEditorPicks) {
    it(`refuses the ${name} (another department's project), writing nothing`, async () => {
      await expectPaperForbidden(db(), pick(world), "attachment.upload", () => uploadProjectPaper(pick(world), projectCode, pdf()));
    });
  }

  it("refuses deleting and replacing by someone who may not edit the project", async () => {
    const id = await uploadProjectPaper(world.lead, projectCode, pdf());
    await expectPaperForbidden(db(), world.staffB, "attachment.delete", () => deletePaper(world.staffB, id));
    await expectPaperForbidden(db(), world.headB, "attachment.replace", () => replacePaper(world.headB, id, fileForm("Ny.pdf", samples.pdf, 1)));
  });

  it("deletes softly: the row and the bytes stay, the lists drop it, audited", async () => {
    const id = await uploadProjectPaper(world.lead, projectCode, pdf());
    deletePaper(world.owner, id, fixedNow);
    expect(paper(id).deletedAt).toBe(fixedNow.toISOString());
    expect(projectPapers(world.project.id)).toEqual([]);
    expect(storedFileNames()).toHaveLength(1);
    expect(successAudit(db(), "attachment.delete")).toHaveLength(1);
    await expectPaperRefused(db(), NotFoundError, () => deletePaper(world.owner, id));
  });
});

describe("publishing the agenda freezes its papers", () => {
  it("sets frozen_at in the publish transaction, then refuses deleting with a Danish message", async () => {
    const id = await uploadAgendaItemPaper(world.director, itemId, pdf());
    publishAgenda(world.director, meetingId, fixedNow);
    expect(paper(id).frozenAt).toBe(fixedNow.toISOString());
    const [event] = successAudit(db(), "meeting.publish");
    expect(JSON.parse(event.changes!)).toMatchObject({ papersFrozen: 1 });
    const error = await expectPaperRefused(db(), ConflictError, () => deletePaper(world.director, id));
    expect(error.message).toBe("Bilaget er låst, fordi dagsordenen er offentliggjort. Det kan erstattes af en ny version, men ikke slettes.");
    expect(meetingPapers(meetingId)[itemId][0]).toMatchObject({ frozen: true });
  });

  it("replacing a frozen paper makes a new version and keeps the old one, marked replaced, both in the minutes' list", async () => {
    const oldId = await uploadAgendaItemPaper(world.director, itemId, pdf());
    publishAgenda(world.director, meetingId, fixedNow);
    const newId = await replacePaper(world.director2, oldId, fileForm("Budgetnotat v2.docx", samples.docx, 1), fixedNow);
    expect(paper(newId)).toMatchObject({ version: 2, replacesAttachmentId: oldId, frozenAt: fixedNow.toISOString(), uploadedById: world.director2.id });
    expect(paper(oldId)).toMatchObject({ deletedAt: null, version: 1 });
    expect(meetingPapers(meetingId)[itemId].map((view) => [view.id, view.replaced])).toEqual([
      [oldId, true],
      [newId, false],
    ]);
    expect(JSON.parse(successAudit(db(), "attachment.replace")[0].changes!)).toMatchObject({ attachmentId: newId, replacesAttachmentId: oldId, version: 2 });
  });

  it("refuses replacing a version that is already replaced (a stale form)", async () => {
    const oldId = await uploadAgendaItemPaper(world.director, itemId, pdf());
    await replacePaper(world.director, oldId, fileForm("v2.pdf", samples.pdf, 1));
    const error = await expectPaperRefused(db(), ConflictError, () => replacePaper(world.director2, oldId, fileForm("v2b.pdf", samples.pdf, 1)));
    expect(error.message).toMatch(/^Bilaget er allerede erstattet/);
  });

  it("freezes a paper uploaded after publishing at once, and keeps an item with frozen papers from being removed", async () => {
    publishAgenda(world.director, meetingId, fixedNow);
    const id = await uploadAgendaItemPaper(world.director, itemId, pdf(), fixedNow);
    expect(paper(id).frozenAt).toBe(fixedNow.toISOString());
    expect(() => removeAgendaItem(world.director, itemId)).toThrow(ConflictError);
    expect(paper(id).deletedAt).toBeNull();
  });

  it("lets a director delete a paper before the agenda is published", async () => {
    const id = await uploadAgendaItemPaper(world.director, itemId, pdf());
    deletePaper(world.director2, id);
    expect(paper(id).deletedAt).not.toBeNull();
  });

  for (const [name, pick] of nonDirectorPicks) {
    it(`refuses deleting and replacing an agenda paper by ${name}`, async () => {
      const id = await uploadAgendaItemPaper(world.director, itemId, pdf());
      await expectPaperForbidden(db(), pick(world), "attachment.delete", () => deletePaper(pick(world), id));
      await expectPaperForbidden(db(), pick(world), "attachment.replace", () => replacePaper(pick(world), id, fileForm("Ny.pdf", samples.pdf, 1)));
    });
  }
});

describe("an agenda paper whose upload is still being read", () => {
  it("is frozen when the agenda was published meanwhile, and refused when the minutes were locked meanwhile", async () => {
    const uploading = uploadAgendaItemPaper(world.director, itemId, pdf(), fixedNow);
    publishAgenda(world.director2, meetingId, fixedNow);
    expect(paper(await uploading).frozenAt).toBe(fixedNow.toISOString());

    const frozenId = await uploadAgendaItemPaper(world.director, itemId, pdf(), fixedNow);
    const replacing = replacePaper(world.director, frozenId, fileForm("Ny.pdf", samples.pdf, 1));
    db().update(meetings).set({ status: "minutes_approved", minutesLockedAt: fixedNow.toISOString() }).where(eq(meetings.id, meetingId)).run();
    await expect(replacing).rejects.toThrow("Referatet er godkendt og låst. Bilagene kan ikke længere ændres.");
  });
});

describe("an agenda item's papers once the minutes are locked", () => {
  it("refuse a new paper, a replacement and a deletion, even by a director, writing nothing", async () => {
    const id = await uploadAgendaItemPaper(world.director, itemId, pdf());
    db().update(meetings).set({ status: "minutes_approved", minutesLockedAt: fixedNow.toISOString() }).where(eq(meetings.id, meetingId)).run();
    for (const call of [
      () => uploadAgendaItemPaper(world.director, itemId, fileForm("Eftersendt.pdf", samples.pdf)),
      () => replacePaper(world.director, id, fileForm("Ny.pdf", samples.pdf, 1)),
      async () => deletePaper(world.director, id),
    ]) {
      const error = await expectPaperRefused(db(), ConflictError, call);
      expect(error.message).toBe("Referatet er godkendt og låst. Bilagene kan ikke længere ændres.");
    }
  });
});
