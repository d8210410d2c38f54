import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { agendaItems, benefitRebaselines, benefits, decisions, experiments, gateRequests, meetings, projectChangeRequests, projects, undoneDecisions } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { parseFieldChanges } from "@/lib/domain/controlled-fields";
import { decisionEffect, type DecisionEffect } from "@/lib/domain/meetings";
import { undoDecisionSchema } from "@/lib/validation/meeting-undo";
import { ConflictError, NotFoundError } from "./errors";
import { authorize, parseInput, type ActingUser } from "./guard";
import { minutesWillChange, withdrawnApprovals } from "./minutes-content";
import { notifyDecisionUndone } from "./notification-events/decision-undo";

type AgendaItemRow = typeof agendaItems.$inferSelect;
type DecisionRow = typeof decisions.$inferSelect;
export type RebaselineSnapshot = { baselineValue: number; baselineDate: string; targetValue: number; targetDate: string };

const reopen = { status: "pending" as const, decidedById: null, decidedAt: null, decisionComment: "" };

/** Reverses what the decision changed; returns what could not be reversed and must be undone by hand (Danish). */
function reverseEffect(tx: DbOrTx, item: AgendaItemRow, decision: DecisionRow, effect: DecisionEffect, now: Date): string[] {
  const stamp = now.toISOString();
  const manual: string[] = [];
  switch (effect) {
    case "approve_gate":
    case "reject_gate": {
      const request = tx.select().from(gateRequests).where(eq(gateRequests.id, item.gateRequestId!)).get()!;
      if (effect === "approve_gate") {
        const project = tx.select().from(projects).where(eq(projects.id, request.projectId)).get()!;
        if (project.phase === request.toPhase) {
          tx.update(projects).set({ phase: request.fromPhase, version: project.version + 1, updatedAt: stamp }).where(eq(projects.id, project.id)).run();
        } else {
          manual.push(`Projektet ${project.code} har skiftet fase siden beslutningen; flyt det tilbage i hånden, hvis det skal.`);
        }
      }
      tx.update(gateRequests).set(reopen).where(eq(gateRequests.id, request.id)).run();
      return manual;
    }
    case "approve_rebaseline":
    case "reject_rebaseline": {
      const request = tx.select().from(benefitRebaselines).where(eq(benefitRebaselines.id, item.rebaselineId!)).get()!;
      if (effect === "approve_rebaseline") {
        const before = JSON.parse(decision.effectSnapshot) as Partial<RebaselineSnapshot>;
        const benefit = tx.select().from(benefits).where(eq(benefits.id, request.benefitId)).get()!;
        const untouched =
          benefit.baselineValue === request.newBaselineValue &&
          benefit.baselineDate === request.newBaselineDate &&
          benefit.targetValue === request.newTargetValue &&
          benefit.targetDate === request.newTargetDate;
        if (before.baselineDate && untouched) {
          tx.update(benefits)
            .set({ baselineValue: before.baselineValue!, baselineDate: before.baselineDate, targetValue: before.targetValue!, targetDate: before.targetDate!, version: benefit.version + 1, updatedAt: stamp })
            .where(eq(benefits.id, benefit.id))
            .run();
        } else {
          manual.push(`Gevinsten »${benefit.title}« er ændret siden beslutningen; gendan baseline og mål i hånden.`);
        }
      }
      tx.update(benefitRebaselines).set(reopen).where(eq(benefitRebaselines.id, request.id)).run();
      return manual;
    }
    case "approve_change_request":
    case "reject_change_request": {
      const request = tx.select().from(projectChangeRequests).where(eq(projectChangeRequests.id, item.changeRequestId!)).get()!;
      if (effect === "approve_change_request") {
        const project = tx.select().from(projects).where(eq(projects.id, request.projectId)).get()!;
        const changes = parseFieldChanges(request.changes);
        const untouched = changes.every((change) => String(project[change.field] ?? null) === String(change.newValue));
        if (untouched) {
          const values = Object.fromEntries(changes.map((change) => [change.field, change.oldValue])) as Partial<typeof projects.$inferSelect>;
          tx.update(projects).set({ ...values, version: project.version + 1, updatedAt: stamp }).where(eq(projects.id, project.id)).run();
        } else {
          manual.push(`Projektet ${project.code} er ændret siden beslutningen; gendan de ændrede felter i hånden.`);
        }
      }
      tx.update(projectChangeRequests).set(reopen).where(eq(projectChangeRequests.id, request.id)).run();
      return manual;
    }
    case "approve_experiment":
    case "reject_experiment": {
      const experiment = tx.select().from(experiments).where(eq(experiments.id, item.experimentId!)).get()!;
      const expected = effect === "approve_experiment" ? "running" : "rejected";
      if (experiment.state === expected) {
        tx.update(experiments)
          .set({ state: "awaiting_approval", approvedById: null, approvedAt: null, version: experiment.version + 1, updatedAt: stamp })
          .where(eq(experiments.id, experiment.id))
          .run();
      } else {
        manual.push(`Forsøget »${experiment.title}« er gået videre siden beslutningen; ret dets tilstand i hånden.`);
      }
      return manual;
    }
    case "promote_experiment":
      return ["Skaleringen har oprettet et nyt projekt; stop eller luk det i hånden, hvis det ikke skal fortsætte."];
    default:
      return manual;
  }
}

/**
 * Fortryd: undoes a recorded decision until the minutes are approved. The effects are reversed in the same
 * transaction where possible; the decision and its undoing both stay in the minutes, the history and the audit log.
 * Returns what must be undone by hand (Danish), or an empty list.
 */
export function undoDecision(actor: ActingUser, itemId: number, formData: FormData | Record<string, unknown>, now = new Date()): string[] {
  const db = getDb();
  const item = db.select().from(agendaItems).where(eq(agendaItems.id, itemId)).get();
  if (!item) throw new NotFoundError("Dagsordenspunktet findes ikke.");
  authorize(actor, "board.decide", undefined, { action: "meeting.decision_undo", objectType: "meeting", objectId: item.meetingId });
  const { reason, decisionId } = parseInput(undoDecisionSchema, formData);
  return db.transaction((tx) => {
    const meeting = tx.select().from(meetings).where(eq(meetings.id, item.meetingId)).get()!;
    const withdrawn = minutesWillChange(tx, meeting.id, "Referatet er godkendt og låst. En beslutning kan ikke længere fortrydes.");
    const decision = tx.select().from(decisions).where(eq(decisions.agendaItemId, itemId)).get();
    if (!decision) throw new ConflictError("Punktet har ingen beslutning at fortryde.");
    if (decisionId !== undefined && decision.id !== decisionId) {
      throw new ConflictError("Beslutningen er ændret, siden du åbnede den. Intet er fortrudt; se den nyeste beslutning.");
    }
    const effect = decisionEffect(item.queueKind, decision.outcome);
    const manual = reverseEffect(tx, item, decision, effect, now);
    const undone = tx
      .insert(undoneDecisions)
      .values({
        agendaItemId: itemId,
        outcome: decision.outcome,
        text: decision.text,
        recordedById: decision.recordedById,
        recordedAt: decision.recordedAt,
        undoneById: actor.id,
        undoneAt: now.toISOString(),
        reason,
        manualSteps: manual.join("\n"),
      })
      .returning({ id: undoneDecisions.id })
      .get();
    tx.delete(decisions).where(and(eq(decisions.id, decision.id), eq(decisions.agendaItemId, itemId))).run();
    const changes = { agendaItemId: itemId, outcome: decision.outcome, decisionText: decision.text, effect, reason, manualSteps: manual, ...withdrawnApprovals(withdrawn) };
    recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "meeting.decision_undo", objectType: "meeting", objectId: meeting.id, changes });
    const project = item.projectId ? tx.select({ code: projects.code }).from(projects).where(eq(projects.id, item.projectId)).get() : undefined;
    if (project) {
      recordAudit(tx, {
        actorId: actor.id,
        actorRole: actor.role,
        action: "meeting.decision_undo",
        objectType: "project",
        objectId: project.code,
        changes: { ...changes, meetingId: meeting.id, title: item.title, meetingTitle: meeting.title },
      });
    }
    notifyDecisionUndone(tx, actor, item, { id: undone.id, outcome: decision.outcome, reason }, now);
    return manual;
  });
}
