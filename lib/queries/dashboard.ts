import "server-only";
import { and, asc, count, eq, inArray, isNull, lt, or, sql, sum } from "drizzle-orm";
import { getDb } from "@/db";
import { departments, gateRequests, projects } from "@/db/schema";
import type { Light, Phase, PurposeType } from "@/lib/codes";
import { portfolioConditions } from "@/lib/queries/dashboard-scope";
import { readSettings } from "@/lib/settings";
import { activePhases, statusScope, type PortfolioFilter } from "@/lib/validation/portfolio";

export type LightCounts = Record<Light | "none", number>;

export type PortfolioKpis = {
  projects: number;
  approvedBudgetKr: number;
  spentKr: number;
  lights: LightCounts;
  staleReports: number;
  pendingGates: number;
};

const countWhere = (condition: ReturnType<typeof sql>) => sql<number>`coalesce(sum(case when ${condition} then 1 else 0 end), 0)`;

/** The moment before which a latest published report counts as stale. */
export function staleCutoff(now: Date, staleReportDays: number): string {
  return new Date(now.getTime() - staleReportDays * 86_400_000).toISOString();
}

/** The stale cutoff under the administrators' `staleReportDays` setting. */
export function currentStaleCutoff(now = new Date()): string {
  return staleCutoff(now, readSettings().staleReportDays);
}

/** An active project whose latest published report is older than the cutoff, or which has none and was registered before it. */
export function isStaleCondition(cutoff: string) {
  return and(
    inArray(projects.phase, [...activePhases]),
    or(and(isNull(projects.latestPublishedAt), lt(projects.createdAt, cutoff)), lt(projects.latestPublishedAt, cutoff)),
  )!;
}

/** Key figures over the status scope (active projects unless a phase is chosen). */
export function getPortfolioKpis(filter: PortfolioFilter, cutoff: string): PortfolioKpis {
  const db = getDb();
  const where = portfolioConditions(statusScope(filter));
  const row = db
    .select({
      projects: count(),
      approvedBudgetKr: sql<number>`coalesce(${sum(projects.approvedBudgetKr)}, 0)`,
      spentKr: sql<number>`coalesce(${sum(projects.spentKr)}, 0)`,
      green: countWhere(sql`${projects.latestLight} = 'green'`),
      yellow: countWhere(sql`${projects.latestLight} = 'yellow'`),
      red: countWhere(sql`${projects.latestLight} = 'red'`),
      none: countWhere(sql`${projects.latestLight} is null`),
      stale: countWhere(sql`${isStaleCondition(cutoff)}`),
    })
    .from(projects)
    .where(where)
    .get()!;
  const gates = db
    .select({ n: count() })
    .from(gateRequests)
    .innerJoin(projects, eq(projects.id, gateRequests.projectId))
    .where(and(eq(gateRequests.status, "pending"), where))
    .get()!;
  return {
    projects: row.projects,
    approvedBudgetKr: Number(row.approvedBudgetKr),
    spentKr: Number(row.spentKr),
    lights: { green: row.green, yellow: row.yellow, red: row.red, none: row.none },
    staleReports: row.stale,
    pendingGates: gates.n,
  };
}

export type MatrixRow = { departmentId: number; departmentName: string; counts: LightCounts; total: number };

/** Projects per department and latest overall light, under every filter but the light itself. */
export function getDepartmentLightMatrix(filter: PortfolioFilter): MatrixRow[] {
  const rows = getDb()
    .select({
      departmentId: departments.id,
      departmentName: departments.name,
      light: projects.latestLight,
      n: count(),
    })
    .from(projects)
    .innerJoin(departments, eq(departments.id, projects.departmentId))
    .where(portfolioConditions(statusScope(filter), ["light"]))
    .groupBy(departments.id, projects.latestLight)
    .orderBy(asc(departments.name))
    .all();
  const byDepartment = new Map<number, MatrixRow>();
  for (const row of rows) {
    const entry = byDepartment.get(row.departmentId) ?? {
      departmentId: row.departmentId,
      departmentName: row.departmentName,
      counts: { green: 0, yellow: 0, red: 0, none: 0 },
      total: 0,
    };
    entry.counts[row.light ?? "none"] += row.n;
    entry.total += row.n;
    byDepartment.set(row.departmentId, entry);
  }
  return [...byDepartment.values()];
}

/** Projects per phase under every filter but the phase. */
export function getPhaseFunnel(filter: PortfolioFilter): Record<Phase, number> {
  const rows = getDb()
    .select({ phase: projects.phase, n: count() })
    .from(projects)
    .where(portfolioConditions(filter, ["phase"]))
    .groupBy(projects.phase)
    .all();
  const result: Record<Phase, number> = { idea: 0, analysis: 0, trial: 0, implementation: 0, realisation: 0, closed: 0, stopped: 0 };
  for (const row of rows) result[row.phase] = row.n;
  return result;
}

export type PurposeBalanceRow = { purpose: PurposeType; projects: number; approvedBudgetKr: number };

/** Number of projects and approved budget per purpose, over the status scope and every filter but the purpose. */
export function getPurposeBalance(filter: PortfolioFilter): PurposeBalanceRow[] {
  return getDb()
    .select({
      purpose: projects.purpose,
      projects: count(),
      approvedBudgetKr: sql<number>`coalesce(${sum(projects.approvedBudgetKr)}, 0)`.mapWith(Number),
    })
    .from(projects)
    .where(portfolioConditions(statusScope(filter), ["purpose"]))
    .groupBy(projects.purpose)
    .all();
}

export type InvolvementShares = { projects: number; citizens: number; med: number };

/** How many projects in the status scope have citizen/user and MED involvement, planned or done. */
export function getInvolvementShares(filter: PortfolioFilter): InvolvementShares {
  const hasGroup = (group: "citizens" | "med") =>
    // Unary + keeps SQLite on the project index: the group index would walk every entry of that group per project.
    // Written out in full: in a query without joins Drizzle leaves column names unqualified, and the subquery
    // would then read its own "id".
    sql<number>`coalesce(sum(exists (select 1 from involvements i where i.project_id = projects.id and +i."group" = ${group})), 0)`;
  const row = getDb()
    .select({ projects: count(), citizens: hasGroup("citizens"), med: hasGroup("med") })
    .from(projects)
    .where(portfolioConditions(statusScope(filter)))
    .get()!;
  return { projects: row.projects, citizens: Number(row.citizens), med: Number(row.med) };
}
