import "server-only";
import { and, eq, exists, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { QueryBuilder } from "drizzle-orm/sqlite-core";
import { foldText, folded } from "@/db/fold";
import { projectGoals, projects } from "@/db/schema";
import { activePhases, type PortfolioFilter, type PortfolioFilterKey } from "@/lib/validation/portfolio";

const qb = new QueryBuilder();

/** red > yellow > green > no status, for sorting by status. */
export const lightSeverity = sql<number>`case ${projects.latestLight} when 'red' then 3 when 'yellow' then 2 when 'green' then 1 else 0 end`;

function textMatch(needle: string): SQL {
  const wanted = foldText(needle);
  const columns = [projects.code, projects.title, projects.summary];
  return or(...columns.map((column) => sql`instr(${folded(column)}, ${wanted}) > 0`))!;
}

/**
 * The WHERE clause of a portfolio filter over `projects` (whose latest_* columns carry the latest published report).
 * `ignore` leaves out the dimensions a widget breaks down by itself.
 */
export function portfolioConditions(filter: PortfolioFilter, ignore: readonly PortfolioFilterKey[] = []): SQL | undefined {
  const applies = (key: PortfolioFilterKey) => !ignore.includes(key) && filter[key] !== undefined;
  const conditions: SQL[] = [];
  if (applies("department")) conditions.push(eq(projects.departmentId, filter.department!));
  if (applies("phase")) {
    conditions.push(filter.phase === "active" ? inArray(projects.phase, [...activePhases]) : eq(projects.phase, filter.phase!));
  }
  if (applies("purpose")) conditions.push(eq(projects.purpose, filter.purpose!));
  if (applies("goal")) {
    conditions.push(
      exists(
        qb
          .select({ one: sql`1` })
          .from(projectGoals)
          .where(and(eq(projectGoals.projectId, projects.id), eq(projectGoals.goalId, filter.goal!))),
      ),
    );
  }
  if (applies("zone")) conditions.push(eq(projects.zoneId, filter.zone!));
  if (applies("light")) conditions.push(filter.light === "none" ? isNull(projects.latestLight) : eq(projects.latestLight, filter.light!));
  if (applies("owner")) conditions.push(eq(projects.ownerId, filter.owner!));
  if (applies("q")) conditions.push(textMatch(filter.q!));
  return conditions.length ? and(...conditions) : undefined;
}

