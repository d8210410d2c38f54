import "server-only";
import { and, asc, desc, eq, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db";
import { auditEvents, experiments, projects, users, zones } from "@/db/schema";
import { activeDepartmentOptions } from "@/lib/queries/departments";
import { runningKr } from "@/lib/queries/zones";

const creator = alias(users, "creator");
const approver = alias(users, "approver");
const sponsor = alias(users, "sponsor");
const lead = alias(users, "lead");
const linkedProject = alias(projects, "linked_project");
const promotedProject = alias(projects, "promoted_project");

/** One experiment with its zone, people, linked projects and the zone's other running money. */
export function getExperimentDetail(id: number) {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const db = getDb();
  const row = db
    .select({
      experiment: experiments,
      creatorName: creator.name,
      approverName: approver.name,
      zone: {
        id: zones.id,
        slug: zones.slug,
        name: zones.name,
        status: zones.status,
        riskFrameKr: zones.riskFrameKr,
        sponsorId: zones.sponsorId,
        leadId: zones.leadId,
        strategyGoalId: zones.strategyGoalId,
      },
      sponsorName: sponsor.name,
      leadName: lead.name,
      leadDepartmentId: lead.departmentId,
      linkedProjectCode: linkedProject.code,
      linkedProjectTitle: linkedProject.title,
      promotedProjectCode: promotedProject.code,
      promotedProjectTitle: promotedProject.title,
      promotedProjectPhase: promotedProject.phase,
    })
    .from(experiments)
    .innerJoin(zones, eq(zones.id, experiments.zoneId))
    .innerJoin(creator, eq(creator.id, experiments.createdById))
    .leftJoin(approver, eq(approver.id, experiments.approvedById))
    .leftJoin(sponsor, eq(sponsor.id, zones.sponsorId))
    .leftJoin(lead, eq(lead.id, zones.leadId))
    .leftJoin(linkedProject, eq(linkedProject.id, experiments.projectId))
    .leftJoin(promotedProject, eq(promotedProject.id, experiments.promotedProjectId))
    .where(eq(experiments.id, id))
    .get();
  if (!row) return null;
  const otherRunningKr =
    db
      .select({ total: sql<number>`coalesce(sum(${experiments.moneyAtRiskKr}), 0)`.mapWith(Number) })
      .from(experiments)
      .where(and(eq(experiments.zoneId, row.zone.id), eq(experiments.state, "running"), ne(experiments.id, id)))
      .get()?.total ?? 0;
  return { ...row, otherRunningKr, rejection: row.experiment.state === "rejected" ? rejectionOf(row.zone.slug, id) : null };
}
export type ExperimentDetail = NonNullable<ReturnType<typeof getExperimentDetail>>;

/** The sponsor's reason for rejecting, kept in the audit trail. */
function rejectionOf(slug: string, experimentId: number) {
  const event = getDb()
    .select({ changes: auditEvents.changes, occurredAt: auditEvents.occurredAt, actorName: users.name })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(
      and(
        eq(auditEvents.objectType, "zone"),
        eq(auditEvents.objectId, slug),
        eq(auditEvents.action, "experiment.reject"),
        eq(auditEvents.outcome, "success"),
        sql`json_extract(${auditEvents.changes}, '$.experimentId') = ${experimentId}`,
      ),
    )
    .orderBy(desc(auditEvents.id))
    .get();
  if (!event) return null;
  const changes = JSON.parse(event.changes ?? "{}") as { reason?: string };
  return { reason: changes.reason ?? "", occurredAt: event.occurredAt, actorName: event.actorName };
}

/** The projects of a zone, to link a test card to. */
export function zoneProjectChoices(zoneId: number) {
  return getDb()
    .select({ id: projects.id, code: projects.code, title: projects.title })
    .from(projects)
    .where(eq(projects.zoneId, zoneId))
    .orderBy(asc(projects.code))
    .all();
}

export function zoneForNewExperiment(zoneId: number) {
  return (
    getDb()
      .select({
        id: zones.id,
        slug: zones.slug,
        name: zones.name,
        status: zones.status,
        riskFrameKr: zones.riskFrameKr,
        runningKr,
      })
      .from(zones)
      .where(eq(zones.id, zoneId))
      .get() ?? null
  );
}

/** Departments a promoted project can start in: the active ones. */
export function departmentChoices() {
  return activeDepartmentOptions();
}

/** The experiment a project was promoted from, if any. */
export function getProjectOrigin(projectId: number) {
  return (
    getDb()
      .select({ id: experiments.id, title: experiments.title })
      .from(experiments)
      .where(eq(experiments.promotedProjectId, projectId))
      .orderBy(asc(experiments.id))
      .get() ?? null
  );
}
