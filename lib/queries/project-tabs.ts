import "server-only";
import { and, asc, count, desc, eq, ne } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db";
import { auditEvents, gateRequests, involvements, projects, risks, statusReports, strategyGoals, users, zones } from "@/db/schema";
import { activeDepartmentOptions } from "@/lib/queries/departments";
import { gateChecklist } from "@/lib/domain/gate-checklist";
import { allowedTransitions } from "@/lib/domain/phases";
import type { Proposal } from "@/lib/domain/status-proposal";
import { loadGateFacts } from "@/lib/queries/project-facts";
import { peopleChoices } from "@/lib/queries/pickers";
import { pageInfo, type PageRequest, type Paged } from "@/lib/validation/pagination";

const author = alias(users, "author");
const requester = alias(users, "requester");
const decider = alias(users, "decider");

/** Status reports a page: a project that reports monthly gathers dozens, each a card with five lights. */
export const STATUS_REPORTS_PAGE_SIZE = 10;

const reportRow = ({ report, authorName }: { report: typeof statusReports.$inferSelect; authorName: string }) => ({
  ...report,
  authorName,
  proposals: JSON.parse(report.proposals) as Record<string, Proposal>,
  overrideReasons: JSON.parse(report.overrideReasons) as Record<string, string>,
});
export type StatusReportView = ReturnType<typeof reportRow>;

/** One page of the project's status reports, newest report date first. */
export function listStatusReports(
  projectId: number,
  request: PageRequest = { page: 1, limit: STATUS_REPORTS_PAGE_SIZE, offset: 0 },
): Paged<StatusReportView> {
  const db = getDb();
  const info = pageInfo(request, db.select({ n: count() }).from(statusReports).where(eq(statusReports.projectId, projectId)).get()!.n);
  const rows = db
    .select({ report: statusReports, authorName: author.name })
    .from(statusReports)
    .innerJoin(author, eq(author.id, statusReports.authorId))
    .where(eq(statusReports.projectId, projectId))
    .orderBy(desc(statusReports.reportDate), desc(statusReports.id))
    .limit(request.limit)
    .offset((info.page - 1) * request.limit)
    .all()
    .map(reportRow);
  return { rows, info };
}

/** The report behind the project's status light (projects.latest_report_id), for the overview; null before the first is published. */
export function latestPublishedReport(reportId: number | null) {
  if (reportId === null) return null;
  const row = getDb()
    .select({ report: statusReports, authorName: author.name })
    .from(statusReports)
    .innerJoin(author, eq(author.id, statusReports.authorId))
    .where(eq(statusReports.id, reportId))
    .get();
  return row ? reportRow(row) : null;
}

export function listRisks(projectId: number) {
  return getDb()
    .select({ risk: risks, ownerName: users.name })
    .from(risks)
    .leftJoin(users, eq(users.id, risks.ownerId))
    .where(eq(risks.projectId, projectId))
    .orderBy(asc(risks.status), desc(risks.probability), desc(risks.consequence))
    .all()
    .map(({ risk, ownerName }) => ({ ...risk, ownerName, score: risk.probability * risk.consequence }));
}
export type RiskView = ReturnType<typeof listRisks>[number];

export function listInvolvements(projectId: number) {
  return getDb().select().from(involvements).where(eq(involvements.projectId, projectId)).orderBy(desc(involvements.date)).all();
}

export function listGateRequests(projectId: number) {
  return getDb()
    .select({ request: gateRequests, requesterName: requester.name, deciderName: decider.name })
    .from(gateRequests)
    .innerJoin(requester, eq(requester.id, gateRequests.requestedById))
    .leftJoin(decider, eq(decider.id, gateRequests.decidedById))
    .where(eq(gateRequests.projectId, projectId))
    .orderBy(desc(gateRequests.requestedAt))
    .all()
    .map(({ request, requesterName, deciderName }) => ({
      ...request,
      requesterName,
      deciderName,
      checklist: JSON.parse(request.checklist) as ReturnType<typeof gateChecklist>,
    }));
}
export type GateRequestView = ReturnType<typeof listGateRequests>[number];

/** The phases the project may move to next, each with its checklist computed from today's data. */
export function nextPhaseOptions(code: string) {
  const db = getDb();
  const project = db.select().from(projects).where(eq(projects.code, code)).get();
  if (!project) return [];
  const facts = loadGateFacts(db, project);
  return allowedTransitions(project.phase).map((transition) => ({
    ...transition,
    checklist: gateChecklist(project.phase, transition.to, facts),
  }));
}

/** History events a page; each is a card, and a busy project gathers hundreds over its years. */
export const HISTORY_PAGE_SIZE = 50;

const historyOf = (code: string) => and(eq(auditEvents.objectType, "project"), eq(auditEvents.objectId, code), ne(auditEvents.outcome, "denied"));

/** One page of what happened to the project (its audit events, refusals left out), newest first. */
export function projectHistory(code: string, request: PageRequest = { page: 1, limit: HISTORY_PAGE_SIZE, offset: 0 }): Paged<HistoryEvent> {
  const db = getDb();
  const info = pageInfo(request, db.select({ n: count() }).from(auditEvents).where(historyOf(code)).get()!.n);
  const rows = db
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      action: auditEvents.action,
      outcome: auditEvents.outcome,
      changes: auditEvents.changes,
      actorName: users.name,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(historyOf(code))
    .orderBy(desc(auditEvents.id))
    .limit(request.limit)
    .offset((info.page - 1) * request.limit)
    .all()
    .map((event) => ({ ...event, changes: event.changes ? (JSON.parse(event.changes) as Record<string, unknown>) : {} }));
  return { rows, info };
}
export type HistoryEvent = Pick<typeof auditEvents.$inferSelect, "id" | "occurredAt" | "action" | "outcome"> & {
  changes: Record<string, unknown>;
  actorName: string | null;
};

/**
 * Choices for the project form: active departments, plus the project's own when it has been deactivated; the people
 * already chosen (`chosenPeople`, the pickers' starting values; the pickers search the rest).
 */
export function projectFormOptions(keepDepartmentId: number | null = null, chosenPeople: (number | null)[] = []) {
  const db = getDb();
  return {
    departments: activeDepartmentOptions([keepDepartmentId]),
    people: peopleChoices(chosenPeople),
    goals: db.select({ id: strategyGoals.id, title: strategyGoals.title, focus: strategyGoals.focus }).from(strategyGoals).orderBy(asc(strategyGoals.title)).all(),
    zones: db.select({ id: zones.id, name: zones.name }).from(zones).where(eq(zones.status, "active")).orderBy(asc(zones.name)).all(),
  };
}
export type ProjectFormOptions = ReturnType<typeof projectFormOptions>;

/** One risk of the project, for its edit page; undefined when the id belongs to another project. */
export function getProjectRisk(projectId: number, riskId: number) {
  return getDb().select().from(risks).where(and(eq(risks.projectId, projectId), eq(risks.id, riskId))).get();
}
