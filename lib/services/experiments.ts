import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { agendaItems, departments, experiments, ideas, projectGoals, projects, users, zones } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { experimentResource } from "@/lib/permissions";
import { toDay } from "@/lib/domain/dates";
import { stateOnStart } from "@/lib/domain/experiments";
import { radarRingLabels, testCardFieldLabels } from "@/lib/domain/labels";
import { hasPeriodEnded, incompleteCardMessage, missingTestCardParts, periodEndedMessage, testCardLockReason } from "@/lib/domain/test-card";
import { formatDate, formatKr } from "@/lib/format";
import {
  deleteExperimentSchema,
  experimentZoneSchema,
  learningCardSchema,
  promoteExperimentSchema,
  promotionProjectSchema,
  rejectExperimentSchema,
  testCardEditSchema,
  testCardSchema,
} from "@/lib/validation/experiments";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { authorize, changedFields, parseInput, type ActingUser } from "./guard";
import { notifyExperimentDecision } from "./notification-events/decisions";
import { nextProjectCode } from "./projects";
import { tagProjectWithTechnology } from "./technology-tags";
import { zoneRefOf } from "./zones";

type ZoneRow = typeof zones.$inferSelect;
type ExperimentRow = typeof experiments.$inferSelect;

function getZoneById(db: DbOrTx, id: number): ZoneRow {
  const zone = db.select().from(zones).where(eq(zones.id, id)).get();
  if (!zone) throw new NotFoundError("Udviklingsrummet findes ikke.");
  return zone;
}

function loadOrThrow(db: DbOrTx, id: number): { experiment: ExperimentRow; zone: ZoneRow } {
  const experiment = Number.isSafeInteger(id) && id > 0 ? db.select().from(experiments).where(eq(experiments.id, id)).get() : undefined;
  if (!experiment) throw new NotFoundError("Forsøget findes ikke.");
  return { experiment, zone: getZoneById(db, experiment.zoneId) };
}

/** Money at risk in the zone's running experiments, the given one left out. */
export function runningAtRiskKr(db: DbOrTx, zoneId: number, exceptId = 0): number {
  const row = db
    .select({ total: sql<number>`coalesce(sum(${experiments.moneyAtRiskKr}), 0)`.mapWith(Number) })
    .from(experiments)
    .where(and(eq(experiments.zoneId, zoneId), eq(experiments.state, "running"), ne(experiments.id, exceptId)))
    .get();
  return row?.total ?? 0;
}

function audit(db: DbOrTx, actor: ActingUser, action: string, zone: ZoneRow, changes: Record<string, unknown>): void {
  recordAudit(db, { actorId: actor.id, actorRole: actor.role, action, objectType: "zone", objectId: zone.slug, changes });
}

/** Moves the experiment on only from the state the caller saw; anything else is someone else's newer change. */
function transition(db: DbOrTx, experiment: ExperimentRow, from: ExperimentRow["state"], set: Partial<ExperimentRow>, now: Date): void {
  const result = db
    .update(experiments)
    .set({ ...set, version: sql`${experiments.version} + 1`, updatedAt: now.toISOString() })
    .where(and(eq(experiments.id, experiment.id), eq(experiments.state, from)))
    .run();
  if (result.changes === 0) throw new ConflictError("Forsøget er ændret af en anden i mellemtiden. Genindlæs siden.");
}

function requireState(experiment: ExperimentRow, state: ExperimentRow["state"], message: string): void {
  if (experiment.state !== state) throw new ConflictError(message);
}

/** A test card in a zone: zone members, the zone lead, department heads who are members, and directors. */
export function createExperiment(actor: ActingUser, formData: FormData | Record<string, unknown>): { id: number } {
  const db = getDb();
  const { zoneId } = parseInput(experimentZoneSchema, formData);
  const zone = db.select().from(zones).where(eq(zones.id, zoneId)).get();
  if (!zone) throw new ValidationError({ zoneId: ["Udviklingsrummet findes ikke"] });
  authorize(actor, "experiment.create", { kind: "zone", ...zoneRefOf(db, zone) }, { action: "experiment.create", objectType: "zone", objectId: zone.slug });
  if (zone.status !== "active") throw new ValidationError({ zoneId: ["Udviklingsrummet er lukket for nye forsøg"] });
  const input = parseInput(testCardSchema, formData);
  checkZoneProject(db, zone.id, input.projectId);
  return db.transaction((tx) => {
    const columns = {
      zoneId: zone.id,
      projectId: input.projectId,
      title: input.title,
      hypothesis: input.hypothesis,
      test: input.test,
      metric: input.metric,
      successCriterion: input.successCriterion,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      moneyAtRiskKr: input.moneyAtRiskKr,
      technology: input.technology,
      radarRing: input.radarRing,
      involvementPlanned: input.involvementPlanned,
    };
    const row = tx
      .insert(experiments)
      .values({ ...columns, state: "draft", createdById: actor.id })
      .returning({ id: experiments.id })
      .get();
    audit(tx, actor, "experiment.create", zone, { experimentId: row.id, ...columns });
    return { id: row.id };
  });
}

const staleTestCardMessage = "Testkortet er ændret af en anden, siden du åbnede det. Dine ændringer er ikke gemt; se de nyeste værdier nedenfor.";
const staleDeleteMessage = "Testkortet er ændret af en anden, siden du åbnede siden. Kladden er ikke slettet; genindlæs siden, og se ændringerne.";

/** A linked project must be one of the zone's own. */
function checkZoneProject(db: DbOrTx, zoneId: number, projectId: number | null): void {
  if (!projectId) return;
  const project = db.select({ zoneId: projects.zoneId }).from(projects).where(eq(projects.id, projectId)).get();
  if (project?.zoneId !== zoneId) throw new ValidationError({ projectId: ["Vælg et projekt i dette udviklingsrum"] });
}

/** Only a draft in an active zone; anything else is refused with the reason, and nothing changes. */
function requireEditable(experiment: ExperimentRow, zone: ZoneRow): void {
  const reason = testCardLockReason(experiment.state, zone.status);
  if (reason) throw new ConflictError(reason);
}

/** The stored test card as the edit form names its fields, so a refused editor sees what changed. */
function currentTestCardValues(db: DbOrTx, experiment: ExperimentRow): Record<string, string> {
  const project = experiment.projectId
    ? db.select({ code: projects.code, title: projects.title }).from(projects).where(eq(projects.id, experiment.projectId)).get()
    : undefined;
  return {
    title: experiment.title,
    hypothesis: experiment.hypothesis,
    test: experiment.test,
    metric: experiment.metric,
    successCriterion: experiment.successCriterion,
    periodStart: experiment.periodStart ? formatDate(experiment.periodStart) : "",
    periodEnd: experiment.periodEnd ? formatDate(experiment.periodEnd) : "",
    moneyAtRiskKr: formatKr(experiment.moneyAtRiskKr),
    projectId: project ? `${project.code} ${project.title}` : "Intet projekt",
    technology: experiment.technology,
    radarRing: radarRingLabels[experiment.radarRing],
    involvementPlanned: experiment.involvementPlanned,
    version: String(experiment.version),
  };
}

/**
 * Edits a draft's test card (a typo in the money at risk, new dates): the creator, the zone lead or the zone sponsor —
 * whoever may start it — while the zone is active. Saved only on the version the form was opened with; a stale save
 * is refused with the newer values.
 */
export function updateExperiment(actor: ActingUser, id: number, formData: FormData | Record<string, unknown>, now = new Date()): void {
  const db = getDb();
  const { experiment, zone } = loadOrThrow(db, id);
  authorize(actor, "experiment.manage", experimentResource(zone, experiment), { action: "experiment.update", objectType: "zone", objectId: zone.slug });
  requireEditable(experiment, zone);
  const { version, ...input } = parseInput(testCardEditSchema, formData);
  checkZoneProject(db, zone.id, input.projectId);
  db.transaction((tx) => {
    const { experiment: before, zone: zoneNow } = loadOrThrow(tx, id);
    requireEditable(before, zoneNow);
    if (before.version !== version) throw new ConflictError(staleTestCardMessage, currentTestCardValues(tx, before));
    const result = tx
      .update(experiments)
      .set({ ...input, version: version + 1, updatedAt: now.toISOString() })
      .where(and(eq(experiments.id, id), eq(experiments.version, version), eq(experiments.state, "draft")))
      .run();
    if (result.changes === 0) throw new ConflictError(staleTestCardMessage, currentTestCardValues(tx, before));
    audit(tx, actor, "experiment.update", zoneNow, { experimentId: id, ...changedFields(before, input) });
  });
}

/**
 * Deletes a draft that will not be run, on the version its button was shown with; the same people and the same
 * conditions as editing it. An idea sent to this experiment goes back to "Vurderes", so it can be sent again.
 */
export function deleteExperiment(actor: ActingUser, id: number, formData: FormData | Record<string, unknown>, now = new Date()): { zoneSlug: string } {
  const db = getDb();
  const { experiment, zone } = loadOrThrow(db, id);
  authorize(actor, "experiment.manage", experimentResource(zone, experiment), { action: "experiment.delete", objectType: "zone", objectId: zone.slug });
  requireEditable(experiment, zone);
  const { version } = parseInput(deleteExperimentSchema, formData);
  return db.transaction((tx) => {
    const { experiment: before, zone: zoneNow } = loadOrThrow(tx, id);
    requireEditable(before, zoneNow);
    if (before.version !== version) throw new ConflictError(staleDeleteMessage);
    if (tx.select({ id: agendaItems.id }).from(agendaItems).where(eq(agendaItems.experimentId, id)).get()) {
      throw new ConflictError("Forsøget står på en dagsorden for direktionen og kan ikke slettes.");
    }
    const linkedIdeas = tx.select({ id: ideas.id, status: ideas.status, version: ideas.version }).from(ideas).where(eq(ideas.experimentId, id)).all();
    for (const idea of linkedIdeas) {
      const status = idea.status === "to_experiment" ? "reviewing" : idea.status;
      tx.update(ideas).set({ experimentId: null, status, version: idea.version + 1, updatedAt: now.toISOString() }).where(eq(ideas.id, idea.id)).run();
      recordAudit(tx, {
        actorId: actor.id,
        actorRole: actor.role,
        action: "experiment.delete",
        objectType: "idea",
        objectId: idea.id,
        changes: { experimentId: { from: id, to: null }, ...(status !== idea.status ? { status: { from: idea.status, to: status } } : {}) },
      });
    }
    const result = tx.delete(experiments).where(and(eq(experiments.id, id), eq(experiments.version, version), eq(experiments.state, "draft"))).run();
    if (result.changes === 0) throw new ConflictError(staleDeleteMessage);
    // The deleted card as it was, so the audit trail still tells what was planned.
    audit(tx, actor, "experiment.delete", zoneNow, {
      experimentId: id,
      title: before.title,
      hypothesis: before.hypothesis,
      test: before.test,
      metric: before.metric,
      successCriterion: before.successCriterion,
      periodStart: before.periodStart,
      periodEnd: before.periodEnd,
      moneyAtRiskKr: before.moneyAtRiskKr,
      projectId: before.projectId,
      technology: before.technology,
      radarRing: before.radarRing,
      involvementPlanned: before.involvementPlanned,
      createdById: before.createdById,
      ideaIds: linkedIdeas.map((idea) => idea.id),
    });
    return { zoneSlug: zoneNow.slug };
  });
}

/**
 * Starts a draft. Inside the frame it runs; over the frame it waits as "Afventer godkendelse" for the sponsor —
 * never refused silently, never accepted silently.
 */
export function startExperiment(actor: ActingUser, id: number, now = new Date()): { state: ExperimentRow["state"] } {
  const db = getDb();
  const { experiment, zone } = loadOrThrow(db, id);
  authorize(actor, "experiment.manage", experimentResource(zone, experiment), { action: "experiment.start", objectType: "zone", objectId: zone.slug });
  return db.transaction((tx) => {
    // The zone as it is now: its frame or status may have changed since the page was read.
    const { experiment: current, zone: zoneNow } = loadOrThrow(tx, id);
    if (zoneNow.status !== "active") throw new ConflictError("Udviklingsrummet er lukket, så forsøget kan ikke startes.");
    requireState(current, "draft", "Forsøget er allerede startet.");
    const missing = missingTestCardParts(current);
    if (missing.length > 0) throw new ValidationError({}, incompleteCardMessage(missing.map((part) => testCardFieldLabels[part])));
    if (hasPeriodEnded(current.periodEnd, toDay(now))) throw new ValidationError({ periodEnd: [periodEndedMessage] }, periodEndedMessage);
    const runningKr = runningAtRiskKr(tx, zoneNow.id, current.id);
    const state = stateOnStart(zoneNow.riskFrameKr, runningKr, current.moneyAtRiskKr);
    transition(tx, current, "draft", { state }, now);
    audit(tx, actor, "experiment.start", zoneNow, {
      experimentId: current.id,
      title: current.title,
      from: "draft",
      to: state,
      moneyAtRiskKr: current.moneyAtRiskKr,
      runningKr,
      frameKr: zoneNow.riskFrameKr,
    });
    return { state };
  });
}

export function approveExperiment(actor: ActingUser, id: number, now = new Date()): void {
  const db = getDb();
  const { experiment, zone } = loadOrThrow(db, id);
  authorize(actor, "experiment.decide", experimentResource(zone, experiment), { action: "experiment.approve", objectType: "zone", objectId: zone.slug });
  db.transaction((tx) => approveInTransaction(tx, actor, id, now));
}

/** Awaiting approval → running, inside the caller's transaction (the sponsor's page, or a board decision). */
export function approveInTransaction(tx: DbOrTx, actor: ActingUser, id: number, now: Date, context: Record<string, unknown> = {}): void {
  const { experiment: current, zone } = loadOrThrow(tx, id);
  requireState(current, "awaiting_approval", "Forsøget afventer ikke godkendelse.");
  const runningKr = runningAtRiskKr(tx, zone.id, current.id);
  transition(tx, current, "awaiting_approval", { state: "running", approvedById: actor.id, approvedAt: now.toISOString() }, now);
  audit(tx, actor, "experiment.approve", zone, {
    experimentId: current.id,
    title: current.title,
    from: "awaiting_approval",
    to: "running",
    moneyAtRiskKr: current.moneyAtRiskKr,
    runningKr,
    frameKr: zone.riskFrameKr,
    ...context,
  });
  notifyExperimentDecision(tx, actor, current.id, { kind: "approved" }, now);
}

export function rejectExperiment(actor: ActingUser, id: number, formData: FormData | Record<string, unknown>, now = new Date()): void {
  const db = getDb();
  const { experiment, zone } = loadOrThrow(db, id);
  authorize(actor, "experiment.decide", experimentResource(zone, experiment), { action: "experiment.reject", objectType: "zone", objectId: zone.slug });
  const { reason } = parseInput(rejectExperimentSchema, formData);
  db.transaction((tx) => rejectInTransaction(tx, actor, id, reason, now));
}

/** Awaiting approval → rejected, inside the caller's transaction. */
export function rejectInTransaction(tx: DbOrTx, actor: ActingUser, id: number, reason: string, now: Date, context: Record<string, unknown> = {}): void {
  const { experiment: current, zone } = loadOrThrow(tx, id);
  requireState(current, "awaiting_approval", "Forsøget afventer ikke godkendelse.");
  transition(tx, current, "awaiting_approval", { state: "rejected" }, now);
  audit(tx, actor, "experiment.reject", zone, { experimentId: current.id, title: current.title, from: "awaiting_approval", to: "rejected", reason, ...context });
  notifyExperimentDecision(tx, actor, current.id, { kind: "rejected", reason }, now);
}

/** Running → finished: the learning card. */
export function finishExperiment(actor: ActingUser, id: number, formData: FormData | Record<string, unknown>, now = new Date()): void {
  const db = getDb();
  const { experiment, zone } = loadOrThrow(db, id);
  authorize(actor, "experiment.manage", experimentResource(zone, experiment), { action: "experiment.finish", objectType: "zone", objectId: zone.slug });
  const input = parseInput(learningCardSchema, formData);
  db.transaction((tx) => {
    const current = loadOrThrow(tx, id).experiment;
    requireState(current, "running", "Kun et forsøg, der er i gang, kan afsluttes.");
    transition(tx, current, "running", { ...input, state: "finished", finishedAt: now.toISOString() }, now);
    audit(tx, actor, "experiment.finish", zone, { experimentId: experiment.id, title: current.title, from: "running", to: "finished", ...input });
  });
}

function activeUserId(db: DbOrTx, id: number | null): number | null {
  if (!id) return null;
  return db.select({ id: users.id }).from(users).where(and(eq(users.id, id), eq(users.active, true))).get()?.id ?? null;
}

function linkTechnology(db: DbOrTx, projectId: number, name: string): void {
  if (name) tagProjectWithTechnology(db, projectId, name);
}

/**
 * Skalér: a finished experiment with the decision "scale" becomes a new project in the zone, in phase analysis,
 * linked to the zone's strategy goal; the experiment keeps a link to it.
 */
export function promoteExperiment(actor: ActingUser, id: number, formData: FormData | Record<string, unknown>, now = new Date()): { code: string } {
  const db = getDb();
  const { experiment, zone } = loadOrThrow(db, id);
  authorize(actor, "experiment.promote", experimentResource(zone, experiment), { action: "experiment.promote", objectType: "zone", objectId: zone.slug });
  assertPromotable(experiment);
  const input = parseInput(promoteExperimentSchema, formData);
  const fieldErrors: Record<string, string[]> = {};
  if (!departmentExists(db, input.departmentId)) fieldErrors.departmentId = ["Afdelingen findes ikke"];
  const ownerId = input.owner === "self" ? actor.id : activeUserId(db, zone.sponsorId);
  if (!ownerId) fieldErrors.owner = ["Rummet har ingen aktiv sponsor; vælg dig selv som projektejer"];
  if (Object.keys(fieldErrors).length) throw new ValidationError(fieldErrors);
  authorize(actor, "project.create", { kind: "department", departmentId: input.departmentId }, { action: "experiment.promote", objectType: "department", objectId: input.departmentId });
  const choice = { departmentId: input.departmentId, purpose: input.purpose, approvedBudgetKr: input.approvedBudgetKr, ownerId: ownerId! };
  return db.transaction((tx) => promoteInTransaction(tx, actor, id, choice, now));
}

function departmentExists(db: DbOrTx, departmentId: number): boolean {
  return Boolean(db.select({ id: departments.id }).from(departments).where(eq(departments.id, departmentId)).get());
}

function assertPromotable(experiment: ExperimentRow): void {
  if (experiment.promotedProjectId) throw new ConflictError("Forsøget er allerede gjort til et projekt.");
  if (experiment.state !== "finished" || experiment.decision !== "scale") {
    throw new ConflictError("Kun et afsluttet forsøg med beslutningen Skalér kan gøres til et projekt.");
  }
}

export type PromotionChoice = {
  departmentId: number;
  purpose: (typeof projects.$inferSelect)["purpose"];
  approvedBudgetKr: number;
  ownerId: number;
};

/**
 * The project a board decision to scale creates: the decision names department, purpose and first budget (required
 * form fields, validated here); the zone's sponsor (or the deciding director) becomes the owner. The department must
 * be one the deciding actor may create projects in.
 */
export function boardPromotion(db: DbOrTx, id: number, actor: ActingUser, formData: FormData | Record<string, unknown>): PromotionChoice {
  const { zone } = loadOrThrow(db, id);
  const input = parseInput(promotionProjectSchema, formData);
  if (!departmentExists(db, input.departmentId)) throw new ValidationError({ departmentId: ["Afdelingen findes ikke"] });
  authorize(actor, "project.create", { kind: "department", departmentId: input.departmentId }, { action: "experiment.promote", objectType: "department", objectId: input.departmentId });
  return { departmentId: input.departmentId, purpose: input.purpose, approvedBudgetKr: input.approvedBudgetKr, ownerId: activeUserId(db, zone.sponsorId) ?? actor.id };
}

/** Skalér inside the caller's transaction: the new project in phase analysis, linked both ways. */
export function promoteInTransaction(tx: DbOrTx, actor: ActingUser, id: number, choice: PromotionChoice, now: Date, context: Record<string, unknown> = {}): { code: string } {
  const { experiment: current, zone } = loadOrThrow(tx, id);
  assertPromotable(current);
  const leadId = activeUserId(tx, current.createdById) ?? actor.id;
  const code = nextProjectCode(tx, now.getUTCFullYear());
  const summary = [current.hypothesis, current.learning ? `Læring fra forsøget: ${current.learning}` : ""].filter(Boolean).join("\n\n");
  const columns = {
    title: current.title,
    summary,
    purpose: choice.purpose,
    departmentId: choice.departmentId,
    approvedBudgetKr: choice.approvedBudgetKr,
    zoneId: zone.id,
    ownerId: choice.ownerId,
    leadId,
    phase: "analysis" as const,
  };
  const project = tx.insert(projects).values({ code, ...columns }).returning({ id: projects.id }).get();
  if (zone.strategyGoalId) tx.insert(projectGoals).values({ projectId: project.id, goalId: zone.strategyGoalId }).run();
  linkTechnology(tx, project.id, current.technology);
  const result = tx
    .update(experiments)
    .set({ promotedProjectId: project.id, version: current.version + 1, updatedAt: now.toISOString() })
    .where(and(eq(experiments.id, current.id), eq(experiments.version, current.version)))
    .run();
  if (result.changes === 0) throw new ConflictError("Forsøget er ændret af en anden i mellemtiden. Genindlæs siden.");
  recordAudit(tx, {
    actorId: actor.id,
    actorRole: actor.role,
    action: "project.create",
    objectType: "project",
    objectId: code,
    changes: {
      ...columns,
      goalIds: zone.strategyGoalId ? [zone.strategyGoalId] : [],
      tags: current.technology ? [current.technology] : [],
      fromExperimentId: current.id,
      ...context,
    },
  });
  audit(tx, actor, "experiment.promote", zone, { experimentId: current.id, title: current.title, projectCode: code, ...context });
  notifyExperimentDecision(tx, actor, current.id, { kind: "promoted", projectCode: code, ownerId: choice.ownerId }, now);
  return { code };
}
