import type { ActionState } from "@/lib/action-state";
import { decisionOutcomeLabels } from "@/lib/domain/decision-outcomes";

/** Meeting mode's writes kept on the device while it has no connection, and the pure rules for sending them. */

export type OfflineWriteKind = "decision" | "replace" | "note";

/** The decision someone else registered meanwhile, as the server reported it. */
export type OtherDecision = { decisionId: number; outcome: string; text: string; recorderName: string };

/**
 * pending: waits for the network; sending: on its way; saved: confirmed by the server (kept in memory only);
 * conflict: someone else decided the item, the user must choose; kept: the user kept the other decision (theirs is
 * still shown until dismissed); refused: the server refused it with a message (the text stays until dismissed).
 */
export type OfflineWriteState = "pending" | "sending" | "saved" | "conflict" | "kept" | "refused";

export type OfflineWrite = {
  /** IndexedDB's auto-increment key: the order the writes were made in. */
  id: number;
  userId: number;
  meetingId: number;
  itemId: number;
  kind: OfflineWriteKind;
  /** The form's fields as typed (outcome and text, promotion fields, or the note's body). */
  fields: [string, string][];
  /** The decision the user saw on the item when writing (null: none). */
  seenDecisionId: number | null;
  createdAt: string;
  state: OfflineWriteState;
  message?: string;
  theirs?: OtherDecision;
};

export type NewOfflineWrite = Omit<OfflineWrite, "id" | "state" | "createdAt" | "message" | "theirs">;

/** The writes to send now, oldest first: a later note on an item must win over an earlier one. */
export function sendingOrder(writes: OfflineWrite[]): OfflineWrite[] {
  return writes.filter((write) => write.state === "pending").sort((a, b) => a.id - b.id);
}

/** The fields the sync action reads: what the write is, the decision it was written against, then the form's own fields. */
export function syncFields(write: OfflineWrite): [string, string][] {
  const head: [string, string][] = [
    ["kind", write.kind],
    ["itemId", String(write.itemId)],
  ];
  if (write.kind === "replace") head.push(["replacesDecisionId", String(write.theirs?.decisionId ?? "")]);
  else if (write.seenDecisionId !== null) head.push(["seenDecisionId", String(write.seenDecisionId)]);
  const reserved = new Set(["kind", "itemId", "seenDecisionId", "replacesDecisionId"]);
  return [...head, ...write.fields.filter(([name]) => !reserved.has(name))];
}

export type SyncResult = { state: "saved" } | { state: "conflict"; theirs: OtherDecision; message: string } | { state: "refused"; message: string };

/** Reads the sync action's answer: saved, refused because someone else decided (with their decision), or refused. */
export function syncResult(answer: ActionState): SyncResult {
  if (answer.ok) return { state: "saved" };
  const current = answer.current;
  const decisionId = Number(current?.decisionId);
  if (current && Number.isInteger(decisionId) && decisionId > 0) {
    return {
      state: "conflict",
      message: answer.message ?? "",
      theirs: { decisionId, outcome: current.outcome ?? "", text: current.text ?? "", recorderName: current.recorderName ?? "" },
    };
  }
  const fieldMessages = Object.values(answer.fieldErrors ?? {}).flat();
  return { state: "refused", message: [answer.message, ...fieldMessages].filter(Boolean).join(" ") || "Serveren afviste ændringen." };
}

/** What the user wrote, as text: "Afvist — Udbud i foråret" for a decision, the body for a note. */
export function writtenText(write: Pick<OfflineWrite, "kind" | "fields">): string {
  const field = (name: string) => write.fields.find(([key]) => key === name)?.[1] ?? "";
  if (write.kind === "note") return field("body");
  const outcome = decisionOutcomeLabels[field("outcome") as keyof typeof decisionOutcomeLabels] ?? field("outcome");
  const text = field("text").trim();
  return text ? `${outcome} — ${text}` : outcome;
}

/** The writes still waiting for the user or the network: a decision among these hides the item's decision form. */
export function isOpen(write: OfflineWrite): boolean {
  return write.state === "pending" || write.state === "sending" || write.state === "conflict";
}

/** The form's text fields (files are never kept). */
export function formFields(formData: FormData): [string, string][] {
  const fields: [string, string][] = [];
  formData.forEach((value, name) => {
    if (typeof value === "string" && !name.startsWith("$ACTION")) fields.push([name, value]);
  });
  return fields;
}
