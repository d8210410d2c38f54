import "server-only";
import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db";
import { agendaItems, undoneDecisions, users } from "@/db/schema";

const undoer = alias(users, "decision_undoer");

/** The decisions undone at a meeting, for the minutes: what was decided, who undid it, when and why. */
export function undoneDecisionsOf(meetingId: number) {
  return getDb()
    .select({
      id: undoneDecisions.id,
      itemTitle: agendaItems.title,
      position: agendaItems.position,
      outcome: undoneDecisions.outcome,
      text: undoneDecisions.text,
      recordedAt: undoneDecisions.recordedAt,
      undoneAt: undoneDecisions.undoneAt,
      reason: undoneDecisions.reason,
      manualSteps: undoneDecisions.manualSteps,
      undoneByName: undoer.name,
    })
    .from(undoneDecisions)
    .innerJoin(agendaItems, eq(agendaItems.id, undoneDecisions.agendaItemId))
    .leftJoin(undoer, eq(undoer.id, undoneDecisions.undoneById))
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(undoneDecisions.undoneAt), asc(undoneDecisions.id))
    .all();
}

export type UndoneDecisionView = ReturnType<typeof undoneDecisionsOf>[number];
