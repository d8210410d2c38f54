import "server-only";
import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { departments, projects, risks, users } from "@/db/schema";
import type { riskCategories } from "@/lib/codes";
import { heatmapPosition, type RiskScoreView } from "@/lib/domain/risk-score-view";
import { portfolioConditions } from "@/lib/queries/dashboard-scope";
import { clampedOffset, PAGE_SIZE, pageInfo, type PageRequest, type Paged } from "@/lib/validation/pagination";
import { statusScope, type PortfolioFilter, type RiskCell } from "@/lib/validation/portfolio";

/** counts[probability - 1][consequence - 1] = open risks in that cell. */
export type RiskHeatmap = { counts: number[][]; total: number };

/** Open risks of the status scope per probability × consequence, before action or after (residual scores). */
export function getRiskHeatmap(filter: PortfolioFilter, view: RiskScoreView = "before"): RiskHeatmap {
  const groups = getDb()
    .select({
      probability: risks.probability,
      consequence: risks.consequence,
      residualProbability: risks.residualProbability,
      residualConsequence: risks.residualConsequence,
      n: count(),
    })
    .from(risks)
    .innerJoin(projects, eq(projects.id, risks.projectId))
    .where(and(eq(risks.status, "open"), portfolioConditions(statusScope(filter))))
    .groupBy(risks.probability, risks.consequence, risks.residualProbability, risks.residualConsequence)
    .all();
  const counts = Array.from({ length: 5 }, () => Array<number>(5).fill(0));
  let total = 0;
  for (const group of groups) {
    const row = { ...heatmapPosition(group, view), n: group.n };
    if (row.probability < 1 || row.probability > 5 || row.consequence < 1 || row.consequence > 5) continue;
    counts[row.probability - 1][row.consequence - 1] += row.n;
    total += row.n;
  }
  return { counts, total };
}

export type OpenRiskItem = {
  id: number;
  title: string;
  category: (typeof riskCategories)[number];
  probability: number;
  consequence: number;
  score: number;
  action: string;
  ownerName: string | null;
  projectCode: string;
  projectTitle: string;
  departmentName: string;
};

/** The open risks behind a heatmap cell (or a row/column of it), highest score first, one page at a time. */
export function listOpenRisks(filter: PortfolioFilter, cell: RiskCell, request: PageRequest = { page: 1, limit: PAGE_SIZE, offset: 0 }): Paged<OpenRiskItem> {
  const conditions = [eq(risks.status, "open"), portfolioConditions(statusScope(filter))];
  const hasResidual = sql`(${risks.residualProbability} is not null and ${risks.residualConsequence} is not null)`;
  const probability = cell.view === "after" ? sql`case when ${hasResidual} then ${risks.residualProbability} else ${risks.probability} end` : risks.probability;
  const consequence = cell.view === "after" ? sql`case when ${hasResidual} then ${risks.residualConsequence} else ${risks.consequence} end` : risks.consequence;
  if (cell.p) conditions.push(sql`${probability} = ${cell.p}`);
  if (cell.c) conditions.push(sql`${consequence} = ${cell.c}`);
  const where = and(...conditions);
  const db = getDb();
  const total = db.select({ n: count() }).from(risks).innerJoin(projects, eq(projects.id, risks.projectId)).where(where).get()?.n ?? 0;
  const score = sql<number>`${risks.probability} * ${risks.consequence}`;
  const order = [desc(score), asc(projects.code), asc(risks.id)];
  // The page's risks are chosen on the narrow rows first; only those 50 are then read whole (a third of the time).
  const onPage = db
    .select({ id: risks.id })
    .from(risks)
    .innerJoin(projects, eq(projects.id, risks.projectId))
    .where(where)
    .orderBy(...order)
    .limit(request.limit)
    .offset(clampedOffset(request, total));
  const rows = db
    .select({
      id: risks.id,
      title: risks.title,
      category: risks.category,
      probability: risks.probability,
      consequence: risks.consequence,
      score,
      action: risks.action,
      ownerName: users.name,
      projectCode: projects.code,
      projectTitle: projects.title,
      departmentName: departments.name,
    })
    .from(risks)
    .innerJoin(projects, eq(projects.id, risks.projectId))
    .innerJoin(departments, eq(departments.id, projects.departmentId))
    .leftJoin(users, eq(users.id, risks.ownerId))
    .where(inArray(risks.id, onPage))
    .orderBy(...order)
    .all();
  return { rows, info: pageInfo(request, total) };
}
