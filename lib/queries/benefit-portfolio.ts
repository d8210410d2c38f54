import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db";
import { benefitMeasurements, benefits, departments, projects } from "@/db/schema";
import { assessBenefit, isMeasurementOverdue, latestMeasurement, type BenefitVerdict } from "@/lib/domain/benefit-assessment";
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

/** Benefits of the projects under the dashboard's department, phase, goal and zone filters, each assessed. */
export function listPortfolioBenefits(filter: PortfolioFilter, tolerance: number, now = new Date()): PortfolioBenefit[] {
  const db = getDb();
  const scope = portfolioConditions(filter, ["purpose", "light", "owner", "q"]);
  const rows = db
    .select({
      benefit: benefits,
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
  if (rows.length === 0) return [];
  const measurements = db
    .select({ benefitId: benefitMeasurements.benefitId, date: benefitMeasurements.date, value: benefitMeasurements.value })
    .from(benefitMeasurements)
    .where(inArray(benefitMeasurements.benefitId, rows.map((row) => row.benefit.id)))
    .all();
  const byBenefit = new Map<number, typeof measurements>();
  for (const measurement of measurements) byBenefit.set(measurement.benefitId, [...(byBenefit.get(measurement.benefitId) ?? []), measurement]);
  const today = toDay(now);
  return rows.map((row) => {
    const { benefit } = row;
    const own = byBenefit.get(benefit.id) ?? [];
    const verdict = assessBenefit(
      {
        direction: benefit.direction,
        baselineValue: benefit.baselineValue ?? undefined,
        baselineDate: benefit.baselineDate ?? undefined,
        targetValue: benefit.targetValue ?? undefined,
        targetDate: benefit.targetDate ?? undefined,
      },
      own,
      tolerance,
    );
    const active = benefit.status !== "cancelled" && benefit.status !== "realised";
    return {
      id: benefit.id,
      title: benefit.title,
      type: benefit.type,
      status: benefit.status,
      indicator: benefit.indicator,
      unit: benefit.unit,
      ownerId: benefit.ownerId,
      projectId: benefit.projectId,
      projectCode: row.projectCode,
      projectTitle: row.projectTitle,
      projectPhase: row.projectPhase,
      projectDepartmentId: row.projectDepartmentId,
      projectLeadId: row.projectLeadId,
      departmentName: row.receivingName ?? row.projectDepartmentName,
      annualValueKr: benefit.annualValueKr,
      budgetTakeoutKr: benefit.budgetTakeoutKr,
      budgetTakeoutYear: benefit.budgetTakeoutYear,
      budgetTakeoutConfirmed: benefit.budgetTakeoutConfirmed,
      targetDate: benefit.targetDate,
      baselineDate: benefit.baselineDate,
      verdict,
      overdue: active && isMeasurementOverdue(own, benefit.baselineDate, benefit.measurementFrequencyMonths, today),
      lastMeasuredOn: latestMeasurement(own)?.date ?? null,
      realisedKr: benefit.annualValueKr == null ? null : Math.round(benefit.annualValueKr * realisedShare(benefit.status, verdict.achievementPercent)),
    };
  });
}
