import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { privateNotes, undoneDecisions } from "@/db/schema";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/services/errors";
import { recordDecision } from "@/lib/services/meetings";
import { decidedMeanwhileMessage, syncOfflineWrite } from "@/lib/services/meeting-offline-sync";
import { addFreeItem } from "@/lib/services/meetings";
import { decisionOf, expectMeetingForbidden, expectMeetingRefused, newMeeting, nonDirectorPicks, seedMeetingWorld, type MeetingWorld } from "./meeting-fixtures";
import { caught, form, successAudit } from "./project-fixtures";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();
let world: MeetingWorld;
let meetingId: number;
let itemId: number;
const later = new Date("2026-11-27T10:00:00Z");

beforeEach(() => {
  world = seedMeetingWorld(db());
  meetingId = newMeeting(world, [world.director.id, world.director2.id]);
  itemId = addFreeItem(world.director, meetingId, form({ kind: "decision", title: "Fælles indkøb af sensorer" }));
});

const noteOf = (userId: number) => db().select().from(privateNotes).where(eq(privateNotes.userId, userId)).get();

describe("sending what meeting mode kept offline", () => {
  it("records a decision the user wrote on an undecided item, through the decision service", () => {
    syncOfflineWrite(world.director, meetingId, form({ kind: "decision", itemId, seenDecisionId: "", outcome: "rejected", text: "Udbud i foråret" }), later);
    expect(decisionOf(db(), itemId)).toMatchObject({ outcome: "rejected", text: "Udbud i foråret", recordedById: world.director.id });
    expect(successAudit(db(), "meeting.decision")).toHaveLength(1);
  });

  it("saves a private note, the last one sent winning", () => {
    syncOfflineWrite(world.director, meetingId, form({ kind: "note", itemId, body: "Først" }), later);
    syncOfflineWrite(world.director, meetingId, form({ kind: "note", itemId, body: "Spørg til prisen" }), later);
    expect(noteOf(world.director.id)?.body).toBe("Spørg til prisen");
  });

  it("refuses a decision when someone else decided the item meanwhile, and hands back their decision", () => {
    recordDecision(world.director2, itemId, form({ outcome: "approved", text: "Godkendt som indstillet" }), later);
    const error = expectMeetingRefused(db(), ConflictError, () =>
      syncOfflineWrite(world.director, meetingId, form({ kind: "decision", itemId, outcome: "rejected", text: "Udbud i foråret" }), later),
    );
    expect(error.message).toBe(decidedMeanwhileMessage);
    expect(error.current).toEqual({ decisionId: String(decisionOf(db(), itemId)!.id), outcome: "Godkendt", text: "Godkendt som indstillet", recorderName: "Didde Direktør" });
  });

  it("records the decision when the one the user saw was undone meanwhile", () => {
    syncOfflineWrite(world.director, meetingId, form({ kind: "decision", itemId, seenDecisionId: 999, outcome: "postponed", text: "Tages op igen i januar" }), later);
    expect(decisionOf(db(), itemId)).toMatchObject({ outcome: "postponed" });
  });

  it("replaces the other decision with the user's when they choose so: undone with a reason, then recorded", () => {
    recordDecision(world.director2, itemId, form({ outcome: "approved", text: "" }), later);
    const theirs = decisionOf(db(), itemId)!;
    syncOfflineWrite(world.director, meetingId, form({ kind: "replace", itemId, replacesDecisionId: theirs.id, outcome: "rejected", text: "Udbud i foråret" }), later);
    expect(decisionOf(db(), itemId)).toMatchObject({ outcome: "rejected", recordedById: world.director.id });
    expect(db().select().from(undoneDecisions).all()).toEqual([
      expect.objectContaining({ agendaItemId: itemId, recordedById: world.director2.id, undoneById: world.director.id, reason: "Erstattet af beslutning registreret uden net" }),
    ]);
  });

  it("refuses a replacement when the decision changed again, changing nothing", () => {
    recordDecision(world.director2, itemId, form({ outcome: "approved", text: "" }), later);
    const theirs = decisionOf(db(), itemId)!;
    const error = expectMeetingRefused(db(), ConflictError, () =>
      syncOfflineWrite(world.director, meetingId, form({ kind: "replace", itemId, replacesDecisionId: theirs.id + 1, outcome: "rejected", text: "Udbud i foråret" }), later),
    );
    expect(error.current.decisionId).toBe(String(theirs.id));
  });

  it("keeps the other decision when the replacement itself is bad input: neither the undo nor the decision happens", () => {
    recordDecision(world.director2, itemId, form({ outcome: "approved", text: "" }), later);
    const theirs = decisionOf(db(), itemId)!;
    const error = expectMeetingRefused(db(), ValidationError, () =>
      syncOfflineWrite(world.director, meetingId, form({ kind: "replace", itemId, replacesDecisionId: theirs.id, outcome: "rejected", text: "" }), later),
    );
    expect(error.fieldErrors.text).toEqual(["Skriv beslutningen, når den ikke blot er Godkendt"]);
    expect(decisionOf(db(), itemId)!.id).toBe(theirs.id);
  });

  it("refuses bad input with a Danish message and writes nothing", () => {
    const unknownKind = expectMeetingRefused(db(), ValidationError, () => syncOfflineWrite(world.director, meetingId, form({ kind: "delete", itemId }), later));
    expect(unknownKind.fieldErrors.kind).toEqual(["Ukendt slags ændring"]);
    const badItem = expectMeetingRefused(db(), ValidationError, () => syncOfflineWrite(world.director, meetingId, form({ kind: "note", itemId: "x", body: "Hej" }), later));
    expect(badItem.fieldErrors.itemId).toEqual(["Ukendt dagsordenspunkt"]);
    const badOutcome = expectMeetingRefused(db(), ValidationError, () => syncOfflineWrite(world.director, meetingId, form({ kind: "decision", itemId, outcome: "maybe" }), later));
    expect(badOutcome.fieldErrors.outcome).toEqual(["Vælg Godkendt, Afvist, Udsat eller Justeret"]);
  });

  it("refuses an item of another meeting", () => {
    const otherMeeting = newMeeting(world, [world.director.id]);
    const error = caught(() => syncOfflineWrite(world.director, otherMeeting, form({ kind: "note", itemId, body: "Hej" }), later));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(noteOf(world.director.id)).toBeUndefined();
  });

  it.each(nonDirectorPicks)("is forbidden for %s: nothing written, the denial audited", (_name, pick) => {
    const actor = pick(world);
    expectMeetingForbidden(db(), actor, "meeting.offline_sync", () =>
      syncOfflineWrite(actor, meetingId, form({ kind: "decision", itemId, outcome: "approved", text: "" }), later),
    );
    expectMeetingForbidden(db(), actor, "meeting.offline_sync", () => syncOfflineWrite(actor, meetingId, form({ kind: "note", itemId, body: "Hej" }), later));
  });
});
