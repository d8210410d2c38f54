import "server-only";
import { and, asc, count, desc, isNotNull } from "drizzle-orm";
import { getDb } from "@/db";
import { projects } from "@/db/schema";
import type { Light, Phase } from "@/lib/codes";
import { portfolioConditions } from "@/lib/queries/dashboard-scope";
import { statusScope, type PortfolioFilter } from "@/lib/validation/portfolio";

export type RoadmapItem = {
  code: string;
  title: string;
  phase: Phase;
  baselineStart: string;
  baselineEnd: string;
  forecastEnd: string | null;
  overallLight: Light | null;
};

export type Roadmap = { items: RoadmapItem[]; total: number };

/**
 * The largest projects (by approved budget) of the status scope that have a baseline plan,
 * ordered by planned start; `total` says how many have a plan at all.
 */
export function getRoadmap(filter: PortfolioFilter, limit = 30): Roadmap {
  const db = getDb();
  const where = and(portfolioConditions(statusScope(filter)), isNotNull(projects.baselineStart), isNotNull(projects.baselineEnd));
  const rows = db
    .select({
      code: projects.code,
      title: projects.title,
      phase: projects.phase,
      baselineStart: projects.baselineStart,
      baselineEnd: projects.baselineEnd,
      forecastEnd: projects.forecastEnd,
      overallLight: projects.latestLight,
    })
    .from(projects)
    .where(where)
    .orderBy(desc(projects.approvedBudgetKr), asc(projects.code))
    .limit(limit)
    .all();
  const total = db.select({ n: count() }).from(projects).where(where).get()!.n;
  const items = rows
    .map((row) => ({ ...row, baselineStart: row.baselineStart!, baselineEnd: row.baselineEnd! }))
    .sort((a, b) => a.baselineStart.localeCompare(b.baselineStart) || a.code.localeCompare(b.code));
  return { items, total };
}
