import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db";
import { benefitMeasurements, benefitRebaselines, benefits, departments, users } from "@/db/schema";
import { activeDepartmentOptions } from "@/lib/queries/departments";
import { assessBenefit, isMeasurementOverdue, type BenefitVerdict } from "@/lib/domain/benefit-assessment";
import { toDay } from "@/lib/domain/dates";

const owner = alias(users, "benefit_owner");
const recorder = alias(users, "recorder");
const requester = alias(users, "rebaseline_requester");
const decider = alias(users, "rebaseline_decider");

export type MeasurementView = {
  id: number;
  date: string;
  value: number;
  comment: string;
  recordedById: number;
  recorderName: string;
  createdAt: string;
  version: number;
};
export type RebaselineView = typeof benefitRebaselines.$inferSelect & { requesterName: string; deciderName: string | null };

export type BenefitView = typeof benefits.$inferSelect & {
  ownerName: string | null;
  receivingDepartmentName: string | null;
  measurements: MeasurementView[];
  rebaselines: RebaselineView[];
  verdict: BenefitVerdict;
  overdue: boolean;
};

/** One benefit of the project, as its edit form needs it; undefined when the project has no such benefit. */
export function getProjectBenefit(projectId: number, benefitId: number) {
  return getDb()
    .select()
    .from(benefits)
    .where(and(eq(benefits.projectId, projectId), eq(benefits.id, benefitId)))
    .get();
}

/** Every benefit of a project with its measurements (oldest first), re-baselines (newest first) and assessment. */
export function listProjectBenefits(projectId: number, tolerance: number, now = new Date()): BenefitView[] {
  const db = getDb();
  const rows = db
    .select({ benefit: benefits, ownerName: owner.name, receivingDepartmentName: departments.name })
    .from(benefits)
    .leftJoin(owner, eq(owner.id, benefits.ownerId))
    .leftJoin(departments, eq(departments.id, benefits.receivingDepartmentId))
    .where(eq(benefits.projectId, projectId))
    .orderBy(asc(benefits.id))
    .all();
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.benefit.id);
  const measurements = db
    .select({
      id: benefitMeasurements.id,
      benefitId: benefitMeasurements.benefitId,
      date: benefitMeasurements.date,
      value: benefitMeasurements.value,
      comment: benefitMeasurements.comment,
      recordedById: benefitMeasurements.recordedById,
      recorderName: recorder.name,
      createdAt: benefitMeasurements.createdAt,
      version: benefitMeasurements.version,
    })
    .from(benefitMeasurements)
    .innerJoin(recorder, eq(recorder.id, benefitMeasurements.recordedById))
    .where(inArray(benefitMeasurements.benefitId, ids))
    .orderBy(asc(benefitMeasurements.date), asc(benefitMeasurements.id))
    .all();
  const rebaselines = db
    .select({ rebaseline: benefitRebaselines, requesterName: requester.name, deciderName: decider.name })
    .from(benefitRebaselines)
    .innerJoin(requester, eq(requester.id, benefitRebaselines.requestedById))
    .leftJoin(decider, eq(decider.id, benefitRebaselines.decidedById))
    .where(inArray(benefitRebaselines.benefitId, ids))
    .orderBy(desc(benefitRebaselines.requestedAt))
    .all();
  const today = toDay(now);
  return rows.map(({ benefit, ownerName, receivingDepartmentName }) => {
    const own = measurements.filter((m) => m.benefitId === benefit.id);
    return {
      ...benefit,
      ownerName,
      receivingDepartmentName,
      measurements: own,
      rebaselines: rebaselines
        .filter((r) => r.rebaseline.benefitId === benefit.id)
        .map((r) => ({ ...r.rebaseline, requesterName: r.requesterName, deciderName: r.deciderName })),
      verdict: assessBenefit(
        {
          direction: benefit.direction,
          baselineValue: benefit.baselineValue ?? undefined,
          baselineDate: benefit.baselineDate ?? undefined,
          targetValue: benefit.targetValue ?? undefined,
          targetDate: benefit.targetDate ?? undefined,
        },
        own,
        tolerance,
      ),
      overdue: benefit.status !== "cancelled" && benefit.status !== "realised" && isMeasurementOverdue(own, benefit.baselineDate, benefit.measurementFrequencyMonths, today),
    };
  });
}

/** Choices for the benefit forms: active departments, plus deactivated ones that a benefit of the project still receives. */
export function benefitFormChoices(projectId: number | null = null) {
  const db = getDb();
  const received = projectId === null ? [] : db.select({ id: benefits.receivingDepartmentId }).from(benefits).where(eq(benefits.projectId, projectId)).all();
  return {
    people: db.select({ id: users.id, name: users.name }).from(users).where(eq(users.active, true)).orderBy(asc(users.name)).all(),
    departments: activeDepartmentOptions(received.map((row) => row.id)),
  };
}
export type BenefitFormChoices = ReturnType<typeof benefitFormChoices>;
