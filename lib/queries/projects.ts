import "server-only";
import { asc, count, desc, eq, or, type SQLWrapper } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db";
import { departments, projectGoals, projects, projectTags, strategyGoals, technologyTags, users, zones } from "@/db/schema";
import { activeDepartmentOptions } from "@/lib/queries/departments";
import type { Light } from "@/lib/codes";
import { lightSeverity, portfolioConditions } from "@/lib/queries/dashboard-scope";
import { clampedOffset, pageInfo, type PageRequest, type Paged } from "@/lib/validation/pagination";
import type { PortfolioFilter, PortfolioSortKey } from "@/lib/validation/portfolio";

const owner = alias(users, "owner");
const lead = alias(users, "lead");

const listColumns = {
  id: projects.id,
  code: projects.code,
  title: projects.title,
  purpose: projects.purpose,
  phase: projects.phase,
  departmentId: projects.departmentId,
  departmentName: departments.name,
  ownerName: owner.name,
  leadName: lead.name,
  approvedBudgetKr: projects.approvedBudgetKr,
  spentKr: projects.spentKr,
  baselineEnd: projects.baselineEnd,
  forecastEnd: projects.forecastEnd,
  overallLight: projects.latestLight,
  lastPublishedAt: projects.latestPublishedAt,
};

export type ProjectListItem = {
  id: number;
  code: string;
  title: string;
  purpose: (typeof projects.$inferSelect)["purpose"];
  phase: (typeof projects.$inferSelect)["phase"];
  departmentId: number;
  departmentName: string;
  ownerName: string;
  leadName: string;
  approvedBudgetKr: number;
  spentKr: number;
  baselineEnd: string | null;
  forecastEnd: string | null;
  /** Overall light of the latest published status report; null when none is published. */
  overallLight: Light | null;
  lastPublishedAt: string | null;
};

const sortColumns: Record<PortfolioSortKey, SQLWrapper> = {
  code: projects.code,
  title: projects.title,
  department: departments.name,
  phase: projects.phase,
  purpose: projects.purpose,
  budget: projects.approvedBudgetKr,
  end: projects.forecastEnd,
  status: lightSeverity,
};

/** The register's columns over projects, their department, owner, lead and latest published report. */
export function listQuery() {
  return getDb()
    .select(listColumns)
    .from(projects)
    .innerJoin(departments, eq(departments.id, projects.departmentId))
    .innerJoin(owner, eq(owner.id, projects.ownerId))
    .innerJoin(lead, eq(lead.id, projects.leadId));
}

/** The ORDER BY of the register: the chosen column, then the project number so pages never overlap. */
export function listOrder(filter: PortfolioFilter) {
  const direction = filter.dir === "desc" ? desc : asc;
  return [direction(sortColumns[filter.sort]), asc(projects.code)];
}

/** The whole portfolio register under a URL filter; both exports read exactly this, the table a page of it. */
export function listProjects(filter: PortfolioFilter): ProjectListItem[] {
  return listQuery()
    .where(portfolioConditions(filter))
    .orderBy(...listOrder(filter))
    .all();
}

/** Number of projects per phase, under every filter but the phase filter. */
export function countProjectsByPhase(filter: PortfolioFilter) {
  return getDb()
    .select({ phase: projects.phase, count: count() })
    .from(projects)
    .where(portfolioConditions(filter, ["phase"]))
    .groupBy(projects.phase)
    .all();
}

/** Projects on Mit overblik's list per page. */
export const MY_PROJECTS_PAGE_SIZE = 10;

/** One page of the projects the user owns or leads, in code order. */
export function listMyProjects(userId: number, request: PageRequest = { page: 1, limit: MY_PROJECTS_PAGE_SIZE, offset: 0 }): Paged<ProjectListItem> {
  const mine = or(eq(projects.ownerId, userId), eq(projects.leadId, userId));
  const total = getDb().select({ n: count() }).from(projects).where(mine).get()?.n ?? 0;
  const rows = listQuery().where(mine).orderBy(asc(projects.code)).limit(request.limit).offset(clampedOffset(request, total)).all();
  return { rows, info: pageInfo(request, total) };
}

export function getProjectByCode(code: string) {
  const db = getDb();
  const row = db
    .select({
      project: projects,
      departmentName: departments.name,
      ownerName: owner.name,
      ownerTitle: owner.title,
      leadName: lead.name,
      leadTitle: lead.title,
      zoneName: zones.name,
      zoneSlug: zones.slug,
    })
    .from(projects)
    .innerJoin(departments, eq(departments.id, projects.departmentId))
    .innerJoin(owner, eq(owner.id, projects.ownerId))
    .innerJoin(lead, eq(lead.id, projects.leadId))
    .leftJoin(zones, eq(zones.id, projects.zoneId))
    .where(eq(projects.code, code))
    .get();
  if (!row) return null;
  const goals = db
    .select({ id: strategyGoals.id, title: strategyGoals.title, focus: strategyGoals.focus })
    .from(projectGoals)
    .innerJoin(strategyGoals, eq(strategyGoals.id, projectGoals.goalId))
    .where(eq(projectGoals.projectId, row.project.id))
    .orderBy(asc(strategyGoals.title))
    .all();
  const tags = db
    .select({ name: technologyTags.name })
    .from(projectTags)
    .innerJoin(technologyTags, eq(technologyTags.id, projectTags.tagId))
    .where(eq(projectTags.projectId, row.project.id))
    .orderBy(asc(technologyTags.name))
    .all()
    .map((tag) => tag.name);
  return { ...row, goals, tags };
}

export type ProjectDetail = NonNullable<ReturnType<typeof getProjectByCode>>;

/** Departments offered for something new (a promoted project): the active ones. */
export function listDepartmentOptions() {
  return activeDepartmentOptions();
}
