import { describe, expect, it } from "vitest";
import { decidedMeanwhile } from "@/lib/domain/offline-sync";
import { formFields, isOpen, sendingOrder, syncFields, syncResult, writtenText, type OfflineWrite } from "@/lib/offline/queue";

const write = (id: number, change: Partial<OfflineWrite> = {}): OfflineWrite => ({
  id,
  userId: 7,
  meetingId: 3,
  itemId: 11,
  kind: "decision",
  fields: [
    ["outcome", "rejected"],
    ["text", "Udbud i foråret"],
  ],
  seenDecisionId: null,
  createdAt: "2026-11-30T09:00:00.000Z",
  state: "pending",
  ...change,
});

describe("the conflict rule for a decision written offline", () => {
  it("is a conflict when the item now has a decision the user did not see", () => {
    expect(decidedMeanwhile(null, 5)).toBe(true);
    expect(decidedMeanwhile(4, 5)).toBe(true);
  });

  it("is no conflict when the item is still as the user saw it, or its decision was undone meanwhile", () => {
    expect(decidedMeanwhile(null, null)).toBe(false);
    expect(decidedMeanwhile(5, 5)).toBe(false);
    expect(decidedMeanwhile(5, null)).toBe(false);
  });
});

describe("the device's queue", () => {
  it("sends only the waiting writes, in the order they were written", () => {
    const writes = [write(3), write(1, { kind: "note" }), write(2, { state: "conflict" }), write(5, { state: "saved" }), write(4)];
    expect(sendingOrder(writes).map((entry) => entry.id)).toEqual([1, 3, 4]);
  });

  it("sends what the write is and what the user saw before the form's own fields, which cannot override them", () => {
    expect(syncFields(write(1, { seenDecisionId: 9, fields: [["kind", "note"], ["outcome", "approved"]] }))).toEqual([
      ["kind", "decision"],
      ["itemId", "11"],
      ["seenDecisionId", "9"],
      ["outcome", "approved"],
    ]);
    expect(syncFields(write(1))).toEqual([
      ["kind", "decision"],
      ["itemId", "11"],
      ["outcome", "rejected"],
      ["text", "Udbud i foråret"],
    ]);
  });

  it("replaces the decision the server reported, not the one first seen", () => {
    const replacing = write(1, { kind: "replace", theirs: { decisionId: 42, outcome: "Godkendt", text: "", recorderName: "Didde Direktør" } });
    expect(syncFields(replacing).slice(0, 3)).toEqual([
      ["kind", "replace"],
      ["itemId", "11"],
      ["replacesDecisionId", "42"],
    ]);
  });

  it("reads the server's answer: saved, someone else's decision, or a refusal with its Danish message", () => {
    expect(syncResult({ ok: true, message: "Gemt." })).toEqual({ state: "saved" });
    expect(syncResult({ ok: false, message: "Besluttet imens.", current: { decisionId: "42", outcome: "Godkendt", text: "Som indstillet", recorderName: "Didde Direktør" } })).toEqual({
      state: "conflict",
      message: "Besluttet imens.",
      theirs: { decisionId: 42, outcome: "Godkendt", text: "Som indstillet", recorderName: "Didde Direktør" },
    });
    expect(syncResult({ ok: false, message: "Ret de markerede felter, og prøv igen.", fieldErrors: { text: ["Skriv beslutningen"] } })).toEqual({
      state: "refused",
      message: "Ret de markerede felter, og prøv igen. Skriv beslutningen",
    });
  });

  it("shows what was written in words", () => {
    expect(writtenText(write(1))).toBe("Afvist — Udbud i foråret");
    expect(writtenText(write(1, { fields: [["outcome", "approved"]] }))).toBe("Godkendt");
    expect(writtenText(write(1, { kind: "note", fields: [["body", "Spørg til prisen"]] }))).toBe("Spørg til prisen");
  });

  it("keeps a decision open (the form gives way) until it is saved or the user has chosen", () => {
    expect(["pending", "sending", "conflict"].every((state) => isOpen(write(1, { state: state as OfflineWrite["state"] })))).toBe(true);
    expect(["saved", "kept", "refused"].some((state) => isOpen(write(1, { state: state as OfflineWrite["state"] })))).toBe(false);
  });

  it("keeps the form's text fields only", () => {
    const data = new FormData();
    data.append("outcome", "approved");
    data.append("$ACTION_ID_abc", "");
    data.append("file", new Blob(["x"]));
    expect(formFields(data)).toEqual([["outcome", "approved"]]);
  });
});
