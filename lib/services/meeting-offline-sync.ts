import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { agendaItems, decisions, users } from "@/db/schema";
import { decisionOutcomeLabels } from "@/lib/domain/labels";
import { decidedMeanwhile, replacedByOfflineDecisionReason } from "@/lib/domain/offline-sync";
import { offlineWriteSchema } from "@/lib/validation/offline-sync";
import { ConflictError, NotFoundError } from "./errors";
import { authorize, parseInput, type ActingUser } from "./guard";
import { undoDecision } from "./meeting-decision-undo";
import { recordDecision, savePrivateNote } from "./meetings";

export const decidedMeanwhileMessage = "En anden har registreret en beslutning på punktet, mens du var uden net. Vælg, hvilken beslutning der skal gælde.";

/**
 * Applies one write that meeting mode kept on the device while it had no connection: a decision, a decision that
 * replaces someone else's (the user's choice after a conflict), or a private note. Each goes through the same
 * services as the forms, so every rule, audit event and notification is theirs. A decision whose item was decided
 * by someone else meanwhile is refused with a ConflictError carrying that decision (id, outcome, text, recorder),
 * so the device can show both texts. A replacement undoes the other decision and records the new one in one
 * transaction: either both happen or neither.
 */
export function syncOfflineWrite(actor: ActingUser, meetingId: number, formData: FormData | Record<string, unknown>, now = new Date()): void {
  const db = getDb();
  authorize(actor, "board.decide", undefined, { action: "meeting.offline_sync", objectType: "meeting", objectId: meetingId });
  const input = parseInput(offlineWriteSchema, formData);
  const item = db.select({ id: agendaItems.id, meetingId: agendaItems.meetingId }).from(agendaItems).where(eq(agendaItems.id, input.itemId)).get();
  if (!item || item.meetingId !== meetingId) throw new NotFoundError("Dagsordenspunktet findes ikke på dette møde.");

  if (input.kind === "note") {
    savePrivateNote(actor, item.id, formData, now);
    return;
  }

  const current = db
    .select({ id: decisions.id, outcome: decisions.outcome, text: decisions.text, recorderName: users.name })
    .from(decisions)
    .innerJoin(users, eq(users.id, decisions.recordedById))
    .where(eq(decisions.agendaItemId, item.id))
    .get();
  const expected = (input.kind === "replace" ? input.replacesDecisionId : input.seenDecisionId) ?? null;
  if (current && decidedMeanwhile(expected, current.id)) {
    throw new ConflictError(decidedMeanwhileMessage, {
      decisionId: String(current.id),
      outcome: decisionOutcomeLabels[current.outcome],
      text: current.text,
      recorderName: current.recorderName,
    });
  }
  if (input.kind === "replace" && current) {
    // Both services open their own transaction; inside this one they become savepoints of it.
    db.transaction(() => {
      undoDecision(actor, item.id, { decisionId: current.id, reason: replacedByOfflineDecisionReason }, now);
      recordDecision(actor, item.id, formData, now);
    });
    return;
  }
  recordDecision(actor, item.id, formData, now);
}
