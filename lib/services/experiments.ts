import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { departments, experiments, projectGoals, projects, users, zones } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { experimentResource } from "@/lib/permissions";
import { stateOnStart } from "@/lib/domain/experiments";
import {
  experimentZoneSchema,
  learningCardSchema,
  promoteExperimentSchema,
  promotionProjectSchema,
  rejectExperimentSchema,
  testCardSchema,
} from "@/lib/validation/experiments";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { authorize, parseInput, type ActingUser } from "./guard";
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
  if (input.projectId) {
    const project = db.select({ zoneId: projects.zoneId }).from(projects).where(eq(projects.id, input.projectId)).get();
    if (project?.zoneId !== zone.id) throw new ValidationError({ projectId: ["Vælg et projekt i dette udviklingsrum"] });
  }
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
  notifyExperimentDecision(tx, actor, current.id, { kind: "promoted", projectCode: code }, now);
  return { code };
}
