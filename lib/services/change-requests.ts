import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { departments, gateRequests, projectChangeRequests, projects, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { changedControlledFields, endedProjectFieldMessage, isRequestablePhase, parseFieldChanges, type ControlledValues, type FieldChange } from "@/lib/domain/controlled-fields";
import { controlledFieldLabels } from "@/lib/domain/labels";
import { isTerminal } from "@/lib/domain/phases";
import { changeRequestDecisionSchema, changeRequestSchema, type ChangeRequestInput } from "@/lib/validation/change-requests";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { authorize, parseInput, type ActingUser } from "./guard";
import { notifyChangeRequestDecision } from "./notification-events/decisions";
import { notifyChangeRequestFiled } from "./notification-events/requests";
import { getProjectOrThrow } from "./projects";

type ProjectRow = typeof projects.$inferSelect;

const closedMessage = `${endedProjectFieldMessage}.`;

/** The requested values, only for the fields the input names. */
function requestedValues(input: ChangeRequestInput): Partial<ControlledValues> {
  const { reason: _reason, ...values } = input;
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<ControlledValues>;
}

/** Field errors for requested values that cannot be applied: unknown department, inactive owner, phase other than stop, dates out of order. */
function checkRequestedValues(db: DbOrTx, project: ProjectRow, changes: FieldChange[]): void {
  const fieldErrors: Record<string, string[]> = {};
  const value = (field: FieldChange["field"]) => changes.find((change) => change.field === field)?.newValue;
  const departmentId = value("departmentId");
  if (departmentId != null && !db.select({ id: departments.id }).from(departments).where(eq(departments.id, Number(departmentId))).get()) {
    fieldErrors.departmentId = ["Afdelingen findes ikke"];
  }
  const ownerId = value("ownerId");
  if (ownerId != null && !db.select({ id: users.id }).from(users).where(and(eq(users.id, Number(ownerId)), eq(users.active, true))).get()) {
    fieldErrors.ownerId = ["Vælg en aktiv projektejer"];
  }
  const phase = value("phase");
  if (phase != null && !isRequestablePhase(phase as ProjectRow["phase"])) {
    fieldErrors.phase = ["En ændringsanmodning kan kun bede om at stoppe projektet; andre faseskift sker med en fasegodkendelse"];
  }
  const start = value("baselineStart") ?? project.baselineStart;
  const end = value("baselineEnd") ?? project.baselineEnd;
  if (start && end && String(end) < String(start)) fieldErrors.baselineEnd = ["Planlagt slut skal ligge efter planlagt start"];
  if (Object.keys(fieldErrors).length) throw new ValidationError(fieldErrors);
}

/**
 * Ændringsanmodning: the project's owner, lead or department head asks the direktion to change board-controlled
 * figures (approved budget, baseline dates, department, owner, or to stop the project). Nothing changes until a
 * director approves it, on the project page or in a board meeting.
 */
export function fileChangeRequest(actor: ActingUser, code: string, formData: FormData | Record<string, unknown>, now = new Date()): number {
  const db = getDb();
  const project = getProjectOrThrow(db, code);
  authorize(actor, "project.change_request", { kind: "project", ...project }, { action: "change_request.file", objectType: "project", objectId: code });
  const input = parseInput(changeRequestSchema, formData);
  if (isTerminal(project.phase)) throw new ConflictError(closedMessage);
  const changes = changedControlledFields(project, requestedValues(input));
  if (changes.length === 0) {
    throw new ValidationError({ _form: ["Ingen af værdierne er ændret"] }, "Ingen af værdierne er ændret. Skriv de nye værdier, du anmoder om.");
  }
  checkRequestedValues(db, project, changes);
  return db.transaction((tx) => {
    const pending = tx
      .select({ id: projectChangeRequests.id })
      .from(projectChangeRequests)
      .where(and(eq(projectChangeRequests.projectId, project.id), eq(projectChangeRequests.status, "pending")))
      .get();
    if (pending) throw new ConflictError("Projektet har allerede en ændringsanmodning, der venter på direktionen.");
    const row = tx
      .insert(projectChangeRequests)
      .values({ projectId: project.id, changes: JSON.stringify(changes), reason: input.reason, requestedById: actor.id, requestedAt: now.toISOString() })
      .returning({ id: projectChangeRequests.id })
      .get();
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "change_request.file",
      objectType: "project",
      objectId: code,
      changes: { changeRequestId: row.id, fields: auditFields(changes), reason: input.reason },
    });
    notifyChangeRequestFiled(tx, actor, project, { id: row.id, fields: changes.map((change) => change.field) }, now);
    return row.id;
  });
}

function auditFields(changes: FieldChange[]): Record<string, { from: unknown; to: unknown }> {
  return Object.fromEntries(changes.map((change) => [change.field, { from: change.oldValue, to: change.newValue }]));
}

/**
 * Records a director's decision on a pending change request inside `tx`. Approval applies the new values and bumps
 * the project's version; it is refused when a field no longer holds the value the request was made against.
 * Exported for board meetings, where the decision applies itself in the meeting's transaction.
 */
export function applyChangeRequestDecision(
  tx: DbOrTx,
  actor: ActingUser,
  requestId: number,
  decision: "approved" | "rejected",
  comment: string,
  now: Date,
  context: Record<string, unknown> = {},
): void {
  const request = tx.select().from(projectChangeRequests).where(eq(projectChangeRequests.id, requestId)).get();
  if (!request) throw new NotFoundError("Ændringsanmodningen findes ikke.");
  const project = tx.select().from(projects).where(eq(projects.id, request.projectId)).get()!;
  const updated = tx
    .update(projectChangeRequests)
    .set({ status: decision, decidedById: actor.id, decidedAt: now.toISOString(), decisionComment: comment })
    .where(and(eq(projectChangeRequests.id, requestId), eq(projectChangeRequests.status, "pending")))
    .run();
  if (updated.changes === 0) throw new ConflictError("Ændringsanmodningen er allerede afgjort.");
  const changes = parseFieldChanges(request.changes);
  if (decision === "approved") applyChanges(tx, project, changes, request.reason, now);
  recordAudit(tx, {
    actorId: actor.id,
    actorRole: actor.role,
    action: decision === "approved" ? "change_request.approve" : "change_request.reject",
    objectType: "project",
    objectId: project.code,
    changes: {
      changeRequestId: requestId,
      fields: auditFields(changes),
      reason: request.reason,
      requestedById: request.requestedById,
      comment,
      ...context,
    },
  });
  notifyChangeRequestDecision(tx, actor, project, { id: requestId, requestedById: request.requestedById, changes }, decision, comment, now);
}

function applyChanges(tx: DbOrTx, project: ProjectRow, changes: FieldChange[], reason: string, now: Date): void {
  if (isTerminal(project.phase)) throw new ConflictError(closedMessage);
  const moved = changes.filter((change) => String(project[change.field] ?? null) !== String(change.oldValue));
  if (moved.length) {
    const names = moved.map((change) => controlledFieldLabels[change.field].toLowerCase()).join(", ");
    throw new ConflictError(`Projektet er ændret, siden anmodningen blev sendt (${names}). Afvis anmodningen, og bed om en ny.`);
  }
  checkRequestedValues(tx, project, changes);
  const values = Object.fromEntries(changes.map((change) => [change.field, change.newValue])) as Partial<ProjectRow>;
  const stopping = values.phase === "stopped";
  const result = tx
    .update(projects)
    .set({ ...values, ...(stopping ? { stopReason: reason } : {}), version: project.version + 1, updatedAt: now.toISOString() })
    .where(and(eq(projects.id, project.id), eq(projects.version, project.version)))
    .run();
  if (result.changes === 0) throw new ConflictError("Projektet er ændret i mellemtiden. Genindlæs siden.");
  if (stopping) {
    tx.update(gateRequests)
      .set({ status: "withdrawn", decidedAt: now.toISOString() })
      .where(and(eq(gateRequests.projectId, project.id), eq(gateRequests.status, "pending")))
      .run();
  }
}

/** A director approves or rejects a change request on the project page. */
export function decideChangeRequest(actor: ActingUser, requestId: number, formData: FormData | Record<string, unknown>, now = new Date()): void {
  authorize(actor, "board.decide", undefined, { action: "change_request.decide", objectType: "change_request", objectId: requestId });
  const input = parseInput(changeRequestDecisionSchema, formData);
  getDb().transaction((tx) => applyChangeRequestDecision(tx, actor, requestId, input.decision, input.comment, now));
}
