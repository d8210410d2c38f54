import "server-only";
import { and, asc, count, countDistinct, eq, ne, notExists, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { projectGoals, projects, strategyGoals } from "@/db/schema";
import { focusAreas, type Phase, phases } from "@/lib/codes";

export type FocusArea = (typeof focusAreas)[number];

/** The phases whose projects count in the balance: every phase but "stopped". */
export const balancePhases: Phase[] = phases.filter((phase) => phase !== "stopped");

export type FocusBalance = { focus: FocusArea; projectCount: number; approvedBudgetKr: number };

export type StrategyGoalItem = {
  id: number;
  title: string;
  description: string;
  focus: FocusArea;
  projectCount: number;
};

export type StrategyGoalDetail = { id: number; title: string; description: string; focus: FocusArea; version: number };

/**
 * Per focus area: the distinct projects (not stopped) linked to at least one goal of that focus and their summed
 * approved budget. A project linked to goals of two focus areas counts in both.
 */
export function getFocusBalance(): FocusBalance[] {
  const db = getDb();
  const linked = db
    .selectDistinct({ projectId: projectGoals.projectId, focus: strategyGoals.focus })
    .from(projectGoals)
    .innerJoin(strategyGoals, eq(strategyGoals.id, projectGoals.goalId))
    .as("linked");
  const rows = db
    .select({
      focus: linked.focus,
      projectCount: count(),
      approvedBudgetKr: sql<number>`coalesce(sum(${projects.approvedBudgetKr}), 0)`.mapWith(Number),
    })
    .from(linked)
    .innerJoin(projects, eq(projects.id, linked.projectId))
    .where(ne(projects.phase, "stopped"))
    .groupBy(linked.focus)
    .all();
  const byFocus = new Map(rows.map((row) => [row.focus, row]));
  return focusAreas.map((focus) => ({
    focus,
    projectCount: byFocus.get(focus)?.projectCount ?? 0,
    approvedBudgetKr: byFocus.get(focus)?.approvedBudgetKr ?? 0,
  }));
}

/** Projects (not stopped) linked to no strategy goal at all. */
export function countProjectsWithoutGoal(): number {
  const db = getDb();
  const row = db
    .select({ n: count() })
    .from(projects)
    .where(
      and(
        ne(projects.phase, "stopped"),
        notExists(db.select({ one: sql`1` }).from(projectGoals).where(eq(projectGoals.projectId, projects.id))),
      ),
    )
    .get();
  return row?.n ?? 0;
}

/** Every goal with the number of projects linked to it (all phases, as the portfolio filter shows them). */
export function listStrategyGoals(): StrategyGoalItem[] {
  return getDb()
    .select({
      id: strategyGoals.id,
      title: strategyGoals.title,
      description: strategyGoals.description,
      focus: strategyGoals.focus,
      projectCount: countDistinct(projectGoals.projectId),
    })
    .from(strategyGoals)
    .leftJoin(projectGoals, eq(projectGoals.goalId, strategyGoals.id))
    .groupBy(strategyGoals.id)
    .orderBy(asc(strategyGoals.title))
    .all();
}

export function getStrategyGoal(id: number): StrategyGoalDetail | null {
  const row = getDb()
    .select({
      id: strategyGoals.id,
      title: strategyGoals.title,
      description: strategyGoals.description,
      focus: strategyGoals.focus,
      version: strategyGoals.version,
    })
    .from(strategyGoals)
    .where(eq(strategyGoals.id, id))
    .get();
  return row ?? null;
}
