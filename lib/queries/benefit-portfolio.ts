import "server-only";
import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db";
import { benefits, departments, projects } from "@/db/schema";
import { assessBenefit, isMeasurementOverdue, type BenefitVerdict } from "@/lib/domain/benefit-assessment";
import { toDay } from "@/lib/domain/dates";
import { realisedShare } from "@/lib/domain/benefit-economy";
import type { PortfolioFilter } from "@/lib/validation/portfolio";
import { portfolioConditions } from "./dashboard-scope";

const receiving = alias(departments, "receiving_department");
const owner = alias(departments, "project_department");

export type PortfolioBenefit = {
  id: number;
  title: string;
  type: (typeof benefits.$inferSelect)["type"];
  status: (typeof benefits.$inferSelect)["status"];
  indicator: string;
  unit: string;
  ownerId: number | null;
  projectId: number;
  projectCode: string;
  projectTitle: string;
  projectPhase: (typeof projects.$inferSelect)["phase"];
  projectDepartmentId: number;
  projectLeadId: number;
  departmentName: string;
  annualValueKr: number | null;
  budgetTakeoutKr: number | null;
  budgetTakeoutYear: number | null;
  budgetTakeoutConfirmed: boolean;
  targetDate: string | null;
  baselineDate: string | null;
  verdict: BenefitVerdict;
  overdue: boolean;
  lastMeasuredOn: string | null;
  realisedKr: number | null;
};

/**
 * Benefits of the projects under the dashboard's department, phase, goal and zone filters, each assessed
 * from its latest measurement (kept on the benefit row, so no measurement is read here).
 */
export function listPortfolioBenefits(filter: PortfolioFilter, tolerance: number, now = new Date()): PortfolioBenefit[] {
  const scope = portfolioConditions(filter, ["purpose", "light", "owner", "q"]);
  const rows = getDb()
    .select({
      id: benefits.id,
      title: benefits.title,
      type: benefits.type,
      status: benefits.status,
      indicator: benefits.indicator,
      unit: benefits.unit,
      ownerId: benefits.ownerId,
      direction: benefits.direction,
      baselineValue: benefits.baselineValue,
      baselineDate: benefits.baselineDate,
      targetValue: benefits.targetValue,
      targetDate: benefits.targetDate,
      annualValueKr: benefits.annualValueKr,
      budgetTakeoutKr: benefits.budgetTakeoutKr,
      budgetTakeoutYear: benefits.budgetTakeoutYear,
      budgetTakeoutConfirmed: benefits.budgetTakeoutConfirmed,
      measurementFrequencyMonths: benefits.measurementFrequencyMonths,
      latestMeasuredOn: benefits.latestMeasuredOn,
      latestMeasuredValue: benefits.latestMeasuredValue,
      projectId: benefits.projectId,
      projectCode: projects.code,
      projectTitle: projects.title,
      projectPhase: projects.phase,
      projectDepartmentId: projects.departmentId,
      projectLeadId: projects.leadId,
      receivingName: receiving.name,
      projectDepartmentName: owner.name,
    })
    .from(benefits)
    .innerJoin(projects, eq(projects.id, benefits.projectId))
    .innerJoin(owner, eq(owner.id, projects.departmentId))
    .leftJoin(receiving, eq(receiving.id, benefits.receivingDepartmentId))
    .where(scope)
    .orderBy(asc(projects.code), asc(benefits.id))
    .all();
  const today = toDay(now);
  return rows.map(({ latestMeasuredOn, latestMeasuredValue, direction, measurementFrequencyMonths, receivingName, projectDepartmentName, ...row }) => {
    const latest = latestMeasuredOn != null && latestMeasuredValue != null ? [{ date: latestMeasuredOn, value: latestMeasuredValue }] : [];
    const verdict = assessBenefit(
      {
        direction,
        baselineValue: row.baselineValue ?? undefined,
        baselineDate: row.baselineDate ?? undefined,
        targetValue: row.targetValue ?? undefined,
        targetDate: row.targetDate ?? undefined,
      },
      latest,
      tolerance,
    );
    const active = row.status !== "cancelled" && row.status !== "realised";
    return {
      ...row,
      departmentName: receivingName ?? projectDepartmentName,
      verdict,
      overdue: active && isMeasurementOverdue(latest, row.baselineDate, measurementFrequencyMonths, today),
      lastMeasuredOn: latestMeasuredOn,
      realisedKr: row.annualValueKr == null ? null : Math.round(row.annualValueKr * realisedShare(row.status, verdict.achievementPercent)),
    };
  });
}
