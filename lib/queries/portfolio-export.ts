import "server-only";
import { and, asc, eq, lte, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { benefits, projects, statusReports, users } from "@/db/schema";
import type { BenefitDirection, BenefitType, Light } from "@/lib/codes";
import type { PortfolioFilter } from "@/lib/validation/portfolio";
import { portfolioConditions } from "./dashboard-scope";

/** How many published status reports per project the export's status history carries, newest first. */
export const statusHistoryPerProject = 12;

export type ExportBenefit = {
  projectId: number;
  projectCode: string;
  title: string;
  type: BenefitType;
  ownerName: string | null;
  indicator: string;
  unit: string;
  direction: BenefitDirection;
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number | null;
  targetDate: string | null;
  annualValueKr: number | null;
};

/** Every benefit of the projects under a portfolio filter, by project and then in the order they were made. */
export function listExportBenefits(filter: PortfolioFilter): ExportBenefit[] {
  return getDb()
    .select({
      projectId: benefits.projectId,
      projectCode: projects.code,
      title: benefits.title,
      type: benefits.type,
      ownerName: users.name,
      indicator: benefits.indicator,
      unit: benefits.unit,
      direction: benefits.direction,
      baselineValue: benefits.baselineValue,
      baselineDate: benefits.baselineDate,
      targetValue: benefits.targetValue,
      targetDate: benefits.targetDate,
      annualValueKr: benefits.annualValueKr,
    })
    .from(projects)
    .innerJoin(benefits, eq(benefits.projectId, projects.id))
    .leftJoin(users, eq(users.id, benefits.ownerId))
    .where(portfolioConditions(filter))
    .orderBy(asc(projects.id), asc(benefits.id))
    .all();
}

export type ExportStatusReport = {
  projectId: number;
  projectCode: string;
  projectTitle: string;
  reportDate: string;
  overallLight: Light;
  timeLight: Light;
  economyLight: Light;
  deliveryLight: Light;
  riskLight: Light;
  benefitsLight: Light;
  overallComment: string;
};

/**
 * The published status reports of the projects under a portfolio filter: the latest `perProject` of each, newest
 * first (report date, then the later publication), grouped by project.
 */
export function listExportStatusHistory(filter: PortfolioFilter, perProject = statusHistoryPerProject): ExportStatusReport[] {
  const db = getDb();
  const newestFirst = sql`${statusReports.reportDate} desc, ${statusReports.publishedAt} desc, ${statusReports.id} desc`;
  const ranked = db
    .select({
      projectId: statusReports.projectId,
      projectCode: sql<string>`${projects.code}`.as("project_code"),
      projectTitle: sql<string>`${projects.title}`.as("project_title"),
      reportDate: statusReports.reportDate,
      publishedAt: statusReports.publishedAt,
      id: statusReports.id,
      overallLight: statusReports.overallLight,
      timeLight: statusReports.timeLight,
      economyLight: statusReports.economyLight,
      deliveryLight: statusReports.deliveryLight,
      riskLight: statusReports.riskLight,
      benefitsLight: statusReports.benefitsLight,
      overallComment: statusReports.overallComment,
      position: sql<number>`row_number() over (partition by ${statusReports.projectId} order by ${newestFirst})`.as("position"),
    })
    // CROSS JOIN keeps the (filtered) projects as the outer loop, so each project's reports come from its own index range.
    .from(projects)
    .crossJoin(statusReports)
    .where(and(eq(statusReports.projectId, projects.id), eq(statusReports.state, "published"), portfolioConditions(filter)))
    .as("ranked");
  return db
    .select({
      projectId: ranked.projectId,
      projectCode: ranked.projectCode,
      projectTitle: ranked.projectTitle,
      reportDate: ranked.reportDate,
      overallLight: ranked.overallLight,
      timeLight: ranked.timeLight,
      economyLight: ranked.economyLight,
      deliveryLight: ranked.deliveryLight,
      riskLight: ranked.riskLight,
      benefitsLight: ranked.benefitsLight,
      overallComment: ranked.overallComment,
    })
    .from(ranked)
    .where(lte(ranked.position, perProject))
    .orderBy(asc(ranked.projectId), asc(ranked.position))
    .all();
}
