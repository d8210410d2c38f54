import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { privateNotes } from "@/db/schema";
import { correctMeasurement, recordMeasurement } from "@/lib/services/benefits";
import { ConflictError, ValidationError } from "@/lib/services/errors";
import { addFreeItem, removeAgendaItem, savePrivateNote, updateAgendaItem } from "@/lib/services/meetings";
import { daysAfter, measurementForm, measurementRow } from "./benefit-fixtures";
import { expectNothingWritten } from "./input-fixtures";
import { itemRow, newMeeting, seedMeetingWorld, type MeetingWorld } from "./meeting-fixtures";
import { fixedNow, form, insertBenefit, successAudit } from "./project-fixtures";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();
let world: MeetingWorld;

beforeEach(() => {
  world = seedMeetingWorld(db());
});

const freeItem = () => form({ kind: "information", title: "Orientering om budget", summary: "Kort orientering", proposedDecision: "Tages til efterretning" });
const itemEdit = (version: number | undefined, title: string) => form({ title, summary: "Nyt oplæg", proposedDecision: "Direktionen drøfter oplægget", version });
const notesOf = (itemId: number) => db().select().from(privateNotes).where(eq(privateNotes.agendaItemId, itemId)).all();

describe("editing an agenda item", () => {
  let itemId: number;
  beforeEach(() => {
    itemId = addFreeItem(world.director, newMeeting(world), freeItem());
  });

  it("saves on the version it was opened with and counts the version up", () => {
    updateAgendaItem(world.director, itemId, itemEdit(1, "Budgetopfølgning"), fixedNow);
    expect(itemRow(db(), itemId)).toMatchObject({ title: "Budgetopfølgning", proposedDecision: "Direktionen drøfter oplægget", version: 2 });
    expect(successAudit(db(), "meeting.agenda_update")).toHaveLength(1);
  });

  it("refuses a stale version, keeps the newer values and shows them", () => {
    updateAgendaItem(world.director2, itemId, itemEdit(1, "Direktør B's titel"), fixedNow);
    const error = expectNothingWritten(db(), ConflictError, () => updateAgendaItem(world.director, itemId, itemEdit(1, "Direktør A's titel"), fixedNow));
    expect(error.message).toBe("Punktet er ændret af en anden, siden du åbnede det. Dine ændringer er ikke gemt; se de nyeste værdier nedenfor.");
    expect(error.current).toEqual({ title: "Direktør B's titel", summary: "Nyt oplæg", proposedDecision: "Direktionen drøfter oplægget", version: "2" });
    expect(itemRow(db(), itemId)).toMatchObject({ title: "Direktør B's titel", version: 2 });

    updateAgendaItem(world.director, itemId, itemEdit(Number(error.current.version), "Direktør A's titel"), fixedNow);
    expect(itemRow(db(), itemId)).toMatchObject({ title: "Direktør A's titel", version: 3 });
  });

  it("refuses an edit without a version", () => {
    const error = expectNothingWritten(db(), ValidationError, () => updateAgendaItem(world.director, itemId, itemEdit(undefined, "Uden version"), fixedNow));
    expect(error.fieldErrors.version).toEqual(["Formularen mangler sin version; genindlæs siden"]);
  });
});

describe("correcting a measurement", () => {
  let measurementId: number;
  const now = daysAfter(fixedNow, 1);
  beforeEach(() => {
    const benefitId = insertBenefit(db(), world.project.id, { ownerId: world.otherStaff.id });
    measurementId = recordMeasurement(world.otherStaff, benefitId, measurementForm({ date: "2026-11-20", value: "31", comment: "" }), fixedNow);
  });

  it("saves on the version it was opened with and counts the version up", () => {
    correctMeasurement(world.otherStaff, measurementId, measurementForm({ date: "2026-11-19", value: "29,5", comment: "Tastefejl", version: 1 }), now);
    expect(measurementRow(db(), measurementId)).toMatchObject({ date: "2026-11-19", value: 29.5, version: 2 });
  });

  it("refuses a correction made on a stale version, from a second tab, and shows the newer values", () => {
    correctMeasurement(world.otherStaff, measurementId, measurementForm({ date: "2026-11-19", value: "29,5", comment: "Tastefejl", version: 1 }), now);
    const error = expectNothingWritten(db(), ConflictError, () =>
      correctMeasurement(world.otherStaff, measurementId, measurementForm({ date: "2026-11-20", value: "33", comment: "Fra den anden fane", version: 1 }), now),
    );
    expect(error.message).toBe("Målingen er ændret, siden du åbnede den. Din rettelse er ikke gemt; se de nyeste værdier nedenfor.");
    expect(error.current).toEqual({ date: "2026-11-19", value: "29,5", comment: "Tastefejl", version: "2" });
    expect(measurementRow(db(), measurementId)).toMatchObject({ value: 29.5, comment: "Tastefejl", version: 2 });
    expect(successAudit(db(), "benefit.measure_correct")).toHaveLength(1);
  });

  it("refuses a correction without a version", () => {
    const error = expectNothingWritten(db(), ValidationError, () => correctMeasurement(world.otherStaff, measurementId, measurementForm({ value: "30" }), now));
    expect(error.fieldErrors.version).toEqual(["Formularen mangler sin version; genindlæs siden"]);
  });
});

describe("removing an agenda item with private notes", () => {
  let itemId: number;
  beforeEach(() => {
    itemId = addFreeItem(world.director, newMeeting(world), freeItem());
  });

  it("is refused while another director has a private note on it, which stays", () => {
    savePrivateNote(world.director2, itemId, form({ body: "Budgettet ser stramt ud" }), fixedNow);
    savePrivateNote(world.director, itemId, form({ body: "Min egen note" }), fixedNow);
    const error = expectNothingWritten(db(), ConflictError, () => removeAgendaItem(world.director, itemId));
    expect(error.message).toBe("Punktet har private noter fra andre direktører og kan ikke fjernes.");
    expect(itemRow(db(), itemId)).toBeDefined();
    expect(notesOf(itemId).map((note) => note.body).sort()).toEqual(["Budgettet ser stramt ud", "Min egen note"]);
  });

  it("is allowed once the other director has cleared the note, and takes the remover's own note with it", () => {
    savePrivateNote(world.director2, itemId, form({ body: "Budgettet ser stramt ud" }), fixedNow);
    savePrivateNote(world.director, itemId, form({ body: "Min egen note" }), fixedNow);
    savePrivateNote(world.director2, itemId, form({ body: "" }), fixedNow);
    removeAgendaItem(world.director, itemId);
    expect(itemRow(db(), itemId)).toBeUndefined();
    expect(notesOf(itemId)).toEqual([]);
    expect(successAudit(db(), "meeting.agenda_remove")).toHaveLength(1);
  });

  it("is allowed for the director whose note is the only one", () => {
    savePrivateNote(world.director2, itemId, form({ body: "Kun min note" }), fixedNow);
    removeAgendaItem(world.director2, itemId);
    expect(itemRow(db(), itemId)).toBeUndefined();
    expect(db().select().from(privateNotes).where(and(eq(privateNotes.agendaItemId, itemId), eq(privateNotes.userId, world.director2.id))).all()).toEqual([]);
  });
});
