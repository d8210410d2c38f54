// No "server-only" guard: the demo seed computes its gate checklists through this module too (it runs outside Next.js).
import { and, count, eq, inArray, isNotNull, isNull, ne } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { benefitMeasurements, benefits, involvements, projects, risks } from "@/db/schema";
import { assessBenefit } from "@/lib/domain/benefit-assessment";
import type { GateFacts } from "@/lib/domain/gate-checklist";
import type { BenefitAssessment, ProposalFacts } from "@/lib/domain/status-proposal";

type ProjectRow = typeof projects.$inferSelect;

/** The data the gate checklist is computed from. */
export function loadGateFacts(db: DbOrTx, project: ProjectRow): GateFacts {
  const countWhere = (table: typeof benefits | typeof risks | typeof involvements, condition: ReturnType<typeof and>) =>
    db.select({ n: count() }).from(table).where(condition).get()?.n ?? 0;
  return {
    purposeSet: Boolean(project.purpose),
    benefitsTotal: countWhere(benefits, and(eq(benefits.projectId, project.id))),
    benefitsWithBaselineAndTarget: countWhere(
      benefits,
      and(eq(benefits.projectId, project.id), isNotNull(benefits.baselineValue), isNotNull(benefits.targetValue)),
    ),
    benefitsWithoutOwner: countWhere(benefits, and(eq(benefits.projectId, project.id), isNull(benefits.ownerId))),
    risksTotal: countWhere(risks, and(eq(risks.projectId, project.id))),
    noSignificantRisks: project.noSignificantRisks,
    userOrMedInvolvements: countWhere(
      involvements,
      and(eq(involvements.projectId, project.id), inArray(involvements.group, ["citizens", "employees", "med"])),
    ),
    approvedBudgetKr: project.approvedBudgetKr,
    closingLearning: project.closingLearning,
  };
}

/** The assessment of each of the project's benefits that can be judged (baseline, target and a measurement). */
export function loadBenefitAssessments(db: DbOrTx, projectId: number, tolerance: number): BenefitAssessment[] {
  const rows = db.select().from(benefits).where(and(eq(benefits.projectId, projectId), ne(benefits.status, "cancelled"))).all();
  if (rows.length === 0) return [];
  const measurements = db
    .select({ benefitId: benefitMeasurements.benefitId, date: benefitMeasurements.date, value: benefitMeasurements.value })
    .from(benefitMeasurements)
    .where(inArray(benefitMeasurements.benefitId, rows.map((row) => row.id)))
    .all();
  return rows
    .map((benefit) => {
      const own = measurements.filter((m) => m.benefitId === benefit.id);
      return assessBenefit(
        {
          direction: benefit.direction,
          baselineValue: benefit.baselineValue ?? undefined,
          baselineDate: benefit.baselineDate ?? undefined,
          targetValue: benefit.targetValue ?? undefined,
          targetDate: benefit.targetDate ?? undefined,
        },
        own,
        tolerance,
      ).assessment;
    })
    .filter((assessment): assessment is BenefitAssessment => assessment !== null);
}

/** The data the status proposal is computed from. */
export function loadProposalFacts(db: DbOrTx, project: ProjectRow, tolerance: number): ProposalFacts {
  return {
    baselineEnd: project.baselineEnd,
    forecastEnd: project.forecastEnd,
    approvedBudgetKr: project.approvedBudgetKr,
    spentKr: project.spentKr,
    benefitAssessments: loadBenefitAssessments(db, project.id, tolerance),
  };
}
