import "server-only";
import { and, asc, count, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db";
import { departments, gateRequests, projects, users } from "@/db/schema";
import type { Phase } from "@/lib/codes";
import { isStaleCondition } from "@/lib/queries/dashboard";
import { portfolioConditions } from "@/lib/queries/dashboard-scope";
import { statusScope, type PortfolioFilter } from "@/lib/validation/portfolio";

const requester = alias(users, "requester");

export type AttentionProject = { code: string; title: string; departmentName: string; lastPublishedAt: string | null };
export type AttentionGate = { id: number; code: string; title: string; fromPhase: Phase; toPhase: Phase; requestedAt: string; requestedBy: string };

export type Attention = {
  red: { items: AttentionProject[]; total: number };
  stale: { items: AttentionProject[]; total: number };
  gates: { items: AttentionGate[]; total: number };
};

const projectColumns = {
  code: projects.code,
  title: projects.title,
  departmentName: departments.name,
  lastPublishedAt: projects.latestPublishedAt,
};

/** What needs the board's attention in the status scope: red projects, stale reports and pending gates. */
export function getAttention(filter: PortfolioFilter, cutoff: string, limit = 8): Attention {
  const db = getDb();
  const scope = portfolioConditions(statusScope(filter));

  const projectList = (condition: ReturnType<typeof and>, order: ReturnType<typeof asc>[]) => {
    const where = and(scope, condition);
    const items = db
      .select(projectColumns)
      .from(projects)
      .innerJoin(departments, eq(departments.id, projects.departmentId))
      .where(where)
      .orderBy(...order)
      .limit(limit)
      .all();
    const total = db.select({ n: count() }).from(projects).where(where).get()!.n;
    return { items, total };
  };

  const gateWhere = and(scope, eq(gateRequests.status, "pending"));
  const gateItems = db
    .select({
      id: gateRequests.id,
      code: projects.code,
      title: projects.title,
      fromPhase: gateRequests.fromPhase,
      toPhase: gateRequests.toPhase,
      requestedAt: gateRequests.requestedAt,
      requestedBy: requester.name,
    })
    .from(gateRequests)
    .innerJoin(projects, eq(projects.id, gateRequests.projectId))
    .innerJoin(requester, eq(requester.id, gateRequests.requestedById))
    .where(gateWhere)
    .orderBy(asc(gateRequests.requestedAt), asc(gateRequests.id))
    .limit(limit)
    .all();
  const gateTotal = db
    .select({ n: count() })
    .from(gateRequests)
    .innerJoin(projects, eq(projects.id, gateRequests.projectId))
    .where(gateWhere)
    .get()!.n;

  return {
    red: projectList(eq(projects.latestLight, "red"), [desc(projects.approvedBudgetKr), asc(projects.code)]),
    stale: projectList(isStaleCondition(cutoff), [asc(projects.latestPublishedAt), asc(projects.code)]),
    gates: { items: gateItems, total: gateTotal },
  };
}
