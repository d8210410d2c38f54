import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { gateRequests, projects } from "@/db/schema";
import type { Phase } from "@/lib/codes";
import { recordAudit } from "@/lib/audit";
import { checklistMet, gateChecklist } from "@/lib/domain/gate-checklist";
import { phaseLabels } from "@/lib/domain/labels";
import { findTransition } from "@/lib/domain/phases";
import { gateDecisionSchema, gateRequestSchema, phaseChangeSchema } from "@/lib/validation/project-items";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { authorize, parseInput, type ActingUser } from "./guard";
import { loadGateFacts } from "@/lib/queries/project-facts";
import { notifyGateDecision } from "./notification-events/decisions";
import { notifyGateRequested } from "./notification-events/requests";
import { getProjectOrThrow } from "./projects";

function unmetMessage(items: ReturnType<typeof gateChecklist>): string {
  return `Tjeklisten er ikke opfyldt: ${items
    .filter((item) => !item.met)
    .map((item) => item.label.charAt(0).toLowerCase() + item.label.slice(1))
    .join("; ")}.`;
}

/** Asks the direktion to approve leaving analysis or trial; the checklist must be met. */
export function requestGate(actor: ActingUser, code: string, formData: FormData | Record<string, unknown>, now = new Date()): number {
  const db = getDb();
  const project = getProjectOrThrow(db, code);
  authorize(actor, "gate.request", { kind: "project", ...project }, { action: "gate.request", objectType: "project", objectId: code });
  const input = parseInput(gateRequestSchema, formData);
  if (findTransition(project.phase, input.toPhase)?.kind !== "gate") {
    throw new ValidationError({ toPhase: [`${phaseLabels[project.phase]} → ${phaseLabels[input.toPhase]} kræver ikke en fasegodkendelse`] });
  }
  const checklist = gateChecklist(project.phase, input.toPhase, loadGateFacts(db, project));
  if (!checklistMet(checklist)) throw new ValidationError({ toPhase: [unmetMessage(checklist)] }, unmetMessage(checklist));
  return db.transaction((tx) => {
    const pending = tx
      .select({ id: gateRequests.id })
      .from(gateRequests)
      .where(and(eq(gateRequests.projectId, project.id), eq(gateRequests.status, "pending")))
      .get();
    if (pending) throw new ConflictError("Projektet har allerede en fasegodkendelse, der venter på direktionen.");
    const row = tx
      .insert(gateRequests)
      .values({
        projectId: project.id,
        fromPhase: project.phase,
        toPhase: input.toPhase,
        requestComment: input.comment,
        checklist: JSON.stringify(checklist),
        requestedById: actor.id,
        requestedAt: now.toISOString(),
      })
      .returning({ id: gateRequests.id })
      .get();
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "gate.request",
      objectType: "project",
      objectId: code,
      changes: { gateRequestId: row.id, from: project.phase, to: input.toPhase },
    });
    notifyGateRequested(tx, actor, project, { id: row.id, fromPhase: project.phase, toPhase: input.toPhase }, now);
    return row.id;
  });
}

/**
 * Records a director's decision on a pending gate request inside `tx`; approval moves the project.
 * Exported for board meetings, where the decision applies itself in the meeting's transaction.
 */
export function applyGateDecision(
  tx: DbOrTx,
  actor: ActingUser,
  requestId: number,
  decision: "approved" | "rejected",
  comment: string,
  now: Date,
  context: Record<string, unknown> = {},
): void {
  const request = tx.select().from(gateRequests).where(eq(gateRequests.id, requestId)).get();
  if (!request) throw new NotFoundError("Fasegodkendelsen findes ikke.");
  const project = tx.select().from(projects).where(eq(projects.id, request.projectId)).get()!;
  const updated = tx
    .update(gateRequests)
    .set({ status: decision, decidedById: actor.id, decidedAt: now.toISOString(), decisionComment: comment })
    .where(and(eq(gateRequests.id, requestId), eq(gateRequests.status, "pending")))
    .run();
  if (updated.changes === 0) throw new ConflictError("Fasegodkendelsen er allerede afgjort.");
  if (decision === "approved") {
    if (project.phase !== request.fromPhase) throw new ConflictError("Projektet har skiftet fase, siden porten blev anmodet.");
    tx.update(projects)
      .set({ phase: request.toPhase, version: sql`${projects.version} + 1`, updatedAt: now.toISOString() })
      .where(eq(projects.id, project.id))
      .run();
  }
  recordAudit(tx, {
    actorId: actor.id,
    actorRole: actor.role,
    action: decision === "approved" ? "gate.approve" : "gate.reject",
    objectType: "project",
    objectId: project.code,
    changes: { gateRequestId: requestId, from: request.fromPhase, to: request.toPhase, comment, ...context },
  });
  notifyGateDecision(tx, actor, project, request, decision, comment, now);
}

export function decideGate(actor: ActingUser, requestId: number, formData: FormData | Record<string, unknown>, now = new Date()): void {
  authorize(actor, "gate.decide", undefined, { action: "gate.decide", objectType: "gate_request", objectId: requestId });
  const input = parseInput(gateDecisionSchema, formData);
  getDb().transaction((tx) => applyGateDecision(tx, actor, requestId, input.decision, input.comment, now));
}

/**
 * Moves a project without a gate: idé → analyse, implementering → gevinstrealisering, → afsluttet; → stoppet is a
 * director's decision (others ask for it with a change request).
 */
export function changePhase(actor: ActingUser, code: string, formData: FormData | Record<string, unknown>, now = new Date()): Phase {
  const db = getDb();
  const project = getProjectOrThrow(db, code);
  authorize(actor, "project.edit", { kind: "project", ...project }, { action: "project.phase", objectType: "project", objectId: code });
  const input = parseInput(phaseChangeSchema, formData);
  if (input.toPhase === "stopped") authorize(actor, "project.stop", undefined, { action: "project.stop", objectType: "project", objectId: code });
  const transition = findTransition(project.phase, input.toPhase);
  if (!transition) {
    throw new ValidationError({ toPhase: [`Et projekt i ${phaseLabels[project.phase].toLowerCase()} kan ikke gå til ${phaseLabels[input.toPhase].toLowerCase()}`] });
  }
  if (transition.kind === "gate") {
    throw new ValidationError({ toPhase: ["Denne faseovergang kræver direktionens godkendelse; anmod om en fasegodkendelse"] });
  }
  const checklist = gateChecklist(project.phase, input.toPhase, loadGateFacts(db, project));
  if (!checklistMet(checklist)) throw new ValidationError({ toPhase: [unmetMessage(checklist)] }, unmetMessage(checklist));
  db.transaction((tx) => {
    const result = tx
      .update(projects)
      .set({
        phase: input.toPhase,
        stopReason: input.toPhase === "stopped" ? input.reason : project.stopReason,
        version: sql`${projects.version} + 1`,
        updatedAt: now.toISOString(),
      })
      .where(and(eq(projects.id, project.id), eq(projects.phase, project.phase)))
      .run();
    if (result.changes === 0) throw new ConflictError("Projektet har skiftet fase i mellemtiden. Genindlæs siden.");
    tx.update(gateRequests)
      .set({ status: "withdrawn", decidedAt: now.toISOString() })
      .where(and(eq(gateRequests.projectId, project.id), eq(gateRequests.status, "pending")))
      .run();
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "project.phase",
      objectType: "project",
      objectId: code,
      changes: { from: project.phase, to: input.toPhase, reason: input.reason || undefined },
    });
  });
  return input.toPhase;
}
